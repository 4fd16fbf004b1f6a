import type { LintConfig } from '../config';
import type { ClaimEditor } from '../edit/editor';
import type { Fix, Severity } from '../findings';
import type { Knowledge } from '../knowledge/types';
import type { Claim, ClaimDocument, Span, ServiceLine } from '../model';

export interface RuleMeta {
  /** Public id: users configure and suppress rules by it. Never rename. */
  readonly id: string;
  /** One line for the README table and hovers. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Some fixes offered. */
  readonly fixable: boolean;
  /** The rule is a heuristic (not a CMS edit); its messages say so. */
  readonly heuristic?: boolean;
}

export interface Report {
  readonly span: Span;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  /** Severity for this finding when the user has not configured the rule (defaults to meta.defaultSeverity). */
  readonly severity?: Severity;
}

export type Reporter = (report: Report) => void;

export interface DocumentContext {
  readonly doc: ClaimDocument;
  readonly config: LintConfig;
  readonly knowledge: Knowledge;
  /** Undefined for documents that cannot be edited (unknown format). */
  readonly editor: ClaimEditor | undefined;
}

export interface LineContext extends DocumentContext {
  readonly claim: Claim;
  readonly line: ServiceLine;
  /** The date the line is judged on: line date, else claim date, else the fallback setting, else today (YYYY-MM-DD). */
  readonly serviceDate: string;
}

/** One rule per file. A rule never parses; it reads the claim model. */
export interface Rule {
  readonly meta: RuleMeta;
  /** Called once per service line. */
  checkLine?(ctx: LineContext, report: Reporter): void;
  /** Called once per document (for cross-line checks). */
  checkDocument?(ctx: DocumentContext, report: Reporter): void;
}
