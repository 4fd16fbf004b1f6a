/**
 * The compact, committed snapshot format of the CMS ASP files (written by scripts/gen-knowledge.mjs,
 * read at run time). Columnar: repeated strings (code descriptors, labelers, drug names) are stored once.
 */
import { buildCrosswalk, type CrosswalkData } from './crosswalk';
import type { CrosswalkEntry, PaymentLimit } from './types';

export const CROSSWALK_FORMAT = 'claimlint-crosswalk/1';
export const PAYMENT_FORMAT = 'claimlint-payment-limits/1';

type Num = number | null;

export interface CrosswalkSnapshot {
  readonly format: string;
  readonly quarter: string;
  readonly source: string;
  readonly generated: string;
  readonly notes?: readonly string[];
  /** Distinct [HCPCS, short description, HCPCS dosage] triples. */
  readonly codes: readonly (readonly [string, string, string])[];
  readonly labelers: readonly string[];
  readonly drugNames: readonly string[];
  /** [ndc11, code index, labeler index, drug name index, PKG SIZE, PKG QTY, BILLUNITS, BILLUNITSPKG]. */
  readonly rows: readonly (readonly [string, number, number, number, Num, Num, Num, Num])[];
}

export interface PaymentLimitRow {
  readonly hcpcs: string;
  readonly shortDescription: string;
  readonly dosage: string;
  /** undefined when CMS prints "N/A". */
  readonly limit: number | undefined;
  readonly coinsurancePercent: number | undefined;
  readonly notes: string;
}

export interface PaymentSnapshot {
  readonly format: string;
  readonly quarter: string;
  readonly source: string;
  readonly generated: string;
  /** [HCPCS, short description, dosage, payment limit, co-insurance %, notes]. */
  readonly rows: readonly (readonly [string, string, string, Num, Num, string])[];
}

export function encodeCrosswalk(
  entries: readonly CrosswalkEntry[],
  meta: { quarter: string; source: string; generated: string; notes?: string[] },
): CrosswalkSnapshot {
  const codes: [string, string, string][] = [];
  const codeIndex = new Map<string, number>();
  const labelers: string[] = [];
  const labelerIndex = new Map<string, number>();
  const drugNames: string[] = [];
  const drugIndex = new Map<string, number>();
  const intern = (list: string[], index: Map<string, number>, value: string): number => {
    let i = index.get(value);
    if (i === undefined) {
      i = list.length;
      list.push(value);
      index.set(value, i);
    }
    return i;
  };
  const rows = entries.map((e) => {
    const key = `${e.hcpcs}\u0000${e.shortDescription}\u0000${e.hcpcsDosage}`;
    let c = codeIndex.get(key);
    if (c === undefined) {
      c = codes.length;
      codes.push([e.hcpcs, e.shortDescription, e.hcpcsDosage]);
      codeIndex.set(key, c);
    }
    const num = (n: number | undefined): Num => (n === undefined ? null : n);
    return [
      e.ndc11,
      c,
      intern(labelers, labelerIndex, e.labeler),
      intern(drugNames, drugIndex, e.drugName),
      num(e.packageSize),
      num(e.packageQuantity),
      num(e.billUnits),
      num(e.billUnitsPerPackage),
    ] as const;
  });
  return { format: CROSSWALK_FORMAT, ...meta, codes, labelers, drugNames, rows };
}

export function decodeCrosswalk(snapshot: CrosswalkSnapshot): CrosswalkData {
  if (snapshot.format !== CROSSWALK_FORMAT) throw new Error(`unknown crosswalk snapshot format ${snapshot.format}`);
  const num = (n: Num): number | undefined => (n === null ? undefined : n);
  const entries: CrosswalkEntry[] = snapshot.rows.map(([ndc11, c, l, d, size, qty, bu, bupkg]) => {
    const [hcpcs, shortDescription, hcpcsDosage] = snapshot.codes[c];
    return {
      hcpcs,
      shortDescription,
      labeler: snapshot.labelers[l],
      ndc11,
      ndcDisplay: `${ndc11.slice(0, 5)}-${ndc11.slice(5, 9)}-${ndc11.slice(9)}`,
      drugName: snapshot.drugNames[d],
      hcpcsDosage,
      packageSize: num(size),
      packageQuantity: num(qty),
      billUnits: num(bu),
      billUnitsPerPackage: num(bupkg),
    };
  });
  return buildCrosswalk(entries, snapshot.quarter, snapshot.source);
}

export function encodePayments(rows: readonly PaymentLimitRow[], meta: { quarter: string; source: string; generated: string }): PaymentSnapshot {
  return {
    format: PAYMENT_FORMAT,
    ...meta,
    rows: rows.map((r) => [r.hcpcs, r.shortDescription, r.dosage, r.limit ?? null, r.coinsurancePercent ?? null, r.notes] as const),
  };
}

export interface PaymentTable {
  readonly quarter: string;
  readonly source: string;
  row(code: string): PaymentLimitRow | undefined;
  limit(code: string): PaymentLimit | undefined;
  rows(): readonly PaymentLimitRow[];
}

export function decodePayments(snapshot: PaymentSnapshot): PaymentTable {
  if (snapshot.format !== PAYMENT_FORMAT) throw new Error(`unknown payment-limit snapshot format ${snapshot.format}`);
  const byCode = new Map<string, PaymentLimitRow>();
  const all: PaymentLimitRow[] = [];
  for (const [hcpcs, shortDescription, dosage, limit, coins, notes] of snapshot.rows) {
    const row: PaymentLimitRow = {
      hcpcs,
      shortDescription,
      dosage,
      limit: limit === null ? undefined : limit,
      coinsurancePercent: coins === null ? undefined : coins,
      notes,
    };
    all.push(row);
    if (!byCode.has(hcpcs)) byCode.set(hcpcs, row);
  }
  return {
    quarter: snapshot.quarter,
    source: snapshot.source,
    row: (code) => byCode.get(code.trim().toUpperCase()),
    limit: (code) => {
      const row = byCode.get(code.trim().toUpperCase());
      if (!row || row.limit === undefined) return undefined;
      return { hcpcs: row.hcpcs, limit: row.limit, dosage: row.dosage, quarter: snapshot.quarter, source: snapshot.source };
    },
    rows: () => all,
  };
}
