import type { ParseProblem } from '../../model';
import { DEFAULT_DELIMITERS, findIsa, guessDelimiters, isIsaAt, readIsaDelimiters, type X12Delimiters } from './delimiters';
import { IntList } from './intList';

/** Where an interchange's segments start in the token table, and which delimiters split them. */
export interface InterchangeStart {
  readonly firstSegment: number;
  readonly delimiters: X12Delimiters;
  /** False for text read without an ISA (delimiters guessed). */
  readonly hasHeader: boolean;
}

/**
 * Flat offsets for every segment and element. Element ends are implied: an element ends one character before
 * the next element starts, and the last one ends where its segment does. Components are split on demand.
 */
export interface Tokens {
  readonly segStart: Int32Array;
  /** End of the segment's content, before its terminator. */
  readonly segEnd: Int32Array;
  readonly segElemBase: Int32Array;
  /** Segment id packed as up to three char codes; -1 when the id is not 2–3 letters/digits. */
  readonly segIdCode: Int32Array;
  readonly elemStart: Int32Array;
  readonly interchanges: readonly InterchangeStart[];
  readonly problems: ParseProblem[];
  /** True when the text ends inside a segment (no terminator after the last one): the file looks cut off. */
  readonly truncated: boolean;
}

const MAX_JUNK_PROBLEMS = 20;
/** Segments reported one by one for a missing terminator; the rest are counted in one closing problem. */
const MAX_TERMINATOR_PROBLEMS = 10;

export function segmentCode(id: string): number {
  let code = 0;
  for (let i = 0; i < 3; i++) code = (code << 8) | (i < id.length ? id.charCodeAt(i) : 0);
  return code;
}

const IEA = segmentCode('IEA');

