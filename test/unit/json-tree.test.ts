import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findNodeAtOffset, getNodePath, parseTree, type Node, type ParseError } from '../../server/src/core/formats/json/jsonc';
import { parseStrictTree, scanJsonTree, STRICT_JSON } from '../../server/src/core/formats/json/tree';
import { FIXTURES } from '../helpers/paths';

const SEED = 7599;

/** jsonc-parser's tree and errors, as the reader used to parse claims. */
function reference(text: string): { root: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  return { root: parseTree(text, errors, STRICT_JSON), errors };
}

/** Node-for-node comparison: own keys, type, offset, length, colonOffset, value, children and parent links. */
function assertSameTree(actual: Node | undefined, expected: Node | undefined, label: string): void {
  if (!expected || !actual) {
    assert.equal(actual, expected, label);
    return;
  }
  const stack: [Node, Node, string][] = [[actual, expected, '$']];
  while (stack.length > 0) {
    const [a, e, path] = stack.pop()!;
    const where = `${label} at ${path}`;
    assert.deepEqual(Object.keys(a).sort(), Object.keys(e).sort(), `${where}: keys`);
    assert.equal(a.type, e.type, `${where}: type`);
    assert.equal(a.offset, e.offset, `${where}: offset`);
    assert.equal(a.length, e.length, `${where}: length`);
    assert.equal(a.colonOffset, e.colonOffset, `${where}: colonOffset`);
    assert.ok(Object.is(a.value, e.value), `${where}: value ${String(a.value)} vs ${String(e.value)}`);
    assert.equal(a.children?.length, e.children?.length, `${where}: children`);
    for (let i = 0; i < (a.children?.length ?? 0); i++) {
      assert.equal(a.children![i].parent, a, `${where}/${i}: parent link`);
      stack.push([a.children![i], e.children![i], `${path}/${i}`]);
    }
  }
}

/** The fast scan agrees with jsonc-parser: a tree exactly when jsonc-parser finds no error (a BOM aside), the same tree. */
function assertAgrees(text: string, label: string): void {
  const ref = reference(text);
  const scan = scanJsonTree(text);
  const bomOnly = ref.errors.length === 1 && text.charCodeAt(0) === 0xfeff && ref.errors[0].offset === 0 && ref.errors[0].length === 1;
  if (ref.errors.length === 0 || bomOnly) {
    assert.equal(scan.kind, 'tree', `${label}: valid JSON must take the fast path`);
    if (scan.kind === 'tree') {
      assert.deepEqual(scan.errors, ref.errors, `${label}: errors`);
      assertSameTree(scan.root, ref.root, label);
    }
  } else {
    assert.equal(scan.kind, 'invalid', `${label}: jsonc-parser reports ${JSON.stringify(ref.errors[0])}`);
  }
  // The drop-in always matches jsonc-parser, errors included.
  const errors: ParseError[] = [];
  const root = parseStrictTree(text, errors);
  assert.deepEqual(errors, ref.errors, `${label}: parseStrictTree errors`);
  assertSameTree(root, ref.root, `${label} (parseStrictTree)`);
}

const corpus: { name: string; text: string }[] = [
  ...readdirSync(join(FIXTURES, 'json'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ name: `json/${n}`, text: readFileSync(join(FIXTURES, 'json', n), 'utf8') })),
  ...readdirSync(join(FIXTURES, 'samples'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ name: `samples/${n}`, text: readFileSync(join(FIXTURES, 'samples', n), 'utf8') })),
];

describe('JSON tree parser: fixtures', () => {
  it('has a corpus', () => assert.ok(corpus.length >= 20));

  it('builds the same tree as jsonc-parser for every fixture, as written and reformatted', () => {
    for (const { name, text } of corpus) {
      assertAgrees(text, name);
      assertAgrees('\uFEFF' + text, `BOM + ${name}`);
      assertAgrees(text.replace(/\r?\n/g, '\r\n'), `CRLF ${name}`);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        continue; // the broken / JSONC fixtures
      }
      assertAgrees(JSON.stringify(value), `minified ${name}`);
      assertAgrees(JSON.stringify(value, null, '\t'), `tabs ${name}`);
    }
  });

  it('gives findNodeAtOffset and getNodePath the same answers as on the jsonc-parser tree', () => {
    const text = readFileSync(join(FIXTURES, 'json', 'fhir-claim-j7599.json'), 'utf8');
    const scan = scanJsonTree(text);
    assert.equal(scan.kind, 'tree');
    if (scan.kind !== 'tree') return;
    const ref = reference(text).root!;
    for (let offset = 0; offset <= text.length; offset += 3) {
      const a = findNodeAtOffset(scan.root, offset, true);
      const e = findNodeAtOffset(ref, offset, true);
      assert.equal(a?.offset, e?.offset, `offset ${offset}`);
      assert.equal(a?.type, e?.type, `offset ${offset}`);
      if (a && e) assert.deepEqual(getNodePath(a), getNodePath(e), `path at ${offset}`);
    }
  });
});

