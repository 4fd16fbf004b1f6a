import { applyEdits as applyCoreEdits } from '../../server/src/core/fixAll';
import type { TextEdit } from '../../server/src/core/findings';

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
