/**
 * Billing units for a drug line: the NDC quantity (837 CTP04 + CTP05-1 unit: ME milligram, GR gram, ML,
 * UN unit/each, F2 international unit) converted to units of the target HCPCS code's dosage, using the
 * crosswalk row of the NDC for the strength per tablet / vial / mL when the unit is not a weight.
 * Pure. Says why when it cannot compute the number honestly, instead of guessing.
 */
import { mgPer, parseDosage } from './dosage';
import type { CrosswalkEntry, Dosage, DrugForm } from './types';

export interface UnitsRequest {
  /** NDC quantity (CTP04). */
  readonly quantity: number;
  /** NDC unit of measure (CTP05-1): ME, GR, ML, UN or F2. */
  readonly unit: string;
  /** The HCPCS code the units are for. */
  readonly code: string;
  /** That code's dosage per billing unit. */
  readonly dosage: Dosage | undefined;
  /** The NDC's crosswalk row (strength per package item); needed for UN and, usually, ML. */
  readonly entry?: CrosswalkEntry;
  /** Form of the crosswalk row's code (tablet bottle vs vial vs granule packets); from the code table. */
  readonly entryForm?: DrugForm;
}

export type UnitsResult =
  | { readonly units: number; readonly whole: boolean; readonly explanation: string }
  | { readonly units: undefined; readonly reason: string };

const fail = (reason: string): UnitsResult => ({ units: undefined, reason });

