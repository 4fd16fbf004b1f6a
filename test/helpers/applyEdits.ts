import { applyEdits as applyCoreEdits } from '../../server/src/core/fixAll';
import type { TextEdit } from '../../server/src/core/findings';
import { LineIndex } from '../../server/src/core/text';

interface Position {
  readonly line: number;
  readonly character: number;
}

/**
 * Applies an editor's edits for a test, first asserting what the core's applyEdits assumes:
 * every edit inside the text and no two overlapping (either would be an editor bug).
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 0; i < sorted.length; i++) {
    const { start, end } = sorted[i].span;
    if (start < 0 || start > end || end > text.length) throw new Error('edit out of range');
    if (i > 0 && start < sorted[i - 1].span.end) throw new Error('overlapping edits');
  }
  return applyCoreEdits(text, edits);
}

/** Applies LSP text edits (line/character ranges) to a text, through the same checks. */
export function applyLspEdits(text: string, edits: readonly { range: { start: Position; end: Position }; newText: string }[]): string {
  const lines = new LineIndex(text);
  return applyEdits(text, edits.map((e) => ({ span: { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }, newText: e.newText })));
}
