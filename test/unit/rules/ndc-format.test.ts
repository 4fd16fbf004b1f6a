import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const cases: RuleCase[] = [];
for (const format of FORMATS) {
  const text = (ndc: string, extra: object = {}) => claimText(format, oneLine({ ...TACRO, ndc, ...extra }));
  const tenDigitSeverity = format === 'fhir' ? 'information' : 'error';
  cases.push(
    { name: 'valid 11-digit NDC', format, text: text('00469060773'), expect: [] },
    {
      name: 'hyphenated 10-digit 4-4-2 is padded',
      format,
      text: text('0469-0607-73'),
      expect: [{ at: '0469-0607-73', severity: tenDigitSeverity, messageId: tenDigitSeverity === 'information' ? 'tenDigitFhir' : 'tenDigit', data: { target: '00469060773' }, fixes: 1 }],
      applyFix: '00469060773',
      fixedContains: ['00469060773'],
    },
    {
      name: 'hyphenated 10-digit 5-3-2 is padded',
      format,
      text: text('68992-301-03'),
      expect: [{ at: '68992-301-03', severity: tenDigitSeverity, data: { pattern: '5-3-2' } }],
      applyFix: '68992030103',
    },
    {
      name: 'hyphenated 10-digit 5-4-1 is padded',
      format,
      text: text('00378-2046-1'),
      expect: [{ at: '00378-2046-1', severity: tenDigitSeverity, data: { pattern: '5-4-1' } }],
      applyFix: '00378204601',
    },
    {
      name: 'unhyphenated 10 digits is ambiguous: no fix',
      format,
      text: text('0469060773'),
      expect: [{ at: '0469060773', severity: 'error', messageId: 'ambiguous', fixes: 0 }],
    },
    {
      name: 'hyphenated 5-4-2 loses its hyphens',
      format,
      text: text('00469-0607-73'),
      // FHIR's NDC system allows hyphens: there it is only a note for the 837 built from the resource.
      expect: [{ at: '00469-0607-73', severity: tenDigitSeverity, data: { target: '00469060773' }, fixes: 1 }],
      applyFix: '00469060773',
    },
    { name: 'letters', format, text: text('0046906077A'), expect: [{ at: '0046906077A', messageId: 'invalid', fixes: 0 }] },
    { name: 'placeholder zeros', format, text: text('00000000000'), expect: [{ at: '00000000000', messageId: 'invalid' }] },
    { name: 'too short', format, text: text('12345'), expect: [{ at: '12345', messageId: 'invalid' }] },
  );
}
for (const format of ['x12-837p', 'x12-837i', 'claim-json'] as const) {
  if (format === 'x12-837i') continue; // Stedi's 837I JSON has no qualifier; X12 837I does.
  cases.push({
    name: 'qualifier other than N4',
    format,
    text: claimText(format, oneLine({ ...TACRO, qualifier: 'UP' })),
    expect: [{ at: 'UP', severity: 'error', messageId: 'qualifier', data: { qualifier: 'UP' }, fixes: 1 }],
    applyFix: 'N4',
  });
}
cases.push({
  name: 'qualifier other than N4 (837I)',
  format: 'x12-837i',
  text: claimText('x12-837i', oneLine({ ...TACRO, qualifier: 'EN' })),
  expect: [{ at: 'EN', messageId: 'qualifier', data: { qualifier: 'EN' } }],
});
// Stedi's institutional JSON documents nationalDrugCode as 5-4-2 with hyphens: that form is accepted there, and a
// 10-digit NDC is padded into it.
cases.push(
  { name: 'institutional JSON accepts 5-4-2 with hyphens', format: 'claim-json', text: claimText('claim-json-institutional', oneLine({ ...TACRO, ndc: '00469-0607-73' })), expect: [] },
  {
    name: 'institutional JSON pads to 5-4-2 with hyphens',
    format: 'claim-json',
    text: claimText('claim-json-institutional', oneLine({ ...TACRO, ndc: '0469-0607-73' })),
    expect: [{ at: '0469-0607-73', data: { target: '00469-0607-73' } }],
    applyFix: '00469-0607-73',
    fixedContains: ['"00469-0607-73"'],
  },
);

ruleCases('ndc-format', cases);
