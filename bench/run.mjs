// claimlint benchmark: `npm run bench` (builds first), or `node bench/run.mjs [--quick] [--no-x12lib] [--no-lsp] [--no-docs] [--from-results]`.
//
// Generates the seeded claim files (bench/.data/, git-ignored), then measures side by side, each file in a fresh
// Node process: the indexOf floor, claimlint parse, parse + all rules, node-x12, the CLI as a process, and the
// editor path over LSP. Writes bench/results/latest.json (git-ignored); a full run also rewrites bench/chart.svg
// and the README section between <!-- perf:start --> and <!-- perf:end -->. Exit status is 0 even when a target
// fails: the PASS/FAIL lines are the report (`npm test` never asserts on timings).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { DATASET, ensureFile } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(HERE);
const OUT = join(REPO, 'out', 'bench');
const MB = 1048576;
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const withX12Lib = !argv.includes('--no-x12lib');
const withLsp = !argv.includes('--no-lsp');
const writeDocs = !quick && !argv.includes('--no-docs');
/** node-x12 needs seconds per MB; beyond this size it is skipped. */
const X12LIB_MAX_BYTES = 11 * MB;

const started = Date.now();
let loadAtStart = loadavg();
const log = (s = '') => process.stdout.write(s + '\n');
const fmt = (n, d = 1) => (n === undefined || n === null || Number.isNaN(n) ? '—' : Number(n).toFixed(d));

// ---------------------------------------------------------------------------------------------------------------
// Build the bench bundles (the product bundles come from `npm run build`).

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
    external: ['node-x12'],
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

