import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Analysis } from '../core/analyze';
import { applySuppressions, NO_SUPPRESSIONS, parseSuppressions, SUPPRESSION_FILE_NAME, suppressionProblemFinding, type SuppressionSet } from '../core/suppression';

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

/** The analysis with ignored findings removed (and one finding when the suppression file is unusable). */
export function withSuppressions(analysis: Analysis, path: string): Analysis {
  const set = suppressionsNear(path);
  if (set.suppressions.length === 0 && !set.problem) return analysis;
  const { kept } = applySuppressions(analysis.doc, analysis.result.findings, basename(path), set);
  if (set.problem && analysis.doc.claims.length > 0) kept.unshift(suppressionProblemFinding(analysis.doc, set.problem));
  return { ...analysis, result: { ...analysis.result, findings: kept } };
}
