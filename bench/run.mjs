// claimlint benchmark: `npm run bench` (builds first), or
//   node bench/run.mjs [--quick] [--only NAME[,NAME]] [--no-peers] [--no-lsp] [--no-docs] [--from-results]
//
// Generates the seeded claim files (bench/.data/, git-ignored), then measures side by side, each file in a fresh
// Node process: the indexOf floor, claimlint parse, parse + all rules, the peers node-x12 and x12-parser, the CLI
// as a process, and the editor path over LSP (with its correctness check). Writes bench/results/latest.json
// (git-ignored); a full run also rewrites bench/chart.png and the section of docs/performance.md (which the README
// summarises) between <!-- perf:start --> and <!-- perf:end -->. A FAIL target leaves the exit status 0 (the PASS/FAIL lines are the report; `npm test` never
// asserts on timings); a correctness failure (editor results after edits differ from a full re-check) exits 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chartPng } from './chart.mjs';
import { DATASET, ensureFile } from './generate.mjs';
import { updateReadme } from './report.mjs';
import { correctnessSessions, evaluateTargets, fmt } from './targets.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(HERE);
const OUT = join(REPO, 'out', 'bench');
const MB = 1048576;
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const withPeers = !argv.includes('--no-peers') && !argv.includes('--no-x12lib');
const withLsp = !argv.includes('--no-lsp');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : undefined;
const writeDocs = !quick && !only && !argv.includes('--no-docs');
/** The peers need seconds per MB (node-x12 also a lot of memory): beyond these sizes they are skipped. */
const NODE_X12_MAX_BYTES = 11 * MB;
const X12_PARSER_MAX_BYTES = 11 * MB;
/** Editor sessions: the measured ones (default settings) and the uncapped ones compared after every edit. */
const LSP_MEASURED = quick ? ['837p-1m.837p', '837p-10m.837p'] : ['837p-1m.837p', '837p-10m.837p', 'fhir-1m.json'];
const LSP_VERIFY_EACH = quick ? ['837p-1m.837p'] : ['837p-1m.837p', '837i-1m.837i', 'fhir-1m.json'];
const EDITS = quick ? { count: 20, budgetMs: 30_000, verifyCount: 12 } : { count: 60, budgetMs: 120_000, verifyCount: 30 };
const UNCAPPED_SETTINGS = JSON.stringify({ maxFindingsPerFile: 1_000_000_000 });
const CHART = 'bench/chart.png';

const started = Date.now();
let loadAtStart = loadavg();
const log = (s = '') => process.stdout.write(s + '\n');

// ---------------------------------------------------------------------------------------------------------------
// Build the bench bundles (the product bundles come from `npm run build`; the peers stay outside every bundle).

