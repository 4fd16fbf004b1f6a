/**
 * What an earlier read of a document still says truly after the edits since: the places outside the one claim the
 * edits changed, when they changed nothing else (see FormatSpec.confinedClaim). Hovers answer from the earlier read
 * there while the new version is being read, instead of waiting for the whole file.
 */
import { specOf } from './formats/registry';
import type { ClaimDocument } from './model';
import { isNoChange, offsetBefore, type TextChange } from './textChanges';

/** The offset in the earlier read of `offset` of the current text, when nothing changed there; else undefined. */
export function placeInEarlierRead(earlier: ClaimDocument, change: TextChange, offset: number): number | undefined {
  if (isNoChange(change)) return offset;
  const claim = specOf(earlier)?.confinedClaim(earlier, change);
  const before = claim && offsetBefore(change, offset);
  if (claim === undefined || before === undefined) return undefined;
  return before >= claim.span.start && before <= claim.span.end ? undefined : before;
}
