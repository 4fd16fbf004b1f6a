import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Analysis } from '../core/analyze';
import { NO_SUPPRESSIONS, parseSuppressions, SUPPRESSION_FILE_NAME, suppressionProblemFinding, type SuppressionScope, type SuppressionSet } from '../core/suppression';

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

/** The analysis with one more finding when the suppression file next to it is unusable. */
export function withSuppressionProblem(analysis: Analysis, scope: SuppressionScope): Analysis {
  const problem = scope.set.problem;
  if (!problem || analysis.doc.claims.length === 0) return analysis;
  return { ...analysis, result: { ...analysis.result, findings: [suppressionProblemFinding(analysis.doc, problem), ...analysis.result.findings] } };
}
