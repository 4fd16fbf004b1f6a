/**
 * The claim view model: a document as claims and their service lines, for a readable table beside the editor.
 * `W` is where a value sits: offsets (Span) in the core and its tests, an editor range once the server converts it.
 * Patient names are PHI: they are in the model only when the coder asked to see them.
 */
import type { FileSummary } from '../fileSummary';
import type { Severity } from '../findings';

export interface ClaimViewOptions {
  /** Put patient names in the model (the coder chose "show"); otherwise only whether a claim has one. */
  readonly revealPatients: boolean;
  /** Service lines to include at most (big batch files); the rest are counted in `omitted`. */
  readonly maxLines: number;
}

export interface ClaimView<W> {
  readonly format: { readonly label: string; readonly title: string } | undefined;
  readonly summary: FileSummary;
  readonly claims: readonly ClaimEntry<W>[];
  /** Findings about the file rather than a claim (envelope, syntax, the cap notice). */
  readonly fileFindings: readonly FindingEntry<W>[];
  readonly omitted: { readonly claims: number; readonly lines: number };
  readonly patientsRevealed: boolean;
}

export interface ValueEntry<W> {
  /** As written in the file (trimmed). */
  readonly text: string;
  readonly at: W;
}

export interface FindingEntry<W> {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly at: W;
}

export interface PatientEntry {
  /** True when the claim names a patient or subscriber. */
  readonly present: boolean;
  /** The name, only when revealed. */
  readonly name?: string;
}

export interface PayerEntry<W> {
  /** Payer name and id as the claim gives them. */
  readonly name?: ValueEntry<W>;
  readonly id?: string;
  /** The payer the claim is judged as, in a few words (policy name or payer kind). */
  readonly label: string;
  /** What is in force and why, in a sentence (describePayer). */
  readonly inForce: string;
  readonly policy?: string;
}

export interface CodeEntry<W> extends ValueEntry<W> {
  /** CMS descriptor from claimlint's code data; undefined when the code is not in it (nothing is made up). */
  readonly descriptor?: string;
  readonly descriptorKind?: 'long' | 'short';
  /** Title of the source the descriptor comes from. */
  readonly source?: string;
  /** What the data says is uncertain about this code. */
  readonly caveat?: string;
}

export interface ModifierEntry<W> extends ValueEntry<W> {
  readonly meaning?: string;
}

export interface DrugEntry<W> extends ValueEntry<W> {
  /** From the CMS NDC–HCPCS crosswalk; undefined when the NDC is not in it. */
  readonly drugName?: string;
  readonly labeler?: string;
  /** The crosswalk quarter the drug name comes from. */
  readonly source?: string;
  readonly quantity?: ValueEntry<W>;
  readonly unit?: ValueEntry<W>;
}

export interface DateEntry<W> extends ValueEntry<W> {
  /** YYYY-MM-DD when the text could be read as a date. */
  readonly iso?: string;
  /** The line has no date of its own; this is the claim's. */
  readonly fromClaim: boolean;
}

export interface LineEntry<W> {
  readonly number: number;
  readonly at: W;
  readonly serviceDate?: DateEntry<W>;
  readonly revenueCode?: ValueEntry<W>;
  readonly code?: CodeEntry<W>;
  readonly modifiers: readonly ModifierEntry<W>[];
  /** The NOC drug description as written (SV101-7, SV202-7, JSON description). */
  readonly description?: ValueEntry<W>;
  readonly drug?: DrugEntry<W>;
  readonly units?: ValueEntry<W>;
  readonly unitOfMeasure?: string;
  readonly charge?: ValueEntry<W>;
  readonly findings: readonly FindingEntry<W>[];
}

export interface ClaimEntry<W> {
  readonly label: string;
  readonly at: W;
  readonly patient: PatientEntry;
  readonly payer: PayerEntry<W>;
  readonly serviceDate?: DateEntry<W>;
  readonly lines: readonly LineEntry<W>[];
  /** Findings about the claim that no one line holds. */
  readonly findings: readonly FindingEntry<W>[];
}