async function main() {
  if (argv.includes('--from-results')) {
    // Rewrite the chart and README section from bench/results/latest.json without measuring again.
    const saved = JSON.parse(readFileSync(join(HERE, 'results', 'latest.json'), 'utf8'));
    writeFileSync(join(HERE, 'chart.svg'), chartSvg(saved.rows));
    updateReadme(saved.rows, saved.raw.filter((r) => r.lsp), saved.targets, saved.environment);
    log('chart and README section rewritten from bench/results/latest.json');
    return;
  }
  await build();
  const set = DATASET.filter((e) => !quick || e.quick);
  loadAtStart = loadavg();
  log(`claimlint bench${quick ? ' (quick)' : ''}: ${set.length} files, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const files = [];
  for (const entry of set) {
    const info = ensureFile(entry);
    files.push({ ...entry, path: info.path, bytes: info.written, claims: info.claims });
  }
  log(`data: ${files.map((f) => `${f.name} (${fmt(f.bytes / MB, 2)} MB)`).join(', ')}`);
  log();

  const results = [];
  for (const f of files) {
    const isX12 = f.kind !== 'fhir';
    process.stdout.write(`… ${f.name}: in-process`);
    const inproc = runJson(['--expose-gc', join(OUT, 'inproc.js'), f.path, ...(withX12Lib && isX12 && f.bytes <= X12LIB_MAX_BYTES ? ['--x12lib'] : [])], 900_000);
    process.stdout.write(', CLI');
    const cli = runCli(f.path, f.bytes);
    let lsp;
    const lspWanted = withLsp && (f.name === '837p-1m.837p' || (f.name === '837p-10m.837p') || (!quick && f.name === 'fhir-1m.json'));
    if (lspWanted) {
      process.stdout.write(', LSP');
      const edits = quick ? 30 : 100;
      lsp = runJson([join(OUT, 'lsp.js'), f.path, '--edits', String(edits), '--hovers', '100'], 900_000);
    }
    process.stdout.write('\n');
    results.push({ name: f.name, kind: f.kind, bytes: f.bytes, claims: f.claims, inproc, cli, lsp });
  }

  const mbps = (bytes, ms) => (ms ? bytes / MB / (ms / 1000) : undefined);
  const rows = results.map((r) => {
    const ip = r.inproc.error ? {} : r.inproc;
    const x12 = ip.x12lib && !ip.x12lib.error ? ip.x12lib.ms : undefined;
    return {
      name: r.name,
      kind: r.kind,
      mb: r.bytes / MB,
      floorMs: ip.floor?.ms,
      parseMs: ip.parse?.ms,
      rulesMs: ip.parseRules?.ms,
      uncappedMs: ip.parseRulesUncapped?.ms,
      uncapped: mbps(r.bytes, ip.parseRulesUncapped?.ms),
      lintMs: ip.lintOnly?.ms,
      cliMs: r.cli.ms,
      x12Ms: x12,
      floor: mbps(r.bytes, ip.floor?.ms),
      parse: mbps(r.bytes, ip.parse?.ms),
      rules: mbps(r.bytes, ip.parseRules?.ms),
      cli: mbps(r.bytes, r.cli.ms),
      x12lib: mbps(r.bytes, x12),
      vsFloor: ip.parseRules && ip.floor ? ip.parseRules.ms / ip.floor.ms : undefined,
      vsX12: x12 && ip.parseRules ? x12 / ip.parseRules.ms : undefined,
      heapMB: ip.memory?.heapUsedMB,
      rssMB: ip.memory?.rssMB,
      cliPeakRssMB: r.cli.peakRssMB,
      rssBudgetMB: 100 + (6 * r.bytes) / MB,
      findings: ip.summary?.findings,
      lines: ip.summary?.lines,
      error: r.inproc.error,
    };
  });

  // -------------------------------------------------------------------------------------------------------------
  // Table

  log();
  log('Throughput (MB/s, best of N; every column includes reading the file) and time (ms)');
  const head = ['file', 'MB', 'floor', 'parse', 'parse+rules', 'uncapped', 'CLI', 'node-x12', 'p+r ms', 'CLI ms', 'p+r/floor', 'node-x12/p+r', 'heap MB', 'RSS MB', 'CLI peak RSS', 'RSS budget'];
  const body = rows.map((r) => [
    r.name, fmt(r.mb, 2), fmt(r.floor, 0), fmt(r.parse, 1), fmt(r.rules, 1), fmt(r.uncapped, 1), fmt(r.cli, 1), fmt(r.x12lib, 2),
    fmt(r.rulesMs, 0), fmt(r.cliMs, 0), r.vsFloor ? `${fmt(r.vsFloor, 1)}×` : '—', r.vsX12 ? `${fmt(r.vsX12, 1)}×` : '—',
    fmt(r.heapMB, 0), fmt(r.rssMB, 0), fmt(r.cliPeakRssMB, 0), fmt(r.rssBudgetMB, 0),
  ]);
  printTable(head, body);
  log('  parse+rules = default settings (findings capped at 1000 per file); uncapped = every rule over every line, no cap.');
  for (const r of rows) if (r.error) log(`  ${r.name}: in-process run failed: ${r.error}`);

  const lspRows = results.filter((r) => r.lsp);
  if (lspRows.length) {
    log();
    log('Editor path over LSP (dist/server.js --stdio, pull diagnostics; ms)');
    printTable(
      ['file', 'open→diags', 'edit→diags p50', 'p95', 'hover p50', 'hover p95', 'server RSS MB', 'server peak RSS MB'],
      lspRows.map(({ name, lsp }) =>
        lsp.error
          ? [name, `failed: ${lsp.error.slice(0, 80)}`, '', '', '', '', '', '']
          : [name, fmt(lsp.openMs, 0), fmt(lsp.edit.p50, 1), fmt(lsp.edit.p95, 1), lsp.hover === 'n/a' ? 'n/a' : fmt(lsp.hover.p50, 2), lsp.hover === 'n/a' ? 'n/a' : fmt(lsp.hover.p95, 2), fmt(lsp.serverRssMB, 0), fmt(lsp.serverPeakRssMB, 0)],
      ),
    );
  }

  // -------------------------------------------------------------------------------------------------------------
  // Targets

  const targets = evaluateTargets(rows, results);
  log();
  log('Targets');
  for (const t of targets) log(`  ${t.status.padEnd(4)}  ${t.name}: ${t.detail}`);

  const environment = { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), loadavgAtStart: loadAtStart, loadavgAtEnd: loadavg(), quick, durationS: (Date.now() - started) / 1000 };
  mkdirSync(join(HERE, 'results'), { recursive: true });
  const resultsPath = join(HERE, 'results', 'latest.json');
  writeFileSync(resultsPath, JSON.stringify({ date: new Date().toISOString(), environment, rows, targets, raw: results }, null, 2) + '\n');
  log();
  log(`results: ${relative(REPO, resultsPath)}`);
  if (writeDocs) {
    writeFileSync(join(HERE, 'chart.svg'), chartSvg(rows));
    log('chart: bench/chart.svg');
    if (updateReadme(rows, lspRows, targets, environment)) log('README: performance section updated');
    else log('README: <!-- perf:start --> / <!-- perf:end --> markers not found; section not written');
  } else {
    log('(quick run: chart and README left as they are)');
  }
  log(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores${loadavg()[0] > cpus().length ? ' — machine busy: absolute times are inflated, ratios less so' : ''}`);
  log(`done in ${fmt((Date.now() - started) / 1000, 0)} s`);
}

