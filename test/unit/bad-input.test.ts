// The bad-input corpus (test/fixtures/bad/, described in its README.md) and the public samples: every file gets a
// clear finding or nothing, never an exception, a rule failure or a stack trace in a message.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeBytes } from '../../server/src/core/decode';
import type { Finding } from '../../server/src/core/findings';
import { loadCrosswalkCsv } from '../../server/src/core/knowledge/crosswalk';
import { EXAMPLES, FIXTURES } from '../helpers/paths';
import { checkAll, INTERNAL_ERROR, oneLineFhir, oneLineX12, type Checked } from './fuzz-support';

const BAD = join(FIXTURES, 'bad');
const SAMPLES = join(FIXTURES, 'samples');
const EXAMPLE_837P = join(EXAMPLES, 'professional-837p.837');

function analyzeFile(path: string): Checked & { encoding: string } {
  const decoded = decodeBytes(readFileSync(path));
  // Read as the CLI reads a file it was asked to check.
  return { ...checkAll(decoded.text, { fileName: path, requested: true }), encoding: decoded.encoding };
}

/** The rules that surface what the readers could not read (parse-error and the structural problem ids). */
const PROBLEM_RULES = new Set(['parse-error', 'x12-envelope', 'x12-syntax', 'x12-version', 'json-syntax', 'not-a-claim']);

const parseErrors = (findings: readonly Finding[], severity?: string, ruleId?: string): Finding[] =>
  findings.filter((f) => (ruleId ? f.ruleId === ruleId : PROBLEM_RULES.has(f.ruleId)) && (!severity || f.severity === severity));

/** No message reads like a crash: no stack frames, no "TypeError:", no internal-error fallback. */
function assertCleanMessages(findings: readonly Finding[]): void {
  for (const f of findings) {
    assert.doesNotMatch(f.message, /\n\s+at |\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/, `crash-like message: ${f.message}`);
    assert.doesNotMatch(f.message, INTERNAL_ERROR, `internal error message: ${f.message}`);
  }
}

/** Rule ids and positions of the non-parse findings: what a decoded or re-enveloped claim must still produce. */
const claimFindings = (c: Checked): string[] =>
  c.result.findings.filter((f) => !PROBLEM_RULES.has(f.ruleId)).map((f) => `${f.ruleId}@${c.doc.text.slice(f.span.start, f.span.end)}`);

interface Expectation {
  /** Why the file is here. */
  readonly what: string;
  readonly check: (c: Checked & { encoding: string }) => void;
}

const expectError = (ruleId: string, pattern: RegExp) => (c: Checked) => {
  const errors = parseErrors(c.result.findings, 'error', ruleId);
  assert.ok(errors.some((f) => pattern.test(f.message)), `an error ${ruleId} matching ${pattern}; got ${JSON.stringify(parseErrors(c.result.findings).map((f) => `${f.ruleId}: ${f.message}`))}`);
};
const expectProblem = (ruleId: string, pattern: RegExp) => (c: Checked) => {
  assert.ok(
    parseErrors(c.result.findings, undefined, ruleId).some((f) => pattern.test(f.message)),
    `a ${ruleId} matching ${pattern}; got ${JSON.stringify(parseErrors(c.result.findings).map((f) => `${f.ruleId}: ${f.message}`))}`,
  );
};

const example = (): Checked => analyzeFile(EXAMPLE_837P);

