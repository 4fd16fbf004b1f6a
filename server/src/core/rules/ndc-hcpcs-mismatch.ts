import type { Rule } from './rule';
import { fixesOf, suggestCode } from './support/codeFix';
import { codeOf, isJCode, isNocDrugCode, validityOn } from './support/lines';
import { codesOf, crosswalkFor, drugOfNdc } from './support/ndc';

export const ndcHcpcsMismatch: Rule = {
  meta: {
    id: 'ndc-hcpcs-mismatch',
    description: 'A specific drug code is billed with an NDC that the CMS crosswalk maps to different code(s).',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      mismatch: 'check the NDC or the code: NDC {ndc} ({drug}) is listed under {mapped}, not {code}.',
    },
    why:
      'Payers check the NDC against the billed code and deny lines where they disagree. The CMS ASP NDC–HCPCS crosswalk lists, ' +
      'each quarter, which codes an NDC is billed under; when the line\'s code is not among them, either the NDC or the code is ' +
      'wrong. If the NDC is right, the listed codes are offered with the units recomputed for their dosage.',
    sources: ['CMS ASP NDC–HCPCS crosswalk (quarterly)'],
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
    report({
      span: line.procedure.code.span,
      messageId: 'mismatch',
      data: { ndc: ndc11, drug: drugOfNdc(ndc11, knowledge), mapped: mapped.join(' or '), code },
      fixes: fixesOf(suggestions),
    });
  },
};
