// In-process measurements for one file, run in a fresh Node process per file (bundled to out/bench/inproc.js):
//   node --expose-gc out/bench/inproc.js FILE [--node-x12] [--x12-parser] [--budget-ms N] [--max-iter N]
// Prints one JSON object on stdout. Every timed step starts from the file on disk (page cache): read + decode + work,
// the same way for the floor, claimlint and the peers, so the ratios compare like with like.
import { createReadStream, readFileSync, statSync } from 'node:fs';
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
type PeerTiming = (Timing & { readonly segments: number }) | { readonly error: string };

const args = process.argv.slice(2);
const file = args[0];
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const budgetMs = Number(flag('--budget-ms') ?? 2500);
const maxIter = Number(flag('--max-iter') ?? 15);
const isJson = /\.json$/i.test(file);
const hint = { fileName: file };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const read = (): string => readFileSync(file, 'utf8');

const bytes = statSync(file).size;
type Rounds = { warmup?: number; minIter?: number };
/** Fewer rounds for big files: one 50 MB round already averages over millions of segments. */
const defaults: Rounds = bytes >= 40 * 1048576 ? { warmup: 0, minIter: 1 } : bytes >= 8 * 1048576 ? { warmup: 1, minIter: 2 } : { warmup: 1, minIter: 3 };
/** The peers take seconds per file: one warm-up at most, and only on small files. */
const peerRounds: Rounds = bytes >= 8 * 1048576 ? { warmup: 0, minIter: 1 } : { warmup: 1, minIter: 2 };

async function time(fn: () => unknown, options: Rounds = {}): Promise<Timing> {
  const { warmup = 1, minIter = 3 } = { ...defaults, ...options };
  for (let i = 0; i < warmup; i++) await fn(); // JIT, knowledge tables
  const samples: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  while (samples.length < maxIter && (samples.length < minIter || performance.now() - started < budgetMs)) {
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
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

/** node-x12 (MIT): read the file, parse it into its interchange object; segments counted from the result. */
function nodeX12(): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { X12Parser } = require('node-x12') as typeof import('node-x12');
  const interchange = new X12Parser().parse(read()) as { functionalGroups?: { transactions?: { segments?: unknown[] }[] }[] };
  let n = 0;
  for (const group of interchange.functionalGroups ?? []) for (const tx of group.transactions ?? []) n += tx.segments?.length ?? 0;
  return n;
}

/** x12-parser (MIT): a Transform stream, used as its README shows: the file piped in, every segment object consumed. */
function x12Parser(): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { X12parser } = require('x12-parser') as typeof import('x12-parser');
  return new Promise((resolve, reject) => {
    let segments = 0;
    const parser = new X12parser();
    parser.on('data', () => segments++).on('end', () => resolve(segments)).on('error', reject);
    createReadStream(file).on('error', reject).pipe(parser);
  });
}

async function peer(run: () => number | Promise<number>): Promise<PeerTiming> {
  try {
    let segments = 0;
    const timing = await time(async () => (segments = await run()), peerRounds);
    return { ...timing, segments };
  } catch (error) {
    return { error: (error as Error).message.slice(0, 200) };
  }
}

async function main(): Promise<void> {
  const knowledge = defaultKnowledge();
  const config = DEFAULT_CONFIG.serviceDateFallback ? DEFAULT_CONFIG : { ...DEFAULT_CONFIG, serviceDateFallback: '2026-11-30' };
  // Every rule over every line and every finding kept: the headline "parse + all rules".
  const uncapped = { ...config, maxFindingsPerFile: Number.MAX_SAFE_INTEGER };

  // 1. Memory first, in a fresh heap: what parse + lint keeps alive for one document (text included).
  gc();
  const before = process.memoryUsage();
  let kept: ReturnType<typeof analyze> | undefined = analyze(read(), hint, uncapped, knowledge);
  gc();
  const after = process.memoryUsage();
  const summary = {
    format: kept.doc.format,
    claims: kept.doc.claims.length,
    lines: kept.doc.claims.reduce((n, c) => n + c.lines.length, 0),
    segments: isJson ? undefined : countTerminators(kept.doc.text),
    problems: kept.doc.problems.length,
    findings: kept.result.findings.length,
    total: kept.result.total,
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
  const readOnly = await time(() => read().length);
  const floor = isJson ? await time(() => JSON.parse(read())) : await time(() => countTerminators(read()));
  const parse = await time(() => parseDocument(read(), hint));
  const parseRulesUncapped = await time(() => analyze(read(), hint, uncapped, knowledge));
  // Default settings (display cap 1000): the engine still runs every rule; only what is kept differs.
  const parseRules = await time(() => analyze(read(), hint, config, knowledge));
  // Lint alone, on a parsed document (the editor pays this plus parse on every full re-check).
  const parsed = parseDocument(read(), hint);
  const lintOnly = await time(() => lint(parsed, uncapped, knowledge));

  const x12 = !isJson;
  const nodeX12Timing = x12 && args.includes('--node-x12') ? await peer(nodeX12) : undefined;
  const x12ParserTiming = x12 && args.includes('--x12-parser') ? await peer(x12Parser) : undefined;

  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({ file, bytes, summary, memory, peakRssMB, readOnly, floor, parse, parseRules, parseRulesUncapped, lintOnly, nodeX12: nodeX12Timing, x12Parser: x12ParserTiming }) + '\n',
  );
}

main().catch((error: Error) => {
  process.stderr.write(`inproc bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
