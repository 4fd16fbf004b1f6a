import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

// 00469-0617-73: Prograf 1 mg capsules; J7507 is per 1 mg, so 30 capsules = 30 units.
const PROGRAF = { ...TACRO, code: 'J7507', ndc: '00469061773', qty: '30', unit: 'UN' };
const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'units match the NDC quantity', format, text: claimText(format, oneLine({ ...PROGRAF, units: '30' })), expect: [] },
  { name: '10× apart is still tolerated', format, text: claimText(format, oneLine({ ...PROGRAF, units: '300' })), expect: [] },
  {
    name: 'more than 10× apart',
    format,
    text: claimText(format, oneLine({ ...PROGRAF, units: '3000' })),
    expect: [{ at: '3000', severity: 'information', messageId: 'apart', data: { billed: '3000', code: 'J7507' } }],
  },
  { name: 'NOC code: no dosage to compare', format, text: claimText(format, oneLine({ ...PROGRAF, code: 'J7599', units: '3000' })), expect: [] },
  { name: 'quantity in mg', format, text: claimText(format, oneLine({ ...PROGRAF, qty: '30', unit: 'ME', units: '1' })), expect: [{ at: '1', messageId: 'apart' }] },
]);
ruleCases('ndc-units-inconsistent', cases);
