import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const cases: RuleCase[] = [];
for (const format of FORMATS) {
  const text = (extra: object) => claimText(format, oneLine({ ...TACRO, ...extra }));
  cases.push(
    { name: 'quantity 60 UN', format, text: text({}), expect: [] },
    { name: 'decimal quantity in ML', format, text: text({ qty: '2.5', unit: 'ML' }), expect: [] },
    { name: 'zero quantity', format, text: text({ qty: '0' }), expect: [{ at: '0', severity: 'error', messageId: 'badQuantity', data: { problem: 'zero' } }] },
    { name: 'negative quantity', format, text: text({ qty: '-3' }), expect: [{ at: '-3', messageId: 'badQuantity', data: { problem: 'negative' } }] },
    { name: 'non-numeric quantity', format, text: text({ qty: 'ten' }), expect: [{ at: 'ten', messageId: 'badQuantity', data: { problem: 'not a number' } }] },
    { name: 'unit that is not an NDC unit', format, text: text({ unit: 'XX' }), expect: [{ at: 'XX', messageId: 'badUnit', data: { unit: 'XX' } }] },
  );
}
// Where the format has a slot for it, a missing quantity or unit is an error; FHIR often has none (extensions), so it is not.
for (const format of ['x12-837p', 'x12-837i', 'claim-json'] as const) {
  cases.push(
    { name: 'missing quantity', format, text: claimText(format, oneLine({ ...TACRO, qty: undefined })), expect: [{ at: '12345678901', messageId: 'noQuantity' }] },
  );
}
cases.push(
  { name: 'missing unit (JSON)', format: 'claim-json', text: claimText('claim-json', oneLine({ ...TACRO, unit: undefined })), expect: [{ at: '60', messageId: 'noUnit' }] },
  { name: 'missing quantity: not judged in FHIR', format: 'fhir', text: claimText('fhir', oneLine({ ...TACRO, qty: undefined, unit: undefined })), expect: [] },
  { name: 'UCUM mg is a unit in FHIR', format: 'fhir', text: claimText('fhir', oneLine({ ...TACRO, unit: 'mg' })), expect: [] },
);
ruleCases('ndc-quantity', cases);
