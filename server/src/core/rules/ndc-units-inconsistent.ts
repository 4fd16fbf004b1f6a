import type { Rule } from './rule';
import { codeOf, formatNumber, isNocDrugCode, parseDecimal, shown } from './support/lines';
import { crosswalkFor } from './support/ndc';
import { unitsForCode } from './support/units';

/** How far apart billed and NDC-derived units may be before it is worth a look: well beyond rounding and partial vials. */
export const RATIO_LIMIT = 10;

export const ndcUnitsInconsistent: Rule = {
  meta: {
    id: 'ndc-units-inconsistent',
    description: "Billed units and the NDC quantity disagree by more than 10× once converted through the code's dosage.",
    defaultSeverity: 'information',
    fixable: false,
    heuristic: true,
    messages: {
      apart: 'check the units: {billed} units of {code} are billed, but NDC quantity {quantity} {unit} works out to {expected} units.',
    },
    why:
      'Payers compare the billed units with the NDC quantity and deny or audit lines where they disagree; the usual cause is units ' +
      "counted in tablets or milligrams instead of the code's billing unit. This is a heuristic: the NDC quantity is converted through " +
      "the code's dosage and the crosswalk's package data, so check both numbers before changing either.",
    sources: ['CMS ASP NDC–HCPCS crosswalk (billing units per package)'],
  },
  checkLine({ line, knowledge, doc }, report) {
    const code = codeOf(line);
    if (!code || !line.drug || !line.units || isNocDrugCode(code, knowledge)) return;
    const billed = parseDecimal(line.units.value);
    if (billed === undefined || billed <= 0) return;
    const { entries } = crosswalkFor(line, knowledge);
    const entry = entries.find((e) => e.hcpcs.trim().toUpperCase() === code);
    const estimate = unitsForCode(line, code, knowledge, doc.format, entry);
    if (estimate.units === undefined || estimate.units <= 0) return;
    const ratio = Math.max(billed / estimate.units, estimate.units / billed);
    if (ratio <= RATIO_LIMIT) return;
    report({
      span: line.units.span,
      messageId: 'apart',
      data: { billed: formatNumber(billed), code, quantity: shown(line.drug.quantity?.value ?? ''), unit: shown(line.drug.unit?.value ?? ''), expected: formatNumber(estimate.units) },
    });
  },
};
