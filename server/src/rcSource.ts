// Finds and reads `.claimlintrc.json` for a document in the editor: the nearest one from the document's folder up
// to its workspace folder (the CLI reads the one in its working directory). Open editor text wins over the disk;
// a file with errors keeps the last good settings of that file in force. Never writes the file.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG, type LintConfig } from './core/config';
import { RC_FILE_NAME, readRcFile, type RcProblem } from './core/settings/rcFile';

const MAX_BYTES = 1024 * 1024;

export interface RcState {
  /** The file's URI. */
  readonly uri: string;
  /** Settings in force from this file: its own when it is valid, else the last good ones (or none). */
  readonly config: LintConfig | undefined;
  /** Absolute crosswalk path the file names, if any. */
  readonly crosswalkPath?: string;
  /** What is wrong with the file as it is now (empty when valid). */
  readonly problems: readonly RcProblem[];
  /** Changes whenever the text read changes (to invalidate caches and report problems once). */
  readonly key: string;
}

export class RcSource {
  private readonly lastGood = new Map<string, { config: LintConfig; crosswalkPath?: string }>();
  private readonly cache = new Map<string, RcState>();

  constructor(
    private readonly openText: (uri: string) => string | undefined,
    private readonly workspaceRoots: () => readonly string[],
  ) {}

  /** The settings file that applies to a document, or undefined when there is none (or the document is not a file). */
  forDocument(documentUri: string): RcState | undefined {
    const path = this.rcPathFor(documentUri);
    return path ? this.read(path) : undefined;
  }

  /** The state of one settings file by its URI (for diagnostics on the file itself). */
  forFile(rcUri: string): RcState | undefined {
    try {
      return this.read(fileURLToPath(rcUri));
    } catch {
      return undefined;
    }
  }

  forget(): void {
    this.cache.clear();
  }

  private rcPathFor(documentUri: string): string | undefined {
    let dir: string;
    try {
      if (!documentUri.startsWith('file:')) return undefined;
      dir = dirname(fileURLToPath(documentUri));
    } catch {
      return undefined;
    }
    const root = this.workspaceRoots().map((r) => resolve(r)).find((r) => dir === r || dir.startsWith(r + sep));
    for (let current = dir; ; current = dirname(current)) {
      const candidate = join(current, RC_FILE_NAME);
      if (this.openText(pathToFileURL(candidate).toString()) !== undefined || isFile(candidate)) return candidate;
      if (!root || current === root || dirname(current) === current) return undefined;
    }
  }

  private read(path: string): RcState {
    const uri = pathToFileURL(path).toString();
    const open = this.openText(uri);
    let text: string | undefined = open;
    let key = `open:${open?.length}:${hash(open ?? '')}`;
    if (text === undefined) {
      try {
        const stat = statSync(path);
        key = `disk:${stat.size}:${stat.mtimeMs}`;
        const cached = this.cache.get(path);
        if (cached?.key === key) return cached;
        text = stat.size > MAX_BYTES ? undefined : readFileSync(path, 'utf8');
      } catch {
        text = undefined;
      }
    } else {
      const cached = this.cache.get(path);
      if (cached?.key === key) return cached;
    }
    let state: RcState;
    if (text === undefined) {
      state = { uri, config: undefined, problems: [], key };
    } else {
      const rc = readRcFile(text, DEFAULT_CONFIG);
      if (rc.config) {
        const good = { config: rc.config, crosswalkPath: rc.crosswalkPath ? resolve(dirname(path), rc.crosswalkPath) : undefined };
        this.lastGood.set(path, good);
        state = { uri, ...good, problems: rc.problems, key };
      } else {
        const previous = this.lastGood.get(path);
        state = { uri, config: previous?.config, crosswalkPath: previous?.crosswalkPath, problems: rc.problems, key };
      }
    }
    this.cache.set(path, state);
    return state;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A cheap content fingerprint (FNV-1a) so an open, edited settings file is re-read only when it changed. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}
