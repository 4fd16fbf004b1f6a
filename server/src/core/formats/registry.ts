/**
 * The format registry: every claim format claimlint reads, once. Adding a format is one folder (formats/<id>/
 * exporting a FormatSpec), its entry in catalog.ts, and one line here.
 */
import type { ClaimDocument, ClaimFormat } from '../model';
import { claimJson } from './claim-json';
import { fhir } from './fhir';
import type { ClaimEditor } from '../editor';
import type { FormatSpec } from './spec';
import { x12Institutional } from './x12-837i';
import { x12Professional } from './x12-837p';

export const FORMATS: readonly FormatSpec[] = [x12Professional, x12Institutional, fhir, claimJson];

const BY_ID = new Map<ClaimFormat, FormatSpec>(FORMATS.map((f) => [f.id, f]));

/** The spec of a document's format; undefined for a file claimlint does not check. */
export function specOf(doc: ClaimDocument): FormatSpec | undefined {
  return doc.format === 'none' ? undefined : BY_ID.get(doc.format);
}

/** The reader of a syntax family: the first format of the family (its reader tells the siblings apart). */
export function readerOf(family: 'x12' | 'json'): FormatSpec {
  return FORMATS.find((f) => f.family === family) as FormatSpec;
}

/** The editor of a document's format; undefined for a file claimlint does not check. */
export function editorOf(doc: ClaimDocument): ClaimEditor | undefined {
  return specOf(doc)?.editor(doc);
}