describe('JSON tree parser: invalid JSON goes to jsonc-parser', () => {
  const cases = [
    '',
    '   \n ',
    '{',
    '[',
    '{"a": 1,}',
    '[1, 2,]',
    '{"a": 1 "b": 2}',
    '[1 2]',
    '{"a" 1}',
    '{a: 1}',
    "{'a': 1}",
    '{"a": 1} x',
    '{"a": 1}}',
    '[1]]',
    '{"a": [1, 2}',
    '{"a": {"b": 1]}',
    '// comment\n{}',
    '{} /* c */',
    '{"a": /* c */ 1}',
    '01',
    '-',
    '-a',
    '1.',
    '1.e5',
    '1e',
    '1e+',
    '.5',
    '+1',
    'tru',
    'truex',
    'nul',
    'False',
    'NaN',
    'Infinity',
    '"abc',
    '"a\nb"',
    '"a\tb"',
    '"a\u0001b"',
    '"\\x"',
    '"\\u12"',
    '"\\u12g4"',
    '"\\',
    '{"a\\q": 1}',
    '\uFEFF',
    '\uFEFFtrue',
    '\uFEFF1',
    '\uFEFF\uFEFF{}',
    '{}\uFEFF',
    '[1,,2]',
    '[,1]',
    '{,"a":1}',
    '{"a":1,,"b":2}',
    '{"a":}',
    '{"a"}',
    '[1}',
    '{]',
    '\u00a0{}',
    '{}\u2028',
    '\f{}',
  ];
  it('agrees with jsonc-parser on each case (kind, tree, errors)', () => {
    for (const text of cases) assertAgrees(text, JSON.stringify(text));
  });

  it('agrees on every prefix of a claim (a file being typed)', () => {
    const text = readFileSync(join(FIXTURES, 'json', 'ch-professional-j7599.json'), 'utf8');
    for (let i = 0; i <= text.length; i++) assertAgrees(text.slice(0, i), `prefix ${i}`);
  });
});

describe('JSON tree parser: generated JSON', () => {
  /** Number tokens, valid or nearly so: sign, leading zeros, fractions, exponents, long digit runs. */
  const numberToken = fc
    .tuple(
      fc.constantFrom('', '-', '+'),
      fc.oneof(fc.constantFrom('0', '00', '01', '9007199254740993', '123456789012345', '1234567890123456'), fc.nat().map(String)),
      fc.constantFrom('', '.', '.0', '.5', '.000001', '.25e'),
      fc.constantFrom('', 'e', 'E5', 'e+3', 'e-7', 'e400', 'E-400', 'e+'),
    )
    .map(([s, i, f, e]) => s + i + f + e);

  const spaces = fc.constantFrom('', ' ', '  ', '\n', '\r\n', '\t', ' \n  ');

  it('matches jsonc-parser on JSON.stringify output of arbitrary values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n'), (value, indent) => {
        const text = typeof indent === 'string' ? JSON.stringify(value, null, 1).replace(/\n/g, indent === '\t' ? '\n\t' : indent) : JSON.stringify(value, null, indent);
        assertAgrees(text, text.slice(0, 60));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('matches jsonc-parser on strings with escapes, surrogates and control characters', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom('\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t', '\\u00e9', '\\uD83D\\uDE00', '\\uDE00', '\\uABCD', '\\uabcd', '\\u00', '\\x', '\\', '\u0000', '\u001f', '\u007f', '\u2028'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.boolean(), (pieces, asKey) => {
        const s = `"${pieces.join('')}"`;
        const text = asKey ? `{${s}: ${s}}` : `[${s}]`;
        assertAgrees(text, JSON.stringify(text));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('matches jsonc-parser on number tokens', () => {
    fc.assert(
      fc.property(numberToken, spaces, (token, ws) => {
        assertAgrees(token, token);
        assertAgrees(`[${ws}${token}${ws}]`, token);
        assertAgrees(`{"n":${ws}${token}}`, token);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('matches jsonc-parser after random edits to valid JSON (insert, delete, replace a character)', () => {
    const base = readFileSync(join(FIXTURES, 'json', 'stedi-native-j7599.json'), 'utf8');
    const alphabet = fc.constantFrom(...'{}[]:,"\\ \n\t/*01-.eEtfnu\uFEFFa');
    fc.assert(
      fc.property(fc.nat({ max: base.length }), fc.constantFrom('insert', 'delete', 'replace'), alphabet, (at, op, ch) => {
        const text = op === 'insert' ? base.slice(0, at) + ch + base.slice(at) : op === 'delete' ? base.slice(0, at) + base.slice(at + 1) : base.slice(0, at) + ch + base.slice(at + 1);
        assertAgrees(text, `${op} ${JSON.stringify(ch)} at ${at}`);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('JSON tree parser: depth', () => {
  it('stops at the first bracket past maxDepth', () => {
    const text = `{"a": [${'['.repeat(300)}${']'.repeat(300)}]}`;
    const scan = scanJsonTree(text, 256);
    assert.deepEqual(scan, { kind: 'too-deep', at: text.indexOf('[') + 255 });
    assert.equal(scanJsonTree(`[${'{"a":'.repeat(255)}1${'}'.repeat(255)}]`, 256).kind, 'tree');
    assert.equal(scanJsonTree(`[${'{"a":'.repeat(256)}1${'}'.repeat(256)}]`, 256).kind, 'too-deep');
  });

  it('parses 100k levels without recursion when unbounded', () => {
    const arrays = '['.repeat(100_000) + ']'.repeat(100_000);
    const scan = scanJsonTree(arrays);
    assert.equal(scan.kind, 'tree');
    let node = scan.kind === 'tree' ? scan.root : undefined;
    let depth = 0;
    while (node?.children?.length) {
      node = node.children[0];
      depth++;
    }
    assert.equal(depth, 99_999);
    assert.equal(scanJsonTree('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)).kind, 'tree');
  });
});
