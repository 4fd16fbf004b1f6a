/** What the two JSON claim formats share: the reader, JSON hovers and completion by field table, hints after values. */
import { isJsonClaimDocument, type ClaimDocument, type Span } from '../../model';
import type { FormatInfo } from '../catalog';
import type { FormatSpec } from '../spec';
import { NO_EDITS, type ClaimEditor } from '../../editor';
import { jsonCompletions } from './completion';
import { jsonConfinedClaim } from './confinedEdit';
import type { FieldTable } from './fields';
import { jsonHover } from './hover';
import { readJsonClaim } from './reader';


export function jsonFormatSpec(
  info: FormatInfo,
  table: FieldTable,
  editor: (doc: Extract<ClaimDocument, { format: 'fhir' | 'claim-json' }>) => ClaimEditor,
  field: FormatSpec['field'],
): FormatSpec {
  return {
    ...info,
    read: (text, hint) => readJsonClaim(text, { requested: hint.requested }),
    editor: (doc) => (isJsonClaimDocument(doc) ? editor(doc) : NO_EDITS),
    hover: (doc, offset, knowledge, context) => jsonHover(doc, offset, knowledge, table, context),
    completion: (doc, offset, _knowledge, source) => jsonCompletions(doc, offset, table, source),
    outline: (_doc, claims) => claims,
    // JSON folding is the editor's own.
    folding: () => undefined,
    field,
    hintOffset: afterClosingQuote,
    confinedClaim: jsonConfinedClaim,
  };
}

/** After the string's closing quote, so a hint never sits inside a JSON string and the value never looks changed. */
function afterClosingQuote(doc: ClaimDocument, span: Span): number {
  return doc.text.charCodeAt(span.end) === 0x22 ? span.end + 1 : span.end;
}
