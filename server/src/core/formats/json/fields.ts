/**
 * Describing JSON fields for hovers and completion: each JSON format has its own table (fhir/fields.ts,
 * claim-json/fields.ts) of what the fields that matter for drug lines mean. Keyed by the end of the field's path, with
 * array positions written "[]" ("serviceLines[].drugIdentification.nationalDrugCode"); the longest match wins.
 * Wording is ours, from the Change Healthcare / Stedi claim schemas and HL7 FHIR R4 Claim (see docs/claim-json-fields.md).
 */

export type JsonValueKind = 'hcpcs' | 'modifier' | 'ndc' | 'coding-code' | 'description';

export interface JsonFieldInfo {
  readonly text: string;
  readonly kind?: JsonValueKind;
  /** Allowed values and their meanings. */
  readonly values?: Readonly<Record<string, string>>;
}

export const DRUG_UNITS = { F2: 'International unit', GR: 'Gram', ME: 'Milligram', ML: 'Milliliter', UN: 'Unit (each)' };
export const NOC_DESCRIPTION = 'Description of the service (at most 80 characters). For a NOC code such as J7599 the payer needs the drug name, strength and quantity here (837 SV101-7 / SV202-7).';


/** The path as a key: indices become "[]" after the key that holds the array. */
export function pathKey(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += '[]';
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

export type FieldTable = Readonly<Record<string, JsonFieldInfo>>;

/** The field description for a JSON path, by the longest suffix in the table. */
export function jsonFieldInfo(table: FieldTable, path: readonly (string | number)[]): JsonFieldInfo | undefined {
  const key = pathKey(path);
  let best: JsonFieldInfo | undefined;
  let bestLength = -1;
  for (const [suffix, info] of Object.entries(table)) {
    if (suffix.length <= bestLength) continue;
    if (key === suffix || key.endsWith(`.${suffix}`) || key.endsWith(`]${suffix.startsWith('[') ? '' : '.'}${suffix}`)) {
      best = info;
      bestLength = suffix.length;
    }
  }
  return best;
}
