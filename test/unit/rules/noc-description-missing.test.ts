import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const LONG = 'TACROLIMUS 1 MG CAPSULE, IMMEDIATE RELEASE, FOR KIDNEY TRANSPLANT PATIENT, SIXTY CAPSULES';
const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'J7599 with a description', format, text: claimText(format, oneLine(TACRO)), expect: [] },
  {
    name: 'J7599 without a description, a cyclosporine NDC: the fill describes cyclosporine, never another drug',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: undefined, ndc: '00078024615', qty: '30' })),
    expect: [{ at: 'J7599', messageId: 'missing', fixes: 1 }],
    applyFix: 'Describe the drug',
    fixedContains: ['Neoral (cyclosporine) 25 mg NDC 00078024615 30 UN'],
  },
  { name: 'specific code needs none', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7507', description: undefined, ndc: '00469060773' })), expect: [] },
  {
    name: 'J7599 without a description, NDC not in the crosswalk: no fix',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: undefined })),
    expect: [{ at: 'J7599', severity: 'error', messageId: 'missing', data: { code: 'J7599' }, fixes: 0 }],
  },
  {
    name: 'J7599 without a description, NDC in the crosswalk: fill it in',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: undefined, ndc: '00469061773', qty: '30' })),
    expect: [{ at: 'J7599', fixes: 1 }],
    applyFix: 'Describe the drug',
    fixedContains: ['Prograf (tacrolimus) 1 mg NDC 00469061773 30 UN'],
  },
  {
    name: 'description over 80 characters',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: LONG })),
    expect: [{ at: LONG, messageId: 'tooLong', data: { length: LONG.length, max: 80 } }],
  },
]);
ruleCases('noc-description-missing', cases);
