/** Units of a line's drug, through the knowledge base: the NDC quantity, the code's dosage, and the strength of one item. */
import { parseDosage } from '../../knowledge/dosage';
import { BoundedMemo } from '../../knowledge/memo';
import { productKind, strengthFromCrosswalk, unitsAnswer } from '../../knowledge';
import type { UnitsAnswer } from '../../knowledge';
import type { CrosswalkEntry, Knowledge } from '../../knowledge/types';
import type { DocumentFormat, ServiceLine } from '../../model';
import type { LineContext } from '../rule';
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

/** The line's NDC quantity as a positive number with an X12 unit, or undefined when either is missing or unusable. */
export function ndcQuantityOf(line: ServiceLine, format: DocumentFormat): { quantity: number; unit: NdcUnitCode } | undefined {
  const quantity = parseDecimal(line.drug?.quantity?.value ?? '');
  const unit = line.drug?.unit ? ndcUnitCode(line.drug.unit.value, format) : undefined;
  return quantity !== undefined && quantity > 0 && unit ? { quantity, unit } : undefined;
}

/**
 * Billing units of `code` for the line's NDC quantity: whole units (rounded up) with the arithmetic, or why claimlint
 * computes nothing (no quantity, no strength, a crosswalk row that contradicts itself or the line's own strength).
 * The line's description is the second source of the strength.
 */
export function unitsOfLine(ctx: LineContext, code: string, entry?: CrosswalkEntry): UnitsAnswer {
  const q = ndcQuantityOf(ctx.line, ctx.doc.format);
  if (!q) return NO_QUANTITY;
  const row = entry ? `${entry.ndc11} ${entry.hcpcsDosage} ${entry.billUnits} ${entry.billUnitsPerPackage} ${entry.packageSize} ${entry.drugName}` : '';
  const stated = ctx.line.procedure?.description?.value;
  // The same drug, quantity and description recur on many lines of a batch: the answer is computed once per knowledge.
  const key = `${q.quantity} ${q.unit} ${code} ${row} ${stated ?? ''}`;
  let memo = unitsMemo.get(ctx.knowledge);
  if (!memo) unitsMemo.set(ctx.knowledge, (memo = new BoundedMemo()));
  return memo.get(key, () => unitsAnswer(ctx.knowledge, { quantity: q.quantity, unit: q.unit, code, entry, statedText: stated }));
}

const NO_QUANTITY: UnitsAnswer = Object.freeze({ status: 'cannot-compute', reason: 'the NDC quantity or its unit is missing or not usable' });
const unitsMemo = new WeakMap<Knowledge, BoundedMemo<UnitsAnswer>>();

/** "5 mg": the strength of one tablet/capsule/vial of a crosswalk row, when the row says it without contradiction. */
export function itemStrength(entry: CrosswalkEntry, knowledge: Knowledge): string | undefined {
  const code = entry.hcpcs.trim().toUpperCase();
  const form = knowledge.entry(code)?.form?.value;
  const kind = productKind(form === 'any-oral' ? undefined : form, entry.drugName);
  if (kind === 'liquid') return undefined;
  const row = strengthFromCrosswalk(entry, 'each', kind);
  const dosage = parseDosage(entry.hcpcsDosage);
  if (row.status !== 'ok' || !dosage) return undefined;
  return `${formatNumber(row.unitsPer * dosage.amount)} ${dosage.unit}`;
}
