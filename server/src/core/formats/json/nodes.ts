import { findNodeAtOffset, getNodePath, type JSONPath, type Node } from './jsonc';
import type { ClaimDocument, DateValue, Span, Valued } from '../../model';

/** Small, null-safe accessors over the jsonc-parser tree. Everything here tolerates a broken or partial tree. */

export type { Node } from './jsonc';

export function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/** The value node of property `key` in an object node. */
export function child(node: Node | undefined, key: string): Node | undefined {
  if (!node || node.type !== 'object' || !node.children) return undefined;
  // Duplicate keys: JSON.parse keeps the last one, and so do payers' parsers; follow that.
  let found: Node | undefined;
  for (const prop of node.children) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (keyNode && keyNode.value === key && valueNode) found = valueNode;
  }
  return found;
}

/** The property node (key + value) of `key` in an object node. */
export function propertyNode(node: Node | undefined, key: string): Node | undefined {
  if (!node || node.type !== 'object' || !node.children) return undefined;
  let found: Node | undefined;
  for (const prop of node.children) {
    const keyNode = prop.children?.[0];
    if (keyNode && keyNode.value === key && prop.children?.[1]) found = prop;
  }
  return found;
}

/** Follows a chain of keys through nested objects. */
export function at(node: Node | undefined, ...keys: string[]): Node | undefined {
  let current = node;
  for (const key of keys) current = child(current, key);
  return current;
}

export function isObject(node: Node | undefined): node is Node {
  return node?.type === 'object';
}

/** Elements of an array node; [] for anything else. */
export function elements(node: Node | undefined): Node[] {
  if (!node || node.type !== 'array' || !node.children) return [];
  return node.children;
}

export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * A string or number node as a Valued. Strings: value is the decoded string, span is the raw content without quotes
 * (escapes stay as written). Numbers: value is the number token as written ("1.0" stays "1.0"), span is the token.
 */
export function valued(text: string, node: Node | undefined): Valued | undefined {
  if (!node) return undefined;
  if (node.type === 'string' && typeof node.value === 'string') {
    return { value: node.value, span: stringContentSpan(text, node) };
  }
  if (node.type === 'number') {
    const span = spanOf(node);
    return { value: text.slice(span.start, span.end), span };
  }
  return undefined;
}

/** Span of a string token's content. An unterminated string (invalid JSON) has no closing quote to exclude. */
export function stringContentSpan(text: string, node: Node): Span {
  const end = node.offset + node.length;
  const closed = node.length >= 2 && text.charCodeAt(end - 1) === 0x22 /* " */;
  return { start: node.offset + 1, end: closed ? end - 1 : end };
}

/** Valued that is also a non-blank string/number; blank strings are treated as absent. */
export function nonBlank(v: Valued | undefined): Valued | undefined {
  return v && v.value.trim() !== '' ? v : undefined;
}

/** Reads YYYY-MM-DD (optionally followed by a FHIR time part) or YYYYMMDD into an ISO date, checking the calendar. */
export function dateValued(text: string, node: Node | undefined): DateValue | undefined {
  const v = valued(text, node);
  if (!v) return undefined;
  return { ...v, iso: isoDate(v.value) };
}

export function isoDate(raw: string): string | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)/.exec(raw.trim());
  if (!m) return undefined;
  // A dash in one place but not the other ("2024-0101") is not a date format anyone writes.
  const dashed = raw.trim().charAt(4) === '-';
  if (dashed !== (raw.trim().charAt(7) === '-')) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export interface JsonPathHit {
  /** Keys and indices from the root down to `node`. */
  readonly path: JSONPath;
  /** The innermost node at the offset (a key, a value, or a container). */
  readonly node: Node;
}

/**
 * The JSON path and node at an offset, for hovers and completion. Offsets on a property key give the key's path.
 * Returns undefined when the document has no JSON tree (non-JSON text, or too deeply nested to parse safely).
 */
export function jsonPathAt(doc: ClaimDocument, offset: number): JsonPathHit | undefined {
  const root = doc.syntax as Node | undefined;
  if (!root || typeof root !== 'object' || typeof (root as Node).type !== 'string') return undefined;
  const node = findNodeAtOffset(root, offset, true);
  if (!node) return undefined;
  return { path: getNodePath(node), node };
}