/** The table: one row per file in test/fixtures/bad (the README lists the same). */
const TABLE: Record<string, Expectation> = {
  'empty.837': { what: 'empty file', check: expectError('parse-error', /empty/i) },
  'binary-png.837': { what: 'PNG bytes named .837', check: expectError('parse-error', /binary data/i) },
  'utf16le-bom.837': {
    what: 'the 837P example saved as UTF-16 LE with BOM: decoded, linted like the UTF-8 file',
    check: (c) => {
      assert.equal(c.encoding, 'utf-16le');
      assert.deepEqual(claimFindings(c), claimFindings(example()));
      assert.equal(parseErrors(c.result.findings).length, 0);
    },
  },
  'utf16be-bom.837': {
    what: 'the 837P example saved as UTF-16 BE with BOM: decoded, linted like the UTF-8 file',
    check: (c) => {
      assert.equal(c.encoding, 'utf-16be');
      assert.deepEqual(claimFindings(c), claimFindings(example()));
      assert.equal(parseErrors(c.result.findings).length, 0);
    },
  },
  'utf16le-nobom-truncated.txt': { what: 'public sample: UTF-16 LE without BOM, truncated', check: expectError('parse-error', /UTF-16/) },
  'isa-truncated.837': { what: 'ISA cut after 40 characters, nothing else', check: expectError('x12-envelope', /ISA/) },
  'isa-wrong-length.837': {
    what: 'ISA padded short (94 characters): reported, claims still read',
    check: (c) => {
      expectProblem('x12-envelope', /ISA.*106|106.*ISA/)(c);
      assert.deepEqual(claimFindings(c), claimFindings(example()));
    },
  },
  'missing-se-ge-iea.837': {
    what: 'transaction not closed: no SE, GE, IEA',
    check: (c) => {
      expectProblem('x12-envelope', /\bSE\b/)(c);
      expectProblem('x12-envelope', /\bIEA\b/)(c);
      assert.deepEqual(claimFindings(c), claimFindings(example()));
    },
  },
  'se-count-wrong.837': { what: 'SE01 segment count 7 instead of 55', check: expectProblem('x12-envelope', /SE01/) },
  'invalid-claim.json': { what: 'FHIR Claim with a trailing comma and no closing braces', check: expectError('json-syntax', /remove this comma/i) },
  'truncated-claim.json': { what: 'the FHIR example cut at 700 bytes', check: expectError('json-syntax', /restore the end of this file/i) },
  'not-a-claim.json': {
    what: 'package.json-like JSON asked to be checked: not a claim, one notice saying so',
    check: (c) => {
      assert.equal(c.doc.format, 'none');
      assert.deepEqual(c.result.findings.map((f) => `${f.ruleId} ${f.severity}`), ['not-a-claim information']);
    },
  },
  'malformed-crosswalk.csv': { what: 'bad crosswalk CSV (for --crosswalk); linted as a claim file it is binary junk', check: expectError('parse-error', /binary data/i) },
};

describe('bad input corpus (test/fixtures/bad)', () => {
  const files = readdirSync(BAD).filter((n) => n !== 'README.md');

  it('every file has a row in the table and in README.md, and every row a file', () => {
    const readme = readFileSync(join(BAD, 'README.md'), 'utf8');
    assert.deepEqual([...files].sort(), Object.keys(TABLE).sort());
    for (const name of files) assert.ok(readme.includes(`\`${name}\``), `README.md lists ${name}`);
  });

  for (const [name, row] of Object.entries(TABLE)) {
    it(`${name}: ${row.what}`, () => {
      const c = analyzeFile(join(BAD, name));
      assertCleanMessages(c.result.findings);
      row.check(c);
    });
  }

  it('an empty JSON file asked for (CLI) is one clear error; in the editor, and as unnamed text, nothing', () => {
    expectError('parse-error', /JSON/)(checkAll('', { fileName: 'claim.json', requested: true }));
    assert.deepEqual(checkAll('', { fileName: 'claim.json', languageId: 'json' }).result.findings, []);
    assert.deepEqual(checkAll('', {}).result.findings, []);
  });

  it('deeply nested JSON (100k "[") is refused without a stack overflow; silently when it is not a claim', () => {
    const deep = '['.repeat(100_000);
    assert.deepEqual(checkAll(deep, { fileName: 'deep.json' }).result.findings, []);
    assert.deepEqual(checkAll(deep + ']'.repeat(100_000), { fileName: 'deep.json' }).result.findings, []);
    const claim = checkAll(`{"resourceType":"Claim","item":${'['.repeat(100_000)}`, { fileName: 'deep.json' });
    expectError('parse-error', /nests more than/)(claim);
    const objects = checkAll(`{"resourceType":"Claim","item":[${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}]}`, { fileName: 'deep.json' });
    expectError('parse-error', /nests more than/)(objects);
  });

  it('deep X12 composite/repetition noise does not recurse either', () => {
    const text = `ISA*00*          *00*          *ZZ*A              *ZZ*B              *261130*1200*^*00501*000000001*0*T*:~ST*837*1~SV1*${':'.repeat(100_000)}${'^'.repeat(100_000)}~`;
    checkAll(text, { fileName: 'x.837' });
  });

  it('a malformed crosswalk CSV gives an error, never an exception', () => {
    const result = loadCrosswalkCsv(readFileSync(join(BAD, 'malformed-crosswalk.csv'), 'utf8'), 'malformed-crosswalk.csv');
    assert.equal(result.crosswalk, undefined);
    assert.match(result.error ?? '', /\S/);
    for (const text of ['', '\uFEFF', '"', 'HCPCS,NDC\n"J7599,"', 'HCPCS,NDC\nJ7599,0037820460\n', `HCPCS,NDC\n${'"'.repeat(10_000)}`]) {
      const r = loadCrosswalkCsv(text, 'x.csv');
      assert.ok(r.crosswalk || r.error, `a crosswalk or an error for ${JSON.stringify(text.slice(0, 30))}`);
    }
  });
});

