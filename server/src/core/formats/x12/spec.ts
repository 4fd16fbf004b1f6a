/** What the two X12 claim formats share: the reader, editor, hover, completion, outline, folding and formatter. */
import type { ClaimDocument, Span } from '../../model';
import { isX12Document } from '../../model';
import type { FormatInfo } from '../catalog';
import type { FieldName, FormatSpec } from '../spec';
import { x12Completions } from './completion';
import { x12ConfinedClaim } from './confinedEdit';
import { NO_EDITS } from '../../editor';
import { createX12Editor } from './editor';
import { x12ElementNameHints } from './elementHints';
import { formatSegmentPerLine } from './formatter';
import { x12Hover } from './hover';
import { readX12, readX12InSteps } from './reader';
import { x12Folding, x12Outline } from './structure';
import { isX12Syntax } from './syntax';

/** Field references both guides write the same way. */
export const X12_COMMON_FIELDS = {
  serviceDate: 'DTP*472',
  drug: 'loop 2410 LIN/CTP',
  ndc: 'LIN03',
  ndcQualifier: 'LIN02',
  ndcQuantity: 'CTP04',
  ndcUnit: 'CTP05-1',
  lineAuthorization: 'REF*G1 (loop 2400)',
  claimAuthorization: 'REF*G1 (loop 2300)',
  diagnoses: 'HI',
  lineNote: 'NTE (loop 2400)',
  claimNote: 'NTE (loop 2300)',
  attachment: 'PWK',
  filingCode: 'SBR09',
  payer: 'NM1*PR (loop 2010BB)',
} as const satisfies Partial<Record<FieldName, string>>;


export function x12FormatSpec(info: FormatInfo, fields: Record<FieldName, string>): FormatSpec {
  return {
    ...info,
    read: (text) => readX12(text),
    readInSteps: (text) => readX12InSteps(text),
    editor: (doc) => (isX12Document(doc) ? createX12Editor(doc) : NO_EDITS),
    hover: x12Hover,
    completion: (doc, offset, _knowledge, source) => x12Completions(doc, offset, source),
    outline: x12Outline,
    folding: x12Folding,
    field: (name) => fields[name],
    hintOffset: elementEndAt,
    elementNameHints: x12ElementNameHints,
    format: formatSegmentPerLine,
    confinedClaim: x12ConfinedClaim,
  };
}

/** The end of the element that holds `span` (after its last component), so a hint never splits a composite. */
function elementEndAt(doc: ClaimDocument, span: Span): number {
  if (!isX12Syntax(doc.syntax)) return span.end;
  const table = doc.syntax.segments;
  const seg = table.segmentAt(span.start);
  if (seg < 0) return span.end;
  for (let n = table.elementCount(seg) - 1; n >= 0; n--) {
    if (table.elementStart(seg, n) <= span.start) return table.elementEnd(seg, n);
  }
  return span.end;
}
