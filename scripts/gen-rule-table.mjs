// Writes the rule table into README.md between <!-- rules:start --> and <!-- rules:end -->, from the rules' own
// metadata (server/src/core/rules/index.ts, bundled on the fly), so the README never drifts from the code.
//   node scripts/gen-rule-table.mjs           rewrite the table
//   node scripts/gen-rule-table.mjs --check   exit 1 when the table is stale or a rule has no docs/rules/<id>.md
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(ROOT, 'README.md');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

async function loadRules() {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'out', 'rules-'));
  try {
    const outfile = join(dir, 'rules.cjs');
    await esbuild.build({
      entryPoints: [join(ROOT, 'server/src/core/rules/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'error',
    });
    return createRequire(import.meta.url)(outfile).ALL_RULES;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function renderTable(rules) {
  const rows = rules.map(({ meta }) =>
    `| \`${meta.id}\` | ${meta.defaultSeverity} | ${meta.fixable ? 'yes' : 'no'} | ${cell(meta.description)}${meta.heuristic ? ' *(heuristic)*' : ''} | [docs](docs/rules/${meta.id}.md) |`,
  );
  return ['| id | default severity | fixable | description | link |', '|---|---|---|---|---|', ...rows].join('\n');
}

function fail(message) {
  console.error(`gen-rule-table: ${message}`);
  process.exit(1);
}

const check = process.argv.includes('--check');
if (!existsSync(README)) fail(`${README} does not exist. The README is written by hand around the generated table: create it with the lines "${START}" and "${END}", then run this script again.`);
const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < 0 || to < from) fail(`README.md needs the markers "${START}" and "${END}" (in that order) where the rule table goes.`);

const rules = await loadRules();
const missingDocs = rules.map((r) => r.meta.id).filter((id) => !existsSync(join(ROOT, 'docs', 'rules', `${id}.md`)));
const eol = readme.includes('\r\n') ? '\r\n' : '\n';
const table = renderTable(rules).replace(/\n/g, eol);
const next = readme.slice(0, from + START.length) + eol + table + eol + readme.slice(to);

if (check) {
  const problems = [];
  if (next !== readme) problems.push('the README rule table is stale: run `node scripts/gen-rule-table.mjs`');
  if (missingDocs.length) problems.push(`rules without a docs page: ${missingDocs.map((id) => `docs/rules/${id}.md`).join(', ')}`);
  if (problems.length) fail(problems.join('; '));
  console.log(`gen-rule-table: README table and docs pages are up to date (${rules.length} rules)`);
} else {
  if (next !== readme) writeFileSync(README, next);
  console.log(`gen-rule-table: wrote ${rules.length} rules into README.md`);
  if (missingDocs.length) console.warn(`gen-rule-table: rules without a docs page: ${missingDocs.join(', ')}`);
}
