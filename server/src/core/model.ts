/**
 * The one claim model every reader produces and every rule reads.
 * Positions are UTF-16 offsets into the document text (as JavaScript strings index);
 * they become line/character only at the edges (LSP conversion, CLI output).
 */

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

export type DocumentFormat = 'x12-837p' | 'x12-837i' | 'fhir' | 'claim-json' | 'unknown';

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
  /** Reader-specific handle the format's editor uses to build insertions (opaque to rules). */
  readonly anchor: unknown;
}

export interface Claim {
  /** CLM01, patientControlNumber, Claim.id … */
  readonly id?: Valued;
  readonly span: Span;
  /** Claim-level prior authorization numbers (2300 REF*G1, JSON claim fields). */
  readonly priorAuthorizations: readonly Valued[];
  /** A claim-level date used when a line has none (statement period, billablePeriod, created). */
  readonly serviceDate?: DateValue;
  /** Patient or subscriber display name when the format gives one (outline only; PHI — never logged). */
  readonly patientName?: string;
  readonly lines: readonly ServiceLine[];
}

export interface ParseProblem {
  readonly message: string;
  readonly span: Span;
  /** 'error' for unreadable input, 'warning' for oddities the reader recovered from. */
  readonly severity: 'error' | 'warning';
}

/** What a reader returns. Readers never throw; unreadable parts become `problems`. */
export interface ClaimDocument {
  readonly format: DocumentFormat;
  readonly text: string;
  readonly claims: readonly Claim[];
  readonly problems: readonly ParseProblem[];
  /** Format-specific syntax tree for hovers, outline and editors (X12Interchange[] or a JSON node). */
  readonly syntax?: unknown;
}
