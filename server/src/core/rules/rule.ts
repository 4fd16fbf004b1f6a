import type { LintConfig } from '../config';
import type { ClaimEditor } from '../editor';
import type { FieldName, FormatSpec } from '../formats/spec';
import type { Fix, MessageData, Severity } from '../findings';
import type { Knowledge } from '../knowledge/types';
import type { Claim, ClaimDocument, ClaimFormat, ServiceLine, Span } from '../model';
import type { PayerContext } from '../payer/context';

export interface RuleMeta {
  /** Public id: users configure and suppress rules by it. Never rename. */
  readonly id: string;
  /** One line for the README table and the rule page. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Some fixes offered. */
  readonly fixable: boolean;
  /** The rule is a heuristic (not a payer or CMS edit): the rule page and the finding's hover say so. */
  readonly heuristic?: boolean;
  /** The formats the rule can report on (all four when absent). */
  readonly formats?: readonly ClaimFormat[];
  /**
   * Message templates by id, like ESLint's meta.messages: one sentence, the action first, values as {name}
   * placeholders. The engine puts "Claim X, line N: " in front. Near 120 characters, never over 240.
   */
  readonly messages: Readonly<Record<string, string>>;
  /** Why payers care, in a few sentences of markdown: shown once in the rule page and in the finding's hover. */
  readonly why: string;
  /** Where the rule's facts come from (publisher, document, date), for the rule page and the hover. */
  readonly sources?: readonly string[];
}

export interface Report {
  readonly span: Span;
  readonly messageId: string;
  readonly data?: MessageData;
  readonly fixes?: readonly Fix[];
  /** Severity for this finding when the user has not configured the rule (defaults to meta.defaultSeverity). */
  readonly severity?: Severity;
}

export type Reporter = (report: Report) => void;

export interface DocumentContext {
  readonly doc: ClaimDocument;
  readonly config: LintConfig;
  readonly knowledge: Knowledge;
  /** Undefined for documents claimlint does not check. */
  readonly editor: ClaimEditor | undefined;
  /** The document's format (field names, labels); undefined for documents claimlint does not check. */
  readonly format: FormatSpec | undefined;
}

export interface LineContext extends DocumentContext {
  readonly claim: Claim;
  readonly line: ServiceLine;
  /** The date the line is judged on: line date, else claim date, else the fallback setting, else today (YYYY-MM-DD). */
  readonly serviceDate: string;
  /** How this document writes a field of this line: "CTP04", "item.detail.quantity", "drugIdentification.unitCount". */
  field(name: FieldName): string;
  /** Who pays the claim: its matching payer policy, else its own filing indicator, else the payerProfile setting. */
  readonly payer: PayerContext;
  /**
   * A fact about this line that several rules need (the specific-code evidence, the units for a code), computed once
   * per check and shared: `compute` runs the first time `key` is asked for on this line. The answer must depend
   * only on the line and the check's settings.
   */
  shared<T>(key: string, compute: () => T): T;
}

/** One rule per file. A rule never parses; it reads the claim model. */
export interface Rule {
  readonly meta: RuleMeta;
  /** Called once per service line. */
  checkLine?(ctx: LineContext, report: Reporter): void;
  /** Called once per document (for problems the readers found). */
  checkDocument?(ctx: DocumentContext, report: Reporter): void;
}
