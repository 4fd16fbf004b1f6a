import type { Rule } from './rule';
import { codeOf, formatNumber, isNocDrugCode, parseDecimal, shown } from './support/lines';
import { crosswalkFor } from './support/ndc';
import { ndcQuantityOf, unitsOfLine } from './support/units';

/** How far apart billed and NDC-derived units may be before it is worth a look: well beyond rounding and partial vials. */
export const RATIO_LIMIT = 10;

export const ndcUnitsInconsistent: Rule = {
  meta: {
    id: 'ndc-units-inconsistent',
    description: "Billed units and the NDC quantity disagree by more than 10× once converted through the code's dosage (other than the miscounts units-counted-wrong names).",
    defaultSeverity: 'information',
    fixable: false,
    heuristic: true,
    messages: {
      apart: 'check the units: {billed} units of {code} are billed, but NDC quantity {quantity} {unit} works out to {expected} units.',
    },
    why:
      'Payers compare the billed units with the NDC quantity and deny or audit lines where they disagree. The NDC quantity is ' +
      "converted through the code's dosage and the strength of one item in the CMS crosswalk; more than ten times apart is well " +
      'beyond rounding and partial vials. This is a heuristic: check both numbers before changing either. A tablet count or a ' +
      'milligram amount billed as units is reported by units-counted-wrong instead.',
    sources: ['CMS ASP NDC–HCPCS crosswalk, October 2026 (billing units per package)'],
  },
  checkLine(ctx, report) {
    const { line, knowledge, doc } = ctx;
    const code = codeOf(line);
    if (!code || !line.drug || !line.units || isNocDrugCode(code, knowledge)) return;
    const billed = parseDecimal(line.units.value);
    const q = ndcQuantityOf(line, doc.format);
    if (billed === undefined || billed <= 0 || !q) return;
    // The billed number is the NDC quantity itself: units-counted-wrong's case.
    if (billed === q.quantity && (q.unit === 'UN' || q.unit === 'ME')) return;
    const { entries } = crosswalkFor(line, knowledge);
    const units = unitsOfLine(ctx, code, entries.find((e) => e.hcpcs.trim().toUpperCase() === code));
    if (units.status !== 'ok') return;
    const ratio = Math.max(billed / units.toBill, units.toBill / billed);
    if (ratio <= RATIO_LIMIT) return;
    report({
      span: line.units.span,
      messageId: 'apart',
      data: { billed: formatNumber(billed), code, quantity: formatNumber(q.quantity), unit: shown(line.drug.unit?.value ?? ''), expected: units.toBill },
    });
  },
};
