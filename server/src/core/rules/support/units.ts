import { mgPer, parseDosage } from '../../knowledge/dosage';
import type { CrosswalkEntry, Dosage, Knowledge } from '../../knowledge/types';
import type { ServiceLine } from '../../model';
import { formatNumber, parseDecimal } from './lines';

/** Billing units for a code, or why they could not be worked out, in words a coder can check. */
export type UnitsEstimate =
  | { readonly units: number; readonly explanation: string }
  | { readonly units: undefined; readonly explanation: string };

function dosageFor(code: string, knowledge: Knowledge, entry: CrosswalkEntry | undefined): Dosage | undefined {
  return knowledge.hcpcs(code)?.dosage ?? (entry ? parseDosage(entry.hcpcsDosage) : undefined);
}

/** Milligrams per one NDC quantity unit (CTP05-1) for the mass units. */
const NDC_UNIT_IN_MG: Readonly<Record<string, number>> = { ME: 1, GR: 1000 };

/**
 * Billing units of `code` for the line's NDC quantity (CTP04/CTP05-1).
 * Mass and volume convert through the code's dosage; "UN" (each) goes through the crosswalk's
 * billing units per package (BILLUNITS ÷ package size), the only per-item figure CMS publishes.
 */
export function unitsForCode(line: ServiceLine, code: string, knowledge: Knowledge, entry?: CrosswalkEntry): UnitsEstimate {
  const quantityText = line.drug?.quantity?.value;
  const ndcUnit = line.drug?.unit?.value.trim().toUpperCase();
  const quantity = quantityText === undefined ? undefined : parseDecimal(quantityText);
  if (quantity === undefined || quantity <= 0 || !ndcUnit) {
    return { units: undefined, explanation: `the units for ${code} could not be computed: the NDC quantity or unit is missing or not a number` };
  }
  const dosage = dosageFor(code, knowledge, entry);
  if (!dosage) return { units: undefined, explanation: `the units for ${code} could not be computed: its dosage per billing unit is not known` };
  const per = `${formatNumber(dosage.amount)} ${dosage.unit} per ${code} unit`;
  const prefix = `CTP ${formatNumber(quantity)} ${ndcUnit}`;

  const massMg = NDC_UNIT_IN_MG[ndcUnit];
  const dosageMg = mgPer(dosage.unit);
  if (massMg !== undefined && dosageMg !== undefined) {
    const units = (quantity * massMg) / (dosage.amount * dosageMg);
    return { units, explanation: `${prefix} (${formatNumber(quantity * massMg)} mg) ÷ ${per} = ${formatNumber(units)} units of ${code}` };
  }
  if (ndcUnit === 'ML' && dosage.unit === 'ml') {
    const units = quantity / dosage.amount;
    return { units, explanation: `${prefix} ÷ ${per} = ${formatNumber(units)} units of ${code}` };
  }
  if (ndcUnit === 'F2' && (dosage.unit === 'iu' || dosage.unit === 'units')) {
    const units = quantity / dosage.amount;
    return { units, explanation: `${prefix} ÷ ${per} = ${formatNumber(units)} units of ${code}` };
  }
  const item = entry ? strengthPerItem(entry, dosage) : undefined;
  if (ndcUnit === 'UN' && entry && item) {
    const units = quantity * item.billingUnits;
    const strength = item.amount;
    return {
      units,
      explanation:
        `${prefix} × ${formatNumber(strength)} ${dosage.unit} each (CMS crosswalk: ${formatNumber(entry.billUnits ?? 0)} billing units per package of ${formatNumber(entry.packageSize ?? 0)}) ` +
        `÷ ${per} = ${formatNumber(units)} units of ${code}`,
    };
  }
  return {
    units: undefined,
    explanation: `the units for ${code} could not be computed: an NDC quantity in ${ndcUnit} does not convert to ${dosage.text} without the product's strength`,
  };
}

/**
 * Strength of one package item (capsule, vial…) from the crosswalk: BILLUNITS ÷ package size × the code's dosage.
 * Only meaningful when the package size counts items, i.e. when the NDC quantity is in UN.
 */
export function strengthPerItem(entry: CrosswalkEntry, dosage: Dosage | undefined = parseDosage(entry.hcpcsDosage)):
  { billingUnits: number; amount: number; unit: string } | undefined {
  if (!dosage || !entry.billUnits || !entry.packageSize) return undefined;
  const billingUnits = entry.billUnits / entry.packageSize;
  return { billingUnits, amount: billingUnits * dosage.amount, unit: dosage.unit };
}

/** Units as written on a claim: whole numbers plain, fractions to 3 places. */
export function unitsText(units: number): string {
  return formatNumber(units);
}
