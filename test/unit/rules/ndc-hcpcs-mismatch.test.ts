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
  { name: 'NOC codes are hcpcs-more-specific\'s business', format, text: claimText(format, oneLine({ ...TACRO, ndc: '00469061773' })), expect: [] },
]);
ruleCases('ndc-hcpcs-mismatch', cases);
