import type { TextEdit } from './findings';
import type { Claim, ServiceLine, Valued } from './model';

/**
 * Builds edits in the document's own syntax (X12 delimiters and line breaks, JSON indentation).
 * Rules describe *what* to change; an editor knows *how* it is written in this format.
 * Every method returns edits that leave the document parseable.
 */
export interface ClaimEditor {
  /** Replace a value in place (quotes/escaping handled for JSON). */
  replaceValue(value: Valued, newText: string): TextEdit[];
  /** Set or add the NOC description of a line (837P SV101-7, 837I SV202-7, JSON description). */
  setDescription(line: ServiceLine, description: string): TextEdit[];
  /** Add a drug identification (LIN/CTP after the line's 2400 segments, or a drugIdentification object). */
  insertDrug(line: ServiceLine, drug: { ndc11: string; quantity: string; unit: string }): TextEdit[];
  /** Remove one modifier, closing up the composite / array. */
  removeModifier(line: ServiceLine, modifier: Valued): TextEdit[];
  /** Append a modifier (fails soft: returns [] when the line already has 4). */
  addModifier(line: ServiceLine, modifier: string): TextEdit[];
  /** Set the billed service units (SV104 / SV205 / serviceUnitCount / quantity.value). */
  setUnits(line: ServiceLine, units: string): TextEdit[];
  /**
   * What outside a claim's own text the edits for it depend on (delimiters, line breaks, indentation), as a string:
   * a claim whose text and layout key are unchanged gets the same fixes. See lint's claim cache.
   */
  layoutKey(claim: Claim): string;
}

/** The editor of a document whose edits cannot be placed (a file read as the wrong kind): every edit is refused. */
export const NO_EDITS: ClaimEditor = Object.freeze({
  replaceValue: () => [],
  setDescription: () => [],
  insertDrug: () => [],
  removeModifier: () => [],
  addModifier: () => [],
  setUnits: () => [],
  layoutKey: () => '',
});
