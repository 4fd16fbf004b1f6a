import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'J7507 with a tacrolimus NDC', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7507', ndc: '00469061773' })), expect: [] },
  { name: 'NDC not in the crosswalk: nothing to compare', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7507' })), expect: [] },
  { name: 'either of two mapped codes is fine', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7515', ndc: '00093901865' })), expect: [] },
  {
    name: 'J7502 billed with a tacrolimus NDC',
    format,
    text: claimText(format, oneLine({ ...TACRO, code: 'J7502', ndc: '00469061773', qty: '30' })),
    expect: [{ at: 'J7502', severity: 'warning', messageId: 'mismatch', data: { ndc: '00469061773', mapped: 'J7507', code: 'J7502' }, fixes: 1 }],
    applyFix: 'Bill J7507',
  },
  {
    name: 'J7517 with a CellCept NDC on a 2025 date: the crosswalk lists J7524, which stands for J7517 then',
    format,
    text: claimText(format, oneLine({ code: 'J7517', units: '120', charge: '400', date: '2025-06-01', ndc: '00004026001', qty: '60', unit: 'UN' })),
    expect: [],
  },
  {
    name: 'J7517 with a CellCept NDC in November 2026: the crosswalk lists J7524',
    format,
    text: claimText(format, oneLine({ code: 'J7517', units: '120', charge: '400', date: '2026-11-05', ndc: '00004026001', qty: '60', unit: 'UN' })),
    expect: [{ at: 'J7517', messageId: 'mismatch', data: { mapped: 'J7524' }, fixes: 1 }],
    applyFix: 'Bill J7524 with 6000 units',
  },
  { name: 'NOC codes are hcpcs-more-specific\'s business', format, text: claimText(format, oneLine({ ...TACRO, ndc: '00469061773' })), expect: [] },
]);
ruleCases('ndc-hcpcs-mismatch', cases);
