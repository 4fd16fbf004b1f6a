import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSuppressions } from '../../server/src/core/suppression';
import { removeSuppressions } from '../../server/src/core/suppressionRemoval';
import { applyEdits } from '../helpers/applyEdits';

const file = (eol = '\n') => [
  '{',
  '  "version": 1,',
  '  // reviewed with the payer',
  '  "suppressions": [',
  '    { "file": "a.837", "ruleId": "ndc-missing", "claim": "TX-1", "line": 1, "reason": "first" },',
  '    { "file": "a.837", "ruleId": "bad entry", "line": "two" },',
  '    { "file": "a.837", "ruleId": "charge-zero", "claim": "TX-1", "line": 2, "reason": "second" },',
  '    { "file": "b.837", "ruleId": "units-invalid", "reason": "third" }',
  '  ]',
  '}',
  '',
].join(eol);

describe('listing and removing suppressions', () => {
  it('says where each readable entry is, counting the unreadable ones', () => {
    const text = file();
    const set = parseSuppressions(text);
    assert.deepEqual(set.suppressions.map((s) => s.reason), ['first', 'second', 'third']);
    assert.deepEqual(set.entries?.map((e) => e.index), [0, 2, 3]);
    assert.match(text.slice(set.entries![1].span.start, set.entries![1].span.end), /^\{ "file": "a.837", "ruleId": "charge-zero".*\}$/);
  });

  it('removes the chosen entries and nothing else (comments, the unreadable entry and the layout stay)', () => {
    const text = file();
    const after = applyEdits(text, removeSuppressions(text, [0, 3]));
    const set = parseSuppressions(after);
    assert.deepEqual(set.suppressions.map((s) => s.reason), ['second']);
    assert.match(after, /\/\/ reviewed with the payer/);
    assert.match(after, /"ruleId": "bad entry"/);
    assert.equal(after.split('\n')[1], '  "version": 1,');
  });

  it('is one edit, and keeps CRLF line breaks', () => {
    const text = file('\r\n');
    const edits = removeSuppressions(text, [2]);
    assert.equal(edits.length, 1);
    const after = applyEdits(text, edits);
    assert.doesNotMatch(after.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF');
    assert.deepEqual(parseSuppressions(after).suppressions.map((s) => s.reason), ['first', 'third']);
  });

  it('removes nothing when asked for nothing or for an index that is not there', () => {
    assert.deepEqual(removeSuppressions(file(), []), []);
    assert.deepEqual(removeSuppressions(file(), [9]), []);
  });
});
