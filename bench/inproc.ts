// In-process measurements for one file, run in a fresh Node process per file (bundled to out/bench/inproc.js):
//   node --expose-gc out/bench/inproc.js FILE [--x12lib] [--budget-ms N] [--max-iter N]
// Prints one JSON object on stdout. Every timed step starts from the file on disk (page cache): read + decode + work,
// the same way for the floor, claimlint and node-x12, so the ratios compare like with like.
import { readFileSync, statSync } from 'node:fs';
import { analyze } from '../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { defaultKnowledge } from '../server/src/core/knowledge';
import { lint } from '../server/src/core/lint';
import { parseDocument } from '../server/src/core/parse';

interface Timing {
  /** Best (minimum) wall time of one iteration, ms: the least disturbed by other load on the machine. */
  readonly ms: number;
  readonly medianMs: number;
  /** Best process CPU time (user + system, all threads) of one iteration, ms. */
  readonly cpuMs: number;
  readonly iterations: number;
}

const args = process.argv.slice(2);
const file = args[0];
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const withX12Lib = args.includes('--x12lib');
const budgetMs = Number(flag('--budget-ms') ?? 2500);
const maxIter = Number(flag('--max-iter') ?? 15);
const isJson = /\.json$/i.test(file);
const hint = { fileName: file };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function read(): string {
  return readFileSync(file, 'utf8');
}

const big = statSync(file).size;
/** Fewer rounds for big files: one 50 MB round already averages over millions of segments. */
const defaults = big >= 40 * 1048576 ? { warmup: 0, minIter: 1 } : big >= 8 * 1048576 ? { warmup: 1, minIter: 2 } : { warmup: 1, minIter: 3 };

function time(fn: () => unknown, options: { warmup?: number; minIter?: number } = {}): Timing {
  const { warmup, minIter } = { ...defaults, ...options };
  for (let i = 0; i < warmup; i++) fn(); // JIT, knowledge tables
  const samples: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  while (samples.length < maxIter && (samples.length < minIter || performance.now() - started < budgetMs)) {
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { ms: samples[0], medianMs: samples[samples.length >> 1], cpuMs: cpu[0], iterations: samples.length };
}

function countTerminators(text: string): number {
  let n = 0;
  for (let i = text.indexOf('~'); i >= 0; i = text.indexOf('~', i + 1)) n++;
  return n;
}

const bytes = big;
const knowledge = defaultKnowledge();
const config = DEFAULT_CONFIG.serviceDateFallback ? DEFAULT_CONFIG : { ...DEFAULT_CONFIG, serviceDateFallback: '2026-11-30' };

// 1. Memory first, in a fresh heap: what parse + lint keeps alive for one document (text included).
gc();
const before = process.memoryUsage();
let kept: ReturnType<typeof analyze> | undefined = analyze(read(), hint, config, knowledge);
gc();
const after = process.memoryUsage();
const summary = {
  format: kept.doc.format,
  claims: kept.doc.claims.length,
  lines: kept.doc.claims.reduce((n, c) => n + c.lines.length, 0),
  problems: kept.doc.problems.length,
  findings: kept.result.findings.length,
  truncated: kept.result.truncated,
  failures: kept.result.failures.map((f) => f.ruleId),
  findingsByRule: kept.result.findings.reduce<Record<string, number>>((acc, f) => ((acc[f.ruleId] = (acc[f.ruleId] ?? 0) + 1), acc), {}),
};
const memory = {
  heapUsedMB: after.heapUsed / 1048576,
  retainedHeapMB: (after.heapUsed - before.heapUsed) / 1048576,
  rssMB: after.rss / 1048576,
  externalMB: after.external / 1048576,
  arrayBuffersMB: after.arrayBuffers / 1048576,
};
kept = undefined;
gc();

// 2. Throughput.
const readOnly = time(() => read().length);
const floor = isJson ? time(() => JSON.parse(read())) : time(() => countTerminators(read()));
const parse = time(() => parseDocument(read(), hint));
const parseRules = time(() => analyze(read(), hint, config, knowledge));
// Lint alone, on a parsed document (the editor pays this plus parse on every edit).
const parsed = parseDocument(read(), hint);
const lintOnly = time(() => lint(parsed, config, knowledge));
// Every rule over every line: no findings cap (the default cap of 1000 stops work early on dirty files).
const uncapped = { ...config, maxFindingsPerFile: Number.MAX_SAFE_INTEGER };
const parseRulesUncapped = time(() => analyze(read(), hint, uncapped, knowledge));

let x12lib: Timing | { error: string } | undefined;
if (withX12Lib && !isJson) {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { X12Parser } = require('node-x12') as typeof import('node-x12');
    x12lib = time(() => new X12Parser().parse(read()), big >= 8 * 1048576 ? { warmup: 0, minIter: 1 } : { warmup: 1, minIter: 2 });
  } catch (error) {
    x12lib = { error: (error as Error).message.slice(0, 200) };
  }
}

const peakRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ file, bytes, summary, memory, peakRssMB, readOnly, floor, parse, parseRules, parseRulesUncapped, lintOnly, x12lib }) + '\n');

