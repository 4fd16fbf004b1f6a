import type { Span } from './model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  /** Preferred fixes are offered first; code replacements are never preferred. */
  readonly isPreferred: boolean;
  /** Safe fixes only restate what the claim already says (normalize, remove noise); "fix all" applies only these. */
  readonly safe: boolean;
  readonly edits: readonly TextEdit[];
}

/** Values a message template is filled with; tests assert them instead of the wording. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly ruleId: string;
  /** Which of the rule's messages this is (meta.messages key). */
  readonly messageId: string;
  readonly data: MessageData;
  readonly severity: Severity;
  /** One sentence: the claim and line, then what to do and why it is wrong. */
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
  /** The claim and service line the finding is about (Claim.index, ServiceLine.number), when it is about one. */
  readonly claimIndex?: number;
  readonly lineNumber?: number;
}

/** Severity order for display: errors first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };
