/**
 * Writes JSON edits in the file's own layout: its line break, its indent unit, its spacing after colons, and
 * single-line objects stay single-line. Every edit leaves valid JSON (a property or element is added or removed
 * together with its comma). Shared by the FHIR and claim JSON editors.
 */
import type { TextEdit } from '../../findings';
import type { JsonClaimDocument, Valued } from '../../model';
import { LineIndex } from '../../text';
import { findNodeAtOffset } from './jsonc';
import { child, spanOf, stringContentSpan, type Node } from './nodes';

/**
 * Replace a scalar the reader read (a string's content or a number token), escaping as JSON needs. Only a span the
 * reader made for a scalar is editable; anything else (a synthetic span) would corrupt the file.
 */
export function replaceScalarValue(doc: JsonClaimDocument, writer: JsonWriter, value: Valued, newText: string): TextEdit[] {
  const root = doc.syntax;
  if (!root) return [];
  const node = findNodeAtOffset(root, value.span.start);
  if (!node) return [];
  if (node.type === 'string') {
    const content = stringContentSpan(doc.text, node);
    if (content.start !== value.span.start || content.end !== value.span.end) return [];
    return [{ span: content, newText: escapeContent(newText) }];
  }
  if (node.type === 'number' && node.offset === value.span.start && node.offset + node.length === value.span.end) {
    return [writer.replaceScalar(node, newText)];
  }
  return [];
}

/**
 * Remove the array element that holds `span` (a modifier string, a modifier CodeableConcept…). An array must not be
 * left empty (minItems 1 in every claim schema here): the last element goes with its key.
 */
export function removeArrayElementAt(writer: JsonWriter, holder: Node, key: string, span: { start: number; end: number }): TextEdit[] {
  const array = child(holder, key);
  const members = array?.type === 'array' ? (array.children ?? []) : [];
  const element = members.find((el) => el.offset <= span.start && span.end <= el.offset + el.length);
  if (!array || !element) return [];
  if (members.length > 1) return [writer.removeMember(array, element)];
  const prop = holder.children?.find((p) => p.children?.[1] === array);
  return prop ? [writer.removeMember(holder, prop)] : [];
}

export function isJsonNumber(text: string): boolean {
  return /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text);
}

/** JSON string content for a value: JSON.stringify's escaping without the surrounding quotes. */
export function escapeContent(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** A number written exactly as given ("1.50" stays "1.50"), where JSON.stringify would normalise it. */
export class RawNumber {
  constructor(readonly text: string) {}
}

/** The file's layout, learned once, and the edits that follow it. */
export class JsonWriter {
  private readonly eol: string;
  private readonly unit: string;
  private readonly colon: string;
  private readonly comma: string;

  constructor(private readonly text: string) {
    this.eol = /\r\n/.test(text) ? '\r\n' : /\n/.test(text) ? '\n' : /\r/.test(text) ? '\r' : '\n';
    this.unit = detectIndentUnit(text);
    // Minified files write `"a":1,"b":2`, pretty ones `"a": 1`, HAPI FHIR (Blue Button) `"a" : 1`. Follow the first key.
    const colonMatch = /"([ \t]*):([ \t]*)/.exec(text);
    const before = colonMatch?.[1] ? ' ' : '';
    const after = colonMatch && colonMatch[2] === '' ? '' : ' ';
    this.colon = `${before}:${after}`;
    this.comma = after ? ', ' : ',';
  }

  /** The layout every edit follows (line break, indent unit, colon and comma spacing), as one string. */
  get layoutKey(): string {
    return `${this.eol}|${this.unit}|${this.colon}|${this.comma}`;
  }

  /** Replace the value of `key` (keeping a string a string) or add the property. */
  setProperty(object: Node, key: string, value: unknown): TextEdit[] {
    const existing = child(object, key);
    if (!existing) return this.addProperty(object, key, value);
    if (existing.type === 'string' && typeof value === 'string') {
      return [{ span: stringContentSpan(this.text, existing), newText: escapeContent(value) }];
    }
    return [{ span: spanOf(existing), newText: this.render(value, this.indentOfLine(existing.offset), this.isMultiline(existing)) }];
  }

  /**
   * Set a scalar, keeping the type the file already uses for it ("2" stays a string, 2 stays a number). A new
   * property gets `preferred`'s type. A number field given non-numeric text becomes a string rather than invalid JSON.
   */
  setScalar(object: Node, key: string, value: string, preferred: 'string' | 'number'): TextEdit[] {
    const existing = child(object, key);
    if (existing && (existing.type === 'string' || existing.type === 'number' || existing.type === 'null')) {
      if (existing.type === 'string') return [{ span: stringContentSpan(this.text, existing), newText: escapeContent(value) }];
      return [this.replaceScalar(existing, value)];
    }
    if (existing) return [];
    if (preferred === 'number') return isJsonNumber(value) ? this.addProperty(object, key, new RawNumber(value)) : [];
    return this.addProperty(object, key, value);
  }

  replaceScalar(node: Node, newText: string): TextEdit {
    return { span: spanOf(node), newText: isJsonNumber(newText) ? newText : JSON.stringify(newText) };
  }

  /** Add `"key": value` after the object's last property (or as its first), with the comma and indentation it needs. */
  addProperty(object: Node, key: string, value: unknown): TextEdit[] {
    if (object.type !== 'object') return [];
    return [this.appendMember(object, (indent, multiline) => `${JSON.stringify(key)}${this.colon}${this.render(value, indent, multiline)}`)];
  }

  appendElement(array: Node, value: unknown): TextEdit[] {
    if (array.type !== 'array') return [];
    return [this.appendMember(array, (indent, multiline) => this.render(value, indent, multiline))];
  }

  /**
   * Remove one property of an object or one element of an array together with the comma that joins it to a
   * neighbour: up to the next member when there is one (so the next member takes its place and indentation),
   * else back to the end of the previous member. The only member is removed with the whitespace around it.
   */
  removeMember(container: Node, member: Node): TextEdit {
    const members = container.children ?? [];
    const index = members.indexOf(member);
    if (members.length === 1 || index < 0) {
      return { span: { start: container.offset + 1, end: container.offset + container.length - 1 }, newText: '' };
    }
    if (index < members.length - 1) {
      return { span: { start: member.offset, end: members[index + 1].offset }, newText: '' };
    }
    const previous = members[index - 1];
    return { span: { start: previous.offset + previous.length, end: member.offset + member.length }, newText: '' };
  }

  private appendMember(container: Node, write: (indent: string, multiline: boolean) => string): TextEdit {
    const members = container.children ?? [];
    const containerIndent = this.indentOfLine(container.offset);
    if (members.length === 0) {
      // Expand an empty {} / [] only in a file that uses line breaks at all; a minified file stays on one line.
      const open = container.offset + 1;
      const close = container.offset + container.length - 1;
      if (!this.hasLineBreaks()) return { span: { start: open, end: close }, newText: write('', false) };
      const inner = containerIndent + this.unit;
      return { span: { start: open, end: close }, newText: `${this.eol}${inner}${write(inner, true)}${this.eol}${containerIndent}` };
    }
    const last = members[members.length - 1];
    const end = last.offset + last.length;
    if (!this.isMultiline(container)) {
      return { span: { start: end, end }, newText: `${this.comma}${write(containerIndent, false)}` };
    }
    const indent = this.ownLineIndent(last.offset) ?? containerIndent + this.unit;
    return { span: { start: end, end }, newText: `,${this.eol}${indent}${write(indent, true)}` };
  }

  /** JSON text for a new value whose first line sits at `indent`. Arrays of scalars stay on one line, as modifiers are written. */
  private render(value: unknown, indent: string, multiline: boolean): string {
    if (value instanceof RawNumber) return value.text;
    if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
    const inner = indent + this.unit;
    if (Array.isArray(value)) {
      const scalars = value.every((v) => v === null || typeof v !== 'object' || v instanceof RawNumber);
      if (!multiline || scalars || value.length === 0) return `[${value.map((v) => this.render(v, indent, false)).join(this.comma)}]`;
      return `[${this.eol}${value.map((v) => inner + this.render(v, inner, true)).join(`,${this.eol}`)}${this.eol}${indent}]`;
    }
    const entries = Object.entries(value as Record<string, unknown>);
    if (!multiline || entries.length === 0) {
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}${this.colon}${this.render(v, indent, false)}`).join(this.comma)}}`;
    }
    const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}${this.colon}${this.render(v, inner, true)}`);
    return `{${this.eol}${lines.join(`,${this.eol}`)}${this.eol}${indent}}`;
  }

  private hasLineBreaks(): boolean {
    return this.lines().lineCount > 1;
  }

  private isMultiline(node: Node): boolean {
    return /[\r\n]/.test(this.text.slice(node.offset, node.offset + node.length));
  }

  /**
   * The document's line index, built once per document. Scanning back character by character made every edit
   * O(line length): on a 20 MB one-line claim, fixes for its thousands of lines never finished.
   */
  private index: LineIndex | undefined;
  private lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  /** Start of the line holding `offset`. */
  private lineStart(offset: number): number {
    return offset - this.lines().positionAt(offset).character;
  }

  /** Leading whitespace of the line holding `offset`. */
  private indentOfLine(offset: number): string {
    const start = this.lineStart(offset);
    return /^[ \t]*/.exec(this.text.slice(start, offset))?.[0] ?? '';
  }

  /** The indentation before `offset` if nothing but whitespace precedes it on its line. */
  private ownLineIndent(offset: number): string | undefined {
    const before = this.text.slice(this.lineStart(offset), offset);
    return /^[ \t]*$/.test(before) ? before : undefined;
  }
}

/**
 * The file's indent unit: a tab if lines are tab-indented, else the smallest positive run of leading spaces (in
 * pretty-printed JSON the root's members sit exactly one unit in). Two spaces for files with no indentation.
 */
function detectIndentUnit(text: string): string {
  let smallest = Infinity;
  let tabs = 0;
  let spaces = 0;
  const lines = text.split(/\r\n|\r|\n/, 2000);
  for (const line of lines) {
    const m = /^([ \t]+)\S/.exec(line);
    if (!m) continue;
    if (m[1].startsWith('\t')) tabs++;
    else {
      spaces++;
      smallest = Math.min(smallest, m[1].length);
    }
  }
  if (tabs > spaces) return '\t';
  return Number.isFinite(smallest) ? ' '.repeat(Math.min(smallest, 8)) : '  ';
}
