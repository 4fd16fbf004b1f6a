import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'description and NDC agree (Prograf 1 mg)', format, text: claimText(format, oneLine({ ...TACRO, description: 'PROGRAF 1 MG CAP', ndc: '00469061773' })), expect: [] },
  {
    name: 'the description says 5 mg, the NDC is the 1 mg package',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'PROGRAF 5 MG CAP', ndc: '00469061773' })),
    expect: [{ at: '00469061773', severity: 'warning', messageId: 'mismatch', data: { stated: '5 MG', rowStrength: '1 mg', ndc: '00469061773' } }],
  },
  { name: 'an ambiguous row settled by the stated strength (Prograf 00469-0657-73, 5 mg)', format, text: claimText(format, oneLine({ ...TACRO, description: 'PROGRAF 5 MG CAP', ndc: '00469065773' })), expect: [] },
  {
    name: 'an ambiguous row and no stated strength: said once, nothing computed',
    format,
    text: claimText(format, oneLine({ ...TACRO, code: 'J7507', description: undefined, ndc: '00469065773' })),
    expect: [{ at: '00469065773', severity: 'information', messageId: 'ambiguous', data: { readings: '1 or 5 mg' } }],
  },
  { name: 'an NDC not in the crosswalk', format, text: claimText(format, oneLine(TACRO)), expect: [] },
]);
ruleCases('ndc-strength-mismatch', cases);
