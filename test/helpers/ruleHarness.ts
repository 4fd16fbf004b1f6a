/**
 * Table-driven rule tests: each case is a small claim text in one format, linted with the real readers,
 * editors and knowledge base, and the findings of the rule under test compared by the text they cover.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CONFIG, type LintConfig } from '../../server/src/core/config';
import type { Finding, Severity } from '../../server/src/core/findings';
import { defaultKnowledge } from '../../server/src/core/knowledge/index';
import type { Knowledge } from '../../server/src/core/knowledge/types';
import { lint } from '../../server/src/core/lint';
import type { DocumentFormat } from '../../server/src/core/model';
import { parseDocument } from '../../server/src/core/parse';
import { ruleById } from '../../server/src/core/rules';
import type { Rule } from '../../server/src/core/rules/rule';
import { applyEdits } from './applyEdits';

export type CaseFormat = Exclude<DocumentFormat, 'none'>;

export interface Expected {
  /** The exact text the finding's span covers: text.slice(span.start, span.end). */
  readonly at: string;
  readonly severity?: Severity;
  /** Which of the rule's messages (meta.messages key). */
  readonly messageId?: string;
  /** Values the message was filled with (each listed key must match; others are not checked). */
  readonly data?: Readonly<Record<string, string | number>>;
  /** Number of fixes offered, when it matters. */
  readonly fixes?: number;
}

/** Longest message claimlint may show; messages should stay near 120 characters. */
export const MAX_MESSAGE_LENGTH = 240;

/** What every finding's message must be: one sentence naming its claim and line, placeholders filled, short. */
export function checkMessageShape(f: Finding): void {
  assert.ok(!/\{\w+\}/.test(f.message), `no unfilled placeholder: ${f.message}`);
  assert.ok(f.message.length <= MAX_MESSAGE_LENGTH, `at most ${MAX_MESSAGE_LENGTH} characters (${f.message.length}): ${f.message}`);
  if (f.lineNumber !== undefined) assert.match(f.message, /^Claim [^,]+, line \d+: \S/, `names the claim and line: ${f.message}`);
  assert.ok(!/(docs\/|server\/src|\.md\b|\.ts\b)/.test(f.message), `no repository path: ${f.message}`);
}

export interface RuleCase {
  readonly name: string;
  readonly format: CaseFormat;
  readonly text: string;
  /** Findings of the rule under test, in document order; [] = the case is valid. */
  readonly expect: readonly Expected[];
  readonly config?: Partial<LintConfig>;
  /** Apply the fix with this title fragment (of the first finding) and re-lint: the finding must be gone and the text parse. */
  readonly applyFix?: string;
  /** After the fix, the changed text must contain these. */
  readonly fixedContains?: readonly string[];
  /** Knowledge to lint with (a test double); the shipped knowledge by default. */
  readonly knowledge?: Knowledge;
}

export function lintText(text: string, config: Partial<LintConfig> = {}, knowledge: Knowledge = defaultKnowledge(), rules?: readonly Rule[]) {
  const doc = parseDocument(text);
  const result = lint(doc, { ...DEFAULT_CONFIG, ...config }, knowledge, { rules });
  return { doc, ...result };
}

function only(ruleId: string): Rule {
  const rule = ruleById(ruleId);
  assert.ok(rule, `rule ${ruleId} is registered`);
  return rule;
}

/** Runs each case as its own node:test test, named "<rule> <format>: <name>". */
export function ruleCases(ruleId: string, cases: readonly RuleCase[]): void {
  const rule = only(ruleId);
  for (const c of cases) {
    test(`${ruleId} ${c.format}: ${c.name}`, () => {
      const { doc, findings, failures } = lintText(c.text, c.config, c.knowledge ?? defaultKnowledge(), [rule]);
      assert.deepEqual(failures, [], 'the rule did not throw');
      assert.equal(doc.format, c.format, `the text reads as ${c.format}`);
      assert.deepEqual(
        doc.problems.filter((p) => p.severity === 'error').map((p) => p.message),
        [],
        'the case text itself parses without errors',
      );
      const got = findings.filter((f) => f.ruleId === ruleId);
      assert.deepEqual(
        got.map((f) => c.text.slice(f.span.start, f.span.end)),
        c.expect.map((e) => e.at),
        `finding spans (messages: ${JSON.stringify(got.map((f) => f.message))})`,
      );
      got.forEach(checkMessageShape);
      c.expect.forEach((e, i) => checkFinding(got[i], e));
      if (c.applyFix) checkFix(c, ruleId, rule, got[0]);
    });
  }
}

function checkFinding(f: Finding, e: Expected): void {
  if (e.severity) assert.equal(f.severity, e.severity, `severity of: ${f.message}`);
  if (e.messageId) assert.equal(f.messageId, e.messageId, `message id of: ${f.message}`);
  for (const [key, value] of Object.entries(e.data ?? {})) assert.equal(f.data[key], value, `data.${key} of: ${f.message}`);
  if (e.fixes !== undefined) assert.equal(f.fixes.length, e.fixes, `fix count: ${JSON.stringify(f.fixes.map((x) => x.title))}`);
}

function checkFix(c: RuleCase, ruleId: string, rule: Rule, finding: Finding | undefined): void {
  assert.ok(finding, 'a finding to fix');
  const fix = finding.fixes.find((f) => f.title.includes(c.applyFix ?? ''));
  assert.ok(fix, `a fix titled like ${JSON.stringify(c.applyFix)} among ${JSON.stringify(finding.fixes.map((f) => f.title))}`);
  const fixed = applyEdits(c.text, fix.edits);
  const again = lintText(fixed, c.config, c.knowledge ?? defaultKnowledge(), [rule]);
  assert.equal(again.doc.format, c.format, 'the fixed text still reads as the same format');
  assert.deepEqual(again.doc.problems.filter((p) => p.severity === 'error').map((p) => p.message), [], 'the fixed text parses');
  const remaining = again.findings.filter(
    (f) => f.ruleId === ruleId && f.span.start <= finding.span.start + (fixed.length - c.text.length) + 40 && f.message === finding.message,
  );
  assert.deepEqual(remaining.map((f) => f.message), [], 'the fixed finding is gone');
  for (const part of c.fixedContains ?? []) assert.ok(fixed.includes(part), `fixed text contains ${JSON.stringify(part)}`);
}