describe('20 MB on one line (hang guard: CPU time, generous bound)', () => {
  const cpuSeconds = (fn: () => void): number => {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1e6;
  };

  it('X12: parse + lint finish, findings are capped', { timeout: 300_000 }, () => {
    const text = oneLineX12(20 * 1024 * 1024);
    assert.ok(!/[\r\n]/.test(text) && text.length >= 20 * 1024 * 1024);
    let checked: Checked | undefined;
    const seconds = cpuSeconds(() => (checked = checkAll(text, { fileName: 'big.837' })));
    assert.ok(checked!.result.truncated, 'findings capped at maxFindingsPerFile');
    assert.ok(seconds < 90, `took ${seconds.toFixed(1)} s of CPU`);
  });

  it('FHIR JSON: parse + lint finish, findings are capped', { timeout: 300_000 }, () => {
    const text = oneLineFhir(20 * 1024 * 1024);
    let checked: Checked | undefined;
    const seconds = cpuSeconds(() => (checked = checkAll(text, { fileName: 'big.json' })));
    assert.ok(checked!.result.truncated, 'findings capped at maxFindingsPerFile');
    assert.ok(seconds < 90, `took ${seconds.toFixed(1)} s of CPU`);
  });
});

/**
 * Public samples (test/fixtures/samples, see /work/shared/samples/INDEX.md): each is read without an error-severity
 * parse-error, except those INDEX.md documents as defective. Warnings (4010, text before ISA, mismatched IEA…) are fine.
 */
const DEFECTIVE_SAMPLES: Record<string, [string, RegExp]> = {
  // UTF-16 LE without a BOM, truncated after NM1*41: the editor sees NUL-laden text.
  '837p-oopfactory-utf16le-truncated.txt': ['parse-error', /UTF-16/],
  // The ISA segment is missing (the file starts at GS).
  '837i-databricks-malformed-missing-isa-iea.txt': ['x12-envelope', /ISA/],
};

describe('public samples (test/fixtures/samples)', () => {
  const names = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((n) => !n.endsWith('.md')) : [];

  it('the samples are present', () => {
    assert.ok(names.length > 0, 'test/fixtures/samples is empty');
    for (const name of Object.keys(DEFECTIVE_SAMPLES)) assert.ok(names.includes(name), `defective sample ${name} present`);
  });

  for (const name of names) {
    const defect = DEFECTIVE_SAMPLES[name];
    it(`${name}: ${defect ? `defective, reported (${defect[0]} ${defect[1]})` : 'read without an error-severity parse-error'}`, () => {
      const c = analyzeFile(join(SAMPLES, name));
      assertCleanMessages(c.result.findings);
      if (defect) {
        expectError(...defect)(c);
      } else {
        assert.deepEqual(parseErrors(c.result.findings, 'error').map((f) => f.message), []);
        assert.notEqual(c.doc.format, 'none', 'recognised as a claim format');
        assert.ok(c.doc.claims.length > 0, 'at least one claim read');
      }
    });
  }
});
