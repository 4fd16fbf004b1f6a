import type { Rule } from './rule';
import { fixesOf, suggestCode } from './support/codeFix';
import { codeOf, codeWithDescriptor, isJCode, isNocDrugCode, validityOn } from './support/lines';
import { codesOf, crosswalkFor } from './support/ndc';

export const ndcHcpcsMismatch: Rule = {
  meta: {
    id: 'ndc-hcpcs-mismatch',
    description: 'A specific drug code is billed with an NDC that the CMS crosswalk maps to different code(s).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  checkLine(ctx, report) {
    const { line, knowledge } = ctx;
    const code = codeOf(line);
    const drug = line.drug;
    if (!code || !line.procedure || !drug || isNocDrugCode(code, knowledge)) return;
    const category = knowledge.hcpcs(code)?.category;
    if (!isJCode(code) && category !== 'drug' && category !== 'immunosuppressive') return;
    const { ndc11, entries } = crosswalkFor(line, knowledge);
    if (!ndc11 || entries.length === 0) return;
    const mapped = codesOf(entries);
    if (mapped.includes(code)) return;

    const offered = mapped.filter((c) => {
      const info = knowledge.hcpcs(c);
      return !info || validityOn(info, ctx.serviceDate) === 'valid';
    });
    const suggestions = offered.map((c) => suggestCode(ctx, c, entries.find((e) => e.hcpcs.trim().toUpperCase() === c)));
    const names = mapped.map((c) => codeWithDescriptor(c, knowledge)).join(' and ');
    const how = suggestions.length
      ? ' ' + suggestions.map((s) => `If the NDC is right, bill ${s.code}: ${s.estimate.explanation}.`).join(' ')
      : '';
    report({
      span: line.procedure.code.span,
      message:
        `Line ${line.number}: ${codeWithDescriptor(code, knowledge)} is billed with NDC ${ndc11}, which the CMS ASP NDC–HCPCS crosswalk ` +
        `(${knowledge.crosswalk.quarter}) lists under ${names}, not ${code}. Payers check the NDC against the code and deny lines where they disagree. ` +
        `Either the NDC or the code is wrong: check the package used.${how}`,
      fixes: fixesOf(suggestions),
    });
  },
};
