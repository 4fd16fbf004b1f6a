import type { Finding, TextEdit } from './findings';

/**
 * Picks the safe fixes of a set of findings whose edits do not overlap one another, in document order.
 * Code replacements are never safe, so they are never picked here.
 */
export function collectSafeEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix) continue;
    if (fix.edits.some((edit) => chosen.some((taken) => overlaps(taken, edit)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.span.start - b.span.start);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Same start is a conflict too: two insertions at one point have no defined order.
  return (a.span.start < b.span.end && b.span.start < a.span.end) || a.span.start === b.span.start;
}

/**
 * Applies non-overlapping edits to a text in one forward pass. Edits at the same offset keep the order given,
 * so two insertions at one point read in the order they were listed.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.span.start) + edit.newText;
    at = edit.span.end;
  }
  return out + text.slice(at);
}