async function build() {
  if (!existsSync(join(REPO, 'dist', 'cli.js')) || !existsSync(join(REPO, 'dist', 'server.js'))) {
    throw new Error('dist/ is missing: run `npm run bench` (it builds first) or `npm run build`.');
  }
  await esbuild.build({
    entryPoints: { inproc: join(HERE, 'inproc.ts'), lsp: join(HERE, 'lsp.ts'), profile: join(HERE, 'profile.ts') },
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    external: ['node-x12', 'x12-parser'],
    define: { CLAIMLINT_VERSION: '"bench"' },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

function runJson(args, timeoutMs) {
  const r = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * MB });
  const line = (r.stdout ?? '').trim().split('\n').pop();
  if (r.status !== 0 || !line) return { error: `exit ${r.status ?? r.signal}: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ').slice(0, 400)}` };
  try {
    return JSON.parse(line);
  } catch {
    return { error: `unreadable output: ${line.slice(0, 200)}` };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The CLI as a process: wall time measured here, peak RSS from /usr/bin/time (or a preload hook without it).

const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function runCliOnce(path) {
  const cli = join(REPO, 'dist', 'cli.js');
  const hook = join(HERE, 'rss-hook.cjs');
  const [cmd, args] = TIME_BIN
    ? [TIME_BIN, ['-f', '@@bench maxrss_kb=%M', process.execPath, cli, path]]
    : [process.execPath, ['--require', hook, cli, path]];
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 300_000 });
  const wallMs = performance.now() - t0;
  const m = /@@bench maxrss_kb=(\d+)/.exec(r.stderr ?? '');
  const oom = /heap out of memory|Allocation failed/i.test(r.stderr ?? '');
  // 0 = clean, 1 = errors found: both mean the file was linted.
  return { wallMs, exit: r.status, ok: r.status === 0 || r.status === 1, oom, peakRssMB: m ? Number(m[1]) / 1024 : undefined, stderr: r.status > 1 ? (r.stderr ?? '').slice(-300) : undefined };
}

function runCli(path, bytes) {
  const rounds = bytes >= 40 * MB ? 1 : bytes >= 8 * MB ? 3 : 5;
  const runs = [];
  for (let i = 0; i < rounds; i++) runs.push(runCliOnce(path));
  const wall = runs.map((r) => r.wallMs).sort((a, b) => a - b);
  return {
    ms: wall[0],
    medianMs: wall[wall.length >> 1],
    rounds,
    ok: runs.every((r) => r.ok),
    oom: runs.some((r) => r.oom),
    exit: runs[0].exit,
    peakRssMB: Math.max(...runs.map((r) => r.peakRssMB ?? 0)) || undefined,
    stderr: runs.find((r) => r.stderr)?.stderr,
  };
}

// ---------------------------------------------------------------------------------------------------------------

function measure(f) {
  const isX12 = f.kind !== 'fhir';
  const peers = withPeers && isX12 ? [...(f.bytes <= NODE_X12_MAX_BYTES ? ['--node-x12'] : []), ...(f.bytes <= X12_PARSER_MAX_BYTES ? ['--x12-parser'] : [])] : [];
  process.stdout.write(`… ${f.name}: in-process${peers.length ? ' + peers' : ''}`);
  const inproc = runJson(['--expose-gc', join(OUT, 'inproc.js'), f.path, ...peers], 900_000);
  process.stdout.write(', CLI');
  const cli = runCli(f.path, f.bytes);
  const lspArgs = ['--edits', String(EDITS.count), '--hovers', '100', '--budget-ms', String(EDITS.budgetMs)];
  let lsp;
  let verify;
  if (withLsp && LSP_MEASURED.includes(f.name)) {
    process.stdout.write(', editor');
    lsp = runJson([join(OUT, 'lsp.js'), f.path, ...lspArgs], 900_000);
  }
  if (withLsp && LSP_VERIFY_EACH.includes(f.name)) {
    process.stdout.write(', editor correctness');
    verify = runJson([join(OUT, 'lsp.js'), f.path, '--edits', String(EDITS.verifyCount), '--hovers', '10', '--verify', 'each', '--settings', UNCAPPED_SETTINGS], 900_000);
  }
  process.stdout.write('\n');
  return { name: f.name, kind: f.kind, bytes: f.bytes, claims: f.claims, inproc, cli, lsp, verify };
}

function rowOf(r) {
  const ip = r.inproc.error ? {} : r.inproc;
  const mbps = (ms) => (ms ? r.bytes / MB / (ms / 1000) : undefined);
  const peer = (p) => (p && !p.error ? p.ms : undefined);
  const rulesMs = ip.parseRulesUncapped?.ms;
  const nodeX12Ms = peer(ip.nodeX12);
  const x12ParserMs = peer(ip.x12Parser);
  return {
    name: r.name,
    kind: r.kind,
    mb: r.bytes / MB,
    floorMs: ip.floor?.ms,
    parseMs: ip.parse?.ms,
    rulesMs,
    rulesDefaultMs: ip.parseRules?.ms,
    lintMs: ip.lintOnly?.ms,
    nodeX12Ms,
    x12ParserMs,
    cliMs: r.cli.ms,
    cliOk: r.cli.ok && !r.cli.oom,
    floor: mbps(ip.floor?.ms),
    parse: mbps(ip.parse?.ms),
    rules: mbps(rulesMs),
    rulesDefault: mbps(ip.parseRules?.ms),
    nodeX12: mbps(nodeX12Ms),
    x12Parser: mbps(x12ParserMs),
    cli: mbps(r.cli.ms),
    vsFloor: rulesMs && ip.floor ? rulesMs / ip.floor.ms : undefined,
    vsNodeX12: nodeX12Ms && rulesMs ? nodeX12Ms / rulesMs : undefined,
    vsX12Parser: x12ParserMs && rulesMs ? x12ParserMs / rulesMs : undefined,
    parseVsNodeX12: nodeX12Ms && ip.parse ? nodeX12Ms / ip.parse.ms : undefined,
    parseVsX12Parser: x12ParserMs && ip.parse ? x12ParserMs / ip.parse.ms : undefined,
    heapMB: ip.memory?.heapUsedMB,
    cliPeakRssMB: r.cli.peakRssMB,
    findings: ip.summary?.total,
    lines: ip.summary?.lines,
    peerErrors: [ip.nodeX12?.error && `node-x12: ${ip.nodeX12.error}`, ip.x12Parser?.error && `x12-parser: ${ip.x12Parser.error}`].filter(Boolean),
    error: r.inproc.error,
    lsp: r.lsp,
    verify: r.verify,
  };
}

function printTable(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  log(line(head));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) log(line(row));
}

