// Bundles the extension client, the language server and the CLI (and, with --tests, the test files).
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, chmodSync } from 'node:fs';
import { join, relative } from 'node:path';

const watch = process.argv.includes('--watch');
const withTests = process.argv.includes('--tests');
const production = process.argv.includes('--production');

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  define: { CLAIMLINT_VERSION: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // jsonc-parser's UMD entry hides its requires from bundlers; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cliWorker.ts'], outfile: 'dist/cliWorker.js' },
];

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === 'fixtures' || name === 'node_modules') continue;
    if (statSync(full).isDirectory()) out.push(...findTests(full));
    else if (/\.(test|suite)\.ts$/.test(name) || /^(index|runTest|run)\.ts$/.test(name) && full.includes('e2e')) out.push(full);
  }
  return out;
}

if (withTests) {
  const entries = findTests('test');
  builds.push({
    ...common,
    entryPoints: Object.fromEntries(entries.map((e) => [relative('test', e).replace(/\.ts$/, ''), e])),
    outdir: 'out/test',
    external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron', 'fast-check', 'node-x12'],
  });
}

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
  console.log('esbuild: watching…');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}
