import type { Rule } from './rule';
import { notPositiveNumber, shown } from './support/lines';

export const unitsInvalid: Rule = {
  meta: {
    id: 'units-invalid',
    description: 'The service units of a line are missing, zero, negative or not a number.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: 'enter the service units of {code} in {field}: a line without units is rejected.',
      invalid: 'enter the service units of {code} as a positive number: "{units}" is {problem}.',
    },
    why:
      "Payers pay drug lines per billing unit of the code (the dose given divided by the code's dosage), so the units decide " +
      'the payment, and a line without valid units is rejected. FHIR `item.quantity` is optional (ExplanationOfBenefit items often ' +
      'leave it out), so only a quantity that is written is judged there.',
  },
  checkLine({ line, doc, field }, report) {
    const procedure = line.procedure;
    if (!procedure) return;
    const units = line.units;
    const data = { code: shown(procedure.code.value), field: field('units') };
    if (!units || units.value.trim() === '') {
      if (doc.format === 'fhir') return;
      report({ span: units && units.span.end > units.span.start ? units.span : procedure.code.span, messageId: 'missing', data });
      return;
    }
    const problem = notPositiveNumber(units.value);
    if (problem) report({ span: units.span, messageId: 'invalid', data: { ...data, units: shown(units.value), problem } });
  },
};
