/** Folding ranges for X12 written with line breaks: interchange, group, transaction, claim, service line. */
import type { ClaimDocument, Span } from './model';
import { isX12Syntax } from './parse/x12/syntax';

export interface FoldRegion {
  readonly span: Span;
  readonly kind: 'envelope' | 'claim' | 'line';
}

/**
 * Regions in offsets; the caller turns them into lines and drops those on one line. JSON documents get none
 * (undefined), so the editor's own JSON folding stays in charge.
 */
export function foldingRegions(doc: ClaimDocument): FoldRegion[] | undefined {
  if (!isX12Syntax(doc.syntax)) return undefined;
  const regions: FoldRegion[] = [];
  for (const interchange of doc.syntax.interchanges) {
    regions.push({ span: interchange.span, kind: 'envelope' });
    for (const group of interchange.groups) {
      regions.push({ span: group.span, kind: 'envelope' });
      for (const transaction of group.transactions) regions.push({ span: transaction.span, kind: 'envelope' });
    }
  }
  for (const claim of doc.claims) {
    regions.push({ span: claim.span, kind: 'claim' });
    for (const line of claim.lines) regions.push({ span: line.span, kind: 'line' });
  }
  return regions;
}
