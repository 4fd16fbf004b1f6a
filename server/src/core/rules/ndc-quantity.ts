import type { Rule } from './rule';
import { notPositiveNumber } from './support/lines';
import { ndcUnitCode } from './support/units';

const UNIT_LIST = 'F2 (international unit), GR (gram), ME (milligram), ML (milliliter) or UN (unit)';
const WHY =
  'The payer prices and audits the drug from the NDC quantity and unit (UnitedHealthcare and Anthem require both on every NDC line); ' +
  'without a usable quantity the line is rejected.';

export const ndcQuantity: Rule = {
  meta: {
    id: 'ndc-quantity',
    description: 'The NDC quantity is missing, zero, negative or not a number, or its unit is not F2, GR, ME, ML or UN.',
    defaultSeverity: 'error',
    fixable: false,
  },
  checkLine({ line, doc }, report) {
    const drug = line.drug;
    if (!drug) return;
    // FHIR often carries the NDC in an extension with no slot for a drug quantity: only judge what is written there.
    const requirePresence = doc.format !== 'fhir';
    const where = `Line ${line.number}: NDC ${drug.code.value.trim()}`;
    const quantity = drug.quantity;
    if (!quantity || quantity.value.trim() === '') {
      if (requirePresence) {
        report({
          span: quantity && quantity.span.end > quantity.span.start ? quantity.span : drug.code.span,
          message: `${where} has no quantity. ${WHY} Add how much of the package was used (837: CTP04; JSON: nationalDrugUnitCount), e.g. 30 with unit UN for 30 capsules.`,
        });
      }
    } else {
      const problem = notPositiveNumber(quantity.value);
      if (problem) {
        report({
          span: quantity.span,
          message: `${where}: the quantity "${quantity.value.trim().slice(0, 20)}" ${problem}. ${WHY} Enter the amount used as a positive number, e.g. 30 (capsules, with UN) or 2.5 (mL, with ML).`,
        });
      }
    }
    const unit = drug.unit;
    if (!unit || unit.value.trim() === '') {
      if (requirePresence) {
        report({
          span: unit && unit.span.end > unit.span.start ? unit.span : (quantity?.span ?? drug.code.span),
          message: `${where} has no unit for its quantity. ${WHY} Use ${UNIT_LIST} (837: CTP05-1; JSON: measurementUnitCode).`,
        });
      }
      return;
    }
    if (!ndcUnitCode(unit.value, doc.format)) {
      report({
        span: unit.span,
        message: `${where}: the quantity unit "${unit.value.trim().slice(0, 20)}" is not an NDC unit. ${WHY} Use ${UNIT_LIST}.`,
      });
    }
  },
};
