import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extensionsOf } from '../core/formats/catalog';
import { RC_FILE_NAME } from '../core/settings/rcFile';
import { SUPPRESSION_FILE_NAME } from '../core/suppression';

/**
 * File name endings picked up when a directory is given: every claim format's (formats/catalog.ts), plus .txt, which
 * exports of X12 often carry (the content decides what they are). A file named on the command line is always read.
 */
const CLAIM_EXTENSIONS: readonly string[] = [...extensionsOf(), '.txt'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface CollectedFiles {
  readonly files: string[];
  readonly missing: string[];
}

export function collectFiles(paths: readonly string[]): CollectedFiles {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      missing.push(path);
      continue;
    }
    if (isDirectory) walk(path, files);
    else files.push(path);
  }
  return { files, missing };
}

function walk(directory: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(directory).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (SKIPPED_DIRECTORIES.has(name) || name.endsWith('.bak')) continue;
    const full = join(directory, name);
    let isDirectory = false;
    try {
      isDirectory = statSync(full).isDirectory();
    } catch {
      continue;
    }
    if (isDirectory) walk(full, out);
    else if (CLAIM_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)) && name !== SUPPRESSION_FILE_NAME && name !== RC_FILE_NAME) out.push(full);
  }
}
