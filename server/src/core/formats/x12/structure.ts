/** The X12 outline (interchanges around their claims) and folding regions (envelopes, claims, service lines). */
import type { ClaimDocument } from '../../model';
import type { FoldRegion, OutlineSymbol } from '../spec';
import { isX12Syntax } from './syntax';

export function x12Outline(doc: ClaimDocument, claims: OutlineSymbol[]): OutlineSymbol[] {
  if (!isX12Syntax(doc.syntax) || doc.syntax.interchanges.length === 0) return claims;
  const syntax = doc.syntax;
  const outline: OutlineSymbol[] = [];
  const placed = new Set<OutlineSymbol>();
  for (const interchange of syntax.interchanges) {
    const control = interchange.isa !== undefined ? syntax.segments.elementText(interchange.isa, 13).trim() : '';
    const inside = claims.filter((c) => c.span.start >= interchange.span.start && c.span.start <= interchange.span.end);
    inside.forEach((c) => placed.add(c));
    const selection = interchange.isa !== undefined ? syntax.segments.span(interchange.isa) : interchange.span;
    outline.push({
      name: control ? `Interchange ${control}` : 'Interchange',
      detail: `${inside.length} claim${inside.length === 1 ? '' : 's'}`,
      kind: 'interchange',
      span: interchange.span,
      selectionSpan: { start: selection.start, end: Math.min(selection.end, selection.start + 3) },
      children: inside,
    });
  }
  return [...outline, ...claims.filter((c) => !placed.has(c))];
}

/** Regions in offsets; the caller turns them into lines and drops those on one line. */
export function x12Folding(doc: ClaimDocument): FoldRegion[] | undefined {
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
