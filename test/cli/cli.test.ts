import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DIST, EXAMPLES } from '../helpers/paths';

const CLI = join(DIST, 'cli.js');
const EXAMPLE_837P = join(EXAMPLES, 'professional-837p.837');

function cli(args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('claimlint CLI', () => {
  it('prints compiler-style text and exits 1 when an error is found', () => {
    const { code, stdout } = cli([EXAMPLE_837P]);
    assert.equal(code, 1);
    const line = stdout.split('\n').find((l) => l.includes('[ndc-missing]'));
    assert.ok(line, stdout);
    assert.match(line, /^.*professional-837p\.837:\d+:\d+ error .+ \[ndc-missing\]$/);
  });

  it('emits the documented JSON shape with 0-based positions', () => {
    const { code, stdout } = cli(['--format', 'json', EXAMPLE_837P]);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    assert.equal(report.files[0].format, 'x12-837p');
    const finding = report.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'ndc-missing');
    assert.ok(finding);
    const lines = readFileSync(EXAMPLE_837P, 'utf8').split('\n');
    const { start, end } = finding.range;
    assert.equal(lines[start.line].slice(start.character, end.character), 'J7599');
    assert.ok(Array.isArray(finding.fixes));
  });

  it('emits SARIF 2.1.0', () => {
    const { stdout } = cli(['--format', 'sarif', EXAMPLE_837P]);
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'ndc-missing');
    assert.ok(result);
    assert.equal(result.level, 'error');
    assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
    assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'ndc-missing'));
  });

  it('exits 0 for a file without errors and for non-claim JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlint-cli-'));
    writeFileSync(join(dir, 'package.json'), '{"name":"x"}');
    const { code, stdout } = cli([join(dir, 'package.json')]);
    assert.equal(code, 0, stdout);
  });

  it('exits quietly with its normal status when the reader closes the pipe (claimlint … | head)', () => {
    for (const format of ['text', 'json', 'sarif']) {
      // A real shell pipeline into `head`, which exits after the first bytes; PIPESTATUS keeps claimlint's own status.
      const script = `"$0" "$1" --format ${format} "$2" "$3" | head -c 20 >/dev/null; exit \${PIPESTATUS[0]}`;
      const result = spawnSync('bash', ['-c', script, process.execPath, CLI, EXAMPLES, join(EXAMPLES, '..', 'test', 'fixtures')], { encoding: 'utf8' });
      assert.equal(result.stderr, '', `${format}: nothing on stderr`);
      assert.equal(result.status, 1, `${format}: the normal status (errors were found)`);
    }
  });

  it('exits 2 for bad usage and for a missing file', () => {
    assert.equal(cli([]).code, 2);
    assert.equal(cli(['--format', 'xml', EXAMPLE_837P]).code, 2);
    assert.equal(cli(['--payer', 'nobody', EXAMPLE_837P]).code, 2);
    assert.equal(cli(['--service-date', '2026-13-45', EXAMPLE_837P]).code, 2);
    const missing = cli(['/nonexistent/claim.837']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr + missing.stdout, /no such file/);
  });

  it('a broken .claimlintrc.json is one located error (exit 2); an unknown key is a warning and the run goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlint-rc-'));
    copyFileSync(EXAMPLE_837P, join(dir, 'claim.837'));
    writeFileSync(join(dir, '.claimlintrc.json'), '{\n  "payers": [\n    { "name": "X", "match": {}, "type": "insurer" }\n  ]\n}\n');
    const invalid = cli(['claim.837'], dir);
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /\.claimlintrc\.json: line 3, column \d+: payers\[0\]\.type must be one of "medicare", "medicare-dme"/);
    writeFileSync(join(dir, '.claimlintrc.json'), '{ "rules": { "ndc-missing": "off" }, "colour": "blue" }');
    const unknown = cli(['--format', 'json', 'claim.837'], dir);
    assert.match(unknown.stderr, /warning: line 1, column 38: "colour" is not a setting claimlint knows; it is ignored/);
    assert.equal(JSON.parse(unknown.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'ndc-missing').length, 0);
    writeFileSync(join(dir, '.claimlintrc.json'), '{ "rules": ');
    assert.match(cli(['claim.837'], dir).stderr, /line 1, column 12: \.claimlintrc\.json is not valid JSON/);
  });

  it('honours .claimlintrc.json in the working directory, and flags win over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlint-rc-'));
    copyFileSync(EXAMPLE_837P, join(dir, 'claim.837'));
    writeFileSync(join(dir, '.claimlintrc.json'), JSON.stringify({ rules: { 'ndc-missing': 'off' } }));
    const off = JSON.parse(cli(['--format', 'json', 'claim.837'], dir).stdout);
    assert.equal(off.files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'ndc-missing').length, 0);
    writeFileSync(join(dir, 'old-quarter.csv'), 'not,a,crosswalk\n1,2,3\n');
    writeFileSync(join(dir, '.claimlintrc.json'), JSON.stringify({ crosswalkPath: 'old-quarter.csv' }));
    const withCrosswalk = cli(['--format', 'json', 'claim.837'], dir);
    assert.match(withCrosswalk.stderr, /old-quarter\.csv.*not usable.*shipped CMS snapshot/s, 'rc crosswalkPath is read and its error reported');
    assert.equal(withCrosswalk.code, 1, 'the claim is still linted with the snapshot');
    writeFileSync(join(dir, '.claimlintrc.json'), '{ not json');
    const bad = cli(['claim.837'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /\.claimlintrc\.json is not valid JSON/);
  });

  it('lints a directory (several files, worker threads) in a stable order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlint-dir-'));
    for (let i = 0; i < 10; i++) copyFileSync(EXAMPLE_837P, join(dir, `claim-${String(i).padStart(2, '0')}.837`));
    const { stdout } = cli(['--format', 'json', '--jobs', '2', dir]);
    const report = JSON.parse(stdout);
    assert.equal(report.files.length, 10);
    assert.deepEqual(
      report.files.map((f: { path: string }) => f.path),
      [...report.files.map((f: { path: string }) => f.path)].sort(),
    );
    const counts = new Set(report.files.map((f: { findings: unknown[] }) => f.findings.length));
    assert.equal(counts.size, 1, 'every copy gets the same findings');
  });
});
