import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { NO_SUPPRESSIONS, parseSuppressions, SUPPRESSION_FILE_NAME, suppressionFileProblems, type SuppressionScope, type SuppressionSet } from '../core/suppression';

const cache = new Map<string, SuppressionSet>();

/** The suppressions in `.claimlint.json` next to `path` (read once per folder per run). */
export function suppressionsNear(path: string): SuppressionSet {
  const file = join(dirname(path), SUPPRESSION_FILE_NAME);
  const cached = cache.get(file);
  if (cached) return cached;
  let set: SuppressionSet;
  try {
    set = statSync(file).isFile() ? parseSuppressions(readFileSync(file, 'utf8')) : NO_SUPPRESSIONS;
  } catch (error) {
    set = (error as NodeJS.ErrnoException).code === 'ENOENT' ? NO_SUPPRESSIONS : { suppressions: [], problem: `${SUPPRESSION_FILE_NAME} could not be read; no findings are ignored.` };
  }
  cache.set(file, set);
  return set;
}

/** What lint needs to drop the findings `.claimlint.json` ignores for this file. */
export function suppressionScope(path: string): SuppressionScope {
  return { fileName: basename(path), set: suppressionsNear(path) };
}

/** What is wrong with the `.claimlint.json` files next to these claim files, each said once ("path:line:col: …"). */
export function suppressionFileWarnings(files: readonly string[]): string[] {
  const out: string[] = [];
  for (const dir of new Set(files.map((f) => dirname(f)))) {
    const file = join(dir, SUPPRESSION_FILE_NAME);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const p of suppressionFileProblems(text)) out.push(`${file}:${p.line}:${p.column}: ${p.severity} ${p.message.replace(/^line \d+, column \d+: /, '')}`);
  }
  return out;
}
