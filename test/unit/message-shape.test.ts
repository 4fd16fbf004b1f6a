// Every finding a coder can meet on the bundled examples, the test fixtures and the public-sample corpus reads as
// one sentence naming its claim and line, stays short (median ≤ 120, never over 240) and names no repository path.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { decodeBytes } from '../../server/src/core/decode';
import type { Finding } from '../../server/src/core/findings';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { lint } from '../../server/src/core/lint';
import { parseDocument } from '../../server/src/core/parse';
import { checkMessageShape, MAX_MESSAGE_LENGTH } from '../helpers/ruleHarness';
import { EXAMPLES, FIXTURES, REPO_ROOT } from '../helpers/paths';

const MEDIAN_LIMIT = 120;
/** Claim files only: CSV crosswalks and manifests are not claims. */
const SKIP = /\.(csv|md|txt)$|manifest\.json$|SOURCES/i;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return SKIP.test(name) ? [] : [full];
  });
}

function findingsOf(file: string): Finding[] {
  const doc = parseDocument(decodeBytes(readFileSync(file)).text, { fileName: file });
  return lint(doc, DEFAULT_CONFIG, defaultKnowledge()).findings;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Two sentences: a full stop (not inside a number or an abbreviation such as "e.g.") followed by a capital. */
const SECOND_SENTENCE = /(?<![0-9]|\be\.g|\bi\.e|\bvs)[.!?]\s+[A-Z]/;

function violationsOf(file: string, finding: Finding): string[] {
  const out: string[] = [];
  try {
    checkMessageShape(finding);
  } catch (error) {
    out.push((error as Error).message.split('\n')[0]);
  }
  const body = finding.message.replace(/^Claim [^,]+, line \d+: /, '');
  if (SECOND_SENTENCE.test(body)) out.push(`not one sentence: ${finding.message}`);
  return out.map((v) => `${relative(REPO_ROOT, file)} [${finding.ruleId}] ${v}`);
}

describe('finding messages on every shipped and test claim file', () => {
  const corpus = join(FIXTURES, 'corpus');
  const sets: Record<string, string[]> = {
    examples: filesUnder(EXAMPLES),
    fixtures: filesUnder(FIXTURES).filter((f) => !f.startsWith(corpus)),
    corpus: filesUnder(corpus),
  };
  const lengths: number[] = [];
  for (const [set, files] of Object.entries(sets)) {
    it(`${set}: every message names its claim and line, fits ${MAX_MESSAGE_LENGTH} characters and is one sentence`, () => {
      assert.ok(files.length > 0, `${set} holds claim files`);
      const violations: string[] = [];
      for (const file of files) {
        for (const finding of findingsOf(file)) {
          lengths.push(finding.message.length);
          violations.push(...violationsOf(file, finding));
        }
      }
      assert.deepEqual(violations, []);
    });
  }

  it(`the median message is at most ${MEDIAN_LIMIT} characters`, () => {
    assert.ok(lengths.length > 100, `enough findings to judge (${lengths.length})`);
    const med = median(lengths);
    console.log(`message lengths over ${lengths.length} findings: median ${med}, max ${Math.max(...lengths)}`);
    assert.ok(med <= MEDIAN_LIMIT, `median ${med}`);
  });
});
