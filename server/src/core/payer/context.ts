/**
 * Who pays a claim, decided claim by claim: a matching payer policy first, then the claim's own filing indicator
 * (837 SBR09, claimFilingCode, FHIR Coverage.type or Blue Button EOB type), then the payerProfile setting.
 */
import type { LintConfig } from '../config';
import type { Claim } from '../model';
import { coverageTypeInfo, filingCodeInfo, type FilingCodeInfo, type PayerFamily } from './filingCodes';
import { matchPolicy, type PayerPolicy, type PolicyPayerType } from './policy';

/** What claimlint's payer-specific checks go by. 'unknown': the claim does not say and no setting says for it. */
export type PayerKind = PolicyPayerType | 'medicare-advantage' | 'unknown';

export interface PayerContext {
  readonly kind: PayerKind;
  /** The policy in force, when one matched. */
  readonly policy?: PayerPolicy;
  /** What the claim's filing indicator (or FHIR coverage type) says, when it says something claimlint knows. */
  readonly filing?: FilingCodeInfo;
  /** What decided `kind`. */
  readonly decidedBy: 'policy' | 'claim' | 'setting' | 'nothing';
}

const KIND_OF_FAMILY: Readonly<Record<PayerFamily, PayerKind | undefined>> = {
  medicare: 'medicare',
  'medicare-advantage': 'medicare-advantage',
  medicaid: 'medicaid',
  commercial: 'commercial',
  'government-other': 'other',
  other: 'other',
  'medicare-part-d': 'other',
  // SOPT "1 Medicare" covers Medicare Advantage too: not enough to apply traditional Medicare's rules.
  'medicare-unspecified': undefined,
  unknown: undefined,
};

export function payerContextOf(claim: Claim, config: LintConfig): PayerContext {
  const payer = claim.payer;
  const code = payer.filingCode?.value;
  const filing = code === undefined ? undefined : payer.filingCodeSystem ? coverageTypeInfo(payer.filingCodeSystem, code) : filingCodeInfo(code);
  const policy = matchPolicy(payer, config.payers);
  if (policy) return { kind: policy.type, policy, filing, decidedBy: 'policy' };
  // A Blue Button DME EOB was processed by a DME MAC.
  const fromClaim = filing?.payerType === 'medicare-dme' ? 'medicare-dme' : filing ? KIND_OF_FAMILY[filing.family] : undefined;
  if (fromClaim) return { kind: fromClaim, filing, decidedBy: 'claim' };
  if (config.payerProfile !== 'auto') return { kind: config.payerProfile, filing, decidedBy: 'setting' };
  return { kind: 'unknown', filing, decidedBy: 'nothing' };
}

/** How the payer context reads in a hover or the outline: "Medicare Part B (SBR09 MB)", "Aetna policy (commercial)". */
export function describePayer(context: PayerContext): string {
  const kind = KIND_LABEL[context.kind];
  if (context.policy) return `${context.policy.name} (policy: ${kind})`;
  if (context.decidedBy === 'claim' && context.filing) return `${context.filing.label} (${kind})`;
  if (context.decidedBy === 'setting') return `${kind} (claimlint.payerProfile; the claim does not say)`;
  return 'not known: the claim names no payer type and claimlint.payerProfile is "auto"';
}

/** The short form for the outline and the status bar: "Aetna policy", "Medicare A/B MAC", "unknown payer". */
export function payerLabel(context: PayerContext): string {
  return context.policy ? `${context.policy.name} policy` : KIND_LABEL[context.kind];
}

export const KIND_LABEL: Readonly<Record<PayerKind, string>> = {
  medicare: 'Medicare A/B MAC',
  'medicare-dme': 'Medicare DME MAC',
  'medicare-advantage': 'Medicare Advantage',
  medicaid: 'Medicaid',
  commercial: 'commercial',
  other: 'other payer',
  unknown: 'unknown payer',
};
