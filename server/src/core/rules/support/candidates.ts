/**
 * The specific codes the evidence on a NOC line points to, each judged on the line's service date: from the NDC
 * through the CMS crosswalk first (the coder's own NDC is the strongest evidence), else from a drug named in the
 * description. A crosswalk code not yet valid on the date gives way to the code in force then (J7524 → J7517 before
 * it existed), with the units recomputed for that code's dosage.
 */
import { productKind, type UnitsAnswer } from '../../knowledge';
import type { CodeInForce, CrosswalkEntry, DrugNameMatch } from '../../knowledge/types';
import type { LineContext } from '../rule';
import { codeOf, isNocDrugCode } from './lines';
import { codesOf, crosswalkFor } from './ndc';
import { unitsOfLine } from './units';

export interface Candidate {
  /** The code to bill on the service date. */
  readonly code: string;
  /** The crosswalk row that links the NDC to it (its own code may be the successor, e.g. J7524 for a J7517 line). */
  readonly entry?: CrosswalkEntry;
  /** How the code was found for the date: itself, or the predecessor/successor of the code the evidence names. */
  readonly inForce?: CodeInForce;
  /** Whole billing units for the line's NDC quantity, or why they cannot be worked out. */
  readonly units: UnitsAnswer;
  /** Conditions of use the code's descriptor sets (Q0162: only as an oral substitute for an IV anti-emetic…). */
  readonly conditions?: readonly string[];
  /** True when the CMS files do not say whether the code is valid on the date (its start or end is not known). */
  readonly unsure: boolean;
}

export type Evidence =
  | { readonly kind: 'ndc'; readonly ndc11: string; readonly entries: readonly CrosswalkEntry[]; readonly candidates: readonly Candidate[] }
  | { readonly kind: 'description'; readonly match: DrugNameMatch; readonly candidates: readonly Candidate[] }
  | { readonly kind: 'none' };

/** The code to bill on the line's date for `named`, unless that is a NOC code or the billed one; undefined when none fits. */
function inForceCandidate(ctx: LineContext, named: string, entry: CrosswalkEntry | undefined): Candidate | undefined {
  const inForce = ctx.knowledge.codeInForceOn(named, ctx.serviceDate);
  // Codes outside the curated data (most of the crosswalk) carry no dates: claimlint does not know them ended.
  const code = inForce?.code ?? (ctx.knowledge.entry(named) ? undefined : named);
  if (!code || isNocDrugCode(code, ctx.knowledge) || code === codeOf(ctx.line)) return undefined;
  if (inForce && inForce.validity !== 'valid' && inForce.validity !== 'unknown') return undefined;
  return asCandidate(ctx, code, entry, inForce);
}

/** A code to offer, with its units for the line's quantity and what its descriptor and dates leave open. */
export function asCandidate(ctx: LineContext, code: string, entry: CrosswalkEntry | undefined, inForce: CodeInForce | undefined): Candidate {
  const conditions = ctx.knowledge.entry(code)?.conditions?.value;
  return { code, entry, inForce, units: unitsOfLine(ctx, code, entry), unsure: inForce?.validity === 'unknown', ...(conditions?.length ? { conditions } : {}) };
}

/** A description's tablets or liquid narrow the codes of a drug: no suspension code for "500 MG TAB", no tablet code for "200 MG/ML". */
function fitsForm(ctx: LineContext, code: string, description: string): boolean {
  const kind = productKind(undefined, description);
  const form = ctx.knowledge.entry(code)?.form?.value;
  if (kind === 'countable') return form !== 'oral-suspension' && form !== 'granules';
  if (kind === 'liquid') return form !== 'tablet-or-capsule' && form !== 'granules';
  return true;
}

/** The brand a code is for, when its CMS descriptor names one in parentheses: "(envarsus xr)", "(xatmep)". */
function brandOf(ctx: LineContext, code: string): string | undefined {
  const entry = ctx.knowledge.entry(code);
  const text = entry?.longDescriptor?.value ?? entry?.shortDescriptor.value ?? '';
  return /\(([a-z][a-z -]*)\)/i.exec(text)?.[1].trim().toLowerCase();
}

/**
 * A description that names the generic drug does not point to the codes of one brand (J7503 Envarsus XR, J8612 Xatmep):
 * those go, unless nothing else is left. A description that names the brand keeps its code.
 */
function withoutOtherBrands(ctx: LineContext, codes: string[], description: string): string[] {
  const lower = description.toLowerCase();
  const kept = codes.filter((code) => {
    const brand = brandOf(ctx, code);
    return !brand || lower.includes(brand.split(' ')[0]);
  });
  return kept.length ? kept : codes;
}

function unique(candidates: (Candidate | undefined)[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) if (c && !out.some((o) => o.code === c.code)) out.push(c);
  return out;
}

/** What points this line to specific codes (shared by the rules that ask, computed once per line). */
export function specificCodeEvidence(ctx: LineContext): Evidence {
  return ctx.shared('specific-code evidence', () => evidenceOf(ctx));
}

function evidenceOf(ctx: LineContext): Evidence {
  const { ndc11, entries } = crosswalkFor(ctx.line, ctx.knowledge);
  if (ndc11 && entries.length > 0) {
    const candidates = unique(codesOf(entries).map((code) => inForceCandidate(ctx, code, entries.find((e) => e.hcpcs.trim().toUpperCase() === code))));
    return { kind: 'ndc', ndc11, entries, candidates };
  }
  const description = ctx.line.procedure?.description?.value;
  if (description) {
    const [match] = ctx.knowledge.findDrugNames(description);
    if (match) {
      const codes = withoutOtherBrands(ctx, match.codes.map((c) => c.toUpperCase()).filter((c) => fitsForm(ctx, c, description)), description);
      return { kind: 'description', match, candidates: unique(codes.map((code) => inForceCandidate(ctx, code, undefined))) };
    }
  }
  return { kind: 'none' };
}
