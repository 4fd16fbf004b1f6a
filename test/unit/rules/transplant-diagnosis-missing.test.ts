import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const PROGRAF = { ...TACRO, code: 'J7507', description: undefined, ndc: '00469061773', qty: '30', units: '30' };
const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'Medicare, kidney transplant status Z94.0 pointed to', format, text: claimText(format, oneLine(PROGRAF)), expect: [] },
  { name: 'Medicare, transplant complication T86.11 (with a dot, as FHIR writes it)', format, text: claimText(format, oneLine(PROGRAF, { diagnoses: ['T86.11'] })), expect: [] },
  {
    name: 'Medicare, no transplant diagnosis',
    format,
    text: claimText(format, oneLine(PROGRAF, { diagnoses: ['M069'] })),
    expect: [{ at: 'J7507', severity: 'information', messageId: 'missing', data: { code: 'J7507' } }],
  },
  {
    name: 'Medicare, no diagnosis at all',
    format,
    text: claimText(format, oneLine(PROGRAF, { diagnoses: [] })),
    expect: [{ at: 'J7507', messageId: 'none' }],
  },
  { name: 'a commercial claim is not judged', format, text: claimText(format, oneLine(PROGRAF, { filingCode: 'CI', diagnoses: ['M069'] })), expect: [] },
  { name: 'a chemotherapy drug is not judged (oral methotrexate)', format, text: claimText(format, oneLine({ ...PROGRAF, code: 'J8610', ndc: undefined }, { diagnoses: ['M069'] })), expect: [] },
]);
ruleCases('transplant-diagnosis-missing', cases);
