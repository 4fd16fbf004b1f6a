/** Folding ranges: the format's own (X12 envelopes, claims, service lines); JSON leaves folding to the editor. */
import { specOf } from './formats/registry';
import type { FoldRegion } from './formats/spec';
import type { ClaimDocument } from './model';

export type { FoldRegion } from './formats/spec';

export function foldingRegions(doc: ClaimDocument): FoldRegion[] | undefined {
  return specOf(doc)?.folding(doc);
}