/** Up to 4 decimals, no trailing zeros. */
export function fmt(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

const ORAL_SOLID: ReadonlySet<DrugForm> = new Set<DrugForm>(['oral', 'oral-ir', 'oral-er', 'oral-dr']);

export function billingUnits(req: UnitsRequest): UnitsResult {
  const { quantity, code, dosage, entry, entryForm } = req;
  const unit = (req.unit ?? '').trim().toUpperCase();
  if (typeof quantity !== 'number' || !Number.isFinite(quantity) || quantity <= 0) return fail(`the NDC quantity must be a number above 0 (got ${String(quantity)})`);
  if (!['ME', 'GR', 'ML', 'UN', 'F2'].includes(unit)) return fail(`"${req.unit}" is not an NDC unit of measure (ME, GR, ML, UN, F2)`);
  if (!dosage) return fail(`${code} has no single dosage per billing unit in the CMS files, so units cannot be derived`);
  const per = `${fmt(dosage.amount)} ${dosage.unit} per ${code} unit`;
  const targetMg = mgPer(dosage.unit);

  const done = (units: number, explanation: string): UnitsResult => {
    const rounded = Math.round(units * 1e6) / 1e6;
    return { units: rounded, whole: Number.isInteger(rounded), explanation };
  };

  // Weight on the claim: convert directly.
  if (unit === 'ME' || unit === 'GR') {
    if (targetMg === undefined) return fail(`${code} is billed per ${dosage.text}, not by weight; a quantity in ${unit === 'ME' ? 'mg' : 'g'} cannot be converted without the product's concentration`);
    const mg = unit === 'GR' ? quantity * 1000 : quantity;
    const head = unit === 'GR' ? `CTP ${fmt(quantity)} GR = ${fmt(mg)} mg` : `CTP ${fmt(quantity)} ME`;
    const inTarget = mg / targetMg;
    const head2 = dosage.unit === 'mg' ? head : `${head} = ${fmt(inTarget)} ${dosage.unit}`;
    return done(inTarget / dosage.amount, `${head2} ÷ ${per} = ${fmt(inTarget / dosage.amount)} units`);
  }
  if (unit === 'F2') {
    if (dosage.unit !== 'iu') return fail(`${code} is billed per ${dosage.text}, not in international units`);
    return done(quantity / dosage.amount, `CTP ${fmt(quantity)} F2 ÷ ${per} = ${fmt(quantity / dosage.amount)} units`);
  }
  if (unit === 'ML' && dosage.unit === 'ml') {
    return done(quantity / dosage.amount, `CTP ${fmt(quantity)} ML ÷ ${per} = ${fmt(quantity / dosage.amount)} units`);
  }

  // ML of a product billed by weight, or UN (tablets, vials, packets): need the strength from the crosswalk row.
  if (!entry) return fail(`a quantity in ${unit} needs the product's strength; the NDC is not in the crosswalk`);
  const { billUnits, packageSize, packageQuantity, billUnitsPerPackage } = entry;
  if (billUnits === undefined || billUnits <= 0) return fail(`the crosswalk row for ${entry.ndcDisplay} has no billing units`);
  if (packageSize === undefined || packageSize <= 0) return fail(`the crosswalk row for ${entry.ndcDisplay} has no package size`);
  const qty = packageQuantity ?? 1;
  const close = (a: number, b: number): boolean => Math.abs(a - b) < 1; // BILLUNITSPKG is sometimes rounded (7.5 → 8)
  const perItem = billUnitsPerPackage === undefined || close(billUnits * qty, billUnitsPerPackage);
  const perEach = !perItem && billUnitsPerPackage !== undefined && close(billUnits * packageSize * qty, billUnitsPerPackage);
  if (!perItem && !perEach) {
    return fail(`the crosswalk row for ${entry.ndcDisplay} is not self-consistent (BILLUNITS ${fmt(billUnits)}, PKG SIZE ${fmt(packageSize)}, PKG QTY ${fmt(qty)}, BILLUNITSPKG ${fmt(billUnitsPerPackage ?? 0)})`);
  }
  const cite = `crosswalk ${entry.ndcDisplay}`;
  const rowDosage = parseDosage(entry.hcpcsDosage);
  const units1 = (n: number): string => `${fmt(n)} ${entry.hcpcs} unit${n === 1 ? '' : 's'}`;
  /** "0.5 mg" for n units of the row's code, or "0.5 J7507 units" when its dosage is not a plain amount. */
  const amountOf = (n: number): string => (rowDosage ? `${fmt(n * rowDosage.amount)} ${rowDosage.unit}` : units1(n));

  // Units of the crosswalk row's own code for the claim quantity.
  let rowUnits: number;
  let how: string;
  if (unit === 'UN') {
    if (perEach) {
      rowUnits = quantity * billUnits;
      how = `${fmt(quantity)} UN × ${amountOf(billUnits)} each (${cite}: ${units1(billUnits)} per item, ${fmt(packageSize)} items per package)`;
    } else if (entryForm === 'injection') {
      rowUnits = quantity * billUnits;
      how = `${fmt(quantity)} vial${quantity === 1 ? '' : 's'}/ampul${quantity === 1 ? '' : 's'} × ${amountOf(billUnits)} each (${cite}: ${units1(billUnits)} per vial)`;
    } else if (entryForm && ORAL_SOLID.has(entryForm)) {
      const each = billUnits / packageSize;
      rowUnits = quantity * each;
      how = `${fmt(quantity)} tablets/capsules × ${amountOf(each)} each (${cite}: ${units1(billUnits)} per package of ${fmt(packageSize)})`;
    } else if (entryForm === 'oral-suspension' || entryForm === 'granules') {
      return fail(`UN on a ${entryForm === 'granules' ? 'granule' : 'liquid'} product is ambiguous; the crosswalk row does not say how much one "unit" holds`);
    } else {
      return fail(`the form of ${entry.hcpcs} (tablet, vial…) is not known, so a count in UN cannot be converted`);
    }
  } else if (unit === 'ML') {
    if (entryForm === 'granules' || (entryForm && ORAL_SOLID.has(entryForm) && entryForm !== 'oral')) {
      return fail(`${entry.hcpcs} is a solid form; a quantity in ML does not fit it`);
    }
    if (entryForm === undefined) return fail(`the form of ${entry.hcpcs} is not known, so a quantity in ML cannot be converted`);
    if (perEach) return fail(`the crosswalk row for ${entry.ndcDisplay} counts items, not mL`);
    if (entryForm !== 'injection' && packageSize <= 1) {
      return fail(`the crosswalk row for ${entry.ndcDisplay} gives a package size of ${fmt(packageSize)}, which looks like a count of bottles, not mL`);
    }
    const perMl = billUnits / packageSize;
    rowUnits = quantity * perMl;
    how = `CTP ${fmt(quantity)} ML × ${amountOf(perMl)} per mL (${cite}: ${units1(billUnits)} per ${fmt(packageSize)} mL, taking PKG SIZE as mL)`;
  } else {
    return fail(`cannot convert ${unit}`);
  }

  if (entry.hcpcs === code) {
    if (!rowDosage) return done(rowUnits, `${how} = ${fmt(rowUnits)} units`);
    return done(rowUnits, `${how} = ${amountOf(rowUnits)} ÷ ${per} = ${fmt(rowUnits)} units`);
  }

  // The row is for a sibling code (e.g. cyclosporine J7515 per 25 mg → J7502 per 100 mg): go through the weight.
  const rowMg = rowDosage ? mgPer(rowDosage.unit) : undefined;
  if (!rowDosage || rowMg === undefined || targetMg === undefined) {
    return fail(`${entry.hcpcs} (${entry.hcpcsDosage || 'no dosage'}) and ${code} (${dosage.text}) are not both billed by weight, so units cannot be carried over`);
  }
  const mg = rowUnits * rowDosage.amount * rowMg;
  const units = mg / (dosage.amount * targetMg);
  const total = rowDosage.unit === 'mg' ? amountOf(rowUnits) : `${amountOf(rowUnits)} = ${fmt(mg)} mg`;
  return done(units, `${how} = ${total} ÷ ${per} = ${fmt(units)} units`);
}
