/**
 * The one claim model every reader produces and every rule reads.
 * Positions are UTF-16 offsets into the document text (as JavaScript strings index);
 * they become line/character only at the edges (LSP conversion, CLI output).
 */
import type { Node as JsonNode } from './formats/json/jsonc';
import type { X12Syntax } from './formats/x12/syntax';

/** Half-open range [start, end) of UTF-16 offsets into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A value read from the document, with where it sits. For JSON strings the span excludes the quotes. */
export interface Valued {
  readonly value: string;
  readonly span: Span;
}

/** A date read from the document; `iso` is YYYY-MM-DD when the raw text could be understood. */
export interface DateValue extends Valued {
  readonly iso: string | undefined;
}

/** The claim formats claimlint checks. Each has one entry in the format registry (formats/registry.ts). */
export type ClaimFormat = 'x12-837p' | 'x12-837i' | 'fhir' | 'claim-json';

/** 'none': a file claimlint does not check (not a claim, or a kind of file it recognises but does not lint). */
export type DocumentFormat = ClaimFormat | 'none';

export interface Procedure {
  /** HC, ER, IV, WK, or a FHIR coding system label ("HCPCS"). */
  readonly qualifier?: Valued;
  readonly code: Valued;
  readonly modifiers: readonly Valued[];
  /** NOC drug description (837P SV101-7, 837I SV202-7, JSON description fields). */
  readonly description?: Valued;
  /** The whole composite / object that carries the procedure. */
  readonly span: Span;
}

export interface DrugIdentification {
  /** NDC as written (may be hyphenated, 10-digit, malformed). */
  readonly code: Valued;
  /** LIN02 / serviceIdQualifier (N4 expected); absent in formats that have none. */
  readonly qualifier?: Valued;
  /** CTP04 / nationalDrugUnitCount. */
  readonly quantity?: Valued;
  /** CTP05-1 / measurementUnitCode. */
  readonly unit?: Valued;
  /** The whole drug block (LIN..CTP, drugIdentification object, detail coding). */
  readonly span: Span;
  /** True when the format itself allows a 10-digit NDC (FHIR's NDC system). */
  readonly tenDigitAllowed?: boolean;
}

/** One diagnosis of a claim (837 HI, FHIR diagnosis, claim JSON healthCareCodeInformation). */
export interface Diagnosis {
  /** ICD-10-CM code as written (837 without the decimal point; FHIR often with it). */
  readonly code: Valued;
  /** ABK / ABF / BK / BF, or the FHIR coding system; absent when the format has none. */
  readonly qualifier?: Valued;
  /** 1-based position the line pointers refer to (HI order, FHIR diagnosis.sequence). */
  readonly sequence: number;
}

/** A line's pointer to a claim diagnosis (837P SV107, FHIR item.diagnosisSequence, JSON diagnosisCodePointers). */
export interface DiagnosisPointer {
  /** The pointer as written ("1"…"12"), or for formats that list codes on the line, the code itself. */
  readonly pointer: Valued;
  /** The diagnosis pointed at, when the pointer resolves. */
  readonly diagnosis?: Diagnosis;
}

/** Who pays the claim, as the claim itself says (837 SBR09 + 2010BB NM1*PR, claim JSON, FHIR Coverage / insurer). */
export interface PayerRef {
  /** Claim filing indicator code (837 SBR09, claimFilingCode) or a FHIR coverage type code. */
  readonly filingCode?: Valued;
  /** FHIR only: the code system of `filingCode` (SOPT, v3-ActCode, X12…), so it can be interpreted. */
  readonly filingCodeSystem?: string;
  /** Payer name (NM103 of NM1*PR, receiver / trading partner name, insurer or payor display). */
  readonly name?: Valued;
  /** Payer id (NM109 of NM1*PR, tradingPartnerServiceId, payor identifier). */
  readonly id?: Valued;
  /** The text that names the payer (NM1*PR segment, payer object): where hovers and outline point. */
  readonly span?: Span;
}

/** Where the X12 editor rewrites or extends a service line. Segment indices into the X12 segment table. */
export interface X12LineAnchor {
  readonly kind: 'x12-line';
  readonly lx: number;
  /** The SV1 or SV2 segment, if the line has one. */
  readonly service: number | undefined;
  readonly serviceId: 'SV1' | 'SV2' | undefined;
  /** Last segment of loop 2400 itself: 2410 LIN/CTP go right after it. */
  readonly last2400: number;
  /** Last segment of the line, 2410–2440 included. */
  readonly last: number;
  readonly lin: number | undefined;
  readonly ctp: number | undefined;
  /** ST and SE of the transaction (SE undefined when missing). */
  readonly st: number | undefined;
  readonly se: number | undefined;
}

/**
 * The JSON line shapes the editors must write differently:
 * - fhir: Claim.item / ExplanationOfBenefit.item
 * - ch-professional / ch-institutional: Change Healthcare (Stedi "CH") claimInformation.serviceLines[]
 * - stedi-native: Stedi's CMS-1500-style serviceLines[] (procedureCode.code, units, drugIdentification.unitCount)
 */
export type JsonLineShape = 'fhir' | 'ch-professional' | 'ch-institutional' | 'stedi-native';

