import type { OralBenefit } from '../knowledge/types';
import type { LineContext, Rule } from './rule';
import { containerOfLine } from './support/drug';
import { codeOf, isNocDrugCode } from './support/lines';
import { codesOf, crosswalkFor } from './support/ndc';

const BENEFIT_WORDS: Readonly<Record<OralBenefit, string>> = {
  'oral-immunosuppressive': 'oral immunosuppressive',
  'oral-anticancer': 'oral anti-cancer',
  'oral-antiemetic': 'oral anti-emetic',
};

/**
 * Which Medicare oral-drug benefit (billed to the DME MAC) the line's drug falls under: from the code data, or for a NOC
 * code from the codes its NDC is listed under, or for J7599 an oral product (it is the immunosuppressive NOC code).
 */
function oralBenefitOf(ctx: LineContext, code: string): OralBenefit | undefined {
  const own = ctx.knowledge.entry(code)?.oralBenefit?.value[0];
  if (own) return own;
  if (!isNocDrugCode(code, ctx.knowledge)) return undefined;
  const listed = codesOf(crosswalkFor(ctx.line, ctx.knowledge).entries).map((c) => ctx.knowledge.entry(c)?.oralBenefit?.value[0]);
  if (listed.length && listed[0] && listed.every((b) => b === listed[0])) return listed[0];
  if (code === 'J7599' && containerOfLine(ctx) === 'oral-product') return 'oral-immunosuppressive';
  return undefined;
}

/** A facility's claim: an 837I, or claim JSON / FHIR written as an institutional claim. */
function isFacilityClaim(ctx: LineContext): boolean {
  const anchor = ctx.line.anchor;
  return ctx.doc.format === 'x12-837i' || (anchor.kind === 'json-line' && anchor.shape === 'ch-institutional') || ctx.line.revenueCode !== undefined;
}

export const dmeMacJurisdiction: Rule = {
  meta: {
    id: 'dme-mac-jurisdiction',
    description: 'An oral immunosuppressive, anti-cancer or anti-emetic drug on a Medicare claim sent to the A/B MAC: practitioners bill these to the DME MAC; facilities only a one-day supply to the A/B MAC.',
    defaultSeverity: 'warning',
    fixable: false,
    heuristic: true,
    messages: {
      practitioner: 'bill this {code} to the DME MAC, not the A/B MAC: Medicare pays {benefit} drugs there.',
      facility: 'bill the A/B MAC for at most a one-day supply of {code}; send multi-day supplies to the DME MAC.',
    },
    why:
      'Medicare pays oral immunosuppressive, oral anti-cancer and oral anti-emetic drugs through the DME MACs, not through the A/B ' +
      'MAC that processes the practitioner\'s other Part B claims (CGS, "Immunosuppressive Drugs: Submit Claims to the Correct ' +
      'Contractor", updated 2021-12-14; Medicare Claims Processing Manual, chapter 17). The DME MAC is the one for the state where ' +
      "the patient lives; electronic claims go through CEDI. For hospitals, the Claims Processing Manual's section on take-home " +
      'drugs sends take-home supplies of oral anti-cancer and anti-emetic drugs and multi-day supplies of immunosuppressives to ' +
      'the DME MAC (claimlint read that wording only in secondary copies of the manual, so the facility finding is a note: check ' +
      'the current manual). This is a heuristic: claimlint cannot tell from a Medicare claim which contractor it is addressed to. ' +
      'Declare the payer as `"type": "medicare-dme"` in a payer policy in `.claimlintrc.json` and the finding goes away.',
    sources: [
      'CGS, "Immunosuppressive Drugs: Submit Claims to the Correct Contractor" (2014, updated 2021-12-14)',
      'CMS, Medicare Claims Processing Manual (100-04), chapter 17',
      'CMS DME MAC policy article A52474, Immunosuppressive Drugs',
    ],
  },
  checkLine(ctx, report) {
    const { line, payer } = ctx;
    const code = codeOf(line);
    if (!code || !line.procedure || payer.kind !== 'medicare') return;
    const benefit = oralBenefitOf(ctx, code);
    if (!benefit) return;
    const facility = isFacilityClaim(ctx);
    report({
      span: line.procedure.code.span,
      severity: facility ? 'information' : undefined,
      messageId: facility ? 'facility' : 'practitioner',
      data: { code, benefit: BENEFIT_WORDS[benefit] },
    });
  },
};
