/**
 * The knowledge base: the sourced HCPCS drug-code data (data/hcpcs-drug-codes.json + data/sources.json),
 * modifiers, and the CMS ASP snapshot (October 2026).
 * `defaultKnowledge()` is built once, lazily, from the committed snapshot; `createKnowledge({ crosswalk })`
 * swaps in a crosswalk loaded from a user's newer CMS CSV (the code table and payment limits stay).
 */
import { canonicalCode } from '../codeText';
import crosswalkJson from './data/crosswalk-2026-10.json';
import paymentJson from './data/payment-limits-2026-10.json';
import type { CrosswalkData } from './crosswalk';
import { parseDosage } from './dosage';
import { DRUG_CODE_ENTRIES, drugCodeEntry, sourceInfo } from './codes';
import { codeInForceOn, validityOn } from './dates';
import { findDrugNames } from './drugNames';
import { memoByKey } from './memo';
import { HAND_CHECKED_CODES } from './hcpcsCodes';
import { MODIFIERS, modifierInfo } from './modifiers';
import { nocCodeFor } from './noc';
import { decodeCrosswalk, decodePayments, type CrosswalkSnapshot, type PaymentSnapshot, type PaymentTable } from './snapshot';
import type { Crosswalk, CrosswalkEntry, HcpcsCode, Knowledge } from './types';
import { billingUnits, unitsToBill, type UnitsAnswer, type UnitsResult } from './units';

export type { CrosswalkData } from './crosswalk';
export { loadCrosswalkCsv } from './crosswalk';
export { normalizeNdc, formatNdc542, ndc11Of } from './ndc';
export { billingUnits, strengthFromCrosswalk, strengthInText, strengthsInText, unitsToBill, wholeUnits, productKind } from './units';
export type { ProductKind, RowStrength, TextStrength, UnitsAnswer, UnitsQuery, UnitsRequest, UnitsResult } from './units';
export { codeInForceOn, validityOn, isIsoDate } from './dates';
export { nocCodeFor } from './noc';
export { DRUG_CODE_ENTRIES, SOURCES, drugCodeEntry, sourceInfo, caveatsOf, factsOf } from './codes';

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

// Pure lookups of the shipped data, shared by every Knowledge: the same description or code and date recur on
// thousands of lines of a batch.
const drugNamesIn = memoByKey((text: string) => findDrugNames(text), (text) => text);
const validityOfOn = memoByKey((code: string, isoDate: string) => validityOn(code, isoDate), (code, isoDate) => `${code}\u0000${isoDate}`);
const inForceOn = memoByKey((code: string, isoDate: string) => codeInForceOn(code, isoDate), (code, isoDate) => `${code}\u0000${isoDate}`);

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
    findDrugNames: (text) => (typeof text === 'string' ? drugNamesIn(text) : []),
    allCodes: () => HAND_CHECKED_CODES,
    allModifiers: () => MODIFIERS,
    entry: (code) => (typeof code === 'string' ? drugCodeEntry(canonicalCode(code) ?? '') : undefined),
    allEntries: () => DRUG_CODE_ENTRIES,
    source: (id) => sourceInfo(id),
    validityOn: (code, isoDate) => validityOfOn(canonicalCode(code) ?? String(code), String(isoDate)),
    codeInForceOn: (code, isoDate) => inForceOn(canonicalCode(code) ?? String(code), String(isoDate)),
    nocCodeFor: (query) => nocCodeFor(query),
    containerOf: (code) => {
      const e = typeof code === 'string' ? drugCodeEntry(canonicalCode(code) ?? '') : undefined;
      return e ? { route: e.route, container: e.container } : undefined;
    },
  };
}

let shared: Knowledge | undefined;
/** The built-in knowledge with the shipped crosswalk snapshot; built once. */
export function defaultKnowledge(): Knowledge {
  return (shared ??= createKnowledge());
}

export interface UnitsForRequest {
  readonly quantity: number;
  readonly unit: string;
  /** The code the units are for. */
  readonly code: string;
  /** The NDC's crosswalk row (its own code may differ from `code`). */
  readonly entry?: CrosswalkEntry;
  /** The line's description or drug name: a stated strength ("5 MG CAP") is a second source. */
  readonly statedText?: string;
}

function unitsQuery(knowledge: Knowledge, request: UnitsForRequest) {
  const target = knowledge.hcpcs(request.code);
  const entryCode = request.entry?.hcpcs.trim().toUpperCase();
  const entryInfo = entryCode ? knowledge.entry(entryCode) : undefined;
  const entryForm = entryInfo?.form?.value === 'any-oral' ? undefined : (entryInfo?.form?.value ?? (entryCode ? knowledge.hcpcs(entryCode)?.form : undefined));
  const dosage = target?.dosage ?? (request.entry && entryCode === request.code ? parseDosage(request.entry.hcpcsDosage) : undefined);
  return { ...request, dosage, ...(entryForm ? { entryForm } : {}) };
}

/**
 * Billing units for `code` from an NDC quantity and unit, using the knowledge base for the code's dosage and
 * the crosswalk row's form. Compatibility shape (`units` exact, `toBill` whole); see units.ts.
 */
export function unitsFor(knowledge: Knowledge, request: UnitsForRequest): UnitsResult {
  return billingUnits(unitsQuery(knowledge, request));
}

/** Billing units for `code`: exact and whole units, or why nothing can be computed (inconsistent row, no strength…). */
export function unitsAnswer(knowledge: Knowledge, request: UnitsForRequest): UnitsAnswer {
  return unitsToBill(unitsQuery(knowledge, request));
}

/**
 * Billing units on a service date: the code in force on that date for the requested code's drug and form
 * (J7524 on 2025-06-01 → J7517, 250 mg units), then its units. Undefined when no code is known to be in force.
 */
export function unitsOn(
  knowledge: Knowledge,
  request: UnitsForRequest & { readonly date: string },
): { readonly inForce: NonNullable<ReturnType<Knowledge['codeInForceOn']>>; readonly units: UnitsAnswer } | undefined {
  const inForce = knowledge.codeInForceOn(request.code, request.date);
  if (!inForce) return undefined;
  return { inForce, units: unitsAnswer(knowledge, { ...request, code: inForce.code }) };
}
