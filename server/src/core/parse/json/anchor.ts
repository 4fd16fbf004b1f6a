import type { ServiceLine } from '../../model';
import type { Node } from './nodes';

/**
 * The JSON line shapes the editor must write differently:
 * - fhir: Claim.item / ExplanationOfBenefit.item
 * - ch-professional / ch-institutional: Change Healthcare (Stedi "CH") claimInformation.serviceLines[]
 * - stedi-native: Stedi's CMS-1500-style serviceLines[] (procedureCode.code, units, drugIdentification.unitCount)
 */
export type JsonLineShape = 'fhir' | 'ch-professional' | 'ch-institutional' | 'stedi-native';

/** ServiceLine.anchor for JSON lines: the nodes an edit needs, so the editor never re-walks the document. */
export interface JsonLineAnchor {
  readonly kind: 'json-line';
  readonly shape: JsonLineShape;
  /** The line object: FHIR item, or serviceLines[i]. */
  readonly line: Node;
  /** CH only: professionalService / institutionalService (absent when the line lacks it). */
  readonly service?: Node;
}

export function jsonAnchorOf(line: ServiceLine): JsonLineAnchor | undefined {
  const anchor = line.anchor as Partial<JsonLineAnchor> | undefined;
  return anchor && typeof anchor === 'object' && anchor.kind === 'json-line' && anchor.line ? (anchor as JsonLineAnchor) : undefined;
}
