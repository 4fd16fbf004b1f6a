// Every rule has its page and its test file (as ESLint's checkRuleFiles asks), and every example on a page is linted:
// an "incorrect" example must produce the rule, a "correct" one nothing at all.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultKnowledge } from '../../../server/src/core/knowledge';
import { lint } from '../../../server/src/core/lint';
import { parseDocument } from '../../../server/src/core/parse';
import { ALL_RULES } from '../../../server/src/core/rules';
import { FINDINGS_CAPPED_ID } from '../../../server/src/core/rules/findings-capped';
import { examplesOf } from '../../helpers/docExamples';
import { REPO_ROOT } from '../../helpers/paths';

const pagePath = (id: string): string => join(REPO_ROOT, 'docs', 'rules', `${id}.md`);

describe('rule files', () => {
  for (const { meta } of ALL_RULES) {
    it(`${meta.id} has docs/rules/${meta.id}.md and test/unit/rules/${meta.id}.test.ts`, () => {
      assert.ok(existsSync(pagePath(meta.id)), `docs/rules/${meta.id}.md`);
      assert.ok(existsSync(join(REPO_ROOT, 'test', 'unit', 'rules', `${meta.id}.test.ts`)), `test/unit/rules/${meta.id}.test.ts`);
    });
  }
});

describe('rule page examples', () => {
  for (const { meta } of ALL_RULES) {
    if (!existsSync(pagePath(meta.id))) continue;
    const examples = examplesOf(meta.id, readFileSync(pagePath(meta.id), 'utf8'));
    if (meta.id !== FINDINGS_CAPPED_ID) {
      it(`${meta.id}: the page shows at least one incorrect example`, () => {
        assert.ok(examples.some((e) => e.expect === 'incorrect'), `docs/rules/${meta.id}.md has an example marked incorrect`);
      });
    }
    for (const example of examples) {
      it(`${meta.id}: the ${example.expect} ${example.format} example at line ${example.line}`, () => {
        const doc = parseDocument(example.text, { requested: true, fileName: example.format.startsWith('x12') ? 'example.837' : 'example.json' });
        const { findings, failures } = lint(doc, example.config, defaultKnowledge());
        assert.deepEqual(failures, []);
        const seen = findings.map((f) => `${f.ruleId}: ${f.message}`);
        if (example.expect === 'correct') {
          assert.equal(doc.format, example.format, 'the example reads as its format');
          assert.deepEqual(seen, [], 'a correct example has no finding at all');
        } else {
          assert.ok(findings.some((f) => f.ruleId === meta.id), `an incorrect example shows ${meta.id}; it shows ${JSON.stringify(seen)}`);
        }
      });
    }
  }
});