/** Where the JSON editors change a service line: the nodes an edit needs, so an editor never re-walks the document. */
export interface JsonLineAnchor {
  readonly kind: 'json-line';
  readonly shape: JsonLineShape;
  /** The line object: FHIR item, or serviceLines[i]. */
  readonly line: JsonNode;
  /** CH only: professionalService / institutionalService (absent when the line lacks it). */
  readonly service?: JsonNode;
}

export type LineAnchor = X12LineAnchor | JsonLineAnchor;

export interface ServiceLine {
  /** 1-based position of the line within its claim (LX01 or array index + 1). */
  readonly number: number;
  /** The whole service line (LX through the last segment of loop 2400/2410, or the JSON object). */
  readonly span: Span;
  readonly procedure?: Procedure;
  /** 837I SV201 / institutional revenue code. */
  readonly revenueCode?: Valued;
  readonly units?: Valued;
  readonly unitOfMeasure?: Valued;
  readonly charge?: Valued;
  readonly serviceDate?: DateValue;
  /** Line-level prior authorization numbers (2400 REF*G1, JSON line fields). */
  readonly priorAuthorizations: readonly Valued[];
  readonly drug?: DrugIdentification;
  /** The diagnoses this line points at (837P SV107, FHIR diagnosisSequence, JSON pointers / codes). */
  readonly diagnosisPointers: readonly DiagnosisPointer[];
  /** Line notes (2400 NTE02, JSON line notes): where payers read extra drug detail. */
  readonly notes: readonly Valued[];
  /** Where this format's editor changes the line. */
  readonly anchor: LineAnchor;
}

export interface Claim {
  /** 0-based position of the claim in the document (names a claim that has no id: "claim #3"). */
  readonly index: number;
  /** CLM01, patientControlNumber, Claim.id … */
  readonly id?: Valued;
  readonly span: Span;
  /** Claim-level prior authorization numbers (2300 REF*G1, JSON claim fields). */
  readonly priorAuthorizations: readonly Valued[];
  /** A claim-level date used when a line has none (statement period, billablePeriod, created). */
  readonly serviceDate?: DateValue;
  /** Patient or subscriber display name when the format gives one (outline and claim view only; PHI — never logged). */
  readonly patientName?: string;
  /** Who pays this claim, as the claim says; fields are absent when the claim does not say. */
  readonly payer: PayerRef;
  readonly diagnoses: readonly Diagnosis[];
  /** Claim notes (2300 NTE02, claimNote) and attachment report types (2300 PWK01): where payers look for documentation. */
  readonly notes: readonly Valued[];
  readonly attachments: readonly Valued[];
  readonly lines: readonly ServiceLine[];
}

/**
 * Stable ids of the kinds of problems readers report. Each is a rule id as well (configurable, suppressible,
 * documented): parse-error for unreadable input, and one id per kind of structural problem.
 */
export type ProblemCode = 'parse-error' | 'x12-envelope' | 'x12-syntax' | 'x12-version' | 'json-syntax' | 'not-a-claim';

export interface ParseProblem {
  readonly code: ProblemCode;
  readonly message: string;
  readonly span: Span;
  /** 'error' for unreadable input, 'warning' for oddities the reader recovered from, 'information' for notices. */
  readonly severity: 'error' | 'warning' | 'information';
}

interface DocumentBase {
  readonly text: string;
  readonly problems: readonly ParseProblem[];
}

export interface X12Document extends DocumentBase {
  readonly format: 'x12-837p' | 'x12-837i';
  readonly claims: readonly Claim[];
  readonly syntax: X12Syntax;
}

export interface JsonClaimDocument extends DocumentBase {
  readonly format: 'fhir' | 'claim-json';
  readonly claims: readonly Claim[];
  /** The JSON tree (undefined when the text could not be parsed into one). */
  readonly syntax: JsonNode | undefined;
}

/** A file claimlint does not check. `problems` says why, once (binary, another X12 set, EDIFACT, FHIR STU3…), or is empty. */
export interface OtherDocument extends DocumentBase {
  readonly format: 'none';
  readonly claims: readonly [];
  /** The X12 segments or JSON tree when the file was read that far (hovers still describe them), else undefined. */
  readonly syntax: X12Syntax | JsonNode | undefined;
}

/** What a reader returns. Readers never throw; unreadable parts become `problems`. */
export type ClaimDocument = X12Document | JsonClaimDocument | OtherDocument;

export function isX12Document(doc: ClaimDocument): doc is X12Document {
  return doc.format === 'x12-837p' || doc.format === 'x12-837i';
}

export function isJsonClaimDocument(doc: ClaimDocument): doc is JsonClaimDocument {
  return doc.format === 'fhir' || doc.format === 'claim-json';
}

/** The empty list readers share for claims/lines without authorizations, notes, diagnoses…: frozen, so nothing adds to it. */
export const NONE: readonly never[] = Object.freeze([]);

/** "claim TX-1002" or "claim #3" — how findings and the claim view name a claim. */
export function claimLabel(claim: Claim): string {
  const id = claim.id?.value.trim();
  if (!id) return `#${claim.index + 1}`;
  return id.length > 20 ? `${id.slice(0, 19)}…` : id;
}
