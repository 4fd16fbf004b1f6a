/**
 * When an edit of an 837 changes one claim's values and nothing else: inside one element area of one segment of the
 * claim, typing or deleting no delimiter and no line break, in a segment whose values do not decide loops (HL, NM1,
 * SBR) or envelopes. Every other claim then reads exactly as before, at the same place or moved by the edit.
 */
import type { Claim, ClaimDocument } from '../../model';
import { soleClaimHolding } from '../../locateLine';
import type { TextChange } from '../../textChanges';
import { isX12Syntax } from './syntax';
import { segmentCode } from './tokenizer';

const DECIDES_STRUCTURE = new Set(['ISA', 'IEA', 'GS', 'GE', 'ST', 'SE', 'BHT', 'HL', 'NM1', 'SBR'].map(segmentCode));

export function x12ConfinedClaim(doc: ClaimDocument, change: TextChange): Claim | undefined {
  if (!isX12Syntax(doc.syntax)) return undefined;
  const table = doc.syntax.segments;
  const seg = table.segmentAt(change.start);
  if (seg < 0 || table.elementCount(seg) < 2 || DECIDES_STRUCTURE.has(table.idCode(seg))) return undefined;
  // Past the segment id and its separator, and before the terminator.
  if (change.start < table.elementStart(seg, 1) || change.end > table.end(seg)) return undefined;
  const d = table.delimitersOf(seg);
  const delimiters = [d.element, d.component, d.repetition ?? '', d.segment].filter((c) => c.length > 0);
  const touched = doc.text.slice(change.start, change.end) + change.inserted;
  if (/[\r\n]/.test(touched) || delimiters.some((c) => touched.includes(c))) return undefined;
  return soleClaimHolding(doc, table.span(seg));
}
