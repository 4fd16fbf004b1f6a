import type { Knowledge } from '../knowledge/types';
import type { Rule } from './rule';
import { specificCodeEvidence } from './support/candidates';
import { codeOf } from './support/lines';
import { codesOf, crosswalkFor } from './support/ndc';

/** The NOC code that is J7599's subject: immunosuppressive drugs. */
const IMMUNOSUPPRESSIVE_NOC = 'J7599';

/**
 * The NOC code for a non-immunosuppressive specific code, by the CMS code's own descriptor and range:
 * oral antineoplastics J8999, other oral J8499, chemotherapy J9999, inhalation J7699, otherwise J3490.
 */
function nocFor(code: string, knowledge: Knowledge): string {
  const descriptor = knowledge.hcpcs(code)?.descriptor ?? '';
  const n = /^J(\d{4})$/.exec(code) ? Number(code.slice(1)) : undefined;
  if (n !== undefined && n >= 8500 && n <= 8999) return 'J8999';
  if (/\boral\b/i.test(descriptor) || (n !== undefined && n >= 8000 && n <= 8499)) return 'J8499';
  if (n !== undefined && n >= 9000 && n <= 9999) return 'J9999';
  if (n !== undefined && n >= 7600 && n <= 7699) return 'J7699';
  return 'J3490';
}

export const nocWrongCategory: Rule = {
  meta: {
    id: 'noc-wrong-category',
    description: 'J7599 (immunosuppressive NOC) is billed for a drug that is not an immunosuppressive; names the NOC code that fits.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      byNdc: 'bill {noc} if no specific code fits, not J7599: NDC {ndc} ({drug}) is billed under {mapped}, outside J7599\'s class.',
      byName: 'bill {noc} if no specific code fits, not J7599: the description names {drug}, outside J7599\'s class.',
    },
    why:
      'J7599 is the NOC code for immunosuppressive drugs only. Payers route and price NOC lines by the code\'s drug class, so a ' +
      'drug of another class under J7599 is denied or reviewed: bill its specific code when it has one (see hcpcs-more-specific), ' +
      'else the NOC code of its own class.',
    sources: ['CMS HCPCS NOC drug codes and their descriptors'],
  },
  checkLine(ctx, report) {
    const { line, knowledge, editor } = ctx;
    const code = codeOf(line);
    if (code !== IMMUNOSUPPRESSIVE_NOC || !line.procedure) return;

    let noc: string | undefined;
    let data: Record<string, string>;
    const { ndc11, entries } = crosswalkFor(line, knowledge);
    if (ndc11 && entries.length > 0) {
      const mapped = codesOf(entries);
      const categories = mapped.map((c) => knowledge.hcpcs(c)?.category);
      // Only when every mapped code is known and none is an immunosuppressive: anything less is not evidence.
      if (categories.some((c) => c === undefined || c === 'immunosuppressive' || c === 'noc-drug')) return;
      const named = knowledge.findDrugNames(`${entries[0].drugName} ${entries[0].shortDescription}`)[0];
      noc = named && !named.immunosuppressive ? named.suggestedNoc : undefined;
      noc ??= nocFor(mapped[0], knowledge);
      data = { ndc: ndc11, drug: entries[0].drugName, mapped: mapped.join(' or ') };
    } else {
      const evidence = specificCodeEvidence(ctx);
      if (evidence.kind !== 'description' || evidence.match.immunosuppressive) return;
      noc = evidence.match.suggestedNoc;
      data = { drug: evidence.match.matchedText };
    }
    if (!noc || noc === IMMUNOSUPPRESSIVE_NOC) return;
    const edits = editor?.replaceValue(line.procedure.code, noc) ?? [];
    report({
      span: line.procedure.code.span,
      messageId: 'ndc' in data ? 'byNdc' : 'byName',
      data: { ...data, noc },
      fixes: edits.length ? [{ title: `Bill ${noc} instead of J7599`, isPreferred: false, safe: false, edits }] : [],
    });
  },
};
