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

/**
 * The claim (and service line, when inside one) that holds an offset. Innermost wins when claims nest (Bundles).
 * Claims that follow each other (X12, most JSON) are found by a binary search; nested ones by a scan.
 */
export function placeAt(doc: ClaimDocument, offset: number): LinePlace | undefined {
  const claims = doc.claims;
  if (nests(doc)) {
    let found: LinePlace | undefined;
    claims.forEach((claim, claimIndex) => {
      if (!contains(claim.span, offset)) return;
      if (found && found.claim.span.start > claim.span.start) return;
      found = { claim, claimIndex, line: lineAt(claim, offset) };
    });
    return found;
  }
  let lo = 0;
  let hi = claims.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = claims[mid].span;
    if (offset < span.start) hi = mid - 1;
    else if (offset > span.end) lo = mid + 1;
    else return { claim: claims[mid], claimIndex: mid, line: lineAt(claims[mid], offset) };
  }
  return undefined;
}

/** The one claim that holds all of `span`; undefined when none does, or when claims nest around it. */
export function soleClaimHolding(doc: ClaimDocument, span: Span): Claim | undefined {
  const holds = (claim: Claim) => contains(claim.span, span.start) && contains(claim.span, span.end);
  if (!nests(doc)) {
    const claim = placeAt(doc, span.start)?.claim;
    return claim && holds(claim) ? claim : undefined;
  }
  const holders = doc.claims.filter(holds);
  return holders.length === 1 ? holders[0] : undefined;
}

const nesting = new WeakMap<ClaimDocument, boolean>();

/** True unless every claim ends before the next one starts (then a binary search finds the one at an offset). */
function nests(doc: ClaimDocument): boolean {
  let answer = nesting.get(doc);
  if (answer === undefined) {
    answer = doc.claims.some((claim, i) => i > 0 && doc.claims[i - 1].span.end >= claim.span.start);
    nesting.set(doc, answer);
  }
  return answer;
}

function lineAt(claim: Claim, offset: number): ServiceLine | undefined {
  const lines = claim.lines;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = lines[mid].span;
    if (offset < span.start) hi = mid - 1;
    else if (offset > span.end) lo = mid + 1;
    else return lines[mid];
  }
  return lines.find((l) => contains(l.span, offset));
}
