import type { Rule } from './rule';
import { codeOf, formatNumber, isNocDrugCode, parseDecimal } from './support/lines';
import { crosswalkFor } from './support/ndc';
import { ndcQuantityOf, unitsOfLine } from './support/units';

/** A miscount is worth a finding when the right number is at least twice the billed one (or half): not rounding, not a partial vial. */
const FACTOR = 2;

export const unitsCountedWrong: Rule = {
  meta: {
    id: 'units-counted-wrong',
    description: "The billed units are the tablet/capsule/vial count or the milligrams given, not the code's billing units (e.g. 30 for 30 tacrolimus 5 mg capsules instead of 150 J7507 units).",
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      countBilled: "bill {expected} units of {code}, not {billed}: each of the {quantity} {items} is {perItem} units at {dosage} per unit.",
      weightBilled: 'bill {expected} units of {code}, not {billed}: {billed} is the amount in mg, and {code} is billed per {dosage}.',
    },
    why:
      "Drug codes are billed in the code's own units (J7507 per 1 mg, J7503 per 0.25 mg, J7525 per 5 mg), rounded up to whole units. " +
      'The commonest units error is the tablet or capsule count billed as units — 30 capsules of tacrolimus 5 mg are 150 mg, so 150 ' +
      'units of J7507, not 30 — and the next is the dose in milligrams billed as units of a code that is not per 1 mg. Payers pay the ' +
      'billed units, so either underbills or overbills the claim, and an audit compares the units with the NDC quantity. The right ' +
      "number comes from the NDC quantity (CTP04 in UN or ME), the strength of one item in the CMS crosswalk (or stated in the " +
      "description) and the code's dosage; when those do not agree, claimlint says nothing here.",
    sources: ['CMS ASP NDC–HCPCS crosswalk, October 2026 (billing units per package)', 'CGS, "Units of Service" for drugs (2016)'],
  },
  checkLine(ctx, report) {
    const { line, knowledge, doc, editor } = ctx;
    const code = codeOf(line);
    if (!code || !line.units || !line.drug || isNocDrugCode(code, knowledge)) return;
    const billed = parseDecimal(line.units.value);
    const q = ndcQuantityOf(line, doc.format);
    if (billed === undefined || billed <= 0 || !q || (q.unit !== 'UN' && q.unit !== 'ME')) return;
    const { entries } = crosswalkFor(line, knowledge);
    const units = unitsOfLine(ctx, code, entries.find((e) => e.hcpcs.trim().toUpperCase() === code));
    if (units.status !== 'ok' || billed !== q.quantity) return;
    const expected = units.toBill;
    if (expected < billed * FACTOR && expected * FACTOR > billed) return;
    const dosage = knowledge.hcpcs(code)?.dosage?.text.toLowerCase() ?? 'its dosage';
    const edits = editor?.setUnits(line, String(expected)) ?? [];
    report({
      span: line.units.span,
      // An item count read on an assumption (the code's form is not stated) is worth a look, not a warning.
      severity: units.assumptions.length ? 'information' : undefined,
      messageId: q.unit === 'UN' ? 'countBilled' : 'weightBilled',
      data: {
        expected,
        code,
        billed: formatNumber(billed),
        quantity: formatNumber(q.quantity),
        items: knowledge.entry(code)?.route.value === 'injection' ? 'vials' : 'tablets/capsules',
        perItem: formatNumber(units.exact / q.quantity),
        dosage,
      },
      fixes: edits.length ? [{ title: `Bill ${expected} units`, isPreferred: true, safe: false, edits }] : [],
    });
  },
};
