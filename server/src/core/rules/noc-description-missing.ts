import type { Fix } from '../findings';
import type { CrosswalkEntry, Knowledge } from '../knowledge/types';
import type { LineContext, Rule } from './rule';
import { codeOf, formatNumber, isNocDrugCode, parseDecimal } from './support/lines';
import { itemStrength } from './support/units';
import { crosswalkFor } from './support/ndc';

const MAX = 80;

/**
 * "Prograf (tacrolimus) 1 mg NDC 00469060773 30 UN": the line's own drug, from its NDC's crosswalk row (name, generic,
 * strength when the row is unambiguous), and its quantity, cut to 80 characters. Nothing without an NDC in the crosswalk.
 */
export function descriptionFromCrosswalk(ctx: LineContext, entries: readonly CrosswalkEntry[], ndc11: string, knowledge: Knowledge): string | undefined {
  const names = [...new Set(entries.map((e) => e.drugName.trim()).filter((n) => n !== ''))];
  if (names.length !== 1) return undefined;
  const generics = [...new Set(entries.map((e) => knowledge.hcpcs(e.hcpcs)?.drug).filter((d): d is string => !!d))];
  const name = names[0];
  const generic = generics.length === 1 && generics[0].toLowerCase() !== name.toLowerCase() ? ` (${generics[0]})` : '';
  const drug = ctx.line.drug;
  const strength = drug?.unit?.value.trim() === 'UN' ? sameStrength(entries, knowledge) : undefined;
  const quantity = parseDecimal(drug?.quantity?.value ?? '');
  const unit = drug?.unit?.value.trim();
  const qty = quantity !== undefined && quantity > 0 && unit ? ` ${formatNumber(quantity)} ${unit}` : '';
  const text = `${name}${generic}${strength ? ` ${strength}` : ''} NDC ${ndc11}${qty}`;
  return text.length <= MAX ? text : text.slice(0, MAX).trimEnd();
}

/** "1 mg" when every crosswalk row for the NDC gives the same per-item strength without contradicting itself. */
function sameStrength(entries: readonly CrosswalkEntry[], knowledge: Knowledge): string | undefined {
  const all = new Set(entries.map((e) => itemStrength(e, knowledge) ?? ''));
  const [only] = [...all];
  return all.size === 1 && only ? only : undefined;
}

function fillFix(ctx: LineContext): Fix[] {
  const { ndc11, entries } = crosswalkFor(ctx.line, ctx.knowledge);
  if (!ndc11 || entries.length === 0 || !ctx.editor) return [];
  const description = descriptionFromCrosswalk(ctx, entries, ndc11, ctx.knowledge);
  if (!description) return [];
  const edits = ctx.editor.setDescription(ctx.line, description);
  if (edits.length === 0) return [];
  // Derived from the NDC the coder entered, so it restates the claim, but a wrong NDC would spread: not "fix all" material.
  return [{ title: `Describe the drug as "${description}" (from the CMS crosswalk; check the strength)`, isPreferred: true, safe: false, edits }];
}

export const nocDescriptionMissing: Rule = {
  meta: {
    id: 'noc-description-missing',
    description: 'A NOC drug line has no drug description (837P SV101-7, 837I SV202-7, JSON description), or it is over 80 characters.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      missing: 'describe the drug (name, strength, amount) in {field}: a {code} line without it is returned.',
      tooLong: 'shorten the {code} description to {max} characters (it has {length}): payers cut or reject longer ones.',
    },
    why:
      'A "not otherwise classified" code does not say which drug was given, so payers require the drug name, strength and amount ' +
      'on the line (837P SV101-7, 837I SV202-7, the JSON description); without it the line is returned or denied. The field holds ' +
      'at most 80 characters.',
    sources: ['X12 005010X222A1 SV101-7 / 005010X223A2 SV202-7', 'Medicare Administrative Contractors\' NOC drug billing guidance'],
  },
  checkLine(ctx, report) {
    const { line, knowledge, field } = ctx;
    const code = codeOf(line);
    const procedure = line.procedure;
    if (!code || !procedure || !isNocDrugCode(code, knowledge)) return;
    const description = procedure.description;
    const text = description?.value.trim() ?? '';
    if (text === '') {
      report({
        span: description && description.span.end > description.span.start ? description.span : procedure.code.span,
        messageId: 'missing',
        data: { code, field: field('description') },
        fixes: fillFix(ctx),
      });
      return;
    }
    if (description && text.length > MAX) report({ span: description.span, messageId: 'tooLong', data: { code, max: MAX, length: text.length } });
  },
};
