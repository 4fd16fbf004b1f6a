import { parseDosage } from '../../knowledge/dosage';
import { billingUnits } from '../../knowledge/units';
import type { CrosswalkEntry, Dosage, Knowledge } from '../../knowledge/types';
import type { DocumentFormat, ServiceLine } from '../../model';
import { formatNumber, parseDecimal } from './lines';

export type NdcUnitCode = 'F2' | 'GR' | 'ME' | 'ML' | 'UN';

/**
 * The X12 NDC unit code (CTP05-1) a written unit stands for: the codes themselves in every format, the Stedi native
 * spelled-out words in claim JSON, and the UCUM units FHIR quantities use. Undefined for anything else.
 */
export function ndcUnitCode(raw: string, format: DocumentFormat): NdcUnitCode | undefined {
  const text = raw.trim();
  if (text === 'F2' || text === 'GR' || text === 'ME' || text === 'ML' || text === 'UN') return text;
  if (format === 'claim-json') return NATIVE_WORDS[text];
  if (format === 'fhir') return UCUM[text] ?? UCUM[text.toLowerCase()];
  return undefined;
}

const NATIVE_WORDS: Readonly<Record<string, NdcUnitCode>> = {
  INTERNATIONAL_UNIT: 'F2', GRAM: 'GR', MILLIGRAM: 'ME', MILLILITER: 'ML', UNIT: 'UN',
};
const UCUM: Readonly<Record<string, NdcUnitCode>> = {
  '[iU]': 'F2', '[IU]': 'F2', iu: 'F2', g: 'GR', mg: 'ME', ml: 'ML', mL: 'ML', '{unit}': 'UN', '{each}': 'UN', each: 'UN',
};

/** Billing units for a code, or why they could not be worked out, in words a coder can check. */
export type UnitsEstimate =
  | { readonly units: number; readonly explanation: string }
  | { readonly units: undefined; readonly explanation: string };

function dosageFor(code: string, knowledge: Knowledge, entry: CrosswalkEntry | undefined): Dosage | undefined {
  const own = knowledge.hcpcs(code)?.dosage;
  if (own) return own;
  return entry && entry.hcpcs.trim().toUpperCase() === code ? parseDosage(entry.hcpcsDosage) : undefined;
}

/**
 * Billing units of `code` for the line's NDC quantity (CTP04/CTP05-1), through the knowledge base's
 * billingUnits (which uses the crosswalk row for the per-item strength and says why when it cannot).
 */
export function unitsForCode(
  line: ServiceLine,
  code: string,
  knowledge: Knowledge,
  format: DocumentFormat,
  entry?: CrosswalkEntry,
): UnitsEstimate {
  const quantityText = line.drug?.quantity?.value;
  const unitText = line.drug?.unit?.value;
  const quantity = quantityText === undefined ? undefined : parseDecimal(quantityText);
  const unit = unitText === undefined ? undefined : ndcUnitCode(unitText, format);
  if (quantity === undefined || quantity <= 0 || !unit) {
    return { units: undefined, explanation: `the units for ${code} could not be computed: the NDC quantity or unit is missing or not usable` };
  }
  const result = billingUnits({
    quantity,
    unit,
    code,
    dosage: dosageFor(code, knowledge, entry),
    entry,
    entryForm: entry ? knowledge.hcpcs(entry.hcpcs.trim().toUpperCase())?.form : undefined,
  });
  return result.units === undefined
    ? { units: undefined, explanation: `the units for ${code} could not be computed: ${result.reason}` }
    : { units: result.units, explanation: `${result.explanation} of ${code}` };
}

/** Strength of one package item (tablet, capsule, vial) of a crosswalk row, e.g. "0.5 mg"; undefined when not derivable. */
export function strengthPerItem(entry: CrosswalkEntry, knowledge: Knowledge): string | undefined {
  const code = entry.hcpcs.trim().toUpperCase();
  const dosage = dosageFor(code, knowledge, entry);
  if (!dosage) return undefined;
  const one = billingUnits({ quantity: 1, unit: 'UN', code, dosage, entry, entryForm: knowledge.hcpcs(code)?.form });
  return one.units === undefined ? undefined : `${formatNumber(one.units * dosage.amount)} ${dosage.unit}`;
}

/** Units as written on a claim: whole numbers plain, fractions to 3 places. */
export function unitsText(units: number): string {
  return formatNumber(units);
}
