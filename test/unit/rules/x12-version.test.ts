import { buildInterchange, STANDARD } from '../../fixtures/x12/synthetic';
import { problemCases } from './problemCases';

const v4010 = buildInterchange(STANDARD, { version: '004010X098A1' });
problemCases('x12-version', [
  { name: 'a 5010 file has none', text: buildInterchange(STANDARD), expect: [] },
  { name: 'a 4010 claim file: once', text: v4010, expect: [{ at: '004010X098A1', severity: 'warning', message: /it is X12 4010/ }] },
  {
    name: 'a 4010 file with three transaction sets: still once',
    text: v4010.replace(/(ST\*837\*0001[\s\S]*?SE\*\d+\*0001~\n)/, '$1$1$1').replace('GE*1*', 'GE*3*'),
    expect: [{ at: '004010X098A1', message: /it is X12 4010/ }],
  },
]);
