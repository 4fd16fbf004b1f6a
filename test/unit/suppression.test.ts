import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/core/fixAll';
import type { Finding } from '../../server/src/core/findings';
import { hoverAt } from '../../server/src/core/hover';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { lint } from '../../server/src/core/lint';
import type { ClaimDocument } from '../../server/src/core/model';
import {
  parseSuppressions,
  recordSuppression,
  suppressionFor,
  suppressionFileProblems,
} from '../../server/src/core/suppression';
import { doc, example, offsetOf } from './hover-support';

const knowledge = defaultKnowledge();
const p = example('professional-837p.837');
const findings = lint(p, DEFAULT_CONFIG, knowledge).findings;
const ndcMissing = findings.find((f) => f.ruleId === 'ndc-missing')!;

/** Lints with `.claimlint.json` suppressions applied, as the editor and the CLI do: what is kept, and what is ignored. */
function applySuppressions(d: ClaimDocument, _all: readonly Finding[], fileName: string, set: ReturnType<typeof parseSuppressions>) {
  const result = lint(d, DEFAULT_CONFIG, knowledge, { suppressions: { fileName, set } });
  return { kept: result.findings, suppressed: result.suppressed };
}

describe('suppression file parsing', () => {
  it('reads a valid file', () => {
    const set = parseSuppressions('{"version":1,"suppressions":[{"file":"claim.837","ruleId":"ndc-missing","claim":"TX-1001","line":1,"code":"j7599","reason":"ok"}]}');
    assert.equal(set.problem, undefined);
    assert.deepEqual(set.suppressions, [{ file: 'claim.837', ruleId: 'ndc-missing', claim: 'TX-1001', line: 1, code: 'J7599', reason: 'ok' }]);
  });

  it('never throws: broken JSON, wrong shapes and versions become one problem', () => {
    for (const text of ['{', '[]', '"x"', '{"version":2,"suppressions":[]}', '{"suppressions":{}}', '\u0000\u0001']) {
      const set = parseSuppressions(text);
      assert.deepEqual(set.suppressions, [], text);
      assert.match(set.problem ?? '', /\.claimlint\.json/, text);
    }
    assert.deepEqual(parseSuppressions('{}'), { suppressions: [] });
  });

  it('keeps good entries and names the bad ones', () => {
    const set = parseSuppressions('{"suppressions":[{"file":"a.837","ruleId":"r"},{"file":"a.837"},{"file":"a.837","ruleId":"r","line":"2"}]}');
    assert.equal(set.suppressions.length, 1);
    assert.match(set.problem ?? '', /entries 2, 3 ignored/);
  });
});

