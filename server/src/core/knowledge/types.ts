/**
 * Code facts the rules and hovers reason about. Every fact records its source: an id in data/sources.json
 * (title, publisher, date, URL of the CMS / FDA / MAC document), where in it, and whether it is unverified.
 */

/** A fact with its source. `unverified` facts must never be stated as fact: say what `caveat` says. */
export interface Fact<T> {
  readonly value: T;
  /** Id in the sources registry (data/sources.json). */
  readonly source: string;
  /** Where in the source (record, column, page section). Not coder-facing. */
  readonly locator?: string;
  readonly unverified?: true;
  /** Coder-facing wording of what is uncertain or easy to get wrong, e.g. "CMS files give no start date". */
  readonly caveat?: string;
}

/**
 * A date known exactly (`value`) or only bounded by CMS files: the true date lies in [earliest, latest]
 * (either end may be open). For a termination, `earliest` means the code was still valid on that day.
 */
export interface DateFact {
  readonly value?: string;
  readonly earliest?: string;
  readonly latest?: string;
  readonly source: string;
  readonly locator?: string;
  readonly unverified?: true;
  readonly caveat?: string;
}

export type Route = 'oral' | 'injection' | 'inhalation' | 'rectal' | 'any';
/** 'any-oral': the descriptor says oral and nothing about tablets vs liquid. */
export type DoseForm = 'tablet-or-capsule' | 'any-oral' | 'oral-suspension' | 'granules' | 'injection' | 'inhalation-solution' | 'suppository';
export type Release = 'immediate' | 'extended' | 'delayed' | 'immediate-or-delayed';
export type DrugClass = 'immunosuppressive' | 'antiemetic' | 'antineoplastic' | 'corticosteroid' | 'clotting-factor' | 'compounded';
/** The Medicare oral-drug benefits practitioners bill to the DME MAC. */
export type OralBenefit = 'oral-immunosuppressive' | 'oral-anticancer' | 'oral-antiemetic';
/** For JW/JZ: oral products are never single-dose containers. */
export type Container = 'oral-product' | 'single-dose' | 'multi-dose' | 'either-or-unknown';

export interface Replacement {
  readonly code: string;
  /** First day the replacement is the code to bill; absent when CMS files do not say. */
  readonly from?: string;
}

/** What a NOC code covers, in coder words, with the structured scope nocCodeFor matches on. */
export interface NocScope {
  /** Short noun phrase, e.g. "immunosuppressive drugs". */
  readonly label: string;
  readonly text: string;
  readonly classes?: readonly DrugClass[];
  readonly routes?: readonly Route[];
  readonly compounded?: boolean;
  readonly biological?: boolean;
  readonly setting?: 'hospital-outpatient' | 'dme' | 'esrd-dialysis';
}

/** A fact the data deliberately does not state, and why (for hovers and the report of gaps). */
export interface UnknownFact {
  readonly fact: string;
  readonly caveat: string;
  readonly searched: string;
}

/** One HCPCS drug code with every fact sourced (data/hcpcs-drug-codes.json). */
export interface DrugCodeEntry {
  readonly code: string;
  readonly kind: 'specific' | 'noc';
  readonly longDescriptor?: Fact<string>;
  readonly shortDescriptor: Fact<string>;
  /** The short descriptor in the HCPCS file, when the entry's shortDescriptor comes from the ASP files. */
  readonly shortDescriptorInHcpcs?: Fact<string>;
  /** Amount per billing unit as the source prints it ("1 MG", "250 mg", "up to 40 mg"). */
  readonly dosage?: Fact<string>;
  readonly route: Fact<Route>;
  readonly form?: Fact<DoseForm>;
  readonly release?: Fact<Release>;
  readonly drugClasses: readonly Fact<DrugClass>[];
  readonly oralBenefit?: Fact<readonly OralBenefit[]>;
  readonly container: Fact<Container>;
  readonly effective?: DateFact;
  /** The record's last change (HCPCS ACT EFF DT); `descriptorChanged` when the long descriptor differs from an earlier CMS file. */
  readonly lastChanged?: DateFact & { readonly descriptorChanged?: true };
  readonly termination?: DateFact;
  readonly replacedBy?: Fact<readonly Replacement[]>;
  readonly generic?: Fact<readonly string[]>;
  readonly nocScope?: Fact<NocScope>;
  /** Conditions of use the descriptor sets (Q0162: only as an oral substitute for an IV anti-emetic…). */
  readonly conditions?: Fact<readonly string[]>;
  readonly unknown?: readonly UnknownFact[];
}

export interface SourceInfo {
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  readonly url?: string;
  /** For a CMS file read from a public copy: where the copy is. */
  readonly copy?: string;
  readonly note?: string;
}

