// The CLI on bad input (test/fixtures/bad, README.md there), mutated claims, a bad --crosswalk, and --fix failures:
// exit status only 0, 1 or 2; a clear message; never a stack trace; never a truncated or half-written claim.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { DIST, EXAMPLES, FIXTURES } from '../helpers/paths';
import { applyMutations, mutationArb, oneLineX12, seedCorpus, SEED } from '../unit/fuzz-support';

const CLI = join(DIST, 'cli.js');
const BAD = join(FIXTURES, 'bad');
const EXAMPLE_837P = join(EXAMPLES, 'professional-837p.837');
const work = mkdtempSync(join(tmpdir(), 'claimlint-bad-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], options: { timeout?: number; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: options.cwd ?? work, timeout: options.timeout ?? 60_000, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.error, undefined, `the CLI ran (${result.error?.message})`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Nothing on any stream may look like a crash. */
function assertNoCrash(out: { stdout: string; stderr: string; code: number | null }): void {
  assert.ok(out.code === 0 || out.code === 1 || out.code === 2, `exit status ${out.code}`);
  for (const stream of [out.stdout, out.stderr]) {
    assert.doesNotMatch(stream, /\n\s+at .+[:(]\d+|internal error|\b(TypeError|RangeError|ReferenceError)\b/, `crash-like output:\n${stream.slice(0, 2000)}`);
  }
}

/** Expected exit status per corpus file (see test/fixtures/bad/README.md). */
const EXIT: Record<string, number> = {
  'empty.837': 1,
  'binary-png.837': 1,
  'utf16le-bom.837': 1, // the decoded example has error findings
  'utf16be-bom.837': 1,
  'utf16le-nobom-truncated.txt': 1,
  'isa-truncated.837': 1,
  'isa-wrong-length.837': 1,
  'missing-se-ge-iea.837': 1,
  'se-count-wrong.837': 1,
  'invalid-claim.json': 1,
  'truncated-claim.json': 1,
  'not-a-claim.json': 0,
  'malformed-crosswalk.csv': 1,
};

describe('CLI on the bad input corpus', () => {
  for (const [name, code] of Object.entries(EXIT)) {
    it(`${name}: exit ${code}, a finding or a note, nothing on stderr`, () => {
      const out = cli([join(BAD, name)]);
      assertNoCrash(out);
      assert.equal(out.code, code, out.stdout);
      assert.equal(out.stderr, '');
      const mine = out.stdout.split('\n').filter((l) => l.startsWith(join(BAD, name)));
      assert.ok(mine.length > 0, `at least one line about the file:\n${out.stdout}`);
    });
  }

  it('all of them at once, as JSON: every file reported, exit 1', () => {
    const out = cli(['--format', 'json', ...Object.keys(EXIT).map((n) => join(BAD, n))]);
    assertNoCrash(out);
    assert.equal(out.code, 1);
    assert.equal(JSON.parse(out.stdout).files.length, Object.keys(EXIT).length);
  });

  it('UTF-16 with BOM gives the same findings as the UTF-8 file', () => {
    const utf8 = JSON.parse(cli(['--format', 'json', EXAMPLE_837P]).stdout).files[0].findings;
    for (const name of ['utf16le-bom.837', 'utf16be-bom.837']) {
      const decoded = JSON.parse(cli(['--format', 'json', join(BAD, name)]).stdout).files[0].findings;
      assert.deepEqual(decoded, utf8, name);
    }
  });

  it('--fix never rewrites a UTF-16 file', () => {
    const copy = join(work, 'utf16.837');
    copyFileSync(join(BAD, 'utf16le-bom.837'), copy);
    const out = cli(['--fix', copy]);
    assertNoCrash(out);
    assert.deepEqual(readFileSync(copy), readFileSync(join(BAD, 'utf16le-bom.837')));
    assert.ok(!existsSync(`${copy}.bak`));
  });
});

describe('CLI with a malformed --crosswalk', () => {
  const plain = cli(['--format', 'json', EXAMPLE_837P]);

  for (const [label, csv] of [
    ['malformed CSV', join(BAD, 'malformed-crosswalk.csv')],
    ['missing file', join(work, 'no-such-crosswalk.csv')],
    ['a directory', work],
    ['an empty file', join(BAD, 'empty.837')],
  ] as const) {
    it(`${label}: one clear stderr line, the shipped snapshot stays in use, exit decided by the claims`, () => {
      const out = cli(['--format', 'json', '--crosswalk', csv, EXAMPLE_837P]);
      assertNoCrash(out);
      assert.equal(out.code, plain.code, 'same exit status as without --crosswalk');
      const lines = out.stderr.trim().split('\n');
      assert.equal(lines.length, 1, out.stderr);
      assert.match(lines[0], /^claimlint: .*crosswalk.*shipped CMS snapshot/i);
      assert.deepEqual(JSON.parse(out.stdout).files[0].findings, JSON.parse(plain.stdout).files[0].findings, 'findings as with the snapshot');
    });
  }
});

describe('CLI on mutated claims (fixed seed)', () => {
  const dir = join(work, 'mutated');
  mkdirSync(dir);
  const corpus = seedCorpus();
  const cases = fc.sample(fc.tuple(fc.constantFrom(...corpus), fc.array(mutationArb, { minLength: 1, maxLength: 6 })), { seed: SEED, numRuns: 16 });
  cases.forEach(([seed, mutations], i) => {
    writeFileSync(join(dir, `m${String(i).padStart(2, '0')}-${seed.name}`), applyMutations(seed.text, mutations));
  });

  it('a directory of 16 mutated files (worker threads): exit 0, 1 or 2, every file reported', () => {
    const out = cli(['--format', 'json', dir]);
    assertNoCrash(out);
    const report = JSON.parse(out.stdout);
    assert.equal(report.files.length, readdirSync(dir).length);
    for (const file of report.files) assert.deepEqual(file.ruleFailures ?? [], [], `${file.path}: no rule failed`);
  });

  it('one thread, text and SARIF output', () => {
    for (const format of ['text', 'sarif']) assertNoCrash(cli(['--jobs', '1', '--format', format, dir]));
  });

  it('--fix on the mutated files: exit 0, 1 or 2; a second --fix changes nothing more', () => {
    const fixDir = join(work, 'mutated-fix');
    mkdirSync(fixDir);
    for (const name of readdirSync(dir)) copyFileSync(join(dir, name), join(fixDir, name));
    assertNoCrash(cli(['--fix', '--no-backup', fixDir]));
    const once = readdirSync(fixDir).map((n) => readFileSync(join(fixDir, n), 'utf8'));
    assertNoCrash(cli(['--fix', '--no-backup', fixDir]));
    const twice = readdirSync(fixDir).map((n) => readFileSync(join(fixDir, n), 'utf8'));
    assert.deepEqual(twice, once);
    assert.deepEqual(readdirSync(fixDir).filter((n) => n.endsWith('.tmp')), [], 'no temp file left behind');
  });
});

describe('CLI --fix writes atomically', () => {
  const fixable = (name: string): string => {
    const path = join(work, name);
    copyFileSync(EXAMPLE_837P, path);
    return path;
  };

  it('writes the fix, keeps a .bak identical to the original, leaves no temp file', () => {
    const path = fixable('ok.837');
    const original = readFileSync(path, 'utf8');
    const out = cli(['--fix', path]);
    assertNoCrash(out);
    assert.match(out.stdout, /fixed \d+ problem/);
    assert.notEqual(readFileSync(path, 'utf8'), original);
    assert.equal(readFileSync(`${path}.bak`, 'utf8'), original);
    assert.deepEqual(readdirSync(work).filter((n) => n.includes('claimlint-') && n.endsWith('.tmp')), []);
  });

  it('when the backup cannot be written (FILE.bak is a directory): the claim is untouched, the CLI says so, exit 2', () => {
    const path = fixable('bak-blocked.837');
    mkdirSync(`${path}.bak`);
    const before = readFileSync(path);
    const out = cli(['--fix', path]);
    assertNoCrash(out);
    assert.equal(out.code, 2);
    assert.match(out.stdout, /fixes not written \(file left unchanged\)/);
    assert.deepEqual(readFileSync(path), before, 'original bytes unchanged');
    assert.deepEqual(readdirSync(work).filter((n) => n.includes('bak-blocked') && n.endsWith('.tmp')), [], 'the temp copy of the claim was removed');
  });

  it('a symlinked claim: the target is fixed and the link stays a link', () => {
    const target = fixable('target.837');
    const link = join(work, 'link.837');
    symlinkSync(target, link);
    const before = readFileSync(target, 'utf8');
    assertNoCrash(cli(['--fix', '--no-backup', link]));
    assert.notEqual(readFileSync(target, 'utf8'), before, 'target fixed');
    assert.equal(readFileSync(link, 'utf8'), readFileSync(target, 'utf8'));
    assert.ok(lstatSync(link).isSymbolicLink(), 'still a symlink');
  });
});

describe('CLI on 20 MB without line breaks (hang guard)', () => {
  it('finishes, caps findings, exit 1, nothing on stderr', { timeout: 330_000 }, () => {
    const path = join(work, 'big-oneline.837');
    writeFileSync(path, oneLineX12(20 * 1024 * 1024));
    const out = cli([path], { timeout: 300_000 });
    assertNoCrash(out);
    assert.equal(out.code, 1);
    assert.equal(out.stderr, '');
    assert.match(out.stdout, /1000 of \d+ findings shown \(every rule ran on every line\)/);
    rmSync(path);
  });
});
