/**
 * What the claim's own filing indicator says about its payer: X12 5010 claim filing indicator codes (837 SBR09,
 * claim JSON claimFilingCode) and FHIR Coverage.type codings, each mapped to a payer family. The mapping and its
 * sources are data (data/filing-codes.json, researched by hand; its README says how it may be used). The family is
 * claimlint's grouping for choosing rules, not an X12 or HL7 definition.
 */
import data from './data/filing-codes.json';

/** claimlint's grouping of payers for choosing rules. */
export type PayerFamily =
  | 'medicare'
  | 'medicare-unspecified'
  | 'medicare-advantage'
  | 'medicare-part-d'
  | 'medicaid'
  | 'commercial'
  | 'government-other'
  | 'other'
  | 'unknown';

export interface FilingCodeInfo {
  readonly code: string;
  /** The code's label in X12 (or the coding's display in FHIR). */
  readonly label: string;
  /** Finer payer type (medicare-part-b, ppo, tricare…). */
  readonly payerType: string;
  readonly family: PayerFamily;
}

interface CodeRow {
  code: string;
  label: string;
  payerType: string;
  family: string;
}

interface CodingRow {
  system: string;
  code: string;
  display: string;
  payerType: string;
  family: string;
}

const CODES = new Map<string, FilingCodeInfo>(
  (data.codes as CodeRow[]).map((c) => [c.code, { code: c.code, label: c.label, payerType: c.payerType, family: c.family as PayerFamily }]),
);

const SOPT_SYSTEMS: readonly string[] = data.fhirCoverageTypes.soptSystemUris;
const BLUE_BUTTON = data.fhirCoverageTypes.blueButton as { eobTypeSystem: string; eobTypes: Record<string, { meaning: string; family: string }> };
const CODINGS = new Map<string, FilingCodeInfo>([
  ...(data.fhirCoverageTypes.codings as CodingRow[]).map((c): [string, FilingCodeInfo] => [
    `${SOPT_SYSTEMS.includes(c.system) ? SOPT_SYSTEMS[0] : c.system}|${c.code}`,
    { code: c.code, label: c.display, payerType: c.payerType, family: c.family as PayerFamily },
  ]),
  // CMS Blue Button EOBs carry only traditional Medicare; the EOB type says which contractor processed the claim.
  ...Object.entries(BLUE_BUTTON.eobTypes).map(([code, t]): [string, FilingCodeInfo] => [
    `${BLUE_BUTTON.eobTypeSystem}|${code}`,
    { code, label: t.meaning, payerType: code === 'DME' ? 'medicare-dme' : t.family, family: t.family as PayerFamily },
  ]),
]);

/** The code system of CMS Blue Button EOB types (CARRIER, DME, OUTPATIENT, PDE…). */
export const BLUE_BUTTON_EOB_TYPE_SYSTEM = BLUE_BUTTON.eobTypeSystem;

/** Sources of the mapping, for docs and hovers (title and publisher). */
export const FILING_CODE_SOURCES: readonly string[] = Object.values(data.sources as Record<string, { title: string; publisher?: string }>).map((s) =>
  s.publisher ? `${s.title} (${s.publisher})` : s.title,
);

/** An X12 claim filing indicator code (SBR09 / claimFilingCode), or undefined when it is not one of the 5010 codes. */
export function filingCodeInfo(code: string): FilingCodeInfo | undefined {
  return CODES.get(code.trim().toUpperCase());
}

/** A FHIR Coverage.type coding (SOPT, v3 ActCode, coverage self-pay), or undefined when the mapping does not list it. */
export function coverageTypeInfo(system: string | undefined, code: string): FilingCodeInfo | undefined {
  if (!system) return undefined;
  const key = SOPT_SYSTEMS.includes(system.trim()) ? SOPT_SYSTEMS[0] : system.trim();
  return CODINGS.get(`${key}|${code.trim()}`);
}

export function allFilingCodes(): readonly FilingCodeInfo[] {
  return [...CODES.values()];
}
