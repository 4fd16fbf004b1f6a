import { readFileSync, statSync } from 'node:fs';
import { loadCrosswalkCsv } from './core/knowledge/crosswalk';
import { createKnowledge, defaultKnowledge } from './core/knowledge';
import type { Knowledge } from './core/knowledge/types';

export interface KnowledgeChoice {
  readonly knowledge: Knowledge;
  /** Set when a configured crosswalk could not be used; the shipped snapshot stays in use. */
  readonly error?: string;
  readonly warnings: readonly string[];
}

const MAX_CROSSWALK_BYTES = 64 * 1024 * 1024;
const cache = new Map<string, { key: string; choice: KnowledgeChoice }>();

/**
 * The knowledge for a configured crosswalk path: the shipped snapshot when the path is empty,
 * a crosswalk loaded from the user's CMS CSV otherwise. Bad files never replace the snapshot.
 */
export function knowledgeFor(crosswalkPath: string): KnowledgeChoice {
  if (!crosswalkPath) return { knowledge: defaultKnowledge(), warnings: [] };
  let key: string;
  try {
    const stat = statSync(crosswalkPath);
    if (!stat.isFile()) return fallback(`claimlint.crosswalkPath "${crosswalkPath}" is not a file.`);
    if (stat.size > MAX_CROSSWALK_BYTES) return fallback(`The crosswalk file "${crosswalkPath}" is larger than 64 MB; it is not a CMS crosswalk.`);
    key = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return fallback(`The crosswalk file "${crosswalkPath}" cannot be read (missing or no permission).`);
  }
  const cached = cache.get(crosswalkPath);
  if (cached && cached.key === key) return cached.choice;
  let choice: KnowledgeChoice;
  try {
    const loaded = loadCrosswalkCsv(readFileSync(crosswalkPath, 'utf8'), crosswalkPath);
    choice = loaded.crosswalk
      ? { knowledge: createKnowledge({ crosswalk: loaded.crosswalk }), warnings: loaded.warnings }
      : fallback(`The crosswalk file "${crosswalkPath}" is not usable: ${loaded.error ?? 'unknown error'}`, loaded.warnings);
  } catch (error) {
    choice = fallback(`The crosswalk file "${crosswalkPath}" could not be loaded: ${(error as Error).message}`);
  }
  cache.set(crosswalkPath, { key, choice });
  return choice;
}

function fallback(error: string, warnings: readonly string[] = []): KnowledgeChoice {
  return { knowledge: defaultKnowledge(), error: `${error} Using the shipped CMS snapshot instead.`, warnings };
}
