/**
 * Changes between two versions of a document's text, folded into one: what the editor's earlier read of the file
 * still says truly about the places an edit did not touch (hovers answer from it while the new version is read).
 */
import type { Span } from './model';

/** The text [start, end) of the earlier version replaced by `inserted`. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly inserted: string;
}

/** One change as the editor applied it: [start, end) of the text as it was just before, `length` long, replaced by `insertedLength` characters. */
export interface AppliedChange {
  readonly start: number;
  readonly end: number;
  readonly insertedLength: number;
  readonly length: number;
}

/**
 * The changes applied one after another, as one change of the earlier text: everything before the first changed
 * character and after the last one is the same in both texts.
 */
export function foldChanges(changes: readonly AppliedChange[], earlier: string, later: string): TextChange {
  if (changes.length === 0) return { start: 0, end: 0, inserted: '' };
  let prefix = Math.min(earlier.length, later.length);
  let suffix = prefix;
  for (const c of changes) {
    prefix = Math.min(prefix, c.start);
    suffix = Math.min(suffix, c.length - c.end);
  }
  // Never more than what is left after the prefix in either text.
  suffix = Math.min(suffix, earlier.length - prefix, later.length - prefix);
  return { start: prefix, end: earlier.length - suffix, inserted: later.slice(prefix, later.length - suffix) };
}

export function isNoChange(change: TextChange): boolean {
  return change.start === change.end && change.inserted === '';
}

/** The offset in the earlier text of `offset` in the later one; undefined inside the changed text. */
export function offsetBefore(change: TextChange, offset: number): number | undefined {
  if (offset < change.start) return offset;
  const after = change.start + change.inserted.length;
  return offset >= after ? offset - after + change.end : undefined;
}

/** A span of the earlier text in the later one; undefined when it overlaps the changed text. */
export function spanAfter(change: TextChange, span: Span): Span | undefined {
  if (span.end <= change.start || isNoChange(change)) return span;
  if (span.start < change.end) return undefined;
  const delta = change.inserted.length - (change.end - change.start);
  return { start: span.start + delta, end: span.end + delta };
}
