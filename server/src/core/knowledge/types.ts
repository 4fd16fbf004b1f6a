/** Code facts the rules and hovers reason about. Every fact records its source. */

export type CodeCategory =
  /** A specific immunosuppressive drug code (J7500–J7599 range and the injectables like J0480). */
  | 'immunosuppressive'
  /** A not-otherwise-classified drug code (J7599, J3490, J3590, J7699, J7799, J7999, J8499, J8999, J9999, C9399). */
  | 'noc-drug'
  /** Any other drug or biological code (from the CMS ASP files). */
  | 'drug'
  | 'other';

export interface Dosage {
  /** Amount per billing unit, e.g. 1 for "1 MG", 0.25 for "0.25 MG". */
  readonly amount: number;
  /** Normalized unit: 'mg', 'mcg', 'g', 'ml', 'units', 'iu', or the CMS text lower-cased when unusual. */
  readonly unit: string;
  /** The dosage text as CMS prints it, e.g. "1 MG". */
  readonly text: string;
}

export interface HcpcsCode {
  readonly code: string;
  /** CMS short descriptor. */
  readonly descriptor: string;
  readonly category: CodeCategory;
  readonly dosage?: Dosage;
  /** Generic drug name this code is for (lower case), when it is a drug code. */
  readonly drug?: string;
  /** First day the code is valid (YYYY-MM-DD); undefined when older than anything we check. */
  readonly effective?: string;
  /** Last day the code is valid (YYYY-MM-DD), when it has been deleted. */
  readonly end?: string;
  /** Code to use after `end`. */
  readonly replacedBy?: string;
  /** Where the facts come from (file and quarter, or CMS document). */
  readonly source: string;
  /** For NOC codes: the drug class it covers, e.g. "immunosuppressive drugs". */
  readonly nocScope?: string;
  /** Dosage form the code is for, when the CMS descriptor or crosswalk says so. */
  readonly form?: DrugForm;
  /** Day the code's descriptor was revised (YYYY-MM-DD), when known. */
  readonly revised?: string;
  /** The CMS dosage text when it is not a single "amount unit" (e.g. "2.5 MG/0.5 MG"); `dosage` is then undefined. */
  readonly dosageText?: string;
  /**
   * What about this entry could not be verified from the shared CMS files or docs/sources.md (a heuristic
   * or inferred date, a missing descriptor). Rules should soften findings that rest on it.
   */
  readonly uncertain?: string;
}

/** oral-ir / oral-er / oral-dr: immediate, extended, delayed release; 'oral' when the code covers any oral form. */
export type DrugForm = 'oral' | 'oral-ir' | 'oral-er' | 'oral-dr' | 'oral-suspension' | 'granules' | 'injection';

export interface ModifierInfo {
  readonly code: string;
  readonly meaning: string;
  /** 'drug' modifiers belong on drug lines (JW, JZ, JG, TB, KX, GY…); 'questionable' ones make no sense there. */
  readonly onDrugLine: 'drug' | 'questionable' | 'neutral';
  /** Why, in a sentence a coder understands. */
  readonly note: string;
  readonly source: string;
  /** First day the modifier is valid (HCPCS ADD DT), when sourced. */
  readonly effective?: string;
  /** Last day the modifier is valid (HCPCS TERM DT), when it has ended. */
  readonly end?: string;
  /** Ids in the sources registry behind the meaning, dates and note. */
  readonly sources?: readonly string[];
  /** What the note rests on that is not confirmed, in coder words. */
  readonly caveat?: string;
}

export interface CrosswalkEntry {
  readonly hcpcs: string;
  readonly shortDescription: string;
  readonly labeler: string;
  /** 11 digits, no hyphens. */
  readonly ndc11: string;
  /** As published: 5-4-2 with hyphens. */
  readonly ndcDisplay: string;
  readonly drugName: string;
  /** HCPCS dosage text, e.g. "1 MG". */
  readonly hcpcsDosage: string;
  readonly packageSize: number | undefined;
  readonly packageQuantity: number | undefined;
  /** Billing units per package item (BILLUNITS). */
  readonly billUnits: number | undefined;
  /** Billing units per package (BILLUNITSPKG). */
  readonly billUnitsPerPackage: number | undefined;
}

export interface Crosswalk {
  /** e.g. "October 2026". */
  readonly quarter: string;
  /** Where the data came from (file name / CMS page). */
  readonly source: string;
  readonly size: number;
  /** Lookup by normalized 11-digit NDC; O(1). Empty when unknown. */
  lookup(ndc11: string): readonly CrosswalkEntry[];
}

export interface PaymentLimit {
  readonly hcpcs: string;
  readonly limit: number;
  readonly dosage: string;
  readonly quarter: string;
  readonly source: string;
}

/** A drug named in free text (a NOC description) and the specific codes that exist for it. */
export interface DrugNameMatch {
  /** The matched words as found in the text. */
  readonly matchedText: string;
  /** Offset of the match inside the searched text. */
  readonly index: number;
  readonly drug: string;
  /** Candidate specific codes (may be several forms: oral vs injection, IR vs ER). */
  readonly codes: readonly string[];
  /** True when the drug is an immunosuppressive (J7599's scope). */
  readonly immunosuppressive: boolean;
  /** For non-immunosuppressives: the NOC code that fits instead of J7599 (J3490, J8499, J9999…). */
  readonly suggestedNoc?: string;
  /** The form the text names (ER, granules, injection…), when it names one. */
  readonly form?: DrugForm;
  /** A caveat a coder should read (e.g. methotrexate is also used as an immunosuppressant). */
  readonly note?: string;
}

export interface Knowledge {
  hcpcs(code: string): HcpcsCode | undefined;
  modifier(code: string): ModifierInfo | undefined;
  readonly crosswalk: Crosswalk;
  paymentLimit(code: string): PaymentLimit | undefined;
  /** Drug names found in a description, most specific first. */
  findDrugNames(text: string): readonly DrugNameMatch[];
  /** All codes in the hand-checked table (for completion). */
  allCodes(): readonly HcpcsCode[];
  allModifiers(): readonly ModifierInfo[];
}
