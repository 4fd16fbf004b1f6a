import type { Rule } from './rule';
import { notPositiveNumber } from './support/lines';

export const unitsInvalid: Rule = {
  meta: {
    id: 'units-invalid',
    description: 'The service units of a line are missing, zero, negative or not a number.',
    defaultSeverity: 'error',
    fixable: false,
  },
  checkLine({ line, doc }, report) {
    const procedure = line.procedure;
    if (!procedure) return;
    const units = line.units;
    const why = 'Payers pay drug lines per billing unit of the code, so the units decide the payment; a line without valid units is rejected.';
    if (!units || units.value.trim() === '') {
      // FHIR item.quantity is optional (and often absent from ExplanationOfBenefit items): judge only what is written.
      if (doc.format === 'fhir') return;
      report({
        span: units && units.span.end > units.span.start ? units.span : procedure.code.span,
        message: `Line ${line.number}: ${procedure.code.value.trim()} has no service units. ${why} Enter the number of billing units (837P SV104, 837I SV205, JSON serviceUnitCount).`,
      });
      return;
    }
    const problem = notPositiveNumber(units.value);
    if (!problem) return;
    report({
      span: units.span,
      message: `Line ${line.number}: the service units "${units.value.trim().slice(0, 20)}" ${problem}. ${why} Enter a positive number of billing units for the code's dosage (e.g. 30 for 30 mg of a 1 mg code).`,
    });
  },
};
