/**
 * What a file's check came to, in a few numbers (the status bar and the claim view header): findings by severity, how
 * many of how many are shown when the cap cut them, and the payer each claim is judged as. Holds no claim content.
 */
import type { Analysis } from './analyze';
import type { LintConfig } from './config';
import { formatInfo } from './formats/catalog';
import type { Severity } from './findings';
import { payerContextOf, KIND_LABEL, type PayerContext } from './payer/context';
import { FINDINGS_CAPPED_ID } from './rules/findings-capped';

export interface FileSummary {
  /** "837P", "FHIR R4"…; undefined for a file claimlint does not check. */
  readonly format: string | undefined;
  readonly claims: number;
  readonly lines: number;
  /** Shown findings by severity (the cap notice is not counted: it is not a problem of the claim). */
  readonly counts: Readonly<Record<Severity, number>>;
  /** Findings shown, and found by every rule over every line (equal unless the cap cut them). */
  readonly shown: number;
  readonly total: number;
  readonly truncated: boolean;
  /** Findings ignored through `.claimlint.json`. */
  readonly ignored: number;
  /** The payer labels the claims are judged by, without repeats, in document order ("Medicare A/B MAC", a policy name). */
  readonly payers: readonly string[];
}

/** A payer context in a few words: the policy's name, else the kind of payer. */
export function payerLabel(context: PayerContext): string {
  if (context.policy) return context.policy.name;
  return context.kind === 'unknown' ? 'payer not known' : KIND_LABEL[context.kind];
}

export function summarizeAnalysis(analysis: Analysis, config: LintConfig): FileSummary {
  const { doc, result } = analysis;
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let shown = 0;
  for (const finding of result.findings) {
    if (finding.ruleId === FINDINGS_CAPPED_ID) continue;
    counts[finding.severity]++;
    shown++;
  }
  const payers = new Set<string>();
  let lines = 0;
  for (const claim of doc.claims) {
    payers.add(payerLabel(payerContextOf(claim, config)));
    lines += claim.lines.length;
  }
  return {
    format: doc.format === 'none' ? undefined : formatInfo(doc.format).label,
    claims: doc.claims.length,
    lines,
    counts,
    shown,
    total: Math.max(result.total, shown),
    truncated: result.truncated,
    ignored: result.suppressed.length,
    payers: [...payers],
  };
}