export function tokenize(text: string): Tokens {
  const n = text.length;
  const problems: ParseProblem[] = [];
  // 837 segments average 20–30 characters and 5–7 elements; sizing for that avoids grow-and-copy on big files.
  const segStart = new IntList(n / 16);
  const segEnd = new IntList(n / 16);
  const segElemBase = new IntList(n / 16);
  const segIdCode = new IntList(n / 16);
  const elemStart = new IntList(n / 3);
  const interchanges: InterchangeStart[] = [];
  let junkProblems = 0;

  let pos = 0;
  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < n && text.charCodeAt(pos) <= 32) pos++;

  let delimiters: X12Delimiters = DEFAULT_DELIMITERS;
  if (pos >= n) {
    problems.push({ code: 'parse-error', severity: 'error', span: { start: 0, end: n }, message: 'The file is empty: an 837 claim file starts with an ISA segment.' });
  } else if (!isIsaAt(text, pos)) {
    const isa = findIsa(text, pos);
    if (isa >= 0) {
      problems.push({
        code: 'x12-syntax',
        severity: 'warning',
        span: { start: pos, end: trimEnd(text, pos, isa) },
        message: 'Remove the text before the ISA header: it is not X12, and most payers reject a file that does not start with ISA.',
      });
      pos = isa;
    } else {
      const utf16 = text.indexOf('I\u0000S\u0000A') >= 0;
      delimiters = guessDelimiters(text, pos);
      problems.push({
        code: utf16 ? 'parse-error' : 'x12-envelope',
        severity: 'error',
        span: { start: pos, end: Math.min(n, pos + 3) },
        message: utf16
          ? 'This text looks like UTF-16: re-save the file as UTF-8 (or ASCII) and check it again.'
          : `Add the ISA interchange header: the file starts with "${text.slice(pos, pos + 3).replace(/[^\x20-\x7e]/g, '?')}", so its delimiters are unknown (claimlint guesses "${delimiters.element}" and ${delimiters.segment === '~' ? '"~"' : 'line breaks'}).`,
      });
      interchanges.push({ firstSegment: 0, delimiters, hasHeader: false });
      // Splitting UTF-16 text on ASCII delimiters only produces noise; the one error above says what to do.
      if (utf16) pos = n;
    }
  }

  let es = delimiters.element.charCodeAt(0);
  let t1 = delimiters.segment.charCodeAt(0);
  // A file that ends segments with line breaks may mix CR and LF; either one ends a segment.
  let t2 = t1 === 13 ? 10 : t1 === 10 ? 13 : t1;
  let afterTrailer = false;
  let missingTerminators = 0;
  let lastUnterminated: { start: number; idEnd: number; end: number } | undefined;

  while (pos < n) {
    let c = text.charCodeAt(pos);
    if (c <= 32 || c === t1 || c === t2 || c === 0xfeff) {
      pos++;
      continue;
    }
    if (c === 73 && isIsaAt(text, pos)) {
      const reading = readIsaDelimiters(text, pos);
      for (const p of reading.problems) problems.push(p);
      delimiters = reading.delimiters;
      es = delimiters.element.charCodeAt(0);
      t1 = delimiters.segment.charCodeAt(0);
      t2 = t1 === 13 ? 10 : t1 === 10 ? 13 : t1;
      interchanges.push({ firstSegment: segStart.length, delimiters, hasHeader: true });
      afterTrailer = false;
    } else if (afterTrailer) {
      // After IEA only another ISA may follow; anything else (prose, a stray trailer copy) is skipped whole.
      const next = findIsa(text, pos);
      const stop = next >= 0 ? next : n;
      if (junkProblems++ < MAX_JUNK_PROBLEMS) {
        problems.push({
          code: 'x12-syntax',
          severity: 'warning',
          span: { start: pos, end: trimEnd(text, pos, stop) },
          message: next >= 0
            ? 'Remove the text between IEA and the next ISA: it is not X12, and payers may reject the file.'
            : 'Remove the text after the last IEA trailer: it is not X12, and payers may reject the file.',
        });
      }
      pos = stop;
      continue;
    }

    const base = elemStart.length;
    segStart.push(pos);
    segElemBase.push(base);
    // Hot loop: element starts go straight into the backing typed array; capacity is checked per element, not per character.
    let elems = elemStart.buffer;
    let count = base;
    if (count === elems.length) elems = elemStart.grow();
    elems[count++] = pos;
    let i = pos;
    let brokenAt = -1;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (c === es) {
        if (count === elems.length) {
          elemStart.length = count;
          elems = elemStart.grow();
        }
        elems[count++] = i + 1;
      } else if (c === t1 || c === t2) break;
      else if (c <= 13 && (c === 10 || c === 13) && t1 > 13 && startsSegmentAfter(text, i, es)) {
        // A line break where the next line starts a segment: this segment lost its terminator. End it here.
        brokenAt = i;
        break;
      }
    }
    elemStart.length = count;
    let end = i;
    // Line-break terminated files are sometimes padded to a fixed width; the padding is not data.
    if (t1 === 10 || t1 === 13) while (end > pos && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    if (brokenAt >= 0) while (end > pos && text.charCodeAt(end - 1) <= 32) end--;
    segEnd.push(end);
    const idEnd = count > base + 1 ? elems[base + 1] - 1 : end;
    const code = idCode(text, pos, idEnd);
    segIdCode.push(code);
    if (code === IEA) afterTrailer = true;
    if (brokenAt >= 0) {
      missingTerminators++;
      if (missingTerminators <= MAX_TERMINATOR_PROBLEMS) {
        problems.push({
          code: 'x12-syntax',
          severity: 'error',
          span: { start: end, end: end },
          message: `Add "${delimiters.segment}" after this ${segmentName(text, pos, idEnd)} segment: it has no terminator, so the payer reads the next line as part of it.`,
        });
      }
      pos = brokenAt;
    } else {
      if (i >= n) lastUnterminated = { start: pos, idEnd, end };
      pos = i + 1;
    }
  }
  if (missingTerminators > MAX_TERMINATOR_PROBLEMS) {
    const more = missingTerminators - MAX_TERMINATOR_PROBLEMS;
    problems.push({
      code: 'x12-syntax',
      severity: 'error',
      span: { start: 0, end: 0 },
      message: `${more} more segment${more === 1 ? '' : 's'} end at a line break without "${delimiters.segment}": add the terminator to every segment.`,
    });
  }
  let truncated = false;
  // The last segment has no terminator. A missing terminator after IEA is harmless noise; anywhere else the file was cut off.
  if (lastUnterminated && t1 > 13 && interchanges.some((ic) => ic.hasHeader)) {
    const { start, idEnd, end } = lastUnterminated;
    const name = segmentName(text, start, idEnd);
    if (idCode(text, start, idEnd) === IEA) {
      problems.push({ code: 'x12-syntax', severity: 'warning', span: { start: end, end }, message: `Add "${delimiters.segment}" after the final IEA segment: the file ends without its terminator.` });
    } else {
      truncated = true;
      problems.push({
        code: 'x12-syntax',
        severity: 'error',
        span: { start, end },
        message: `The file ends inside this ${name} segment (no terminator, no trailers): it looks cut off, so export or download it again.`,
      });
    }
  }

  return {
    segStart: segStart.toArray(),
    segEnd: segEnd.toArray(),
    segElemBase: segElemBase.toArray(),
    segIdCode: segIdCode.toArray(),
    elemStart: elemStart.toArray(),
    interchanges,
    problems,
    truncated,
  };
}

/**
 * After a line break at `at`: optional spaces, then 2–3 capital letters/digits and the element separator — the start
 * of a segment. Only checked at line breaks inside a segment, which files terminated by "~" seldom have.
 */
function startsSegmentAfter(text: string, at: number, es: number): boolean {
  let p = at + 1;
  while (p < text.length && (text.charCodeAt(p) <= 32)) p++;
  const c0 = text.charCodeAt(p);
  if (!(c0 >= 65 && c0 <= 90)) return false;
  let k = 1;
  for (; k < 3; k++) {
    const c = text.charCodeAt(p + k);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
  }
  return k >= 2 && text.charCodeAt(p + k) === es;
}

/** The segment id for a message, made printable and short. */
function segmentName(text: string, start: number, idEnd: number): string {
  const id = text.slice(start, Math.min(idEnd, start + 3)).replace(/[^\x21-\x7e]/g, '?');
  return id === '' ? 'last' : id;
}

function idCode(text: string, start: number, end: number): number {
  const len = end - start;
  if (len < 2 || len > 3) return -1;
  let code = 0;
  for (let i = 0; i < 3; i++) {
    const c = i < len ? text.charCodeAt(start + i) : 0;
    if (i < len && !((c >= 65 && c <= 90) || (c >= 48 && c <= 57 && i > 0))) return -1;
    code = (code << 8) | c;
  }
  return code;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return end;
}
