// `npm test`: type-check, bundle, then every test layer in turn. Prints one closing line: "N passed, N failed".
// Layers: unit + protocol + CLI (node's test runner), then the editor layers (test/e2e/run.mjs) when present.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LAYERS = ['unit', 'protocol', 'cli', 'e2e'];
const only = process.argv.slice(2); // e.g. `npm test -- unit` or `-- e2e`
const unknown = only.filter((layer) => !LAYERS.includes(layer));
if (unknown.length > 0) {
  console.error(`run-all: unknown layer ${unknown.join(', ')} (layers: ${LAYERS.join(', ')})`);
  process.exit(2);
}
const wants = (layer) => only.length === 0 || only.includes(layer);
let passed = 0;
let failed = 0;

function run(title, command, args, options = {}) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: options.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: process.env });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  return result;
}

function findJs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return findJs(full);
    return name.endsWith('.test.js') ? [full] : [];
  });
}

const typecheck = run('typecheck (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']);
if (typecheck.status === 0) passed++;
else failed++;

const build = run('build (esbuild)', process.execPath, ['esbuild.mjs', '--tests']);
if (build.status !== 0) {
  console.log(`\n0 passed, 1 failed`);
  process.exit(1);
}

for (const layer of ['unit', 'protocol', 'cli']) {
  if (!wants(layer)) continue;
  const files = findJs(join('out', 'test', layer));
  // A layer that has no tests proves nothing: it fails, and says so.
  if (files.length === 0) {
    console.log(`\n=== ${layer} tests ===\nno test files in out/test/${layer}: the layer FAILS`);
    failed++;
    continue;
  }
  const result = run(`${layer} tests`, process.execPath, ['--enable-source-maps', '--test', '--test-reporter=spec', ...files], { capture: true });
  const out = result.stdout ?? '';
  const pass = Number(/ℹ pass (\d+)/.exec(out)?.[1] ?? 0);
  const fail = Number(/ℹ fail (\d+)/.exec(out)?.[1] ?? 0);
  passed += pass;
  failed += fail;
  if (result.status !== 0 && fail === 0) failed++;
  if (pass === 0 && fail === 0) {
    console.log(`${layer}: the test runner reported no tests: the layer FAILS`);
    failed++;
  }
}

if (wants('e2e') && !existsSync('test/e2e/run.mjs')) {
  console.log('\n=== editor tests ===\ntest/e2e/run.mjs is missing: the layer FAILS');
  failed++;
} else if (wants('e2e')) {
  const result = run('editor tests (real VS Code)', process.execPath, ['test/e2e/run.mjs'], { capture: true });
  const match = /e2e: (\d+) passed, (\d+) failed/.exec(result.stdout ?? '');
  if (match) {
    passed += Number(match[1]);
    failed += Number(match[2]);
  }
  if (result.status !== 0 && (!match || Number(match[2]) === 0)) failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
