import type { CrosswalkEntry, DrugNameMatch } from '../../knowledge/types';
import type { LineContext } from '../rule';
import { codeOf, isNocDrugCode, validityOn } from './lines';
import { codesOf, crosswalkFor } from './ndc';

/** A specific code the line's evidence points to, with the crosswalk row that links them (when the evidence is the NDC). */
export interface Candidate {
  readonly code: string;
  readonly entry?: CrosswalkEntry;
}

export type Evidence =
  | { readonly kind: 'ndc'; readonly ndc11: string; readonly candidates: readonly Candidate[] }
  | { readonly kind: 'description'; readonly match: DrugNameMatch; readonly candidates: readonly Candidate[] }
  | { readonly kind: 'none' };

/** A code may be suggested on the line's date: not NOC, and not before its start or after its end when those are known. */
function usable(ctx: LineContext, code: string): boolean {
  if (isNocDrugCode(code, ctx.knowledge) || code === codeOf(ctx.line)) return false;
  const info = ctx.knowledge.hcpcs(code);
  return !info || validityOn(info, ctx.serviceDate) === 'valid';
}

/**
 * Specific codes for the drug on this line: from the NDC via the CMS crosswalk first (the coder's own NDC is the
 * strongest evidence), else from a drug named in the NOC description.
 */
export function specificCodeEvidence(ctx: LineContext): Evidence {
  const { ndc11, entries } = crosswalkFor(ctx.line, ctx.knowledge);
  if (ndc11 && entries.length > 0) {
    const candidates = codesOf(entries)
      .filter((code) => usable(ctx, code))
      .map((code) => ({ code, entry: entries.find((e) => e.hcpcs.trim().toUpperCase() === code) }));
    return { kind: 'ndc', ndc11, candidates };
  }
  const description = ctx.line.procedure?.description?.value;
  if (description) {
    const [match] = ctx.knowledge.findDrugNames(description);
    if (match) {
      const candidates = [...new Set(match.codes.map((c) => c.toUpperCase()))].filter((code) => usable(ctx, code)).map((code) => ({ code }));
      return { kind: 'description', match, candidates };
    }
  }
  return { kind: 'none' };
}