const x = (n) => (n ? `${fmt(n, n >= 10 ? 0 : 1)}×` : '—');

function printResults(rows) {
  log();
  log('In process (MB/s, best of N; every column includes reading the file)');
  printTable(
    ['file', 'MB', 'floor', 'parse', 'parse+all rules', 'default cap', 'node-x12', 'x12-parser', 'p+r ms', 'p+r/floor', 'vs node-x12', 'vs x12-parser', 'parse vs node-x12', 'parse vs x12-parser', 'findings', 'heap MB'],
    rows.map((r) => [
      r.name, fmt(r.mb, 2), fmt(r.floor, 0), fmt(r.parse, 1), fmt(r.rules, 1), fmt(r.rulesDefault, 1), fmt(r.nodeX12, 2), fmt(r.x12Parser, 2),
      fmt(r.rulesMs, 0), x(r.vsFloor), x(r.vsNodeX12), x(r.vsX12Parser), x(r.parseVsNodeX12), x(r.parseVsX12Parser), r.findings ?? '—', fmt(r.heapMB, 0),
    ]),
  );
  log('  parse+all rules = every rule over every line, no findings cap (the headline); default cap = default settings (1000 shown).');
  log('  vs <peer> = peer parse time / claimlint time (how many times faster claimlint is; the peers run no rules).');
  for (const r of rows) {
    if (r.error) log(`  ${r.name}: in-process run failed: ${r.error}`);
    for (const e of r.peerErrors) log(`  ${r.name}: ${e}`);
  }

  log();
  log('CLI as a process (dist/cli.js FILE, best of N wall)');
  printTable(
    ['file', 'MB', 'wall ms', 'MB/s', 'peak RSS MB', 'budget MB'],
    rows.map((r) => [r.name, fmt(r.mb, 2), fmt(r.cliMs, 0), fmt(r.cli, 1), fmt(r.cliPeakRssMB, 0), fmt(r.mb >= 40 ? 400 : 100 + 6 * r.mb, 0)]),
  );

  const editor = rows.filter((r) => r.lsp || r.verify);
  if (!editor.length) return;
  log();
  log('Editor over LSP (dist/server.js --stdio, pull diagnostics; ms; hover p95 during the first check / during a re-check / on a checked document)');
  printTable(
    ['file', 'open→diags', 'open+hovers', 'edit p50', 'edit p95', 'edits', 'hover 1st check', 'hover re-check', 'hover checked', 'RSS after open', 'RSS end', 'peak RSS', 'correctness'],
    editor.flatMap(({ name, lsp, verify }) => {
      const out = [];
      if (lsp?.error) out.push([name, `failed: ${lsp.error.slice(0, 100)}`, '', '', '', '', '', '', '', '', '', '', '']);
      else if (lsp) {
        const h = lsp.hover;
        out.push([name, fmt(lsp.openMs, 0), fmt(lsp.reopenWithHoversMs, 0), fmt(lsp.edit?.p50, 1), fmt(lsp.edit?.p95, 1), lsp.edit?.n ?? 0, fmt(h.duringFirstCheck?.p95, 1), fmt(h.duringRecheck?.p95, 1), fmt(h.checked?.p95, 2), fmt(lsp.serverRssAfterOpenMB, 0), fmt(lsp.serverRssMB, 0), fmt(lsp.serverPeakRssMB, 0), lsp.correctness.ok ? `same (${lsp.correctness.diagnostics})` : 'DIFFERENT']);
      }
      if (verify?.error) out.push([`${name} uncapped`, `failed: ${verify.error.slice(0, 100)}`, '', '', '', '', '', '', '', '', '', '', '']);
      else if (verify) out.push([`${name} uncapped`, fmt(verify.openMs, 0), '', fmt(verify.edit?.p50, 1), fmt(verify.edit?.p95, 1), verify.edit?.n ?? 0, '', '', '', '', '', fmt(verify.serverPeakRssMB, 0), verify.correctness.ok ? `same ×${verify.correctness.checks} (${verify.correctness.diagnostics})` : 'DIFFERENT']);
      return out;
    }),
  );
  log('  uncapped rows: settings maxFindingsPerFile 1e9, every diagnostic compared with a full re-check after every edit (timings not used for targets).');
}

