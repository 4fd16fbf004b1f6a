/**
 * The CMS ASP NDC–HCPCS crosswalk: building it from CSV text (a user's newer quarterly file) and the
 * in-memory lookup both the snapshot and a loaded file use.
 */
import { parseCsv } from './csv';
import { formatNdc542, normalizeNdc } from './ndc';
import type { Crosswalk, CrosswalkEntry } from './types';

/** A crosswalk with a few extras beyond the `Crosswalk` contract. */
export interface CrosswalkData extends Crosswalk {
  /** Every row for one HCPCS code (upper case). */
  entriesFor(hcpcs: string): readonly CrosswalkEntry[];
  /** All rows, in file order. */
  entries(): readonly CrosswalkEntry[];
  /** HCPCS codes present. */
  codes(): readonly string[];
}

export function buildCrosswalk(entries: readonly CrosswalkEntry[], quarter: string, source: string): CrosswalkData {
  const byNdc = new Map<string, CrosswalkEntry[]>();
  const byCode = new Map<string, CrosswalkEntry[]>();
  for (const e of entries) {
    const list = byNdc.get(e.ndc11);
    if (list) list.push(e);
    else byNdc.set(e.ndc11, [e]);
    const codeList = byCode.get(e.hcpcs);
    if (codeList) codeList.push(e);
    else byCode.set(e.hcpcs, [e]);
  }
  const none: readonly CrosswalkEntry[] = Object.freeze([]);
  const all = Object.freeze([...entries]);
  const codes = Object.freeze([...byCode.keys()]);
  return {
    quarter,
    source,
    size: entries.length,
    lookup: (ndc11) => byNdc.get(ndc11) ?? none,
    entriesFor: (hcpcs) => byCode.get(hcpcs.trim().toUpperCase()) ?? none,
    entries: () => all,
    codes: () => codes,
  };
}

type Column = 'hcpcs' | 'shortDescription' | 'labeler' | 'ndc' | 'drugName' | 'dosage' | 'pkgSize' | 'pkgQty' | 'billUnits' | 'billUnitsPkg';

/** Header cell → column, by name, case- and punctuation-insensitively. The October 2026 file calls the code column "_2026_CODE". */
function columnFor(header: string): Column | undefined {
  const key = header.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key === 'hcpcs' || key === 'hcpcscode' || key === 'code' || /^\d{4}code$/.test(key) || key === 'hcpcscpt') return 'hcpcs';
  if (key === 'shortdescription' || key === 'hcpcsshortdescription' || key === 'description') return 'shortDescription';
  if (key.startsWith('labeler')) return 'labeler';
  if (key === 'ndc' || key === 'ndc11' || key === 'ndc2' || key === 'ndccode') return 'ndc';
  if (key === 'drugname') return 'drugName';
  if (key === 'hcpcsdosage' || key === 'hcpcscodedosage' || key === 'dosage') return 'dosage';
  if (key === 'pkgsize' || key === 'packagesize') return 'pkgSize';
  if (key === 'pkgqty' || key === 'packagequantity' || key === 'pkgquantity') return 'pkgQty';
  if (key === 'billunits' || key === 'billingunits') return 'billUnits';
  if (key === 'billunitspkg' || key === 'billunitsperpackage' || key === 'billingunitsperpackage') return 'billUnitsPkg';
  return undefined;
}

