import type { Rule } from './rule';
import { specificCodeEvidence } from './support/candidates';
import { fixesOf, suggestCode } from './support/codeFix';
import { codeOf, codeWithDescriptor, isNocDrugCode } from './support/lines';

export const hcpcsMoreSpecific: Rule = {
  meta: {
    id: 'hcpcs-more-specific',
    description: 'J7599 (or another NOC code) is billed although the NDC or the drug named has a specific HCPCS code; offers each candidate with recomputed units.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  checkLine(ctx, report) {
    const { line, knowledge } = ctx;
    const code = codeOf(line);
    if (!code || !line.procedure || !isNocDrugCode(code, knowledge)) return;
    const evidence = specificCodeEvidence(ctx);
    if (evidence.kind === 'none' || evidence.candidates.length === 0) return;

    const suggestions = evidence.candidates.map((c) => suggestCode(ctx, c.code, c.entry));
    const names = suggestions.map((s) => codeWithDescriptor(s.code, knowledge));
    const source =
      evidence.kind === 'ndc'
        ? `NDC ${evidence.ndc11} is listed in the CMS ASP NDC–HCPCS crosswalk (${knowledge.crosswalk.quarter}) under ${names.join(' and ')}`
        : `the description names ${evidence.match.matchedText}, which has ${names.length === 1 ? 'a specific code' : 'specific codes'}: ${names.join(', ')}`;
    const choice =
      suggestions.length === 1
        ? `Bill ${suggestions[0].code} instead: ${suggestions[0].estimate.explanation}.`
        : `Pick the code that matches the form and strength given (claimlint does not choose): ` +
          suggestions.map((s) => `${s.code}: ${s.estimate.explanation}`).join('; ') + '.';
    report({
      span: line.procedure.code.span,
      message:
        `Line ${line.number}: ${code} is a "not otherwise classified" code, but ${source}. ` +
        `A NOC code is only for drugs with no specific code; payers deny or manually review NOC lines when one exists, and pay the specific code by its own dosage. ` +
        choice,
      fixes: fixesOf(suggestions),
    });
  },
};
