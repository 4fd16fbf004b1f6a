/**
 * The knowledge base: hand-checked code table + modifiers + the CMS ASP snapshot (October 2026).
 * `defaultKnowledge()` is built once, lazily, from the committed snapshot; `createKnowledge({ crosswalk })`
 * swaps in a crosswalk loaded from a user's newer CMS CSV (the code table and payment limits stay).
 */
import { canonicalCode } from '../codeText';
import crosswalkJson from './data/crosswalk-2026-10.json';
import paymentJson from './data/payment-limits-2026-10.json';
import type { CrosswalkData } from './crosswalk';
import { parseDosage } from './dosage';
import { findDrugNames } from './drugNames';
import { HAND_CHECKED_CODES } from './hcpcsCodes';
import { MODIFIERS, modifierInfo } from './modifiers';
import { decodeCrosswalk, decodePayments, type CrosswalkSnapshot, type PaymentSnapshot, type PaymentTable } from './snapshot';
import type { Crosswalk, CrosswalkEntry, HcpcsCode, Knowledge } from './types';
import { billingUnits, type UnitsResult } from './units';

export type { CrosswalkData } from './crosswalk';
export { loadCrosswalkCsv } from './crosswalk';
export { normalizeNdc, formatNdc542, ndc11Of } from './ndc';
export { billingUnits } from './units';
export type { UnitsRequest, UnitsResult } from './units';

let snapshotCrosswalk: CrosswalkData | undefined;
let payments: PaymentTable | undefined;

/** The shipped crosswalk snapshot (decoded once). */
export function snapshotCrosswalkData(): CrosswalkData {
  return (snapshotCrosswalk ??= decodeCrosswalk(crosswalkJson as unknown as CrosswalkSnapshot));
}

/** The shipped payment-limit snapshot (decoded once). */
export function paymentTable(): PaymentTable {
  return (payments ??= decodePayments(paymentJson as unknown as PaymentSnapshot));
}

const TABLE = new Map(HAND_CHECKED_CODES.map((c) => [c.code, c]));
const drugCodeCache = new Map<string, HcpcsCode | null>();

/**
 * Any other drug code of the CMS ASP files: category 'drug', descriptor and dosage from the payment-limit
 * file (one row per code) or else the crosswalk snapshot. `effective` is unknown for these.
 */
function aspDrugCode(code: string): HcpcsCode | undefined {
  const cached = drugCodeCache.get(code);
  if (cached !== undefined) return cached ?? undefined;
  let found: HcpcsCode | undefined;
  const pay = paymentTable();
  const row = pay.row(code);
  const entry = row ? undefined : snapshotCrosswalkData().entriesFor(code)[0];
  const descriptor = row?.shortDescription ?? entry?.shortDescription;
  const dosageText = row?.dosage ?? entry?.hcpcsDosage ?? '';
  if (descriptor !== undefined) {
    const dosage = parseDosage(dosageText);
    found = Object.freeze({
      code,
      descriptor,
      category: 'drug',
      ...(dosage ? { dosage } : dosageText ? { dosageText } : {}),
      source: row ? pay.source : snapshotCrosswalkData().source,
    } satisfies HcpcsCode);
  }
  drugCodeCache.set(code, found ?? null);
  return found;
}

export function createKnowledge(options: { crosswalk?: Crosswalk } = {}): Knowledge {
  const crosswalk = options.crosswalk ?? snapshotCrosswalkData();
  return {
    hcpcs(code) {
      if (typeof code !== 'string') return undefined;
      const key = canonicalCode(code);
      return key === undefined ? undefined : TABLE.get(key) ?? aspDrugCode(key);
    },
    modifier: (code) => (typeof code === 'string' ? modifierInfo(code) : undefined),
    crosswalk,
    paymentLimit: (code) => (typeof code === 'string' ? paymentTable().limit(code) : undefined),
    findDrugNames: (text) => findDrugNames(text),
    allCodes: () => HAND_CHECKED_CODES,
    allModifiers: () => MODIFIERS,
  };
}

let shared: Knowledge | undefined;
/** The built-in knowledge with the shipped crosswalk snapshot; built once. */
export function defaultKnowledge(): Knowledge {
  return (shared ??= createKnowledge());
}

/**
 * Billing units for `code` from an NDC quantity and unit, using the knowledge base for the code's dosage and
 * the crosswalk row's form. See units.ts.
 */
export function unitsFor(
  knowledge: Knowledge,
  request: { quantity: number; unit: string; code: string; entry?: CrosswalkEntry },
): UnitsResult {
  const target = knowledge.hcpcs(request.code);
  const entryForm = request.entry ? knowledge.hcpcs(request.entry.hcpcs)?.form : undefined;
  const dosage = target?.dosage ?? (request.entry && request.entry.hcpcs === request.code ? parseDosage(request.entry.hcpcsDosage) : undefined);
  return billingUnits({ ...request, dosage, ...(entryForm ? { entryForm } : {}) });
}
