import type { Claim, ClaimDocument, ServiceLine, Span } from './model';

export interface LinePlace {
  readonly claim: Claim;
  /** 0-based index of the claim in the document. */
  readonly claimIndex: number;
  readonly line?: ServiceLine;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The claim (and service line, when inside one) that holds an offset. Innermost wins when claims nest (Bundles). */
export function placeAt(doc: ClaimDocument, offset: number): LinePlace | undefined {
  let found: LinePlace | undefined;
  doc.claims.forEach((claim, claimIndex) => {
    if (!contains(claim.span, offset)) return;
    if (found && found.claim.span.start > claim.span.start) return;
    const line = claim.lines.find((l) => contains(l.span, offset));
    found = { claim, claimIndex, line };
  });
  return found;
}
