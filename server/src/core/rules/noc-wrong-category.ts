import type { Knowledge } from '../knowledge/types';
import type { Rule } from './rule';
import { specificCodeEvidence } from './support/candidates';
import { codeOf, codeWithDescriptor } from './support/lines';
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
  },
  checkLine(ctx, report) {
    const { line, knowledge, editor } = ctx;
    const code = codeOf(line);
    if (code !== IMMUNOSUPPRESSIVE_NOC || !line.procedure) return;

    let drugText: string;
    let noc: string | undefined;
    let specific: string[] = [];
    const { ndc11, entries } = crosswalkFor(line, knowledge);
    if (ndc11 && entries.length > 0) {
      const mapped = codesOf(entries);
      const categories = mapped.map((c) => knowledge.hcpcs(c)?.category);
      // Only when every mapped code is known and none is an immunosuppressive: anything less is not evidence.
      if (categories.some((c) => c === undefined || c === 'immunosuppressive' || c === 'noc-drug')) return;
      const named = knowledge.findDrugNames(`${entries[0].drugName} ${entries[0].shortDescription}`)[0];
      noc = named && !named.immunosuppressive ? named.suggestedNoc : undefined;
      noc ??= nocFor(mapped[0], knowledge);
      specific = mapped;
      drugText = `NDC ${ndc11} (${entries[0].drugName}) maps in the CMS crosswalk to ${mapped.map((c) => codeWithDescriptor(c, knowledge)).join(' and ')}, not an immunosuppressive`;
    } else {
      const evidence = specificCodeEvidence(ctx);
      if (evidence.kind !== 'description' || evidence.match.immunosuppressive) return;
      noc = evidence.match.suggestedNoc;
      specific = evidence.candidates.map((c) => c.code);
      drugText = `the description names ${evidence.match.matchedText}, which is not an immunosuppressive`;
    }
    if (!noc || noc === IMMUNOSUPPRESSIVE_NOC) return;
    const better = specific.length
      ? ` A specific code exists (${specific.join(', ')}), which is better still (see hcpcs-more-specific).`
      : '';
    const edits = editor?.replaceValue(line.procedure.code, noc) ?? [];
    report({
      span: line.procedure.code.span,
      message:
        `Line ${line.number}: J7599 is the NOC code for immunosuppressive drugs only, but ${drugText}. ` +
        `Payers route and price NOC lines by the code's drug class, so the wrong NOC code gets the line denied or reviewed. ` +
        `If no specific code fits, bill ${codeWithDescriptor(noc, knowledge)}.${better}`,
      fixes: edits.length ? [{ title: `Bill ${noc} instead of J7599`, isPreferred: false, safe: false, edits }] : [],
    });
  },
};
