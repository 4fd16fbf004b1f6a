/** Table tests for the rules that surface the readers' problems: each case is a text, the findings of one rule are compared by text covered and message id. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FormatHint } from '../../../server/src/core/formats/sniff';
import type { Severity } from '../../../server/src/core/findings';
import { defaultKnowledge } from '../../../server/src/core/knowledge';
import { lint } from '../../../server/src/core/lint';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { parseDocument } from '../../../server/src/core/parse';
import { ruleById } from '../../../server/src/core/rules';
import { checkMessageShape } from '../../helpers/ruleHarness';

export interface ProblemCase {
  readonly name: string;
  readonly text: string;
  readonly hint?: FormatHint;
  /** Per finding of the rule, in document order: the text its span covers (or '' for an empty span), its severity, and a pattern its message matches. */
  readonly expect: readonly { at: string; severity?: Severity; message?: RegExp }[];
}

export function problemCases(ruleId: string, cases: readonly ProblemCase[]): void {
  const rule = ruleById(ruleId);
  for (const c of cases) {
    test(`${ruleId}: ${c.name}`, () => {
      assert.ok(rule, `${ruleId} is registered`);
      const doc = parseDocument(c.text, c.hint ?? { requested: true });
      const { findings, failures } = lint(doc, DEFAULT_CONFIG, defaultKnowledge(), { rules: [rule] });
      assert.deepEqual(failures, []);
      findings.forEach(checkMessageShape);
      assert.deepEqual(findings.map((f) => c.text.slice(f.span.start, f.span.end)), c.expect.map((e) => e.at), JSON.stringify(findings.map((f) => f.message)));
      c.expect.forEach((e, i) => {
        if (e.severity) assert.equal(findings[i].severity, e.severity, findings[i].message);
        if (e.message) assert.match(findings[i].message, e.message);
      });
    });
  }
}
