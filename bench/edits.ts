// Realistic coder edits for the editor benchmark, seeded: a digit of a unit count, charge, NDC or NDC quantity
// changed; a letter typed into or deleted from a drug description. Every edit stays inside one service line, so
// the document keeps its line count and the file stays well-formed (no new delimiters, JSON numbers stay numbers).
import type { Position } from '../server/src/core/text';

export interface Edit {
  readonly kind: string;
  readonly line: number;
  readonly character: number;
  readonly deleteCount: number;
  readonly insert: string;
}

/** mulberry32: small, fast, identical on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text as lines ('\n' kept apart, '\r' stays in the line), edited in place; `text` joins it back. */
export class EditableText {
  readonly lines: string[];

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  get text(): string {
    return this.lines.join('\n');
  }

  /** Applies the edit and returns it as an LSP incremental change. */
  apply(edit: Edit): { range: { start: Position; end: Position }; text: string } {
    const line = this.lines[edit.line];
    this.lines[edit.line] = line.slice(0, edit.character) + edit.insert + line.slice(edit.character + edit.deleteCount);
    return {
      range: { start: { line: edit.line, character: edit.character }, end: { line: edit.line, character: edit.character + edit.deleteCount } },
      text: edit.insert,
    };
  }
}

/** [start, end) of a value inside a line, or undefined. */
type Locate = (line: string) => [number, number] | undefined;

/** Element `n` of an X12 segment line (0 = segment id), without the terminator. */
function element(n: number, within?: (value: string) => [number, number] | undefined): Locate {
  return (line) => {
    const body = line.replace(/~\s*$/, '');
    let start = 0;
    for (let i = 0; i < n; i++) {
      const star = body.indexOf('*', start);
      if (star < 0) return undefined;
      start = star + 1;
    }
    const star = body.indexOf('*', start);
    const end = star < 0 ? body.length : star;
    if (end <= start) return undefined;
    if (!within) return [start, end];
    const inner = within(body.slice(start, end));
    return inner && [start + inner[0], start + inner[1]];
  };
}

/** Component 7 of a procedure composite (HC:J7599:::::DESCRIPTION): the drug description. */
function description(value: string): [number, number] | undefined {
  const parts = value.split(':');
  if (parts.length < 7 || parts[6].length < 2) return undefined;
  const start = parts.slice(0, 6).join(':').length + 1;
  return [start, start + parts[6].length];
}

/** The value of `"key": …` on a pretty-printed JSON line (inside the quotes for strings). */
function jsonValue(key: string, test: RegExp): Locate {
  const re = new RegExp(`"${key}": (?:"([^"]*)"|(-?\\d[\\d.]*))`);
  return (line) => {
    const m = re.exec(line);
    const value = m?.[1] ?? m?.[2];
    if (!m || value === undefined || !test.test(value)) return undefined;
    const start = m.index + m[0].length - value.length - (m[1] !== undefined ? 1 : 0);
    return [start, start + value.length];
  };
}

interface EditKind {
  readonly kind: string;
  readonly prefix: RegExp;
  readonly locate: Locate;
  readonly action: 'digit' | 'type' | 'backspace';
}

const X12_KINDS: readonly EditKind[] = [
  { kind: 'unit count digit', prefix: /^SV1\*/, locate: element(4), action: 'digit' },
  { kind: 'unit count digit', prefix: /^SV2\*/, locate: element(5), action: 'digit' },
  { kind: 'charge digit', prefix: /^SV1\*/, locate: element(2), action: 'digit' },
  { kind: 'NDC digit', prefix: /^LIN\*/, locate: element(3), action: 'digit' },
  { kind: 'NDC quantity digit', prefix: /^CTP\*/, locate: element(4), action: 'digit' },
  { kind: 'description typed', prefix: /^SV1\*HC:J7599/, locate: element(1, description), action: 'type' },
  { kind: 'description backspace', prefix: /^SV1\*HC:J7599/, locate: element(1, description), action: 'backspace' },
  { kind: 'description typed', prefix: /^SV2\*\d+\*HC:J7599/, locate: element(2, description), action: 'type' },
];

const JSON_KINDS: readonly EditKind[] = [
  { kind: 'quantity digit', prefix: /"value": \d/, locate: jsonValue('value', /^\d+$/), action: 'digit' },
  { kind: 'NDC digit', prefix: /"code": "\d/, locate: jsonValue('code', /^[\d-]{10,13}$/), action: 'digit' },
  { kind: 'description typed', prefix: /"text": "/, locate: jsonValue('text', /../), action: 'type' },
  { kind: 'description backspace', prefix: /"text": "/, locate: jsonValue('text', /../), action: 'backspace' },
];

/** Returns a function that draws the next edit for the current state of `doc` (deterministic for a seed). */
export function editSource(doc: EditableText, format: 'x12' | 'json', seed: number): () => Edit {
  const random = rng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const kinds = format === 'x12' ? X12_KINDS : JSON_KINDS;
  return () => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const kind = kinds[int(kinds.length)];
      const from = int(doc.lines.length);
      // Scan forward from a random line to the next one this kind of edit applies to (at most 400 lines).
      for (let k = 0; k < 400; k++) {
        const i = (from + k) % doc.lines.length;
        const text = doc.lines[i].trimStart();
        if (!kind.prefix.test(text)) continue;
        const span = kind.locate(doc.lines[i]);
        if (!span) continue;
        const edit = makeEdit(kind, i, doc.lines[i], span, int);
        if (edit) return edit;
      }
    }
    throw new Error(`no place for an edit found in the ${format} document`);
  };
}

function makeEdit(kind: EditKind, line: number, text: string, [start, end]: [number, number], int: (n: number) => number): Edit | undefined {
  if (kind.action === 'type') {
    const at = start + 1 + int(end - start - 1);
    return { kind: kind.kind, line, character: at, deleteCount: 0, insert: String.fromCharCode(65 + int(26)) };
  }
  if (kind.action === 'backspace') {
    if (end - start < 3) return undefined;
    return { kind: kind.kind, line, character: start + 1 + int(end - start - 1), deleteCount: 1, insert: '' };
  }
  const digits: number[] = [];
  for (let i = start; i < end; i++) if (text[i] >= '0' && text[i] <= '9') digits.push(i);
  if (digits.length === 0) return undefined;
  const at = digits[int(digits.length)];
  // A leading digit never becomes 0 (a JSON number must not start with 0; a coder would not type one either).
  const lowest = at === start && end - start > 1 ? 1 : 0;
  let digit = lowest + int(10 - lowest);
  if (String(digit) === text[at]) digit = digit === 9 ? lowest : digit + 1;
  return { kind: kind.kind, line, character: at, deleteCount: 1, insert: String(digit) };
}

/** Positions of `count` procedure codes (the hover targets), spread over the document by the seeded random. */
export function hoverTargets(doc: EditableText, format: 'x12' | 'json', count: number, seed: number): Position[] {
  const marker = format === 'x12' ? /\*HC:J\d/ : /"code": "J\d/;
  const skip = format === 'x12' ? 4 : 9; // onto the code's first letter
  const all: Position[] = [];
  doc.lines.forEach((text, line) => {
    const m = marker.exec(text);
    if (m) all.push({ line, character: m.index + skip + 1 });
  });
  const random = rng(seed ^ 0x5a5a);
  return all.length ? Array.from({ length: count }, () => all[Math.floor(random() * all.length)]) : [];
}
