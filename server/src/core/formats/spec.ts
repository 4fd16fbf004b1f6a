/**
 * What a claim format provides. Each format is one folder (formats/<id>/) exporting one FormatSpec, listed once in
 * registry.ts; everything format-specific (reading, editing, hovers, completion, outline, folding, field names) is
 * reached through it, so no other module switches on the format.
 */
import type { ClaimEditor } from '../editor';
import type { TextEdit } from '../findings';
import type { CodeContext } from '../hover/context';
import type { Knowledge } from '../knowledge/types';
import type { Claim, ClaimDocument, ServiceLine, Span } from '../model';
import type { TextChange } from '../textChanges';
import type { Steps } from '../steps';
import type { FormatInfo } from './catalog';
import type { FormatHint } from './sniff';

/** The claim fields messages and hovers name, each written the file's own way (CTP04, item.detail.quantity…). */
export type FieldName =
  | 'procedureCode'
  | 'modifiers'
  | 'description'
  | 'units'
  | 'charge'
  | 'serviceDate'
  | 'drug'
  | 'ndc'
  | 'ndcQualifier'
  | 'ndcQuantity'
  | 'ndcUnit'
  | 'lineAuthorization'
  | 'claimAuthorization'
  | 'diagnoses'
  | 'diagnosisPointers'
  | 'lineNote'
  | 'claimNote'
  | 'attachment'
  | 'filingCode'
  | 'payer';

export interface HoverParts {
  readonly markdown: string;
  readonly span: Span;
}

export type CompletionKind = 'code' | 'modifier' | 'value';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line shown next to the label (descriptor, meaning). */
  readonly detail: string;
  /** Markdown shown when the item is selected. */
  readonly documentation?: string;
  /** The text the item replaces (the code typed so far). */
  readonly span: Span;
  readonly sortText: string;
  readonly deprecated?: boolean;
}

/** What the format's completion needs from the generic part: the lists of codes, modifiers and values. */
export interface CompletionSource {
  codes(span: Span): CompletionEntry[];
  modifiers(span: Span): CompletionEntry[];
  values(values: Readonly<Record<string, string>>, span: Span): CompletionEntry[];
}

export type OutlineKind = 'interchange' | 'claim' | 'line';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: OutlineKind;
  readonly span: Span;
  /** What to select when the symbol is picked (the claim id, the procedure code). */
  readonly selectionSpan: Span;
  readonly children: OutlineSymbol[];
}

/** An inline (inlay) hint in offsets: shown at `offset`, after the value it is about. */
export interface InlineHint {
  readonly offset: number;
  readonly label: string;
  readonly tooltip?: string;
}

export interface FoldRegion {
  readonly span: Span;
  readonly kind: 'envelope' | 'claim' | 'line';
}

export interface FormatSpec extends FormatInfo {
  /** Reads text of this format's family into a document (which may turn out to be a sibling format, or 'none'). */
  read(text: string, hint: FormatHint): ClaimDocument;
  /** The same reading in steps (see core/steps.ts), for formats whose big files take long to read; else `read` is used. */
  readInSteps?(text: string, hint: FormatHint): Steps<ClaimDocument>;
  editor(doc: ClaimDocument): ClaimEditor;
  /** `context`: what the hover knows about the service line under the cursor (its date, code and NDC). */
  hover(doc: ClaimDocument, offset: number, knowledge: Knowledge, context: CodeContext): HoverParts | undefined;
  completion(doc: ClaimDocument, offset: number, knowledge: Knowledge, source: CompletionSource): CompletionEntry[];
  /** The outline: the claims (built by the generic part) placed in the format's own structure (interchanges…). */
  outline(doc: ClaimDocument, claims: OutlineSymbol[]): OutlineSymbol[];
  /** Folding regions in offsets; undefined leaves folding to the editor (JSON). */
  folding(doc: ClaimDocument): FoldRegion[] | undefined;
  /** How this format writes a field, for messages and hovers: "CTP04", "item.detail.quantity". */
  field(name: FieldName, line?: ServiceLine): string;
  /** Where an inlay hint about a value goes: after the element or segment, never inside a JSON string. */
  hintOffset(doc: ClaimDocument, span: Span): number;
  /** The element names of the values in `range`, each after its element (X12); absent where keys name the fields (JSON). */
  elementNameHints?(doc: ClaimDocument, range: Span): InlineHint[];
  /**
   * The one claim a text change alters, when it cannot alter anything outside it (no structure, no delimiter, no
   * name other parts point at): the rest of the earlier read stays true. Undefined when the change may reach further.
   */
  confinedClaim(doc: ClaimDocument, change: TextChange): Claim | undefined;
  /** The whole-document formatter (X12: one segment per line); undefined when the format has none. */
  format?(doc: ClaimDocument): TextEdit[];
}