function printTable(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  log(line(head));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) log(line(row));
}

// ---------------------------------------------------------------------------------------------------------------

function evaluateTargets(rows, results) {
  const out = [];
  const add = (name, pass, detail) => out.push({ name, status: pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL', detail });
  const row = (name) => rows.find((r) => r.name === name);
  const res = (name) => results.find((r) => r.name === name);
  const p10 = row('837p-10m.837p');
  const x12rows = rows.filter((r) => r.kind !== 'fhir' && r.vsFloor);

  const worstFloor = x12rows.reduce((w, r) => (!w || r.vsFloor > w.vsFloor ? r : w), undefined);
  add('parse + all rules within 15× of the indexOf floor (X12)', worstFloor ? worstFloor.vsFloor <= 15 : undefined,
    x12rows.map((r) => `${r.name} ${fmt(r.vsFloor, 1)}×`).join(', '));
  const withX12 = rows.filter((r) => r.vsX12);
  add('≥ 20× faster than node-x12', withX12.length ? withX12.every((r) => r.vsX12 >= 20) : undefined, withX12.map((r) => `${r.name} ${fmt(r.vsX12, 1)}×`).join(', ') || 'node-x12 not measured');
  add('≥ 100 MB/s parse + rules on 837P (10 MB ≤ 100 ms in process)', p10?.rules ? p10.rules >= 100 : undefined, p10 ? `${fmt(p10.rules, 1)} MB/s, ${fmt(p10.rulesMs, 0)} ms` : 'not measured');
  add('CLI on 10 MB under 0.5 s wall', p10?.cliMs ? p10.cliMs < 500 : undefined, p10 ? `${fmt(p10.cliMs, 0)} ms` : 'not measured');
  const rssRows = rows.filter((r) => r.cliPeakRssMB);
  add('CLI peak RSS ≤ 100 MB + 6× file size', rssRows.length ? rssRows.every((r) => r.cliPeakRssMB <= r.rssBudgetMB) : undefined,
    rssRows.map((r) => `${r.name} ${fmt(r.cliPeakRssMB, 0)}/${fmt(r.rssBudgetMB, 0)} MB`).join(', '));
  const big = results.filter((r) => r.bytes >= 40 * MB);
  add('50 MB lints without running out of memory', big.length ? big.every((r) => r.cli.ok && !r.cli.oom && !r.inproc.error) : undefined,
    big.map((r) => `${r.name}: CLI exit ${r.cli.exit}${r.cli.oom ? ' (OOM)' : ''}, in-process ${r.inproc.error ? 'failed' : 'ok'}`).join(', ') || 'no 50 MB file in this run (--quick)');
  const lsp1 = res('837p-1m.837p')?.lsp;
  const lsp10 = res('837p-10m.837p')?.lsp;
  add('edit → diagnostics p95 < 50 ms on 1 MB', lsp1?.edit ? lsp1.edit.p95 < 50 : undefined, lsp1?.edit ? `p95 ${fmt(lsp1.edit.p95, 1)} ms (p50 ${fmt(lsp1.edit.p50, 1)})` : lsp1?.error ?? 'not measured');
  add('edit → diagnostics p95 < 300 ms on 10 MB', lsp10?.edit ? lsp10.edit.p95 < 300 : undefined, lsp10?.edit ? `p95 ${fmt(lsp10.edit.p95, 1)} ms (p50 ${fmt(lsp10.edit.p50, 1)})` : lsp10?.error ?? 'not measured');
  add('hover p95 < 5 ms on 10 MB', lsp10?.hover && lsp10.hover !== 'n/a' ? lsp10.hover.p95 < 5 : undefined,
    lsp10?.hover && lsp10.hover !== 'n/a' ? `p95 ${fmt(lsp10.hover.p95, 2)} ms` : 'n/a: the server does not offer textDocument/hover yet');
  // Linear growth: cost per MB at the largest 837P size vs 1 MB.
  const p = rows.filter((r) => r.kind === '837p' && r.rulesMs).sort((a, b) => a.mb - b.mb);
  const one = p.find((r) => r.name === '837p-1m.837p');
  const largest = p[p.length - 1];
  if (one && largest && largest !== one) {
    const growth = largest.rulesMs / largest.mb / (one.rulesMs / one.mb);
    add('linear cost growth (ms/MB at largest ≤ 1.5× ms/MB at 1 MB)', growth <= 1.5, `${largest.name} ${fmt(largest.rulesMs / largest.mb, 1)} ms/MB vs 1 MB ${fmt(one.rulesMs / one.mb, 1)} ms/MB (${fmt(growth, 2)}×)`);
  } else add('linear cost growth', undefined, 'needs two 837P sizes');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Chart: hand-rolled SVG, throughput (MB/s, log) against file size (MB, log), 837P.

function chartSvg(rows) {
  const series = [
    { key: 'floor', label: 'floor (read + indexOf)', color: '#7f7f7f', dash: '4 3' },
    { key: 'parse', label: 'claimlint parse', color: '#1f77b4' },
    { key: 'rules', label: 'claimlint parse + rules', color: '#2ca02c' },
    { key: 'cli', label: 'claimlint CLI (process)', color: '#ff7f0e' },
    { key: 'x12lib', label: 'node-x12 1.7.1', color: '#d62728' },
  ];
  const points = rows.filter((r) => r.kind === '837p').sort((a, b) => a.mb - b.mb);
  const W = 720;
  const H = 420;
  const m = { l: 64, r: 190, t: 36, b: 52 };
  const xs = points.map((p) => p.mb);
  const ys = points.flatMap((p) => series.map((s) => p[s.key]).filter((v) => v > 0));
  const xMin = Math.min(0.1, ...xs);
  const xMax = Math.max(50, ...xs);
  const yMin = 10 ** Math.floor(Math.log10(Math.min(1, ...ys)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(1000, ...ys)));
  const X = (v) => m.l + ((Math.log10(v) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * (W - m.l - m.r);
  const Y = (v) => H - m.b - ((Math.log10(v) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * (H - m.t - m.b);
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`);
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  parts.push(`<text x="${m.l}" y="20" font-size="14" font-weight="600" fill="#222">claimlint throughput on X12 837P (MB/s, log scale; higher is better)</text>`);
  for (let e = Math.log10(yMin); e <= Math.log10(yMax); e++) {
    const v = 10 ** e;
    parts.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${Y(v).toFixed(1)}" y2="${Y(v).toFixed(1)}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${m.l - 8}" y="${(Y(v) + 4).toFixed(1)}" text-anchor="end" fill="#555">${v >= 1 ? v : v.toFixed(-e)}</text>`);
  }
  for (const v of [0.1, 1, 10, 50].filter((v) => v >= xMin && v <= xMax)) {
    parts.push(`<line x1="${X(v).toFixed(1)}" x2="${X(v).toFixed(1)}" y1="${m.t}" y2="${H - m.b}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${X(v).toFixed(1)}" y="${H - m.b + 18}" text-anchor="middle" fill="#555">${v >= 1 ? `${v} MB` : `${v * 1000} KB`}</text>`);
  }
  parts.push(`<text x="${((m.l + W - m.r) / 2).toFixed(0)}" y="${H - 12}" text-anchor="middle" fill="#333">file size (log scale)</text>`);
  parts.push(`<text transform="translate(16 ${((m.t + H - m.b) / 2).toFixed(0)}) rotate(-90)" text-anchor="middle" fill="#333">MB/s</text>`);
  parts.push(`<rect x="${m.l}" y="${m.t}" width="${W - m.l - m.r}" height="${H - m.t - m.b}" fill="none" stroke="#999"/>`);
  series.forEach((s, i) => {
    const pts = points.filter((p) => p[s.key] > 0).map((p) => [X(p.mb), Y(p[s.key])]);
    if (pts.length) {
      parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} points="${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}"/>`);
      for (const [x, y] of pts) parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="${s.color}"/>`);
    }
    const ly = m.t + 14 + i * 20;
    parts.push(`<line x1="${W - m.r + 14}" x2="${W - m.r + 40}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    parts.push(`<text x="${W - m.r + 46}" y="${ly + 4}" fill="#222">${esc(s.label)}</text>`);
  });
  parts.push(`<text x="${W - m.r + 14}" y="${m.t + 14 + series.length * 20 + 8}" fill="#777" font-size="11">node-x12: files ≤ 10 MB only</text>`);
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// README section

function updateReadme(rows, lspRows, targets, env) {
  const path = join(REPO, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = '<!-- perf:start -->';
  const end = '<!-- perf:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) return false;
  const md = [];
  md.push('## Performance');
  md.push('');
  md.push(`Measured by \`npm run bench\` on seeded synthetic 837P/837I files and FHIR Bundles (generated into \`bench/.data/\`, not committed), ${env.cores} × ${env.cpu ?? 'CPU'}, Node ${env.node}, ${new Date().toISOString().slice(0, 10)}. Best of several runs; every column includes reading the file. *floor* = read the file and count segment terminators with \`indexOf\` (for FHIR: \`JSON.parse\`); *parse + rules* uses the default settings (at most 1000 findings per file), *uncapped* runs every rule over every line.`);
  md.push('');
  // The bench itself keeps up to all cores busy (CLI workers), so only load beyond that says others were running.
  const busy = env.loadavgAtStart?.[0] > env.cores ? env.loadavgAtStart[0] : env.loadavgAtEnd?.[0] > env.cores + 1 ? env.loadavgAtEnd[0] : undefined;
  if (busy !== undefined) {
    md.push(`> ⚠️ These numbers were taken while the machine was busy (load average ${busy.toFixed(1)} on ${env.cores} cores): absolute times are inflated several-fold and noisy. Rerun \`npm run bench\` on a quiet machine before quoting them.`);
    md.push('');
  }
  md.push('![Throughput in MB/s against file size, log axes: floor, parse, parse + rules, CLI and node-x12](bench/chart.svg)');
  md.push('');
  md.push('| file | MB | floor MB/s | parse MB/s | parse + rules MB/s | uncapped MB/s | CLI MB/s (wall) | node-x12 MB/s | parse + rules vs floor | vs node-x12 | CLI peak RSS |');
  md.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of rows) {
    md.push(`| ${r.name} | ${fmt(r.mb, 1)} | ${fmt(r.floor, 0)} | ${fmt(r.parse, 1)} | ${fmt(r.rules, 1)} | ${fmt(r.uncapped, 1)} | ${fmt(r.cli, 1)} | ${fmt(r.x12lib, 2)} | ${r.vsFloor ? `${fmt(r.vsFloor, 1)}× slower` : '—'} | ${r.vsX12 ? `${fmt(r.vsX12, 1)}× faster` : '—'} | ${fmt(r.cliPeakRssMB, 0)} MB |`);
  }
  if (lspRows.length) {
    md.push('');
    md.push('In the editor (language server over stdio, pull diagnostics):');
    md.push('');
    md.push('| file | open → diagnostics | edit → diagnostics p50 / p95 | hover p50 / p95 | server RSS |');
    md.push('|---|--:|--:|--:|--:|');
    for (const { name, lsp } of lspRows) {
      if (lsp.error) md.push(`| ${name} | failed | | | |`);
      else md.push(`| ${name} | ${fmt(lsp.openMs, 0)} ms | ${fmt(lsp.edit.p50, 0)} / ${fmt(lsp.edit.p95, 0)} ms | ${lsp.hover === 'n/a' ? 'n/a' : `${fmt(lsp.hover.p50, 1)} / ${fmt(lsp.hover.p95, 1)} ms`} | ${fmt(lsp.serverRssMB, 0)} MB |`);
    }
  }
  md.push('');
  md.push('Targets: ' + targets.map((t) => `${t.status === 'PASS' ? '✅' : t.status === 'FAIL' ? '❌' : '➖'} ${t.name}`).join('; ') + '.');
  md.push('');
  const next = readme.slice(0, a + start.length) + '\n' + md.join('\n') + '\n' + readme.slice(b);
  writeFileSync(path, next);
  return true;
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
