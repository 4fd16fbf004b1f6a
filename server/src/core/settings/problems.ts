import type { Span } from '../model';
import { LineIndex } from '../text';

/** A problem in one of claimlint's own settings files (.claimlintrc.json, .claimlint.json), located for people. */
export interface ConfigProblem {
  readonly severity: 'error' | 'warning';
  readonly span: Span;
  /** 1-based, as editors show them. */
  readonly line: number;
  readonly column: number;
  /** "line 5, column 3: payers[0].type must be one of …". */
  readonly message: string;
}

/** Builds located problems for one text: the message gets its line and column in front. */
export function problemLocator(text: string): (severity: ConfigProblem['severity'], span: Span, what: string) => ConfigProblem {
  let lines: LineIndex | undefined;
  return (severity, span, what) => {
    const pos = (lines ??= new LineIndex(text)).positionAt(span.start);
    return { severity, span, line: pos.line + 1, column: pos.character + 1, message: `line ${pos.line + 1}, column ${pos.character + 1}: ${what}` };
  };
}
