import { buildInterchange, STANDARD } from '../../fixtures/x12/synthetic';
import { problemCases } from './problemCases';

const good = buildInterchange(STANDARD);
problemCases('x12-syntax', [
  { name: 'a clean file has none', text: good, expect: [] },
  {
    name: 'a segment that lost its terminator: said once, at its end, and the next line is read as its own segment',
    text: good.replace('LIN**N4*00469061711~', 'LIN**N4*00469061711'),
    expect: [{ at: '', severity: 'error', message: /^Add "~" after this LIN segment/ }],
  },
  {
    name: 'a file cut off inside a segment: one finding, no cascade of missing trailers',
    text: good.slice(0, good.indexOf('SV1*HC:J7599') + 'SV1*HC:J75'.length),
    expect: [{ at: 'SV1*HC:J75', severity: 'error', message: /ends inside this SV1 segment/ }],
  },
  { name: 'text after the last IEA', text: `${good}printed by billing system v2\n`, expect: [{ at: 'printed by billing system v2', message: /after the last IEA/ }] },
]);
