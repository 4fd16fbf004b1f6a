/** Sorts a file's findings into the claim and line they are about, and what is left for the file as a whole. */
import { SEVERITY_RANK, type Finding } from '../findings';
import { placeAt } from '../locateLine';
import type { ClaimDocument } from '../model';

export interface PlacedFindings {
  /** Key `${claimIndex}:${lineNumber}`: findings on a service line. */
  readonly byLine: ReadonlyMap<string, Finding[]>;
  /** Key claimIndex: findings on a claim that no line holds. */
  readonly byClaim: ReadonlyMap<number, Finding[]>;
  readonly file: readonly Finding[];
}

export const lineKey = (claimIndex: number, lineNumber: number): string => `${claimIndex}:${lineNumber}`;

export function placeFindings(doc: ClaimDocument, findings: readonly Finding[]): PlacedFindings {
  const byLine = new Map<string, Finding[]>();
  const byClaim = new Map<number, Finding[]>();
  const file: Finding[] = [];
  const push = <K>(map: Map<K, Finding[]>, key: K, finding: Finding): void => {
    const list = map.get(key);
    if (list) list.push(finding);
    else map.set(key, [finding]);
  };
  for (const finding of [...findings].sort(bySeverityThenPosition)) {
    if (finding.claimIndex !== undefined && finding.lineNumber !== undefined) {
      push(byLine, lineKey(finding.claimIndex, finding.lineNumber), finding);
      continue;
    }
    const place = placeAt(doc, finding.span.start);
    if (!place) file.push(finding);
    else if (place.line) push(byLine, lineKey(place.claim.index, place.line.number), finding);
    else push(byClaim, place.claim.index, finding);
  }
  return { byLine, byClaim, file };
}

function bySeverityThenPosition(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.span.start - b.span.start;
}
