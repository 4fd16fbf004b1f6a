import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hoverAt, type HoverResult } from '../../server/src/core/hover';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import type { ClaimDocument } from '../../server/src/core/model';
import { parseDocument } from '../../server/src/core/parse';
import type { SuppressedFinding } from '../../server/src/core/suppression';
import { EXAMPLES } from '../helpers/paths';

export function example(name: string): ClaimDocument {
  return parseDocument(readFileSync(join(EXAMPLES, name), 'utf8'), { fileName: name });
}

export function doc(text: string, fileName = 'claim.837'): ClaimDocument {
  return parseDocument(text, { fileName });
}

/** Offset of the `nth` occurrence of `needle` plus `delta` (throws when absent, so tests fail loudly). */
export function offsetOf(text: string, needle: string, delta = 0, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  return at + delta;
}

export function hover(d: ClaimDocument, needle: string, delta = 0, suppressed: SuppressedFinding[] = [], nth = 1): HoverResult {
  const result = hoverAt(d, offsetOf(d.text, needle, delta, nth), defaultKnowledge(), { suppressed });
  if (!result) throw new Error(`no hover at "${needle}"`);
  return result;
}
