import type { Rule } from './rule';
import { specificCodeEvidence } from './support/candidates';
import { fixesOf, suggestCode, type CodeSuggestion } from './support/codeFix';
import { codeOf, isNocDrugCode } from './support/lines';
import { drugOfNdc } from './support/ndc';

/** "J7507 (30 units)", or the bare code when the units cannot be worked out. */
function withUnits(s: CodeSuggestion): string {
  return s.units !== undefined ? `${s.code} (${s.units} unit${s.units === 1 ? '' : 's'})` : s.code;
}

export const hcpcsMoreSpecific: Rule = {
  meta: {
    id: 'hcpcs-more-specific',
    description: 'J7599 (or another NOC code) is billed although the NDC or the drug named has a specific HCPCS code; offers each candidate with recomputed units.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      byNdc: 'bill {suggested}, not {code} — NDC {ndc} is {drug}.',
      byNdcChoice: 'bill whichever of {suggested} matches the strength given, not {code} — NDC {ndc} is {drug}.',
      byName: 'bill {suggested}, not {code} — the description names {drug}.',
      byNameChoice: 'bill whichever of {suggested} matches the form given, not {code} — the description names {drug}.',
    },
    why:
      'A "not otherwise classified" code is only for a drug that has no specific code. When the NDC on the line is listed under a ' +
      'specific code in the CMS ASP NDC–HCPCS crosswalk, or the description names a drug that has one, payers deny or manually review ' +
      "the NOC line and pay the specific code by its own dosage. The units are recomputed for the suggested code's billing unit and " +
      'rounded up to whole units; when an NDC is listed under several codes (cyclosporine 25 mg and 100 mg), each is offered and ' +
      'claimlint does not choose.',
    sources: ['CMS ASP NDC–HCPCS crosswalk (quarterly)', 'CMS HCPCS: NOC codes are for drugs without a specific code'],
  },
  checkLine(ctx, report) {
    const { line, knowledge } = ctx;
    const code = codeOf(line);
    if (!code || !line.procedure || !isNocDrugCode(code, knowledge)) return;
    const evidence = specificCodeEvidence(ctx);
    if (evidence.kind === 'none' || evidence.candidates.length === 0) return;
    const suggestions = evidence.candidates.map((c) => suggestCode(ctx, c.code, c.entry));
    const one = suggestions.length === 1;
    const suggested = suggestions.map(withUnits).join(one ? '' : ', ');
    const data: Record<string, string> =
      evidence.kind === 'ndc'
        ? { code, suggested, ndc: evidence.ndc11, drug: drugOfNdc(evidence.ndc11, knowledge) }
        : { code, suggested, drug: evidence.match.matchedText };
    report({
      span: line.procedure.code.span,
      messageId: evidence.kind === 'ndc' ? (one ? 'byNdc' : 'byNdcChoice') : one ? 'byName' : 'byNameChoice',
      data,
      fixes: fixesOf(suggestions),
    });
  },
};
