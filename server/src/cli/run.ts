import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_CONFIG, mergeConfig, type LintConfig } from '../core/config';
import { RC_FILE_NAME, readRcFile } from '../core/settings/rcFile';
import { describeFailure } from '../core/lint';
import { ALL_RULES } from '../core/rules';
import { knowledgeFor } from '../knowledgeSource';
import type { CliOptions } from './args';
import { collectFiles } from './files';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { lintFile, type LintJob } from './lintFile';
import { suppressionFileWarnings } from './suppressions';
import { unreadableReport, type FileReport } from './report';

/** Below this many files one thread is faster than starting workers. */
const MIN_FILES_FOR_WORKERS = 8;

export interface CliIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Path of the worker bundle, when workers are available. */
  readonly workerPath?: string;
  readonly version: string;
}

export interface WorkerRequest {
  readonly files: string[];
  readonly rawConfig: LintConfig;
  readonly crosswalk: string;
  readonly fix: boolean;
  readonly backup: boolean;
}

/** Reads .claimlintrc.json (if any) and the flags into one config and crosswalk path. Flags win. */
export function resolveConfig(options: CliOptions, io: CliIo): { config?: LintConfig; crosswalk?: string; error?: string } {
  let config = DEFAULT_CONFIG;
  let crosswalk = options.crosswalk;
  const rcPath = join(io.cwd, RC_FILE_NAME);
  if (existsSync(rcPath)) {
    const rc = readRcFile(readFileSync(rcPath, 'utf8'), config);
    for (const problem of rc.problems) {
      if (problem.severity === 'warning') io.stderr(`claimlint: ${rcPath}: warning: ${problem.message}\n`);
    }
    const errors = rc.problems.filter((p) => p.severity === 'error');
    if (!rc.config || errors.length > 0) return { error: errors.map((p) => `${rcPath}: ${p.message}`).join('\n') };
    config = rc.config;
    if (rc.crosswalkPath && crosswalk === undefined) crosswalk = resolve(io.cwd, rc.crosswalkPath);
  }
  config = mergeConfig(config, {
    payerProfile: options.payer,
    serviceDateFallback: options.serviceDate,
    maxFindingsPerFile: options.maxFindings,
  }).config;
  return { config, crosswalk };
}

export async function runCli(options: CliOptions, io: CliIo): Promise<number> {
  const resolved = resolveConfig(options, io);
  if (!resolved.config) {
    io.stderr(`claimlint: ${resolved.error}\n`);
    return 2;
  }
  const config = resolved.config;
  const crosswalk = resolved.crosswalk ?? '';
  const choice = knowledgeFor(crosswalk);
  if (choice.error) io.stderr(`claimlint: ${choice.error}\n`);

  const { files, missing } = collectFiles(options.paths);
  for (const path of missing) io.stderr(`claimlint: ${path}: no such file or directory\n`);
  for (const warning of suppressionFileWarnings(files)) io.stderr(`claimlint: ${warning}\n`);
  const job: LintJob = { config, knowledge: choice.knowledge, fix: options.fix, backup: options.backup };
  const jobs = Math.min(options.jobs ?? availableParallelism(), files.length);

  const reports: FileReport[] =
    io.workerPath && jobs > 1 && files.length >= MIN_FILES_FOR_WORKERS
      ? await lintInWorkers(files, jobs, io.workerPath, { rawConfig: config, crosswalk, fix: options.fix, backup: options.backup })
      : files.map((file) => lintFile(file, job));
  reports.push(...missing.map((path) => unreadableReport(path, 'no such file or directory')));

  switch (options.format) {
    case 'json':
      io.stdout(JSON.stringify({ version: 1, files: reports }, null, 2) + '\n');
      break;
    case 'sarif':
      io.stdout(formatSarif(reports, ALL_RULES.map((rule) => rule.meta), io.version));
      break;
    default:
      io.stdout(formatText(reports, options.quiet));
  }
  if (reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** Splits the files into interleaved shares, one per worker thread; results come back in input order. */
async function lintInWorkers(
  files: string[],
  jobs: number,
  workerPath: string,
  shared: Omit<WorkerRequest, 'files'>,
): Promise<FileReport[]> {
  const shares = Array.from({ length: jobs }, (_, w) => files.filter((_, i) => i % jobs === w));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<FileReport[]>((resolve) => {
          const worker = new Worker(workerPath, { workerData: { ...shared, files: share } satisfies WorkerRequest });
          worker.once('message', (reports: FileReport[]) => resolve(reports));
          worker.once('error', (error) => resolve(share.map((file) => unreadableReport(file, `internal error: ${describeFailure(error)}`))));
        }),
    ),
  );
  const ordered: FileReport[] = new Array(files.length);
  results.forEach((reports, w) => reports.forEach((report, k) => (ordered[w + k * jobs] = report)));
  return ordered;
}
