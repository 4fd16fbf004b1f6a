import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, claimText, oneLine, type LineSpec } from './claimTexts';

/** Mylan tacrolimus capsules in the October 2026 CMS crosswalk: 0.5 mg (00378-2045-01), 1 mg (-2046-01), 5 mg (-2047-01). */
const TACRO_5MG: LineSpec = { code: 'J7507', units: '30', charge: '300', date: '2026-11-05', ndc: '00378204701', qty: '30', unit: 'UN' };
/** Prograf injection 5 mg/mL ampuls (00469-3016-01), J7525 per 5 mg. */
const TACRO_INJ: LineSpec = { code: 'J7525', units: '1', charge: '40', date: '2026-11-05', ndc: '00469301601', qty: '0.5', unit: 'ML' };

const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  {
    name: '30 tacrolimus 5 mg capsules billed as 30 units: 150',
    format,
    text: claimText(format, oneLine(TACRO_5MG)),
    expect: [{ at: '30', severity: 'warning', messageId: 'countBilled', data: { expected: 150, billed: '30', quantity: '30', perItem: '5', dosage: '1 mg' }, fixes: 1 }],
    applyFix: 'Bill 150 units',
  },
  { name: '30 tacrolimus 5 mg capsules billed as 150 units', format, text: claimText(format, oneLine({ ...TACRO_5MG, units: '150' })), expect: [] },
  {
    name: '30 tacrolimus 0.5 mg capsules billed as 30 units: 15',
    format,
    text: claimText(format, oneLine({ ...TACRO_5MG, ndc: '00378204501' })),
    expect: [{ at: '30', messageId: 'countBilled', data: { expected: 15, perItem: '0.5' } }],
  },
  { name: '30 tacrolimus 1 mg capsules billed as 30 units', format, text: claimText(format, oneLine({ ...TACRO_5MG, ndc: '00378204601' })), expect: [] },
  { name: 'tacrolimus injection 0.5 mL (2.5 mg) billed as 1 unit of J7525 (rounded up)', format, text: claimText(format, oneLine(TACRO_INJ)), expect: [] },
  {
    name: 'tacrolimus injection 10 mg billed as 10 units: J7525 is per 5 mg',
    format,
    text: claimText(format, oneLine({ ...TACRO_INJ, units: '10', qty: '10', unit: 'ME' })),
    expect: [{ at: '10', messageId: 'weightBilled', data: { expected: 2, billed: '10', dosage: '5 mg' } }],
  },
  { name: 'a NOC line is not judged (no billing unit)', format, text: claimText(format, oneLine({ ...TACRO_5MG, code: 'J7599', description: 'TACROLIMUS 5 MG CAP' })), expect: [] },
]);
ruleCases('units-counted-wrong', cases);
