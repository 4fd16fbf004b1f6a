import type { DrugClass } from '../knowledge/types';
import type { Rule } from './rule';
import { specificCodeEvidence } from './support/candidates';
import { codeOf } from './support/lines';

/** The NOC code that is J7599's subject: immunosuppressive drugs. */
const IMMUNOSUPPRESSIVE_NOC = 'J7599';

const CLASS_WORDS: Readonly<Record<DrugClass, string>> = {
  immunosuppressive: 'an immunosuppressive',
  antiemetic: 'an anti-emetic',
  antineoplastic: 'a chemotherapy drug',
  corticosteroid: 'a corticosteroid',
  'clotting-factor': 'a clotting factor',
  compounded: 'a compounded drug',
};

export const nocWrongCategory: Rule = {
  meta: {
    id: 'noc-wrong-category',
    description: 'J7599 (immunosuppressive NOC) is billed for a drug of another class that has no specific code on the service date; names the NOC code of its class.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      wrongClass: 'bill {noc} ({scope}), not J7599 — the description names {drug}, {drugClass}, and J7599 is for immunosuppressive drugs.',
    },
    why:
      'J7599 is the NOC code for immunosuppressive drugs only; payers route and price NOC lines by the drug class the code names, so ' +
      'a drug of another class under J7599 is denied or reviewed. When the drug has a specific code, that is the answer (see ' +
      'hcpcs-more-specific: aprepitant J8501, oral methotrexate J8610). Only when it has none does this rule name the NOC code of ' +
      'its class: J8597 oral anti-emetic, J8499 oral non-chemotherapy, J8999 oral chemotherapy, J3490/J3590 injectable drugs and ' +
      'biologicals, J7999 compounded — and only when that code was valid on the service date. Drugs used as immunosuppressants ' +
      '(methotrexate, cyclophosphamide, corticosteroids) are never called anything else: when J7599 is wrong for them, it is ' +
      'because they have their own codes.',
    sources: ['CMS HCPCS NOC drug codes and their long descriptors'],
  },
  checkLine(ctx, report) {
    const { line, knowledge, editor } = ctx;
    if (codeOf(line) !== IMMUNOSUPPRESSIVE_NOC || !line.procedure) return;
    const evidence = specificCodeEvidence(ctx);
    if (evidence.kind !== 'description' || evidence.candidates.length > 0) return;
    const match = evidence.match;
    // Corticosteroids are given as immunosuppressants too: J7599 may be right for them.
    if (match.immunosuppressive || match.classes.some((c) => c === 'immunosuppressive' || c === 'corticosteroid')) return;
    const route = match.form === 'injection' ? 'injection' : match.form ? 'oral' : undefined;
    const noc = knowledge.nocCodeFor({ drugClass: match.classes, route });
    if (noc.code === IMMUNOSUPPRESSIVE_NOC) return;
    // Never name a code that was not (or may not have been) valid on the service date.
    if (knowledge.validityOn(noc.code, ctx.serviceDate).validity !== 'valid') return;
    const edits = editor?.replaceValue(line.procedure.code, noc.code) ?? [];
    report({
      span: line.procedure.code.span,
      messageId: 'wrongClass',
      data: { noc: noc.code, scope: knowledge.entry(noc.code)?.nocScope?.value.label ?? noc.scope, drug: match.matchedText, drugClass: match.classes.map((c: DrugClass) => CLASS_WORDS[c]).join(' and ') || 'not an immunosuppressive' },
      fixes: edits.length ? [{ title: `Bill ${noc.code} instead of J7599`, isPreferred: false, safe: false, edits }] : [],
    });
  },
};
