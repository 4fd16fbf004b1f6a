import type { LintConfig } from './config';
import type { Knowledge } from './knowledge/types';
import { lint, type LintResult } from './lint';
import type { ClaimDocument } from './model';
import { parseDocument } from './parse';
import type { FormatHint } from './parse/sniff';

export interface Analysis {
  readonly doc: ClaimDocument;
  readonly result: LintResult;
}

/** Parse + lint: the whole pipeline for one text. Never throws. */
export function analyze(text: string, hint: FormatHint, config: LintConfig, knowledge: Knowledge): Analysis {
  const doc = parseDocument(text, hint);
  return { doc, result: lint(doc, config, knowledge) };
}
