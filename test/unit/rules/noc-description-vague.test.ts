import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'drug, strength and amount', format, text: claimText(format, oneLine(TACRO)), expect: [] },
  {
    name: '"IMMUNOSUPPRESSIVE DRUG" names no drug',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'IMMUNOSUPPRESSIVE DRUG' })),
    expect: [{ at: 'IMMUNOSUPPRESSIVE DRUG', severity: 'warning', messageId: 'generic', data: { code: 'J7599' } }],
  },
  {
    name: 'a drug name claimlint does not know: a note only',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'VOCLOSPORIN 7.9 MG CAP X 180' })),
    expect: [{ at: 'VOCLOSPORIN 7.9 MG CAP X 180', severity: 'information', messageId: 'unknownDrug' }],
  },
  {
    name: 'a drug without its strength',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'TACROLIMUS CAPSULES X 60' })),
    expect: [{ at: 'TACROLIMUS CAPSULES X 60', severity: 'warning', messageId: 'noStrength', data: { drug: 'TACROLIMUS' } }],
  },
  { name: 'a specific code is not judged', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7507', description: 'IMMUNOSUPPRESSIVE DRUG' })), expect: [] },
  { name: 'no description is noc-description-missing\'s', format, text: claimText(format, oneLine({ ...TACRO, description: undefined })), expect: [] },
]);
ruleCases('noc-description-vague', cases);