describe('matching suppressions to findings', () => {
  it('keys a finding by file, rule, claim id, line number and code', () => {
    const s = suppressionFor(p, ndcMissing, 'claim.837', 'reviewed: 2026-11-30');
    assert.deepEqual(s, { file: 'claim.837', ruleId: 'ndc-missing', claim: 'TX-1001', line: 1, code: 'J7599', reason: 'reviewed: 2026-11-30' });
  });

  it('ignores exactly the matching finding', () => {
    const set = parseSuppressions(JSON.stringify({ version: 1, suppressions: [suppressionFor(p, ndcMissing, 'claim.837', 'r')] }));
    const { kept, suppressed } = applySuppressions(p, findings, 'claim.837', set);
    assert.deepEqual(suppressed.map((x) => x.finding), [ndcMissing]);
    assert.equal(kept.length, findings.length - 1);
    assert.equal(applySuppressions(p, findings, 'other.837', set).suppressed.length, 0, 'another file is not affected');
  });

  it('stops applying when the line is recoded or renumbered', () => {
    for (const change of [{ code: 'J7507' }, { line: 2 }, { claim: 'TX-1002' }]) {
      const entry = { ...suppressionFor(p, ndcMissing, 'claim.837', 'r')!, ...change };
      const set = parseSuppressions(JSON.stringify({ suppressions: [entry] }));
      assert.equal(applySuppressions(p, findings, 'claim.837', set).suppressed.length, 0, JSON.stringify(change));
    }
  });

  it('survives edits that move offsets', () => {
    const text = p.text.replace('SUNRISE TRANSPLANT CLINIC', 'SUNRISE TRANSPLANT AND KIDNEY CLINIC OF SPRINGFIELD');
    const moved = doc(text);
    const movedFindings = lint(moved, DEFAULT_CONFIG, knowledge).findings;
    const movedMissing = movedFindings.find((f) => f.ruleId === 'ndc-missing')!;
    assert.notEqual(movedMissing.span.start, ndcMissing.span.start, 'offsets moved');
    const set = parseSuppressions(JSON.stringify({ suppressions: [suppressionFor(p, ndcMissing, 'claim.837', 'r')] }));
    assert.deepEqual(applySuppressions(moved, movedFindings, 'claim.837', set).suppressed.map((x) => x.finding), [movedMissing]);
  });

  it('a bad file is one problem on that file, located by line and column', () => {
    const text = '{\n  "version": 1,\n  "suppressions": [\n    {"file": "a.837" "ruleId": "x"}\n  ]\n}\n';
    const [problem, ...more] = suppressionFileProblems(text);
    assert.deepEqual(more, []);
    assert.equal(problem.severity, 'error');
    assert.equal(problem.line, 4);
    assert.equal(problem.column, 22);
    assert.match(problem.message, /^line 4, column 22: \.claimlint\.json is not valid JSON \(comma expected\)/);
    assert.deepEqual(suppressionFileProblems('{"version":1,"suppressions":[]}'), []);
    const wrongShape = suppressionFileProblems('{"suppressions": {"ruleId": "x"}}');
    assert.equal(wrongShape[0].line, 1);
    assert.equal(wrongShape[0].column, 18);
  });

  it('shows ignored findings in the hover of their line', () => {
    const set = parseSuppressions(JSON.stringify({ suppressions: [suppressionFor(p, ndcMissing, 'claim.837', 'reviewed: 2026-11-30')] }));
    const { suppressed } = applySuppressions(p, findings, 'claim.837', set);
    const onLine = hoverAt(p, offsetOf(p.text, 'J7599*120', 1), knowledge, { suppressed });
    assert.match(onLine?.markdown ?? '', /Ignored on this line[\s\S]*`ndc-missing`[\s\S]*reviewed: 2026-11-30/);
    const otherLine = hoverAt(p, offsetOf(p.text, 'J7507*187', 1), knowledge, { suppressed });
    assert.doesNotMatch(otherLine?.markdown ?? '', /Ignored/);
  });
});

describe('recording a suppression', () => {
  const s = suppressionFor(p, ndcMissing, 'claim.837', 'reviewed: 2026-11-30')!;

  it('creates a new file', () => {
    const r = recordSuppression(undefined, s);
    assert.equal(r.kind, 'create');
    if (r.kind !== 'create') return;
    assert.deepEqual(parseSuppressions(r.text).suppressions, [s]);
    assert.equal(JSON.parse(r.text).version, 1);
  });

  it('appends to an existing file, keeping what is there', () => {
    const existing = '{\n    "version": 1,\n    "suppressions": [\n        {"file": "x.837", "ruleId": "a", "reason": "keep"}\n    ]\n}\n';
    const r = recordSuppression(existing, s);
    assert.equal(r.kind, 'edit');
    if (r.kind !== 'edit') return;
    const after = applyEdits(existing, r.edits);
    const set = parseSuppressions(after);
    assert.equal(set.problem, undefined);
    assert.equal(set.suppressions.length, 2);
    assert.equal(set.suppressions[0].reason, 'keep');
    assert.deepEqual(set.suppressions[1], s);
    assert.equal(recordSuppression(after, s).kind, 'none', 'not recorded twice');
  });

  it('adds the list to a file without one, and refuses to touch a broken file', () => {
    const r = recordSuppression('{ "version": 1 }', s);
    assert.equal(r.kind, 'edit');
    if (r.kind === 'edit') assert.deepEqual(parseSuppressions(applyEdits('{ "version": 1 }', r.edits)).suppressions, [s]);
    assert.equal(recordSuppression('{ broken', s).kind, 'none');
  });
});
