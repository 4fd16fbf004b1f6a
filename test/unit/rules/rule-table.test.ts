import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ALL_RULES } from '../../../server/src/core/rules';
import { REPO_ROOT } from '../../helpers/paths';

test('rule ids are unique and kebab-case', () => {
  const ids = ALL_RULES.map((r) => r.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
});

test('the README rule table matches the rules (node scripts/gen-rule-docs.mjs)', () => {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'gen-rule-docs.mjs'), '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr || result.stdout);
});
