/**
 * Slices of the document text, shared when the same short value repeats ("UN", "HC", "N4", dates, quantities):
 * a 10 MB 837 repeats a few thousand distinct short values hundreds of thousands of times, and every fresh copy is
 * a heap object that the garbage collector must copy and mark for as long as the document lives. One instance per
 * parse (nothing is kept between documents). Values are ordinary strings; callers cannot tell a shared one apart.
 */
const SLOTS = 4096;
/** Longer values are rare repeats (names, descriptions) and V8 slices them without copying anyway. */
const MAX_LENGTH = 12;

export class SliceCache {
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);

  constructor(private readonly text: string) {}

  slice(start: number, end: number): string {
    const text = this.text;
    const length = end - start;
    if (length > MAX_LENGTH || length <= 0) return text.slice(start, end);
    let hash = length;
    for (let p = start; p < end; p++) hash = (Math.imul(hash, 31) + text.charCodeAt(p)) | 0;
    const slot = (hash ^ (hash >>> 13)) & (SLOTS - 1);
    const cached = this.slots[slot];
    if (cached !== undefined && cached.length === length) {
      let k = 0;
      while (k < length && cached.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return cached;
    }
    const value = text.slice(start, end);
    this.slots[slot] = value;
    return value;
  }
}
