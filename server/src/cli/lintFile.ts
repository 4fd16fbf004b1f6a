import { closeSync, copyFileSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyze, type Analysis } from '../core/analyze';
import type { LintConfig } from '../core/config';
import { decodeBytes } from '../core/decode';
import { applyEdits, collectSafeEdits } from '../core/fixAll';
import type { Knowledge } from '../core/knowledge/types';
import type { FormatHint } from '../core/formats/sniff';
import type { SuppressionScope } from '../core/suppression';
import { toFileReport, unreadableReport, type FileReport } from './report';
import { suppressionScope } from './suppressions';

/** Files above this are refused with a clear message rather than risking the machine's memory. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
const MAX_FIX_PASSES = 8;

export interface LintJob {
  readonly config: LintConfig;
  readonly knowledge: Knowledge;
  readonly fix: boolean;
  readonly backup: boolean;
}

export function lintFile(path: string, job: LintJob): FileReport {
  let bytes: Buffer;
  let stat: Stats;
  try {
    stat = statSync(path);
    if (stat.size > MAX_FILE_BYTES) return unreadableReport(path, `file is ${Math.round(stat.size / 1048576)} MB; claimlint reads files up to 512 MB`);
    bytes = readFileSync(path);
  } catch (error) {
    return unreadableReport(path, `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const decoded = decodeBytes(bytes);
  const hint = { fileName: path, requested: true };
  // Findings ignored in .claimlint.json are neither reported nor fixed.
  const scope = suppressionScope(path);
  let analysis = analyze(decoded.text, hint, job.config, job.knowledge, scope);
  if (!job.fix) return toFileReport(path, analysis);

  if (decoded.encoding !== 'utf-8') {
    // Fixes are written back only to UTF-8 files; a UTF-16 file is reported, never rewritten in another encoding.
    return toFileReport(path, analysis, {
      fixesApplied: 0,
      notes: [`--fix left this ${decoded.encoding.toUpperCase()} file unchanged: fixes are written only to UTF-8 files; re-save it as UTF-8 to fix it`],
    });
  }
  const { analysis: fixed, applied } = fixRepeatedly(analysis, scope, hint, job);
  analysis = fixed;
  if (applied > 0) {
    const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
      writeAtomically(path, (hadBom ? '\uFEFF' : '') + analysis.doc.text, job.backup, stat);
    } catch (error) {
      return unreadableReport(path, `fixes not written (file left unchanged): ${(error as Error).message}`);
    }
  }
  return toFileReport(path, analysis, { fixesApplied: applied });
}

function fixRepeatedly(start: Analysis, scope: SuppressionScope, hint: FormatHint, job: LintJob): { analysis: Analysis; applied: number } {
  let analysis = start;
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = collectSafeEdits(analysis.result.findings);
    if (edits.length === 0) break;
    const text = applyEdits(analysis.doc.text, edits);
    if (text === analysis.doc.text) break;
    applied += edits.length;
    analysis = analyze(text, hint, job.config, job.knowledge, scope);
  }
  return { analysis, applied };
}

/**
 * Writes next to the file, flushes, then renames over it: a crash or full disk never leaves a truncated claim.
 * A symlink is followed (the claim it points to is fixed, the link stays a link). The temp file is created
 * exclusively (never through a planted file or link) and removed on any failure, so no copy of the claim is left
 * behind. If the file changed on disk since it was read (edited meanwhile), nothing is written.
 */
function writeAtomically(path: string, text: string, backup: boolean, read: Stats): void {
  const target = realpathSync(path);
  const temp = join(dirname(target), `.${basename(target)}.claimlint-${process.pid}.tmp`);
  const fd = openSync(temp, 'wx', statSync(target).mode & 0o7777);
  let renamed = false;
  try {
    try {
      writeSync(fd, text, 0, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const now = statSync(target);
    if (now.mtimeMs !== read.mtimeMs || now.size !== read.size) throw new Error('the file changed on disk while it was being fixed');
    if (backup) copyFileSync(target, `${target}.bak`);
    renameSync(temp, target);
    renamed = true;
  } finally {
    if (!renamed) rmSync(temp, { force: true });
  }
}
