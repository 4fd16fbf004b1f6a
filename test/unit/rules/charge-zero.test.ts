import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'charged', format, text: claimText(format, oneLine(TACRO)), expect: [] },
  { name: 'zero charge', format, text: claimText(format, oneLine({ ...TACRO, charge: '0' })), expect: [{ at: '0', severity: 'warning', messageId: 'zeroCharge', data: { charge: '0' } }] },
  { name: 'zero charge written 0.00', format, text: claimText(format, oneLine({ ...TACRO, charge: '0.00' })), expect: [{ at: format === 'fhir' ? '0' : '0.00' }] },
  {
    name: 'missing charge (FHIR: not judged, amounts may sit in adjudication)',
    format,
    text: claimText(format, oneLine({ ...TACRO, charge: undefined })),
    expect: format === 'fhir' ? [] : [{ at: 'J7599', messageId: 'noCharge', data: { code: 'J7599' } }],
  },
  { name: 'non-drug line at zero', format, text: claimText(format, oneLine({ code: '99211', units: '1', charge: '0', date: '2026-11-05' })), expect: [] },
]);
ruleCases('charge-zero', cases);
