// Bundles the given test files into a private temp folder and runs them with node's test runner.
// Lets several people run their own tests while the tree is half-built:  node scripts/test-files.mjs test/unit/x12-reader.test.ts
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/test-files.mjs <test file.ts>...');
  process.exit(2);
}
// Bundles live under <repo>/out so test helpers can still find the repository root.
mkdirSync(resolve('out'), { recursive: true });
const outdir = mkdtempSync(join(resolve('out'), 'tf-'));
try {
  await esbuild.build({
    entryPoints: Object.fromEntries(files.map((f, i) => [`${i}-${basename(f).replace(/\.ts$/, '')}`, f])),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    target: 'node20',
    outdir,
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron', 'fast-check', 'node-x12'],
  });
  const outputs = files.map((f, i) => join(outdir, `${i}-${basename(f).replace(/\.ts$/, '')}.js`));
  const result = spawnSync(process.execPath, ['--enable-source-maps', '--test', ...outputs], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
