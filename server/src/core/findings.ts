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

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
}
