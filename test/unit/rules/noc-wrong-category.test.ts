import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'J7599 for tacrolimus', format, text: claimText(format, oneLine({ ...TACRO, ndc: '00469061773' })), expect: [] },
  {
    name: 'J7599 for ketorolac (NDC maps to J1885)',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'KETOROLAC 15 MG INJ', ndc: '00404995201', qty: '1' })),
    expect: [{ at: 'J7599', severity: 'warning', messageId: 'byNdc', data: { mapped: 'J1885', noc: 'J3490' }, fixes: 1 }],
    applyFix: 'Bill J3490',
  },
  {
    name: 'no NDC: description names a non-immunosuppressive',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'ONDANSETRON 8 MG TABLET', units: '1', charge: '5', date: '2026-11-05' })),
    expect: [{ at: 'J7599', messageId: 'byName', data: { drug: 'ONDANSETRON' } }],
  },
  { name: 'other NOC codes are not judged', format, text: claimText(format, oneLine({ ...TACRO, code: 'J3490', ndc: '00404995201' })), expect: [] },
]);
ruleCases('noc-wrong-category', cases);
