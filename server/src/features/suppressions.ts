// Reads `.claimlint.json` next to a claim file (open editor text first, else disk, cached by mtime).
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Finding } from '../core/findings';
import {
  NO_SUPPRESSIONS,
  parseSuppressions,
  SUPPRESSION_FILE_NAME,
  type SuppressedFinding,
  type SuppressionSet,
} from '../core/suppression';

export interface SuppressionContext {
  /** Claim file name without folder (what suppressions are keyed by). */
  readonly fileName: string;
  /** URI and path of the `.claimlint.json` next to it. */
  readonly fileUri: string;
  readonly filePath: string;
  /** Current text of `.claimlint.json`; undefined when it does not exist. */
  readonly text: string | undefined;
  readonly set: SuppressionSet;
}

export interface FindingsView {
  /** Findings to report and offer fixes for. */
  readonly reported: Finding[];
  readonly suppressed: SuppressedFinding[];
}

const MAX_BYTES = 1024 * 1024;

export class SuppressionSource {
  private readonly cache = new Map<string, { key: string; text: string | undefined; set: SuppressionSet }>();

  constructor(private readonly openText: (uri: string) => string | undefined) {}

  /** Undefined for documents that are not files on disk (untitled, virtual). */
  contextFor(documentUri: string): SuppressionContext | undefined {
    let documentPath: string;
    try {
      if (!documentUri.startsWith('file:')) return undefined;
      documentPath = fileURLToPath(documentUri);
    } catch {
      return undefined;
    }
    const filePath = join(dirname(documentPath), SUPPRESSION_FILE_NAME);
    const fileUri = pathToFileURL(filePath).toString();
    const fileName = basename(documentPath);
    const open = this.openText(fileUri);
    if (open !== undefined) return { fileName, fileUri, filePath, text: open, set: parseSuppressions(open) };
    const loaded = this.load(filePath);
    return { fileName, fileUri, filePath, text: loaded.text, set: loaded.set };
  }

  forget(filePath?: string): void {
    if (filePath) this.cache.delete(filePath);
    else this.cache.clear();
  }

  private load(filePath: string): { text: string | undefined; set: SuppressionSet } {
    let key: string;
    try {
      const stat = statSync(filePath);
      if (!stat.isFile()) return { text: undefined, set: NO_SUPPRESSIONS };
      if (stat.size > MAX_BYTES) return { text: undefined, set: { suppressions: [], problem: `${SUPPRESSION_FILE_NAME} is larger than 1 MB; it was not read, so no findings are ignored.` } };
      key = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return { text: undefined, set: NO_SUPPRESSIONS };
    }
    const cached = this.cache.get(filePath);
    if (cached?.key === key) return cached;
    let entry: { key: string; text: string | undefined; set: SuppressionSet };
    try {
      const text = readFileSync(filePath, 'utf8');
      entry = { key, text, set: parseSuppressions(text) };
    } catch {
      entry = { key, text: undefined, set: { suppressions: [], problem: `${SUPPRESSION_FILE_NAME} could not be read (no permission?); no findings are ignored.` } };
    }
    this.cache.set(filePath, entry);
    return entry;
  }
}

/**
 * The findings to report (lint already dropped the ignored ones, before the cap) and the ignored ones for hovers.
 * A broken suppression file is reported on that file itself, once.
 */
export function viewFindings(findings: readonly Finding[], suppressed: readonly SuppressedFinding[]): FindingsView {
  return { reported: [...findings], suppressed: [...suppressed] };
}
