import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'NDC not in the crosswalk, no drug named', format, text: claimText(format, oneLine({ ...TACRO, description: 'INVESTIGATIONAL DRUG X 10 MG' })), expect: [] },
  {
    name: 'NDC maps to J7507: replace code and units',
    format,
    text: claimText(format, oneLine({ ...TACRO, ndc: '00469061773', qty: '30', units: '1' })),
    expect: [{ at: 'J7599', severity: 'warning', messageId: 'byNdc', data: { ndc: '00469061773', suggested: 'J7507 (30 units)' }, fixes: 1 }],
    applyFix: 'Bill J7507 with 30 units',
    fixedContains: ['J7507'],
  },
  {
    name: 'NDC maps to two codes: both offered, none chosen',
    format,
    text: claimText(format, oneLine({ ...TACRO, ndc: '00093901865', qty: '30' })),
    expect: [{ at: 'J7599', messageId: 'byNdcChoice', data: { suggested: 'J7502 (8 units), J7515 (30 units)' }, fixes: 2 }],
    applyFix: 'Bill J7515',
  },
  {
    name: 'no NDC, description names tacrolimus',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'tacrolimus 1 mg capsule', units: '30', charge: '10', date: '2026-11-05' })),
    expect: [{ at: 'J7599', messageId: 'byNameChoice', data: { drug: 'tacrolimus' } }],
  },
  { name: 'specific code already billed', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7507', ndc: '00469061773' })), expect: [] },
]);
ruleCases('hcpcs-more-specific', cases);
