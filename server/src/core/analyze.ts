import type { LintConfig } from './config';
import type { Knowledge } from './knowledge/types';
import { lint, type LintResult } from './lint';
import type { ClaimDocument } from './model';
import { parseDocument } from './parse';
import type { FormatHint } from './formats/sniff';
import type { SuppressionScope } from './suppression';

export interface Analysis {
  readonly doc: ClaimDocument;
  readonly result: LintResult;
}

/** Parse + lint: the whole pipeline for one text. Never throws. */
export function analyze(text: string, hint: FormatHint, config: LintConfig, knowledge: Knowledge, suppressions?: SuppressionScope): Analysis {
  const doc = parseDocument(text, hint);
  return { doc, result: lint(doc, config, knowledge, { suppressions }) };
}
