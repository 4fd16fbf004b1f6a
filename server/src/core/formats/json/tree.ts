import { ParseErrorCode, parseTree, type Node, type NodeType, type ParseError } from './jsonc';

/**
 * Our own JSON syntax-tree builder: the fast path for valid (strict) JSON.
 *
 * jsonc-parser's parseTree is tolerant and general (a scanner object, a visitor with closures per token, trivia
 * tokens, string building per character run); on a 10 MB FHIR Bundle it takes seconds. This parser accepts exactly
 * strict JSON (RFC 8259), scans with charCodeAt, slices string values unless they hold escapes, reads numbers from
 * their digits (or Number(slice)), and is iterative, so nesting depth is bounded only by memory.
 *
 * The tree is the one jsonc-parser builds, node for node: same types, offsets, lengths, values and colonOffset, the
 * same parent links (a property's key and value have the property as parent; the root has no `parent` key), the
 * same children (a property has exactly [key, value]). So findNodeAtOffset/getNodePath from jsonc-parser, and every
 * reader and editor that walks the tree, work unchanged.
 *
 * Design: fast path + fallback. On the first thing that is not strict JSON this parser gives up, and the caller
 * re-parses with jsonc-parser, which supplies the error list (codes, offsets, lengths) and the recovered partial
 * tree for a file mid-edit. Valid files are the common case and the large ones; broken files are being typed and
 * are small, so the error path stays jsonc-parser's, bit for bit. The one error we report ourselves is the UTF-8
 * byte order mark, which jsonc-parser reports as InvalidSymbol at offset 0 and otherwise skips (the reader then
 * drops that error).
 */

/** The options the claim reader parses with: claims are strict JSON. */
export const STRICT_JSON = { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false } as const;

export type TreeScan =
  /** Valid JSON. `errors` is empty, or holds jsonc-parser's InvalidSymbol error for a leading byte order mark. */
  | { readonly kind: 'tree'; readonly root: Node; readonly errors: ParseError[] }
  /** Valid so far, but an object or array opens deeper than `maxDepth`; `at` is the offset of its bracket. */
  | { readonly kind: 'too-deep'; readonly at: number }
  /** Not strict JSON: parse with jsonc-parser for errors and a recovered tree. */
  | { readonly kind: 'invalid' };

const INVALID: TreeScan = { kind: 'invalid' };

/**
 * Parses strict JSON into a jsonc-parser-shaped tree, or says why it did not. Depth counts objects and arrays (the
 * root container is depth 1); `at` for 'too-deep' is the first bracket past `maxDepth`, which, as everything before
 * it was valid JSON, is where a plain bracket count that skips strings would stop too.
 */
export function scanJsonTree(text: string, maxDepth = Infinity): TreeScan {
  let start = 0;
  let errors: ParseError[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    // jsonc-parser reads the BOM as an unknown token: one InvalidSymbol error, then parsing goes on. If the BOM is
    // glued to a word ("\uFEFFtrue") the token is longer and more errors follow: leave that to the fallback.
    const next = text.charCodeAt(1);
    if (!(next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09 || next === 0x7b || next === 0x5b || next === 0x22)) return INVALID;
    start = 1;
    errors = [{ error: ParseErrorCode.InvalidSymbol, offset: 0, length: 1 }];
  }
  const result = build(text, start, maxDepth);
  if (typeof result === 'number') return result < 0 ? INVALID : { kind: 'too-deep', at: result };
  return { kind: 'tree', root: result, errors };
}

/**
 * Drop-in for `parseTree(text, errors, STRICT_JSON)`: same tree, same errors. Valid JSON takes the fast path; anything
 * else goes to jsonc-parser, which recurses per nesting level, so callers must still bound the depth of invalid text.
 */
export function parseStrictTree(text: string, errors: ParseError[] = []): Node | undefined {
  const scan = scanJsonTree(text);
  if (scan.kind === 'tree') {
    errors.push(...scan.errors);
    return scan.root;
  }
  return parseTree(text, errors, STRICT_JSON);
}

// ---------------------------------------------------------------------------------------------------------------
// The parser. One loop with an explicit notion of "where the next value goes" (`parent`: an array, a property
// awaiting its value, or nothing for the root), so there is no recursion. Children of open containers collect on one
// shared stack and are copied into an exactly sized array when the container closes.
//
// Character codes: " 0x22, \ 0x5c, { 0x7b, } 0x7d, [ 0x5b, ] 0x5d, : 0x3a, , 0x2c, - 0x2d, . 0x2e, 0-9 0x30-0x39,
// e 0x65, E 0x45, + 0x2b. Whitespace: space 0x20, \n 0x0a, \r 0x0d, \t 0x09 (exactly JSON's and jsonc-parser's).
// ---------------------------------------------------------------------------------------------------------------

