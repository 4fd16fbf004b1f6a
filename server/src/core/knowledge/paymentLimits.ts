/** Reading the CMS ASP payment-limit CSV (used by the snapshot generator; never throws). */
import { parseCsv } from './csv';
import { parseNumber } from './crosswalk';
import type { PaymentLimitRow } from './snapshot';

export interface PaymentLoadResult {
  rows?: PaymentLimitRow[];
  error?: string;
  warnings: string[];
}

export function loadPaymentLimitsCsv(text: string): PaymentLoadResult {
  const warnings: string[] = [];
  if (typeof text !== 'string' || text.trim() === '') return { error: 'the file is empty', warnings };
  const parsed = parseCsv(text);
  const header = parsed.rows[0] ?? [];
  const key = (h: string): string => h.toLowerCase().replace(/[^a-z0-9]/g, '');
  const find = (...names: string[]): number => header.findIndex((h) => names.includes(key(h)));
  const code = find('hcpcscode', 'hcpcs', 'code');
  const desc = find('shortdescription', 'description');
  const dosage = find('hcpcscodedosage', 'hcpcsdosage', 'dosage');
  const limit = find('paymentlimit');
  const coins = find('coinsurancepercentage', 'coinsurance');
  const notes = find('notes');
  if (code < 0 || limit < 0) return { error: 'no "HCPCS Code" and "Payment Limit" columns in the header', warnings };
  for (const e of parsed.errors.slice(0, 5)) warnings.push(`CSV line ${e.line}: ${e.message}`);
  const cell = (row: string[], i: number): string => (i < 0 ? '' : (row[i] ?? '').replace(/\s+/g, ' ').trim());
  const rows: PaymentLimitRow[] = [];
  for (const row of parsed.rows.slice(1)) {
    const hcpcs = cell(row, code).toUpperCase();
    if (!/^[A-Z]\d{4}$/.test(hcpcs)) {
      if (row.join('').trim() !== '') warnings.push(`row skipped: HCPCS code ${JSON.stringify(hcpcs.slice(0, 20))}`);
      continue;
    }
    rows.push({
      hcpcs,
      shortDescription: cell(row, desc),
      dosage: cell(row, dosage),
      limit: parseNumber(cell(row, limit)),
      coinsurancePercent: parseNumber(cell(row, coins)),
      notes: cell(row, notes),
    });
  }
  if (rows.length === 0) return { error: 'no usable payment-limit row', warnings };
  return { rows, warnings };
}
