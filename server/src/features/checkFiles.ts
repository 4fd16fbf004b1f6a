// "Check workspace": lints files by URI, from the open text when the file is open, else from disk. Reads only; the
// findings go back as diagnostics for the client's own collection. Claim content never reaches a log.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver/node';
import { analyze } from '../core/analyze';
import { decodeBytes } from '../core/decode';
import { familyOfFileName, formatInfo } from '../core/formats/catalog';
import type { Knowledge } from '../core/knowledge/types';
import type { SuppressionScope } from '../core/suppression';
import { LineIndex } from '../core/text';
import { toDiagnostic } from '../convert';
import type { ClaimlintSettings } from '../settings';
import type { CheckedFile, CheckFilesResult } from './requests';

/** Larger files are left to be opened one by one: a workspace check should not hold hundreds of MB per file. */
export const MAX_CHECK_BYTES = 64 * 1024 * 1024;

export interface CheckHooks {
  settingsFor(uri: string): Promise<ClaimlintSettings>;
  knowledgeFor(settings: ClaimlintSettings): Knowledge;
  suppressionsFor(uri: string): SuppressionScope | undefined;
  /** The text of the file when it is open in the editor (unsaved edits included). */
  openText(uri: string): string | undefined;
  /** Reports a failure without claim content. */
  failed(error: unknown): void;
}

export async function checkFiles(uris: readonly string[], hooks: CheckHooks, token: CancellationToken): Promise<CheckFilesResult> {
  const files: CheckedFile[] = [];
  for (const uri of uris) {
    if (token.isCancellationRequested) break;
    files.push(await checkOne(uri, hooks));
    // Let other requests (the open editor's diagnostics, a cancellation) in between files.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { files };
}

async function checkOne(uri: string, hooks: CheckHooks): Promise<CheckedFile> {
  try {
    const text = hooks.openText(uri) ?? readText(uri);
    if (typeof text !== 'string') return { uri, diagnostics: [], skipped: text.skipped };
    const settings = await hooks.settingsFor(uri);
    if (!settings.enable) return { uri, diagnostics: [], skipped: 'claimlint.enable is off for this file' };
    const family = familyOfFileName(uri);
    const analysis = analyze(text, { fileName: uri, languageId: family }, settings.config, hooks.knowledgeFor(settings), hooks.suppressionsFor(uri));
    const format = analysis.doc.format === 'none' ? undefined : formatInfo(analysis.doc.format).label;
    if (!format && analysis.result.findings.length === 0) return { uri, diagnostics: [] };
    const lines = new LineIndex(text);
    return { uri, ...(format ? { format } : {}), diagnostics: analysis.result.findings.map((f) => toDiagnostic(lines, f)) };
  } catch (error) {
    hooks.failed(error);
    return { uri, diagnostics: [], skipped: 'claimlint could not check this file' };
  }
}

function readText(uri: string): string | { skipped: string } {
  if (!uri.startsWith('file:')) return { skipped: 'not a file on disk' };
  const path = fileURLToPath(uri);
  const stat = statSync(path);
  if (!stat.isFile()) return { skipped: 'not a file' };
  if (stat.size > MAX_CHECK_BYTES) return { skipped: `larger than ${MAX_CHECK_BYTES / 1048576} MB: open it to check it` };
  return decodeBytes(readFileSync(path)).text;
}