/** Node while it is built (jsonc-parser's Node has readonly fields). */
interface TreeNode {
  type: NodeType;
  offset: number;
  length: number;
  parent?: TreeNode;
  children?: TreeNode[];
  colonOffset?: number;
  value?: unknown;
}

/** Pending children of the open containers; `bases[d]` is where the container at depth d starts on it. */
let pending: TreeNode[] = [];
let bases: number[] = [];
/** Decoded value of the last string scanned by scanString. */
let scanned = '';

/** Placeholder `children` of an open container (same field from the start); replaced when it closes. */
const NO_CHILDREN: TreeNode[] = [];

/** The root node; -1 for invalid JSON; the offset of the bracket that opens deeper than maxDepth. */
function build(text: string, start: number, maxDepth: number): TreeNode | number {
  try {
    return buildTree(text, start, maxDepth);
  } finally {
    // Keep nothing of this text alive between parses: stale nodes on the stack, or the last string (a slice of a
    // large text can hold the whole text).
    if (pending.length > 65536) pending = [];
    else pending.length = 0;
    if (bases.length > 65536) bases = [];
    scanned = '';
  }
}

function buildTree(text: string, start: number, maxDepth: number): TreeNode | number {
  const n = text.length;
  let i = start;
  let c = 0;
  let depth = 0;
  /** Where the next value goes: an array node, a property node (its value), or undefined (the root). */
  let parent: TreeNode | undefined;
  let top = 0; // pending.length, kept in a local

  for (;;) {
    // ---- A value starts at i (after whitespace).
    c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);

    /** A leaf to attach; undefined after an empty object or array, which is attached when opened. */
    let leaf: TreeNode | undefined;
    if (c === 0x22) {
      const end = scanString(text, i, n);
      if (end < 0) return -1;
      leaf = { type: 'string', offset: i, length: end - i, parent, value: scanned };
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return i;
      const isObject = c === 0x7b;
      const open: TreeNode = { type: isObject ? 'object' : 'array', offset: i, length: -1, parent, children: NO_CHILDREN };
      if (parent !== undefined) {
        if (parent.type === 'property') parent.children![1] = open;
        else pending[top++] = open;
      }
      c = text.charCodeAt(++i);
      while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
      if (c === (isObject ? 0x7d : 0x5d)) {
        // Empty: closed at once; continue as after any other value.
        open.children = [];
        open.length = i + 1 - open.offset;
        i++;
        depth--;
        if (parent === undefined) return finish(open, text, i, n);
      } else {
        bases[depth] = top;
        if (isObject) {
          const property = readProperty(text, i, n, open);
          if (property === undefined) return -1;
          pending[top++] = property;
          parent = property;
          i = property.colonOffset! + 1;
        } else {
          parent = open;
        }
        continue;
      }
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let j = i;
      let negative = false;
      if (c === 0x2d) {
        negative = true;
        c = text.charCodeAt(++j);
      }
      let value = 0;
      let digits = 0;
      if (c === 0x30) {
        c = text.charCodeAt(++j);
        digits = 1;
      } else if (c >= 0x31 && c <= 0x39) {
        do {
          value = value * 10 + (c - 0x30);
          digits++;
          c = text.charCodeAt(++j);
        } while (c >= 0x30 && c <= 0x39);
      } else {
        return -1;
      }
      let simple = digits <= 15;
      if (c === 0x2e) {
        c = text.charCodeAt(++j);
        if (!(c >= 0x30 && c <= 0x39)) return -1;
        do c = text.charCodeAt(++j);
        while (c >= 0x30 && c <= 0x39);
        simple = false;
      }
      if (c === 0x65 || c === 0x45) {
        c = text.charCodeAt(++j);
        if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++j);
        if (!(c >= 0x30 && c <= 0x39)) return -1;
        do c = text.charCodeAt(++j);
        while (c >= 0x30 && c <= 0x39);
        simple = false;
      }
      // Up to 15 digits an integer is exact as accumulated; anything else is read as jsonc-parser reads it.
      leaf = { type: 'number', offset: i, length: j - i, parent, value: simple ? (negative ? -value : value) : Number(text.slice(i, j)) };
      i = j;
    } else if (c === 0x74 /* t */) {
      if (text.charCodeAt(i + 1) !== 0x72 || text.charCodeAt(i + 2) !== 0x75 || text.charCodeAt(i + 3) !== 0x65) return -1;
      leaf = { type: 'boolean', offset: i, length: 4, parent, value: true };
      i += 4;
    } else if (c === 0x66 /* f */) {
      if (text.charCodeAt(i + 1) !== 0x61 || text.charCodeAt(i + 2) !== 0x6c || text.charCodeAt(i + 3) !== 0x73 || text.charCodeAt(i + 4) !== 0x65) return -1;
      leaf = { type: 'boolean', offset: i, length: 5, parent, value: false };
      i += 5;
    } else if (c === 0x6e /* n */) {
      if (text.charCodeAt(i + 1) !== 0x75 || text.charCodeAt(i + 2) !== 0x6c || text.charCodeAt(i + 3) !== 0x6c) return -1;
      leaf = { type: 'null', offset: i, length: 4, parent, value: null };
      i += 4;
    } else {
      return -1;
    }

    if (leaf !== undefined) {
      if (parent === undefined) return finish(leaf, text, i, n);
      if (parent.type === 'property') parent.children![1] = leaf;
      else pending[top++] = leaf;
    }

    // ---- A value ended at i, inside `parent`. Complete its property, then read "," (and the next property name,
    // in an object) or close containers, until `parent` is where the next value goes.
    for (;;) {
      let p = parent!;
      if (p.type === 'property') {
        p.length = i - p.offset;
        p = p.parent!;
      }
      c = text.charCodeAt(i);
      while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
      if (c === 0x2c) {
        c = text.charCodeAt(++i);
        if (p.type === 'object') {
          while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
          const property = readProperty(text, i, n, p);
          if (property === undefined) return -1;
          pending[top++] = property;
          parent = property;
          i = property.colonOffset! + 1;
        } else {
          parent = p;
        }
        break;
      }
      if (c === (p.type === 'object' ? 0x7d : 0x5d)) {
        const base = bases[depth--];
        p.children = pending.slice(base, top);
        top = base;
        p.length = i + 1 - p.offset;
        i++;
        parent = p.parent;
        if (parent === undefined) return finish(p, text, i, n);
        continue;
      }
      return -1;
    }
  }
}

