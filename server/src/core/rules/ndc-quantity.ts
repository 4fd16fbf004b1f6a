import type { Rule } from './rule';
import { notPositiveNumber, shown } from './support/lines';
import { ndcUnitCode } from './support/units';

export const ndcQuantity: Rule = {
  meta: {
    id: 'ndc-quantity',
    description: 'The NDC quantity is missing, zero, negative or not a number, or its unit is not F2, GR, ME, ML or UN.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      noQuantity: 'add how much of NDC {ndc} was used ({field}), e.g. 30 with unit UN for 30 capsules.',
      badQuantity: 'enter the quantity of NDC {ndc} as a positive number: "{quantity}" is {problem}.',
      noUnit: 'add the unit of the NDC quantity ({field}): F2, GR, ME, ML or UN.',
      badUnit: 'use F2, GR, ME, ML or UN as the unit of the NDC quantity, not "{unit}".',
      refusedUnit: 'convert the NDC quantity to {accepted}: {policy} does not accept {unit}.',
    },
    why:
      'The payer prices and audits the drug from the NDC quantity and its unit (837 CTP04 and CTP05-1: F2 international units, ' +
      'GR grams, ME milligrams, ML milliliters, UN units/each); without a usable quantity the line is rejected. UnitedHealthcare and ' +
      'Anthem require both on every NDC line. FHIR often carries the NDC in an extension with no slot for a quantity, so a missing ' +
      'FHIR quantity is not flagged. Some payers accept only some units (Blue Cross Blue Shield of Michigan has refused ME); a payer ' +
      'policy lists them with `ndcUnits`.',
    sources: ['X12 005010X222A1: loop 2410 CTP04/CTP05', 'UnitedHealthcare and Anthem NDC billing policies'],
  },
  checkLine({ line, doc, field, payer }, report) {
    const drug = line.drug;
    if (!drug) return;
    // FHIR often carries the NDC in an extension with no slot for a drug quantity: only judge what is written there.
    const requirePresence = doc.format !== 'fhir';
    const ndc = shown(drug.code.value, 24);
    const quantity = drug.quantity;
    if (!quantity || quantity.value.trim() === '') {
      if (requirePresence) {
        report({ span: quantity && quantity.span.end > quantity.span.start ? quantity.span : drug.code.span, messageId: 'noQuantity', data: { ndc, field: field('ndcQuantity') } });
      }
    } else {
      const problem = notPositiveNumber(quantity.value);
      if (problem) report({ span: quantity.span, messageId: 'badQuantity', data: { ndc, quantity: shown(quantity.value), problem } });
    }
    const unit = drug.unit;
    if (!unit || unit.value.trim() === '') {
      if (requirePresence) {
        report({ span: unit && unit.span.end > unit.span.start ? unit.span : (quantity?.span ?? drug.code.span), messageId: 'noUnit', data: { field: field('ndcUnit') } });
      }
      return;
    }
    const code = ndcUnitCode(unit.value, doc.format);
    if (!code) {
      report({ span: unit.span, messageId: 'badUnit', data: { unit: shown(unit.value) } });
      return;
    }
    const accepted = payer.policy?.ndcUnits;
    if (accepted && !accepted.includes(code)) {
      report({ span: unit.span, messageId: 'refusedUnit', data: { unit: code, accepted: orList(accepted), policy: payer.policy?.name ?? '' } });
    }
  },
};

/** "ME", "ME or ML", "F2, ME or ML". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
