import type { Rule } from './rule';
import { codeFixes } from './support/codeFix';
import { asCandidate, type Candidate } from './support/candidates';
import { codeOf, isDrugCode, isNocDrugCode } from './support/lines';
import { codesOf, crosswalkFor, drugOfNdc } from './support/ndc';

export const ndcHcpcsMismatch: Rule = {
  meta: {
    id: 'ndc-hcpcs-mismatch',
    description: 'A specific drug code is billed with an NDC that the CMS crosswalk lists under other code(s) (judged on the service date).',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      mismatch: 'check the NDC or the code: NDC {ndc} ({drug}) is listed under {mapped}, not {code}.',
    },
    why:
      'Payers check the NDC against the billed code and deny lines where they disagree. The CMS ASP NDC–HCPCS crosswalk lists, ' +
      "each quarter, which codes an NDC is billed under; when the line's code is not among them on its service date (a listed " +
      'code that did not exist yet counts as its predecessor then: J7524 stands for J7517 before it was added), either the NDC or ' +
      'the code is wrong. If the NDC is right, the listed codes are offered with the units recomputed for their dosage.',
    sources: ['CMS ASP NDC–HCPCS crosswalk, October 2026'],
  },
  checkLine(ctx, report) {
    const { line, knowledge, serviceDate } = ctx;
    const code = codeOf(line);
    if (!code || !line.procedure || !line.drug || isNocDrugCode(code, knowledge) || !isDrugCode(code, knowledge)) return;
    const { ndc11, entries } = crosswalkFor(line, knowledge);
    if (!ndc11 || entries.length === 0) return;
    // Each listed code, as the code in force on the line's date (a code added later stands for its predecessor).
    const inForce = codesOf(entries).map((listed) => ({ listed, inForce: knowledge.codeInForceOn(listed, serviceDate) }));
    if (inForce.some((c) => c.listed === code || c.inForce?.code === code)) return;
    const candidates: Candidate[] = [];
    for (const { listed, inForce: f } of inForce) {
      const target = f?.validity === 'valid' ? f.code : knowledge.entry(listed) ? undefined : listed;
      if (!target || candidates.some((c) => c.code === target)) continue;
      const entry = entries.find((e) => e.hcpcs.trim().toUpperCase() === listed);
      candidates.push(asCandidate(ctx, target, entry, f));
    }
    report({
      span: line.procedure.code.span,
      messageId: 'mismatch',
      data: { ndc: ndc11, drug: drugOfNdc(ndc11, knowledge), mapped: codesOf(entries).join(' or '), code },
      fixes: codeFixes(ctx, candidates),
    });
  },
};