/** The root is complete at i: only whitespace may follow. */
function finish(root: TreeNode, text: string, i: number, n: number): TreeNode | number {
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
  if (i < n) return -1;
  delete root.parent; // as jsonc-parser: the root has no parent key at all
  return root;
}

/**
 * Reads `"name" :` at i (whitespace before i already skipped) into a property node of `object` with its key node and
 * colonOffset; its length is set once its value ends. Undefined if not JSON.
 */
function readProperty(text: string, i: number, n: number, object: TreeNode): TreeNode | undefined {
  if (text.charCodeAt(i) !== 0x22) return undefined;
  const end = scanString(text, i, n);
  if (end < 0) return undefined;
  let j = end;
  let c = text.charCodeAt(j);
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++j);
  if (c !== 0x3a) return undefined;
  const children: TreeNode[] = [undefined as unknown as TreeNode, undefined as unknown as TreeNode];
  const property: TreeNode = { type: 'property', offset: i, length: -1, parent: object, children, colonOffset: j };
  children[0] = { type: 'string', offset: i, length: end - i, parent: property, value: scanned };
  return property;
}

/**
 * Scans the string whose opening quote is at q. Returns the offset after the closing quote and leaves the decoded
 * value in `scanned`; -1 if the string is not valid JSON (unterminated, raw control character, bad escape).
 */
function scanString(text: string, q: number, n: number): number {
  for (let j = q + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) {
      scanned = text.slice(q + 1, j);
      return j + 1;
    }
    if (c === 0x5c) return scanEscapedString(text, q, j, n);
    if (c < 0x20) return -1;
  }
  return -1;
}

/** The rest of a string from its first backslash at j. */
function scanEscapedString(text: string, q: number, j: number, n: number): number {
  let value = text.slice(q + 1, j);
  let run = j;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 0x22) {
      scanned = value + text.slice(run, j);
      return j + 1;
    }
    if (c === 0x5c) {
      value += text.slice(run, j);
      const e = text.charCodeAt(j + 1);
      switch (e) {
        case 0x22: value += '"'; break;
        case 0x5c: value += '\\'; break;
        case 0x2f: value += '/'; break;
        case 0x62: value += '\b'; break;
        case 0x66: value += '\f'; break;
        case 0x6e: value += '\n'; break;
        case 0x72: value += '\r'; break;
        case 0x74: value += '\t'; break;
        case 0x75: {
          let code = 0;
          for (let k = j + 2; k < j + 6; k++) {
            const h = text.charCodeAt(k);
            if (h >= 0x30 && h <= 0x39) code = code * 16 + h - 0x30;
            else if (h >= 0x41 && h <= 0x46) code = code * 16 + h - 0x37;
            else if (h >= 0x61 && h <= 0x66) code = code * 16 + h - 0x57;
            else return -1;
          }
          value += String.fromCharCode(code);
          j += 4;
          break;
        }
        default:
          return -1;
      }
      j += 2;
      run = j;
      continue;
    }
    if (c < 0x20) return -1;
    j++;
  }
  return -1;
}
