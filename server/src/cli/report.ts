import type { Analysis } from '../core/analyze';
import type { Finding, MessageData, Severity } from '../core/findings';
import type { DocumentFormat, Span } from '../core/model';
import { LineIndex, type Position } from '../core/text';

export interface RangeJson {
  readonly start: Position;
  readonly end: Position;
}

export interface FindingJson {
  readonly ruleId: string;
  /** Which of the rule's messages, and the values it was filled with (stable for tooling; the wording may change). */
  readonly messageId: string;
  readonly data: MessageData;
  readonly severity: Severity;
  readonly message: string;
  readonly range: RangeJson;
  readonly fixes: { title: string; isPreferred: boolean; edits: { range: RangeJson; newText: string }[] }[];
}

/** One file's result, in the CLI's public JSON shape (positions 0-based, UTF-16, as LSP). */
export interface FileReport {
  readonly path: string;
  readonly format: DocumentFormat;
  /** How many claims were read (0: empty file, or not a claim file; nothing was checked). */
  readonly claims?: number;
  readonly findings: FindingJson[];
  /** Set when the file could not be read at all (exit status 2). */
  readonly error?: string;
  /** Rules that failed internally on this file (never claim content). */
  readonly ruleFailures?: string[];
  /** Set when the cap (--max-findings) cut what is shown: how many findings every rule found in all. */
  readonly truncated?: boolean;
  readonly totalFindings?: number;
  /** Plain-English notes about how the file was handled (e.g. why --fix left it alone). */
  readonly notes?: string[];
  /** With --fix: how many edits were written. */
  readonly fixesApplied?: number;
}

export function toFileReport(path: string, analysis: Analysis, extra: Partial<FileReport> = {}): FileReport {
  const lines = new LineIndex(analysis.doc.text);
  const range = (span: Span): RangeJson => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) });
  const findings = analysis.result.findings.map(
    (f: Finding): FindingJson => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      data: f.data,
      severity: f.severity,
      message: f.message,
      range: range(f.span),
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        isPreferred: fix.isPreferred,
        edits: fix.edits.map((edit) => ({ range: range(edit.span), newText: edit.newText })),
      })),
    }),
  );
  const failures = analysis.result.failures.map((failure) => failure.ruleId);
  return {
    path,
    format: analysis.doc.format,
    claims: analysis.doc.claims.length,
    findings,
    ...(failures.length ? { ruleFailures: failures } : {}),
    ...(analysis.result.truncated ? { truncated: true, totalFindings: analysis.result.total } : {}),
    ...extra,
  };
}

export function unreadableReport(path: string, error: string): FileReport {
  return { path, format: 'none', findings: [], error };
}