export type Validity = 'valid' | 'not-yet-effective' | 'ended' | 'unknown';

export interface ValidityResult {
  readonly validity: Validity;
  /** Coder-facing reason, e.g. "J7506 ended 2015-12-31". */
  readonly reason: string;
  readonly sources: readonly string[];
  readonly caveats: readonly string[];
}

/** The code to bill on a date for the same drug and form (see Knowledge.codeInForceOn). */
export interface CodeInForce {
  readonly code: string;
  readonly relation: 'same' | 'predecessor' | 'successor';
  /** Validity of `code` on the date ('valid', or 'unknown' when only the requested code itself fits and its dates are not known). */
  readonly validity: Validity;
  /** Validity of the requested code on the date. */
  readonly requestedValidity: Validity;
  readonly entry: DrugCodeEntry;
  readonly dosage?: Dosage;
  readonly sources: readonly string[];
  /** True when a date or the predecessor/successor relation it rests on is not confirmed by a CMS file. */
  readonly unverified: boolean;
  readonly caveats: readonly string[];
  /** Coder-facing summary, e.g. "J7524 did not exist on 2025-06-01; J7517 (250 mg) was the oral mycophenolate mofetil code then." */
  readonly explanation: string;
}

export interface NocQuery {
  readonly drugClass?: DrugClass | readonly DrugClass[];
  readonly route?: Route;
  readonly compounded?: boolean;
  readonly biological?: boolean;
  readonly setting?: 'hospital-outpatient' | 'dme' | 'esrd-dialysis' | 'practitioner';
}

export interface NocAnswer {
  readonly code: string;
  readonly scope: string;
  readonly source: string;
  /** Why this NOC code, in coder words. */
  readonly why: string;
  /** Other NOC codes that may fit in another setting (e.g. C9399 for hospital outpatient claims). */
  readonly alternatives: readonly { readonly code: string; readonly when: string }[];
}

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
  /** The full sourced entry (new API); absent only for ASP-derived codes outside the curated data. */
  readonly entry?: DrugCodeEntry;
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
  /**
   * True when CMS classes the drug's codes as immunosuppressive (type of service G) or the drug is in the
   * J7500–J7599 series. Methotrexate, cyclophosphamide and the corticosteroids are true: they are used as
   * immunosuppressants; J7599 is wrong for them because a specific code exists, not because of their class.
   */
  readonly immunosuppressive: boolean;
  /** The drug's classes (immunosuppressive, antineoplastic, antiemetic, corticosteroid…), each sourced on its codes. */
  readonly classes: readonly DrugClass[];
  /** The NOC code of the drug's class for the route named (or the oral route), for when no specific code fits. */
  readonly suggestedNoc?: string;
  /** Specific codes per route (oral / injection), from the CMS crosswalk drug names and HCPCS descriptors. */
  readonly codesByRoute?: Partial<Record<Route, readonly string[]>>;
  /** Registry ids behind the name → code facts. */
  readonly sources: readonly string[];
  /** The form the text names (ER, granules, injection…), when it names one. */
  readonly form?: DrugForm;
  /** A caveat a coder should read (e.g. why J7599 is wrong for methotrexate although it is used as an immunosuppressant). */
  readonly note?: string;
  /** Conditions a suggested code carries (Q0162: only as an oral substitute for an IV anti-emetic within 48 hours of chemotherapy). */
  readonly conditions?: readonly string[];
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

  /** The sourced entry of a curated HCPCS drug code (descriptors, dosage, route, form, classes, container, dates). */
  entry(code: string): DrugCodeEntry | undefined;
  /** Every curated entry. */
  allEntries(): readonly DrugCodeEntry[];
  /** A source of the registry by id. */
  source(id: string): SourceInfo | undefined;
  /** Whether `code` is valid on an ISO date; 'unknown' when a date it depends on is not known (never guessed). */
  validityOn(code: string, isoDate: string): ValidityResult;
  /**
   * The code to bill on `isoDate` for the same drug and form: the code itself when valid, else the predecessor
   * valid then (J7524 on 2025-06-01 → J7517) or the successor (J7506 in 2020 → J7512). Undefined when nothing fits.
   */
  codeInForceOn(code: string, isoDate: string): CodeInForce | undefined;
  /** The NOC code of a drug's class, route, compounding and setting, with its scope in coder words. */
  nocCodeFor(query: NocQuery): NocAnswer;
  /** Route and container of a code, for the JW/JZ rule ("JW or JZ on an oral or multi-dose product"). */
  containerOf(code: string): { readonly route: Fact<Route>; readonly container: Fact<Container> } | undefined;
}
