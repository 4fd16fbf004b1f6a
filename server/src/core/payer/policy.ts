/**
 * The billing office's payer policies (`payers` in .claimlintrc.json): which claims each applies to, what kind of
 * payer it is, and what it requires. Policies are the office's statements about its payers, not claimlint's.
 */
import type { RuleSetting } from '../config';
import type { PayerRef } from '../model';

/** The payer kinds a policy can declare; they decide which of claimlint's payer-specific checks apply. */
export type PolicyPayerType = 'medicare' | 'medicare-dme' | 'medicaid' | 'commercial' | 'other';

export interface PayerPolicy {
  readonly name: string;
  readonly match: {
    readonly payerIds?: readonly string[];
    /** Payer names with * wildcards, case ignored. */
    readonly names?: readonly string[];
    readonly filingCodes?: readonly string[];
  };
  readonly type: PolicyPayerType;
  /** Code patterns (J7599, J75*) that need a prior authorization number. */
  readonly priorAuthRequired?: readonly string[];
  /** Which drug lines need an NDC. */
  readonly ndcRequired?: 'noc' | 'drug-lines';
  /** NDC units of measure the payer accepts. */
  readonly ndcUnits?: readonly string[];
  readonly documentation?: { readonly codes: readonly string[]; readonly require: 'attachment' | 'note' | 'attachment-or-note' };
  /** Rule settings for this payer's claims only (they win over the general ones). */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

/** "J75*" matches J7507; "J7599" only itself. Case is ignored. */
export function matchesCodePattern(code: string, pattern: string): boolean {
  const p = pattern.trim().toUpperCase();
  const c = code.trim().toUpperCase();
  return p.endsWith('*') ? c.startsWith(p.slice(0, -1)) : c === p;
}

export function matchesAnyCode(code: string, patterns: readonly string[] | undefined): boolean {
  return (patterns ?? []).some((p) => matchesCodePattern(code, p));
}

function wildcard(pattern: string): RegExp {
  const escaped = pattern.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

/** The first policy whose payer ids, names or filing codes match the claim's payer (any one of them). */
export function matchPolicy(payer: PayerRef, policies: readonly PayerPolicy[]): PayerPolicy | undefined {
  const id = payer.id?.value.trim().toUpperCase();
  const name = payer.name?.value.trim();
  const filing = payer.filingCode?.value.trim().toUpperCase();
  return policies.find(({ match }) =>
    (id !== undefined && (match.payerIds ?? []).some((p) => p.trim().toUpperCase() === id)) ||
    (name !== undefined && (match.names ?? []).some((p) => wildcard(p).test(name))) ||
    (filing !== undefined && (match.filingCodes ?? []).some((p) => p.trim().toUpperCase() === filing)),
  );
}
