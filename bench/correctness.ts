// The benchmark's correctness check: what the server reports for a document must equal a full re-check of the same
// text by the core, with the settings the server was given (same settings file lookup, same suppressions, same
// knowledge, same conversion to diagnostics). Guards incremental re-checking: an edit may never change what a
// full check would say.
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../server/src/core/analyze';
import { LineIndex } from '../server/src/core/text';
import { toDiagnostic } from '../server/src/convert';
import { SuppressionSource } from '../server/src/features/suppressions';
import { knowledgeFor } from '../server/src/knowledgeSource';
import { RcSource } from '../server/src/rcSource';
import { readSettings } from '../server/src/settings';

/** The diagnostics a full check of `text` gives, as the server would publish them. */
export function fullCheck(text: string, uri: string, languageId: string, section: Record<string, unknown>): Diagnostic[] {
  const rc = new RcSource(() => undefined, () => []).forDocument(uri);
  const settings = readSettings(section, rc);
  if (!settings.enable) return [];
  const knowledge = knowledgeFor(settings.crosswalkPath).knowledge;
  const suppressions = new SuppressionSource(() => undefined).contextFor(uri);
  const { result } = analyze(text, { fileName: uri, languageId }, settings.config, knowledge, suppressions);
  const lines = new LineIndex(text);
  return result.findings.map((finding) => toDiagnostic(lines, finding));
}

const where = (d: Diagnostic): string => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`;
const text = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);
const describe = (d: Diagnostic | undefined): string => (d ? `${d.code} ${d.severity} at ${where(d)} "${text(d).slice(0, 160)}"` : 'nothing');

/** The first difference (rule id, severity, range, message, order), or undefined when both lists are the same. */
export function firstDifference(server: readonly Diagnostic[], expected: readonly Diagnostic[]): string | undefined {
  const n = Math.max(server.length, expected.length);
  for (let i = 0; i < n; i++) {
    const a = server[i];
    const b = expected[i];
    const same = a && b && a.code === b.code && a.severity === b.severity && text(a) === text(b) && where(a) === where(b);
    if (!same) return `diagnostic #${i + 1} of ${server.length} (full check: ${expected.length}): server has ${describe(a)}; full check has ${describe(b)}`;
  }
  return undefined;
}