const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** A number from a CSV cell; undefined for empty or non-numeric text ("N/A"). */
export function parseNumber(cell: string | undefined): number | undefined {
  const text = (cell ?? '').trim();
  if (text === '' || text === '.' || text === '-' || !NUMBER.test(text)) return undefined;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

const MONTHS = ['january', 'april', 'july', 'october'];

/** "October 2026" from a file name like "October 2026 ASP NDC-HCPCS Crosswalk.csv" or "oct-2026"; else undefined. */
export function quarterFromName(name: string): string | undefined {
  const lower = name.toLowerCase();
  const m = /(jan|apr|jul|oct)[a-z]*[\s_-]*((?:19|20)\d{2})/.exec(lower);
  if (m) {
    const month = MONTHS.find((x) => x.startsWith(m[1]))!;
    return `${month[0].toUpperCase()}${month.slice(1)} ${m[2]}`;
  }
  const q = /q([1-4])[\s_-]*((?:19|20)\d{2})|((?:19|20)\d{2})[\s_-]*q([1-4])/.exec(lower);
  if (q) {
    const n = Number(q[1] ?? q[4]);
    const year = q[2] ?? q[3];
    const month = MONTHS[n - 1];
    return `${month[0].toUpperCase()}${month.slice(1)} ${year}`;
  }
  return undefined;
}

export interface CrosswalkLoadResult {
  crosswalk?: CrosswalkData;
  error?: string;
  warnings: string[];
}

/**
 * Builds a crosswalk from the text of a CMS ASP NDC–HCPCS crosswalk CSV. Never throws: a file without
 * an HCPCS and an NDC column, or with no usable row, gives `error`; skipped rows give `warnings`.
 */
export function loadCrosswalkCsv(text: string, sourceName: string, options: { quarter?: string } = {}): CrosswalkLoadResult {
  const warnings: string[] = [];
  try {
    if (typeof text !== 'string' || text.trim() === '') return { error: 'the file is empty', warnings };
    const parsed = parseCsv(text);
    if (parsed.errors.some((e) => e.message.includes('NUL bytes'))) {
      return { error: 'the file contains NUL bytes: it is a binary file, not a CSV crosswalk', warnings };
    }
    // The header is the first row that names both an HCPCS and an NDC column (CMS files sometimes carry a title line).
    let headerIndex = -1;
    let columns = new Map<Column, number>();
    for (let r = 0; r < Math.min(parsed.rows.length, 10); r++) {
      const found = new Map<Column, number>();
      parsed.rows[r].forEach((cell, index) => {
        const column = columnFor(cell);
        if (column && !found.has(column)) found.set(column, index);
      });
      if (found.has('hcpcs') && found.has('ndc')) {
        headerIndex = r;
        columns = found;
        break;
      }
    }
    if (headerIndex < 0) {
      const first = parsed.rows[0]?.slice(0, 12).join(', ') ?? '';
      return {
        error: `no HCPCS code column and NDC column found in the header (expected e.g. "_2026_CODE" or "HCPCS Code", and "NDC"); the first row is: ${first.slice(0, 200)}`,
        warnings,
      };
    }
    for (const wanted of ['shortDescription', 'drugName', 'dosage', 'billUnits'] as const) {
      if (!columns.has(wanted)) warnings.push(`the crosswalk has no ${wanted} column; that detail will be missing`);
    }
    if (parsed.replacementChars > 0) {
      warnings.push(`${parsed.replacementChars} character(s) were already damaged (U+FFFD) in the file; kept as they are`);
    }
    for (const e of parsed.errors.slice(0, 5)) warnings.push(`CSV line ${e.line}: ${e.message}`);

    const cell = (row: string[], column: Column): string => {
      const index = columns.get(column);
      return index === undefined ? '' : (row[index] ?? '').replace(/\s+/g, ' ').trim();
    };
    const entries: CrosswalkEntry[] = [];
    const skipped: string[] = [];
    let badCode = 0;
    let badNdc = 0;
    let padded = 0;
    const header = parsed.rows[headerIndex];
    for (let r = headerIndex + 1; r < parsed.rows.length; r++) {
      const row = parsed.rows[r];
      if (row.length === header.length && row.every((c, i) => c === header[i])) continue; // repeated header
      const hcpcs = cell(row, 'hcpcs').toUpperCase();
      if (!/^[A-Z]\d{4}$/.test(hcpcs)) {
        if (row.join('').trim() === '') continue;
        badCode++;
        if (skipped.length < 5) skipped.push(`line ${parsed.lines[r]}: HCPCS code ${JSON.stringify(hcpcs.slice(0, 20))} is not a code`);
        continue;
      }
      const ndcText = cell(row, 'ndc');
      const ndc = normalizeNdc(ndcText);
      if (ndc.kind === 'invalid' || ndc.kind === 'ambiguous10') {
        badNdc++;
        const why = ndc.kind === 'invalid' ? `it ${ndc.reason}` : 'a 10-digit NDC without hyphens cannot be padded safely';
        if (skipped.length < 5) skipped.push(`line ${parsed.lines[r]}: NDC ${JSON.stringify(ndcText.slice(0, 20))} skipped (${why})`);
        continue;
      }
      if (ndc.kind === 'hyphenated10') padded++;
      entries.push({
        hcpcs,
        shortDescription: cell(row, 'shortDescription'),
        labeler: cell(row, 'labeler'),
        ndc11: ndc.ndc11,
        ndcDisplay: ndc.kind === 'hyphenated11' ? ndcText : formatNdc542(ndc.ndc11),
        drugName: cell(row, 'drugName'),
        hcpcsDosage: cell(row, 'dosage'),
        packageSize: parseNumber(cell(row, 'pkgSize')),
        packageQuantity: parseNumber(cell(row, 'pkgQty')),
        billUnits: parseNumber(cell(row, 'billUnits')),
        billUnitsPerPackage: parseNumber(cell(row, 'billUnitsPkg')),
      });
    }
    if (badCode > 0) warnings.push(`${badCode} row(s) skipped: no valid HCPCS code`);
    if (badNdc > 0) warnings.push(`${badNdc} row(s) skipped: NDC not usable`);
    if (padded > 0) warnings.push(`${padded} 10-digit hyphenated NDC(s) padded to 11 digits`);
    warnings.push(...skipped);
    if (entries.length === 0) return { error: 'the file has the crosswalk columns but no usable row', warnings };
    // Named by its quarter: from a title or header row ("October 2026 ASP NDC-HCPCS Crosswalk"), else from the file
    // name, else by the file name itself.
    const heading = parsed.rows.slice(0, headerIndex + 1).map((row) => row.join(' ')).join(' ');
    const quarter = options.quarter ?? quarterFromName(heading) ?? quarterFromName(baseName(sourceName)) ?? baseName(sourceName);
    return { crosswalk: buildCrosswalk(entries, quarter, sourceName), warnings };
  } catch (error) {
    // Defensive: the reader is written not to throw, but a user's file must never take the server down.
    return { error: `could not read the crosswalk: ${(error as Error).message}`, warnings };
  }
}

/** The last part of a path, for naming a file in messages. */
function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '') || path;
}
