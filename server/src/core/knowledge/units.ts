/**
 * Billing units for a drug line (pure). From the NDC quantity (837 CTP04 + CTP05-1: ME milligram, GR gram,
 * ML, UN unit/each, F2 international unit) to units of a HCPCS code's dosage, using the strength per tablet /
 * capsule / vial / mL from the NDC's CMS crosswalk row and, as a second source, the strength written on the
 * line ("PROGRAF 5 MG CAP"). Billing units are whole numbers, rounded up when the dose is not a multiple of
 * the code's dosage. When the row contradicts itself or the line, nothing is computed and the reason is given.
 */
import { mgPer, parseDosage } from './dosage';
import type { CrosswalkEntry, Dosage, DoseForm, DrugForm } from './types';

/** Up to 4 decimals, no trailing zeros. */
export function fmt(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

// ---------------------------------------------------------------------------------------------------------
// Strength written in text
// ---------------------------------------------------------------------------------------------------------

export type StrengthUnit = 'mg' | 'mcg' | 'g' | 'units' | 'iu';

/** A strength written in free text: "5 MG", "0.5mg", "250 mg/5 mL", "5 mg/mL". */
export interface TextStrength {
  readonly amount: number;
  readonly unit: StrengthUnit;
  /** Per this volume when the text says so ("/mL", "/5 mL"). */
  readonly perVolume?: { readonly amount: number; readonly unit: 'ml' };
  /** The matched text and its offset. */
  readonly text: string;
  readonly index: number;
}

const UNIT_WORDS: Readonly<Record<string, StrengthUnit>> = {
  mg: 'mg', mgs: 'mg', milligram: 'mg', milligrams: 'mg',
  mcg: 'mcg', ug: 'mcg', µg: 'mcg', microgram: 'mcg', micrograms: 'mcg',
  g: 'g', gm: 'g', gram: 'g', grams: 'g',
  unit: 'units', units: 'units', iu: 'iu',
};

const STRENGTH = new RegExp(
  String.raw`(?<![A-Za-z0-9.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)\s*(mg|mgs|milligrams?|mcg|ug|µg|micrograms?|gm|grams?|g|units?|iu)(?![A-WYZa-wyz])` +
    String.raw`(?:\s*(?:/|per)\s*(\d+(?:\.\d+)?)?\s*(ml|cc)(?![A-Za-z]))?`,
  'gi',
);

/** Every strength written in `text`, in order ("1MGX30" reads 1 mg). Words like "30 capsules" or "x 60" are not strengths. */
export function strengthsInText(text: string): TextStrength[] {
  if (typeof text !== 'string' || text === '') return [];
  const out: TextStrength[] = [];
  STRENGTH.lastIndex = 0;
  for (let m = STRENGTH.exec(text); m; m = STRENGTH.exec(text)) {
    const amount = Number(m[1].replace(/,/g, ''));
    const unit = UNIT_WORDS[m[2].toLowerCase()];
    if (!unit || !Number.isFinite(amount) || amount <= 0) continue;
    const perVolume = m[4] ? { amount: m[3] ? Number(m[3]) : 1, unit: 'ml' as const } : undefined;
    if (perVolume && !(perVolume.amount > 0)) continue;
    out.push({ amount, unit, ...(perVolume ? { perVolume } : {}), text: m[0], index: m.index });
  }
  return out;
}

/** The one strength written in `text`; undefined when there is none or several different ones. */
export function strengthInText(text: string): TextStrength | undefined {
  const all = strengthsInText(text);
  if (all.length === 0) return undefined;
  const key = (s: TextStrength) => `${massOf(s.amount, s.unit) ?? `${s.amount}${s.unit}`}/${s.perVolume ? s.perVolume.amount : 'each'}`;
  return new Set(all.map(key)).size === 1 ? all[0] : undefined;
}

function massOf(amount: number, unit: string): number | undefined {
  const per = mgPer(unit);
  return per === undefined ? undefined : amount * per;
}

/** The text's strength per tablet/capsule (basis 'each') or per mL (basis 'ml'), in mg; undefined when not a mass or not that basis. */
function textMgPer(s: TextStrength, basis: 'each' | 'ml'): number | undefined {
  const mg = massOf(s.amount, s.unit);
  if (mg === undefined) return undefined;
  if (basis === 'each') return s.perVolume ? undefined : mg;
  return s.perVolume ? mg / s.perVolume.amount : undefined;
}

function strengthLabel(s: TextStrength): string {
  return `${fmt(s.amount)} ${s.unit}${s.perVolume ? `/${s.perVolume.amount === 1 ? '' : `${fmt(s.perVolume.amount)} `}mL` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------
// Strength from a crosswalk row
// ---------------------------------------------------------------------------------------------------------

/** How a product is counted: tablets/capsules/packets, a liquid by the mL, vials/ampuls, or not known. */
export type ProductKind = 'countable' | 'liquid' | 'injection' | 'unknown-oral';

const COUNT_WORDS = /(?<![A-Za-z])(tabs?|tablets?|caps?|capsules?|odt|packets?|granules?|dr|er|xr|xl|ec)(?![A-Za-z])/i;
const LIQUID_WORDS = /(?<![A-Za-z])(susp|suspension|solution|soln|sol|intensol|liquid|syrup|elixir|concentrate|oral susp)(?![A-Za-z])|\/\s*(\d+(\.\d+)?\s*)?ml\b/i;

/**
 * The kind of product a crosswalk row (or a line) is, from the form of its code and the words in the drug name
 * or description. Words beat an 'any oral' code form; a code form of injection or granules beats words.
 */
export function productKind(form: DoseForm | DrugForm | undefined, ...texts: (string | undefined)[]): ProductKind {
  if (form === 'injection') return 'injection';
  if (form === 'granules' || form === 'tablet-or-capsule' || form === 'oral-ir' || form === 'oral-er' || form === 'oral-dr') return 'countable';
  if (form === 'oral-suspension') return 'liquid';
  const words = texts.filter((t): t is string => typeof t === 'string').join(' ');
  if (LIQUID_WORDS.test(words)) return 'liquid';
  if (COUNT_WORDS.test(words)) return 'countable';
  return 'unknown-oral';
}

export type RowStrength =
  /** `unitsPer` billing units of the row's code per tablet/capsule/packet/vial ('each') or per mL. */
  | { readonly status: 'ok'; readonly basis: 'each' | 'ml'; readonly unitsPer: number; readonly how: string }
  | { readonly status: 'inconsistent'; readonly reason: string; readonly readings: readonly { readonly unitsPer: number; readonly how: string }[] }
  | { readonly status: 'cannot-compute'; readonly reason: string };

const close = (a: number, b: number): boolean => Math.abs(a - b) < 1; // BILLUNITSPKG is sometimes rounded (7.5 → 8, 0.5 → 1)
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 + 1e-6 * Math.max(Math.abs(a), Math.abs(b));

/**
 * Billing units per tablet/capsule/packet/vial or per mL from one crosswalk row. The CMS columns are PKG SIZE
 * (items per package item, or mL), PKG QTY (package items per package), BILLUNITS (billing units per package
 * item) and BILLUNITSPKG (per package). Every reading that fits the row is tried; when they disagree, or none
 * fits, the row is reported as inconsistent and nothing is returned.
 */
export function strengthFromCrosswalk(entry: CrosswalkEntry, basis: 'each' | 'ml', kind: ProductKind): RowStrength {
  const { billUnits: bu, packageSize: size, billUnitsPerPackage: bupkg } = entry;
  const qty = entry.packageQuantity ?? 1;
  const id = `crosswalk ${entry.ndcDisplay}`;
  const cols = `BILLUNITS ${fmt(bu ?? 0)}, PKG SIZE ${fmt(size ?? 0)}, PKG QTY ${fmt(qty)}, BILLUNITSPKG ${bupkg === undefined ? '–' : fmt(bupkg)}`;
  if (bu === undefined || bu <= 0) return { status: 'cannot-compute', reason: `the ${id} row has no billing units` };
  if (size === undefined || size <= 0) return { status: 'cannot-compute', reason: `the ${id} row has no package size` };
  const itemFits = bupkg === undefined || close(bu * qty, bupkg);

  if (kind === 'injection') {
    if (!itemFits) return { status: 'inconsistent', reason: `the ${id} row does not add up (${cols}): ${fmt(bu)} units per vial × ${fmt(qty)} is not ${fmt(bupkg!)}`, readings: [] };
    if (basis === 'each') return { status: 'ok', basis, unitsPer: bu, how: `${id}: ${fmt(bu)} ${entry.hcpcs} unit${bu === 1 ? '' : 's'} per vial/ampul` };
    return { status: 'ok', basis, unitsPer: bu / size, how: `${id}: ${fmt(bu)} ${entry.hcpcs} unit${bu === 1 ? '' : 's'} per ${fmt(size)} mL` };
  }
  if (basis === 'ml') {
    if (kind === 'countable') return { status: 'cannot-compute', reason: `${entry.drugName} (${entry.ndcDisplay}) is counted in tablets, capsules or packets; a quantity in ML does not fit it` };
    if (kind === 'unknown-oral') return { status: 'cannot-compute', reason: `the ${id} row does not say whether ${entry.drugName} is a liquid, so a quantity in ML cannot be converted` };
    if (size <= 1) return { status: 'cannot-compute', reason: `the ${id} row gives a package size of ${fmt(size)}, a count of bottles rather than mL, so the strength per mL is not known` };
    if (!itemFits) return { status: 'inconsistent', reason: `the ${id} row does not add up (${cols})`, readings: [] };
    return { status: 'ok', basis, unitsPer: bu / size, how: `${id}: ${fmt(bu)} ${entry.hcpcs} units per ${fmt(size)} mL` };
  }
  if (kind === 'liquid') return { status: 'cannot-compute', reason: `${entry.drugName} (${entry.ndcDisplay}) is a liquid; a count in UN says nothing about the amount — report the quantity in ML` };

  // Counted products: each reading of the columns that fits the row.
  const readings: { unitsPer: number; how: string }[] = [];
  const addReading = (unitsPer: number, how: string) => {
    if (!readings.some((r) => same(r.unitsPer, unitsPer))) readings.push({ unitsPer, how });
  };
  if (itemFits) addReading(bu / size, `${id}: ${fmt(bu)} ${entry.hcpcs} units per ${fmt(size)}${qty > 1 ? `, ${fmt(qty)} of those per package` : ''}`);
  if (bupkg !== undefined && close(bu * size * qty, bupkg)) addReading(bu, `${id}: ${fmt(bu)} ${entry.hcpcs} units each (${fmt(size * qty)} per package)`);
  if (bupkg !== undefined && same(bu, bupkg) && qty > 1) addReading(bupkg / (size * qty), `${id}: ${fmt(bupkg)} ${entry.hcpcs} units per package of ${fmt(size * qty)}`);
  // PKG QTY > 1 with PKG SIZE > 1 also reads as one package of PKG SIZE items holding BILLUNITSPKG units.
  if (bupkg !== undefined && qty > 1 && size > 1) addReading(bupkg / size, `${id}: ${fmt(bupkg)} ${entry.hcpcs} units per package of ${fmt(size)}`);
  if (readings.length === 1) return { status: 'ok', basis, unitsPer: readings[0].unitsPer, how: readings[0].how };
  if (readings.length === 0) {
    // Neither the per-item nor the per-package total fits; say what each column alone would mean.
    const a = bu / size;
    const b = bupkg === undefined ? undefined : bupkg / (size * qty);
    const both = b === undefined ? `${fmt(a)}` : `${fmt(a)} (from BILLUNITS) or ${fmt(b)} (from BILLUNITSPKG)`;
    return {
      status: 'inconsistent',
      reason: `the ${id} row contradicts itself (${cols}): ${both} ${entry.hcpcs} units each`,
      readings: [{ unitsPer: a, how: `${id}: BILLUNITS ÷ PKG SIZE` }, ...(b === undefined ? [] : [{ unitsPer: b, how: `${id}: BILLUNITSPKG ÷ (PKG SIZE × PKG QTY)` }])],
    };
  }
  return {
    status: 'inconsistent',
    reason: `the ${id} row can be read more than one way (${cols}): ${readings.map((r) => fmt(r.unitsPer)).join(' or ')} ${entry.hcpcs} units each`,
    readings,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Units to bill
// ---------------------------------------------------------------------------------------------------------

export interface UnitsQuery {
  /** NDC quantity (CTP04). */
  readonly quantity: number;
  /** NDC unit of measure (CTP05-1): ME, GR, ML, UN or F2. */
  readonly unit: string;
  /** The HCPCS code the units are for, and its dosage per billing unit. */
  readonly code: string;
  readonly dosage: Dosage | undefined;
  /** The NDC's crosswalk row; its own code may differ from `code` (J7515 row → J7502 units, J7524 row → J7517 units). */
  readonly entry?: CrosswalkEntry;
  /** Form of the row's code (from the code data). */
  readonly entryForm?: DoseForm | DrugForm;
  /** The line's description / drug name: its strength ("5 MG") and form words are a second source. */
  readonly statedText?: string;
}

export type UnitsAnswer =
  | {
      readonly status: 'ok';
      /** Exact units of `code` for the quantity (may be a fraction). */
      readonly exact: number;
      /** Whole billing units to bill: `exact` rounded up to the next whole unit. */
      readonly toBill: number;
      readonly rounded: boolean;
      readonly explanation: string;
      /** What the strength came from. */
      readonly basis: 'weight' | 'volume' | 'crosswalk' | 'stated-strength' | 'crosswalk-and-stated';
      /** What the answer takes for granted (e.g. each UN is one tablet), for rules to soften findings. */
      readonly assumptions: readonly string[];
    }
  | { readonly status: 'inconsistent'; readonly reason: string }
  | { readonly status: 'cannot-compute'; readonly reason: string };

const fail = (reason: string): UnitsAnswer => ({ status: 'cannot-compute', reason });
const inconsistent = (reason: string): UnitsAnswer => ({ status: 'inconsistent', reason });

/** Whole units to bill for an exact amount: rounded up (2.5 mg of a 5 mg code bills 1 unit). */
export function wholeUnits(exact: number): number {
  const snapped = Math.round(exact * 1e6) / 1e6;
  return Math.max(1, Math.ceil(snapped - 1e-9));
}

function finish(
  exact: number,
  head: string,
  basis: Extract<UnitsAnswer, { status: 'ok' }>['basis'],
  assumptions: string[] = [],
  how?: string,
): UnitsAnswer {
  const snapped = Math.round(exact * 1e6) / 1e6;
  const toBill = wholeUnits(snapped);
  const rounded = !Number.isInteger(snapped);
  const tail = rounded ? `${fmt(snapped)} units → bill ${toBill} unit${toBill === 1 ? "" : "s"}, rounded up to a whole unit` : `${fmt(snapped)} units`;
  return { status: 'ok', exact: snapped, toBill, rounded, explanation: `${head} = ${tail}${how ? ` (${how})` : ''}`, basis, assumptions };
}

function countNoun(kind: ProductKind, form: DoseForm | DrugForm | undefined, n: number): string {
  const one = n === 1;
  if (kind === 'injection') return one ? 'vial/ampul' : 'vials/ampuls';
  if (form === 'granules') return one ? 'packet' : 'packets';
  return one ? 'tablet/capsule' : 'tablets/capsules';
}

/**
 * Units of `query.code` for the NDC quantity. ME/GR convert by weight; ML by the code's volume or the strength
 * per mL; UN (tablets, capsules, packets, vials) by the strength of one. The strength comes from the crosswalk
 * row and/or the strength stated on the line; when they disagree, or the row contradicts itself and the line
 * does not settle it, the answer is 'inconsistent' and no number is given.
 */
export function unitsToBill(query: UnitsQuery): UnitsAnswer {
  const { quantity, code, dosage, entry } = query;
  const unit = (query.unit ?? '').trim().toUpperCase();
  if (typeof quantity !== 'number' || !Number.isFinite(quantity) || quantity <= 0) return fail(`the NDC quantity must be a number above 0 (got ${String(quantity)})`);
  if (!['ME', 'GR', 'ML', 'UN', 'F2'].includes(unit)) return fail(`"${query.unit}" is not an NDC unit of measure (ME, GR, ML, UN, F2)`);
  if (!dosage) return fail(`${code} has no single dosage per billing unit in the CMS files, so units cannot be derived`);
  const per = `${fmt(dosage.amount)} ${dosage.unit} per ${code} unit`;
  const targetMg = massOf(dosage.amount, dosage.unit);

  if (unit === 'ME' || unit === 'GR') {
    if (targetMg === undefined) return fail(`${code} is billed per ${dosage.text}, not by weight; a quantity in ${unit === 'ME' ? 'mg' : 'g'} cannot be converted without the product's concentration`);
    const mg = unit === 'GR' ? quantity * 1000 : quantity;
    const head = unit === 'GR' ? `${fmt(quantity)} GR = ${fmt(mg)} mg` : `${fmt(quantity)} ME = ${fmt(mg)} mg`;
    return finish(mg / targetMg, `${head} ÷ ${per}`, 'weight');
  }
  if (unit === 'F2') {
    if (dosage.unit !== 'iu') return fail(`${code} is billed per ${dosage.text}, not in international units`);
    return finish(quantity / dosage.amount, `${fmt(quantity)} F2 (international units) ÷ ${per}`, 'weight');
  }
  if (unit === 'ML' && dosage.unit === 'ml') return finish(quantity / dosage.amount, `${fmt(quantity)} mL ÷ ${per}`, 'volume');

  // A count (UN) or a volume of a product billed by weight: the strength of one item or one mL is needed.
  const basis: 'each' | 'ml' = unit === 'ML' ? 'ml' : 'each';
  const stated = query.statedText ? strengthInText(query.statedText) : undefined;
  const several = query.statedText ? strengthsInText(query.statedText).length > 1 && !stated : false;
  const kind = productKind(query.entryForm, entry?.drugName, query.statedText);
  const rowDosage = entry ? parseDosage(entry.hcpcsDosage) : undefined;
  const rowMgPerUnit = rowDosage ? massOf(rowDosage.amount, rowDosage.unit) : undefined;

  let perBasisMg: number | undefined;
  let perBasisUnits: number | undefined; // units of the row's own code, when no weight is needed
  let how: string;
  let answerBasis: Extract<UnitsAnswer, { status: 'ok' }>['basis'];
  const assumptions: string[] = [];
  const statedMg = stated ? textMgPer(stated, basis) : undefined;

  const row = entry ? strengthFromCrosswalk(entry, basis, kind) : undefined;
  if (row?.status === 'ok') {
    const rowMg = rowMgPerUnit === undefined ? undefined : row.unitsPer * rowMgPerUnit;
    if (statedMg !== undefined && rowMg !== undefined && !same(statedMg, rowMg) && Math.abs(statedMg - rowMg) > 1e-6) {
      return inconsistent(`the line says ${strengthLabel(stated!)} but ${row.how} means ${fmt(rowMg)} mg ${basis === 'each' ? 'each' : 'per mL'}; check the NDC and the description before billing`);
    }
    perBasisMg = rowMg;
    perBasisUnits = row.unitsPer;
    how = statedMg !== undefined ? `${row.how}; the line's ${strengthLabel(stated!)} agrees` : row.how;
    answerBasis = statedMg !== undefined ? 'crosswalk-and-stated' : 'crosswalk';
  } else if (row?.status === 'inconsistent') {
    if (statedMg === undefined || rowMgPerUnit === undefined) {
      return inconsistent(`${row.reason}; claimlint computes nothing from it without the strength written on the line${several ? ' (the description names more than one strength)' : ''}`);
    }
    const match = row.readings.find((r) => same(r.unitsPer * rowMgPerUnit, statedMg));
    if (!match) {
      return inconsistent(`${row.reason}, and the line's ${strengthLabel(stated!)} matches none of those readings; check the NDC and the description`);
    }
    perBasisMg = statedMg;
    perBasisUnits = match.unitsPer;
    how = `strength as the line states; the crosswalk ${entry!.ndcDisplay} row alone is ambiguous (${row.readings.map((r) => fmt(r.unitsPer)).join(' or ')} ${entry!.hcpcs} units each)`;
    answerBasis = 'crosswalk-and-stated';
  } else if (statedMg !== undefined && (kind !== 'liquid' || basis === 'ml')) {
    perBasisMg = statedMg;
    how = `strength as the line states${row ? `; ${row.reason}` : ''}`;
    answerBasis = 'stated-strength';
  } else if (row) {
    return fail(row.reason);
  } else if (several) {
    return fail('the description names more than one strength, so the strength of one item is not known');
  } else {
    return fail(`a quantity in ${unit} needs the product's strength: the NDC is not in the crosswalk and the line states no strength per ${basis === 'each' ? 'tablet/capsule/vial' : 'mL'}`);
  }
  if (basis === 'each' && kind === 'unknown-oral') assumptions.push('each UN is one tablet or capsule (the product form is not stated)');

  const noun = basis === 'each' ? countNoun(kind, query.entryForm, quantity) : 'mL';
  if (perBasisMg !== undefined && targetMg !== undefined) {
    const total = quantity * perBasisMg;
    const each = basis === 'each' ? `${fmt(perBasisMg)} mg` : `${fmt(perBasisMg)} mg/mL`;
    return finish(total / targetMg, `${fmt(quantity)} ${noun} × ${each} = ${fmt(total)} mg ÷ ${per}`, answerBasis, assumptions, how);
  }
  if (perBasisUnits !== undefined && entry && entry.hcpcs === code) {
    return finish(quantity * perBasisUnits, `${fmt(quantity)} ${noun} × ${fmt(perBasisUnits)} ${code} units`, answerBasis, assumptions, how);
  }
  return fail(`${entry?.hcpcs ?? 'the product'} (${entry?.hcpcsDosage || 'no dosage'}) and ${code} (${dosage.text}) are not both billed by weight, so units cannot be carried over`);
}

// ---------------------------------------------------------------------------------------------------------
// Compatibility: the result shape rules/support/units.ts reads
// ---------------------------------------------------------------------------------------------------------

/** The request of the compatibility API: the same fields as a UnitsQuery. */
export type UnitsRequest = UnitsQuery;

export type UnitsResult =
  /** `units` is exact (may be a fraction); `toBill` is the whole number of units to bill. */
  | { readonly units: number; readonly whole: boolean; readonly toBill: number; readonly explanation: string }
  | { readonly units: undefined; readonly reason: string; readonly inconsistent?: boolean };

export function billingUnits(req: UnitsRequest): UnitsResult {
  const a = unitsToBill(req);
  if (a.status === 'ok') return { units: a.exact, whole: !a.rounded, toBill: a.toBill, explanation: a.explanation };
  return { units: undefined, reason: a.reason, ...(a.status === 'inconsistent' ? { inconsistent: true } : {}) };
}
