import type { Dosage } from './types';

const UNIT_NAMES: Record<string, string> = {
  mg: 'mg',
  mcg: 'mcg',
  g: 'g',
  gm: 'g',
  ml: 'ml',
  cc: 'ml',
  unit: 'units',
  units: 'units',
  iu: 'iu',
  'i.u.': 'iu',
};

/**
 * Parses a CMS "HCPCS dosage" text: "1 MG", "0.25 MG", "UP TO 100 MG", "100,000 UNITS", "1 CC".
 * Returns undefined when the text is not one amount per unit ("2.5 MG/0.5 MG", "Per Dose", "1 million\uFFFDPFU").
 * Whitespace is collapsed (the published file has "1  MG" and "1 MG " for J7512).
 */
export function parseDosage(text: string | undefined): Dosage | undefined {
  if (!text) return undefined;
  const clean = text.replace(/\s+/g, ' ').trim();
  const m = /^(?:up to )?(\d{1,3}(?:,\d{3})+|\d*\.?\d+) ?([a-z][a-z.]*(?: [a-z][a-z.]*)*)$/i.exec(clean);
  if (!m) return undefined;
  const amount = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(amount) || amount <= 0) return undefined;
  const word = m[2].toLowerCase();
  return { amount, unit: UNIT_NAMES[word] ?? word, text: clean };
}

/** Milligrams per one of `unit` for mass units; undefined for anything else. */
export function mgPer(unit: string): number | undefined {
  switch (unit) {
    case 'mg':
      return 1;
    case 'mcg':
      return 0.001;
    case 'g':
      return 1000;
    default:
      return undefined;
  }
}
