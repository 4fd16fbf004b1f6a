import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { defaultKnowledge } from '../../../server/src/core/knowledge';
import { lint } from '../../../server/src/core/lint';
import { parseDocument } from '../../../server/src/core/parse';
import { claimText, TACRO } from './claimTexts';

/** 40 lines, each with several findings of several rules; a cap of 10 must keep errors first and every rule. */
const text = claimText('x12-837p', { lines: Array.from({ length: 40 }, (_, i) => ({ ...TACRO, description: undefined, modifiers: ['22'], units: i % 2 ? '0' : '60' })) });

test('findings-capped: every rule runs on every line; the cap shows errors first, keeps every rule, says what it cut', () => {
  const doc = parseDocument(text);
  const all = lint(doc, { ...DEFAULT_CONFIG, maxFindingsPerFile: 100000 }, defaultKnowledge());
  const capped = lint(doc, { ...DEFAULT_CONFIG, maxFindingsPerFile: 10 }, defaultKnowledge());
  assert.equal(all.truncated, false);
  assert.equal(capped.total, all.total, 'the same work is done whatever the cap');
  assert.ok(capped.truncated);
  const [notice, ...shown] = capped.findings;
  assert.equal(notice.ruleId, 'findings-capped');
  assert.equal(notice.data.shown, 10);
  assert.equal(notice.data.total, all.total);
  assert.equal(shown.length, 10);
  const rules = new Set(all.findings.map((f) => f.ruleId));
  assert.ok(rules.size <= 10, 'the case has no more rules than room');
  assert.deepEqual(new Set(shown.map((f) => f.ruleId)), rules, 'every rule that found something is shown');
  const errorsInAll = all.findings.filter((f) => f.severity === 'error').length;
  assert.ok(shown.filter((f) => f.severity === 'error').length >= Math.min(errorsInAll, 10 - rules.size + 1), 'errors take the rest of the room');
});

test('findings-capped: off hides the notice, not the cut', () => {
  const doc = parseDocument(text);
  const capped = lint(doc, { ...DEFAULT_CONFIG, maxFindingsPerFile: 10, rules: { 'findings-capped': 'off' } }, defaultKnowledge());
  assert.equal(capped.findings.length, 10);
  assert.ok(capped.truncated);
});

test('findings-capped: a cap smaller than the number of rules that found something still shows one finding of each', () => {
  const doc = parseDocument(text);
  const rules = new Set(lint(doc, { ...DEFAULT_CONFIG, maxFindingsPerFile: 100000 }, defaultKnowledge()).findings.map((f) => f.ruleId));
  assert.ok(rules.size > 2, `the case has more rules (${rules.size}) than the cap`);
  const [notice, ...shown] = lint(doc, { ...DEFAULT_CONFIG, maxFindingsPerFile: 2 }, defaultKnowledge()).findings;
  assert.equal(notice.ruleId, 'findings-capped');
  assert.deepEqual(new Set(shown.map((f) => f.ruleId)), rules, 'no rule is hidden entirely');
  assert.equal(shown.length, rules.size);
  assert.equal(notice.data.shown, rules.size, 'the notice counts what is really shown');
});