async function main() {
  if (argv.includes('--from-results')) {
    // Rewrite the chart and the docs/performance.md section from bench/results/latest.json without measuring again.
    const saved = JSON.parse(readFileSync(join(HERE, 'results', 'latest.json'), 'utf8'));
    writeDocsFor(saved.rows, saved.targets, saved.environment);
    return;
  }
  await build();
  const set = DATASET.filter((e) => (only ? only.includes(e.name) : !quick || e.quick));
  if (set.length === 0) throw new Error(`no benchmark file matches --only ${only}: ${DATASET.map((e) => e.name).join(', ')}`);
  loadAtStart = loadavg();
  log(`claimlint bench${quick ? ' (quick)' : ''}: ${set.length} files, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const files = set.map((entry) => {
    const info = ensureFile(entry);
    return { ...entry, path: info.path, bytes: info.written, claims: info.claims };
  });
  log(`data: ${files.map((f) => `${f.name} (${fmt(f.bytes / MB, 2)} MB)`).join(', ')}`);
  log();

  const results = files.map(measure);
  const rows = results.map(rowOf);
  printResults(rows);

  const targets = evaluateTargets(rows);
  log();
  log('Targets (issue 16)');
  for (const t of targets) log(`  ${t.status.padEnd(4)}  ${t.name}: ${t.detail}`);

  const environment = { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), loadavgAtStart: loadAtStart, loadavgAtEnd: loadavg(), quick, durationS: (Date.now() - started) / 1000 };
  mkdirSync(join(HERE, 'results'), { recursive: true });
  const resultsPath = join(HERE, 'results', 'latest.json');
  writeFileSync(resultsPath, JSON.stringify({ date: environment.date, environment, rows, targets, raw: results }, null, 2) + '\n');
  log();
  log(`results: ${relative(REPO, resultsPath)}`);
  if (writeDocs) writeDocsFor(rows, targets, environment);
  else log('(quick, --only or --no-docs run: chart and docs/performance.md left as they are)');
  log(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores${loadavg()[0] > cpus().length ? ' — machine busy: absolute times are inflated, ratios less so' : ''}`);
  log(`done in ${fmt((Date.now() - started) / 1000, 0)} s`);

  const failed = correctnessSessions(rows).filter((s) => !s.ok);
  if (failed.length) {
    log();
    for (const s of failed) log(`FAIL correctness: ${s.label}: ${s.mismatch}`);
    log('FAIL correctness: the editor\'s results after edits differ from a full re-check (or could not be compared); exit 1.');
    process.exitCode = 1;
  }
}

function writeDocsFor(rows, targets, environment) {
  writeFileSync(join(REPO, CHART), chartPng(rows));
  log(`chart: ${CHART}`);
  // The full numbers live in docs/performance.md (the README summarises them), so the chart path is relative to it.
  if (updateReadme(join(REPO, 'docs', 'performance.md'), { rows, targets, environment, chart: `../${CHART}` })) log('docs/performance.md: performance section updated');
  else log('docs/performance.md: <!-- perf:start --> / <!-- perf:end --> markers not found; section not written');
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
