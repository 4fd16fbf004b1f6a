import type { DateValue, Span } from '../../model';

/** YYYY-MM-DD when `raw` starts with a real CCYYMMDD date, else undefined. */
export function isoFromCcyymmdd(raw: string): string | undefined {
  if (raw.length < 8) return undefined;
  for (let i = 0; i < 8; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const digit = (i: number): number => raw.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(4) * 10 + digit(5);
  const day = digit(6) * 10 + digit(7);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day > days) return undefined;
  return `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
}

/**
 * A DTP03 value by its format qualifier (DTP02). For a range (RD8) the value and span are the start date only,
 * since rules use the first day of service; DT (date-time) keeps its whole text but dates from the first 8 digits.
 */
export function dateFromDtp(text: string, qualifier: string, span: Span): DateValue | undefined {
  if (span.end <= span.start) return undefined;
  const raw = text.slice(span.start, span.end);
  if (qualifier === 'RD8') {
    const dash = raw.indexOf('-');
    const startText = dash >= 0 ? raw.slice(0, dash) : raw;
    if (startText === '') return undefined;
    return { value: startText, span: { start: span.start, end: span.start + startText.length }, iso: startText.length === 8 ? isoFromCcyymmdd(startText) : undefined };
  }
  const iso = qualifier === 'D8' ? (raw.length === 8 ? isoFromCcyymmdd(raw) : undefined) : isoFromCcyymmdd(raw);
  return { value: raw, span, iso };
}
