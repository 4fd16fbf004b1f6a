import type { Span } from '../../model';
import type { X12Delimiters } from './delimiters';
import type { InterchangeStart, Tokens } from './tokenizer';

/**
 * Read access to the tokenized segments. Everything is computed from the flat offset arrays, so a 10 MB file
 * costs a few typed arrays rather than millions of objects; views (`X12Segment`) are built only when asked for.
 */
export class X12SegmentTable {
  readonly count: number;
  private readonly isaCode = (73 << 16) | (83 << 8) | 65;

  constructor(
    readonly text: string,
    private readonly tokens: Tokens,
    /** Loop id per segment, as an index into `loopIds`. */
    private readonly loopIndex: Uint8Array,
    private readonly loopIds: readonly string[],
  ) {
    this.count = tokens.segStart.length;
  }

  start(seg: number): number {
    return this.tokens.segStart[seg];
  }

  /** End of the content, before the terminator. */
  end(seg: number): number {
    return this.tokens.segEnd[seg];
  }

  span(seg: number): Span {
    return { start: this.tokens.segStart[seg], end: this.tokens.segEnd[seg] };
  }

  idCode(seg: number): number {
    return this.tokens.segIdCode[seg];
  }

  id(seg: number): string {
    return this.elementText(seg, 0);
  }

  loop(seg: number): string {
    return this.loopIds[this.loopIndex[seg]];
  }

  /** The loop as its index into the loop id list (see `loopIndexOf`): a number compare instead of a string one. */
  loopCode(seg: number): number {
    return this.loopIndex[seg];
  }

  /** Number of elements including the segment id (element 0). */
  elementCount(seg: number): number {
    const next = seg + 1 < this.count ? this.tokens.segElemBase[seg + 1] : this.tokens.elemStart.length;
    return next - this.tokens.segElemBase[seg];
  }

  elementStart(seg: number, n: number): number {
    return this.tokens.elemStart[this.tokens.segElemBase[seg] + n];
  }

  elementEnd(seg: number, n: number): number {
    return n + 1 < this.elementCount(seg) ? this.tokens.elemStart[this.tokens.segElemBase[seg] + n + 1] - 1 : this.tokens.segEnd[seg];
  }

  /** Span of element n, or undefined when the segment has fewer elements. */
  elementSpan(seg: number, n: number): Span | undefined {
    if (n >= this.elementCount(seg)) return undefined;
    return { start: this.elementStart(seg, n), end: this.elementEnd(seg, n) };
  }

  /** Text of element n; '' when absent. */
  elementText(seg: number, n: number): string {
    if (n >= this.elementCount(seg)) return '';
    return this.text.slice(this.elementStart(seg, n), this.elementEnd(seg, n));
  }

  /** True when element n's text equals `value` (an absent element equals ''), without slicing the text. */
  elementIs(seg: number, n: number, value: string): boolean {
    const count = this.elementCount(seg);
    if (n >= count) return value === '';
    const base = this.tokens.segElemBase[seg];
    const start = this.tokens.elemStart[base + n];
    const end = n + 1 < count ? this.tokens.elemStart[base + n + 1] - 1 : this.tokens.segEnd[seg];
    if (end - start !== value.length) return false;
    for (let k = 0; k < value.length; k++) if (this.text.charCodeAt(start + k) !== value.charCodeAt(k)) return false;
    return true;
  }

  /** Component spans of element n (one span for a simple element). ISA elements are never split. */
  componentSpans(seg: number, n: number): Span[] {
    const span = this.elementSpan(seg, n);
    if (!span) return [];
    if (this.tokens.segIdCode[seg] === this.isaCode || n === 0) return [span];
    const sep = this.delimitersOf(seg).component;
    // Scan only inside the element: indexOf would run to the end of a file that never uses the separator.
    const sepCode = sep.charCodeAt(0);
    const out: Span[] = [];
    let from = span.start;
    for (let p = span.start; p < span.end; p++) {
      if (this.text.charCodeAt(p) !== sepCode) continue;
      out.push({ start: from, end: p });
      from = p + 1;
    }
    out.push({ start: from, end: span.end });
    return out;
  }

  /** Index of the interchange the segment belongs to (the last one starting at or before it). */
  interchangeOf(seg: number): number {
    const list = this.tokens.interchanges;
    let lo = 0;
    let hi = list.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid].firstSegment <= seg) lo = mid;
      else hi = mid - 1;
    }
    return list[lo].firstSegment <= seg ? lo : 0;
  }

  delimitersOf(seg: number): X12Delimiters {
    const i = this.interchangeOf(seg);
    return i >= 0 ? this.tokens.interchanges[i].delimiters : { element: '*', component: ':', repetition: undefined, segment: '~' };
  }

  get interchangeStarts(): readonly InterchangeStart[] {
    return this.tokens.interchanges;
  }

  /** Index of the segment whose text (id through terminator) holds `offset`, or -1. Binary search over starts. */
  segmentAt(offset: number): number {
    const starts = this.tokens.segStart;
    let lo = 0;
    let hi = this.count - 1;
    if (hi < 0 || offset < starts[0]) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return offset <= this.tokens.segEnd[lo] ? lo : -1;
  }

  /** Whitespace between the end of this segment's terminator and the next segment id (line break + indentation). */
  gapAfter(seg: number): string {
    const end = this.tokens.segEnd[seg];
    const next = seg + 1 < this.count ? this.tokens.segStart[seg + 1] : this.text.length;
    const term = this.delimitersOf(seg).segment;
    const from = this.text.startsWith(term, end) ? end + 1 : end;
    return from <= next ? this.text.slice(from, next) : '';
  }

  /** Whitespace before the segment id on its own line. */
  indentOf(seg: number): string {
    const start = this.tokens.segStart[seg];
    let p = start;
    while (p > 0) {
      const c = this.text.charCodeAt(p - 1);
      if (c !== 32 && c !== 9) break;
      p--;
    }
    const c = this.text.charCodeAt(p - 1);
    return p === 0 || c === 10 || c === 13 ? this.text.slice(p, start) : '';
  }
}
