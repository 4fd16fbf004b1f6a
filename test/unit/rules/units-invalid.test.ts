import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: '60 units', format, text: claimText(format, oneLine(TACRO)), expect: [] },
  { name: 'fractional units', format, text: claimText(format, oneLine({ ...TACRO, units: '7.5' })), expect: [] },
  { name: 'zero units', format, text: claimText(format, oneLine({ ...TACRO, units: '0' })), expect: [{ at: '0', severity: 'error', messageId: 'invalid', data: { problem: 'zero' } }] },
  { name: 'negative units', format, text: claimText(format, oneLine({ ...TACRO, units: '-2' })), expect: [{ at: '-2', messageId: 'invalid', data: { problem: 'negative' } }] },
  { name: 'non-numeric units', format, text: claimText(format, oneLine({ ...TACRO, units: 'X' })), expect: [{ at: 'X', messageId: 'invalid', data: { problem: 'not a number' } }] },
  {
    name: 'missing units (FHIR: item.quantity is optional, not judged)',
    format,
    text: claimText(format, oneLine({ ...TACRO, units: undefined })),
    expect: format === 'fhir' ? [] : [{ at: 'J7599', messageId: 'missing' }],
  },
]);
ruleCases('units-invalid', cases);
