import type { ParseProblem } from '../../model';

/** The separators one interchange uses. All are single characters. */
export interface X12Delimiters {
  readonly element: string;
  readonly component: string;
  /** ISA11 in 5010; undefined in 4010, where ISA11 is the standards identifier ("U"). */
  readonly repetition: string | undefined;
  /** The segment terminator. CR or LF when the file ends segments with line breaks. */
  readonly segment: string;
}

export const DEFAULT_DELIMITERS: X12Delimiters = { element: '*', component: ':', repetition: undefined, segment: '~' };

/** A fixed-width ISA is 106 characters including its terminator; ISA16 sits at offset 104. */
export const ISA_LENGTH = 106;
/** An ISA longer than this cannot be a padded-but-valid header; stop looking for its separators. */
const ISA_SCAN_LIMIT = 220;

export function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** True when `ISA` at `pos` starts an interchange header: at a segment boundary and followed by a separator. */
export function isIsaAt(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== 73 || text.charCodeAt(pos + 1) !== 83 || text.charCodeAt(pos + 2) !== 65) return false;
  const sep = text.charCodeAt(pos + 3);
  if (Number.isNaN(sep) || isAlnum(sep) || sep <= 32) return false;
  if (pos === 0) return true;
  const before = text.charCodeAt(pos - 1);
  return !isAlnum(before);
}

/** Next offset >= from where an interchange header starts, or -1. */
export function findIsa(text: string, from: number): number {
  let at = text.indexOf('ISA', from);
  while (at >= 0) {
    if (isIsaAt(text, at)) return at;
    at = text.indexOf('ISA', at + 1);
  }
  return -1;
}

export interface IsaReading {
  readonly delimiters: X12Delimiters;
  readonly problems: ParseProblem[];
}

/**
 * Reads the delimiters from the ISA at `pos`. The element separator is the character after "ISA"; ISA16 is the
 * component separator and the character after it terminates the segment. Headers that are not fixed-width still
 * work when all 16 elements are there; a header with missing elements gets its terminator guessed.
 */
export function readIsaDelimiters(text: string, pos: number): IsaReading {
  const problems: ParseProblem[] = [];
  const element = text[pos + 3];
  const es = element.charCodeAt(0);
  const limit = Math.min(text.length, pos + ISA_SCAN_LIMIT);
  let count = 0;
  let p = pos + 4;
  let stoppedAt = -1;
  let guessedTerminator: string | undefined;
  for (; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === es) {
      count++;
      if (count === 15) break;
      continue;
    }
    if (isLineBreak(c)) {
      // "…*T~\nGS*": the punctuation before the line break is the terminator; otherwise the line break is.
      const before = text.charCodeAt(p - 1);
      const punctuationBefore = !isAlnum(before) && before > 32 && before !== es;
      stoppedAt = punctuationBefore ? p - 1 : p;
      guessedTerminator = punctuationBefore ? text[p - 1] : text[p];
      break;
    }
    // "…*T~GS*": a terminator followed by the functional group header ends a short ISA.
    if (!isAlnum(c) && c !== 32 && text.charCodeAt(p + 1) === 71 && text.charCodeAt(p + 2) === 83 && text.charCodeAt(p + 3) === es) {
      stoppedAt = p;
      guessedTerminator = text[p];
      break;
    }
  }

  // ISA01 follows the separator at pos+3, so 15 more separators lead to ISA16.
  if (count === 15 && stoppedAt < 0) {
    const componentAt = p + 1;
    const terminatorAt = p + 2;
    const length = terminatorAt + 1 - pos;
    const isaSpan = { start: pos, end: Math.min(text.length, terminatorAt + 1) };
    const component = text[componentAt];
    const segment = text[terminatorAt];
    if (component === undefined || segment === undefined) {
      problems.push({ code: 'x12-envelope', severity: 'error', span: isaSpan, message: 'Complete the ISA header: the file ends before its component separator (ISA16) or its segment terminator.' });
      return { delimiters: { ...DEFAULT_DELIMITERS, element }, problems };
    }
    const cc = component.charCodeAt(0);
    const tc = segment.charCodeAt(0);
    let delimiters: X12Delimiters = { element, component, repetition: repetitionFrom(text, pos, es), segment };
    if (isAlnum(cc) || cc === 32 || cc === es) {
      problems.push({ code: 'x12-envelope', severity: 'error', span: isaSpan, message: `Set ISA16 to the component separator (one punctuation character, such as ":"): it is "${component}", so claimlint reads ":".` });
      delimiters = { ...delimiters, component: ':' };
    }
    if (isAlnum(tc) || tc === 32 || tc === es || segment === delimiters.component) {
      const fallback = text.indexOf('~', terminatorAt) >= 0 ? '~' : '\n';
      problems.push({ code: 'x12-envelope', severity: 'error', span: isaSpan, message: `Put the segment terminator after ISA16: "${segment}" is not one, so claimlint reads ${fallback === '~' ? '"~"' : 'line breaks'} as the terminator.` });
      delimiters = { ...delimiters, segment: fallback };
    } else if (length !== ISA_LENGTH) {
      problems.push({
        code: 'x12-envelope',
        severity: 'warning',
        span: isaSpan,
        message: `Pad the ISA header to its fixed ${ISA_LENGTH} characters: it has ${length}, and payers reject the file before reading a claim.`,
      });
    }
    return { delimiters, problems };
  }

  const end = stoppedAt >= 0 ? stoppedAt : limit;
  const terminator = guessedTerminator ?? (text.indexOf('~', pos) >= 0 ? '~' : '\n');
  problems.push({
    code: 'x12-envelope',
    severity: 'error',
    span: { start: pos, end },
    message:
      stoppedAt >= 0
        ? `Complete the ISA header: it has ${count + 1} of its 16 elements, so the payer rejects the file (claimlint reads on with ":" as ISA16).`
        : 'Repair the ISA header: its 16 elements and terminator were not found, so the payer rejects the file (claimlint reads on with guessed delimiters).',
  });
  return { delimiters: { element, component: ':', repetition: undefined, segment: terminator }, problems };
}

/** ISA11 is the repetition separator from 5010 on; in 4010 it is a letter ("U"), meaning none. */
function repetitionFrom(text: string, pos: number, es: number): string | undefined {
  let count = 0;
  for (let p = pos + 4; p < pos + ISA_SCAN_LIMIT && p < text.length; p++) {
    if (text.charCodeAt(p) !== es) continue;
    count++;
    if (count === 10) {
      const c = text.charCodeAt(p + 1);
      return text.charCodeAt(p + 2) === es && !isAlnum(c) && c !== 32 ? text[p + 1] : undefined;
    }
  }
  return undefined;
}

/**
 * Delimiters for text with no ISA: the element separator from the first segment id, "~" when it occurs,
 * otherwise line breaks. Good enough to read a GS/ST body that lost its header.
 */
export function guessDelimiters(text: string, pos: number): X12Delimiters {
  let p = pos;
  while (p < text.length && p < pos + 3 && isAlnum(text.charCodeAt(p))) p++;
  const sepCode = text.charCodeAt(p);
  const element = p > pos && !Number.isNaN(sepCode) && !isAlnum(sepCode) && sepCode > 32 ? text[p] : '*';
  const segment = text.indexOf('~', pos) >= 0 ? '~' : '\n';
  return { element, component: element === ':' ? '>' : ':', repetition: undefined, segment };
}
