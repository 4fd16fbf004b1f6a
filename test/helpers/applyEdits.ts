import type { TextEdit } from '../../server/src/core/findings';

/** Applies non-overlapping edits to a text (any order given); throws on overlap, which would be an editor bug. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].span.start < sorted[i - 1].span.end) throw new Error('overlapping edits');
  }
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.span.start < at || edit.span.end > text.length || edit.span.start > edit.span.end) throw new Error('edit out of range');
    out += text.slice(at, edit.span.start) + edit.newText;
    at = edit.span.end;
  }
  return out + text.slice(at);
}
