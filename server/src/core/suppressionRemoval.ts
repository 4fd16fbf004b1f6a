/** Removing suppressions from `.claimlint.json` (only ever on the coder's choice): the rest of the file is kept as written. */
import { applyEdits } from './fixAll';
import type { TextEdit } from './findings';
import { findNodeAtLocation, modify, parseTree } from './formats/json/jsonc';

/**
 * One edit that removes the entries at `indices` of the "suppressions" list (indices as in SuppressionEntryPlace).
 * Removed last to first, so earlier indices still point at their entries; empty when nothing is removed.
 */
export function removeSuppressions(text: string, indices: readonly number[]): TextEdit[] {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const formattingOptions = { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol };
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const list = root && findNodeAtLocation(root, ['suppressions']);
  const count = list?.type === 'array' ? (list.children?.length ?? 0) : 0;
  let after = text;
  try {
    for (const index of [...new Set(indices)].filter((i) => Number.isInteger(i) && i >= 0 && i < count).sort((a, b) => b - a)) {
      const edits = modify(after, ['suppressions', index], undefined, { formattingOptions });
      after = applyEdits(after, edits.map((e) => ({ span: { start: e.offset, end: e.offset + e.length }, newText: e.content })));
    }
  } catch {
    return []; // a file jsonc cannot edit safely is left as it is
  }
  return after === text ? [] : [smallestEdit(text, after)];
}

/** The single edit that turns `before` into `after`, covering only what differs. */
function smallestEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { span: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}
