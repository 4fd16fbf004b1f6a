// Writes what the rules' own metadata says (server/src/core/rules/index.ts, bundled on the fly) into the docs, so
// they never drift from the code: the README rule table (between <!-- rules:start --> and <!-- rules:end -->) and,
// on every docs/rules/<id>.md page, the header and the "Why" section (between <!-- generated:start --> and
// <!-- generated:end -->). The rest of each page (what it finds, examples, how to fix) is written by hand.
//   node scripts/gen-rule-docs.mjs           rewrite the table and the generated blocks
//   node scripts/gen-rule-docs.mjs --check   exit 1 when anything is stale or a rule has no page
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(ROOT, 'README.md');
const TABLE_START = '<!-- rules:start -->';
const TABLE_END = '<!-- rules:end -->';
const PAGE_START = '<!-- generated:start -->';
const PAGE_END = '<!-- generated:end -->';

async function load() {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'out', 'rules-'));
  try {
    const outfile = join(dir, 'rules.cjs');
    await esbuild.build({
      stdin: {
        contents: `export { ALL_RULES } from './server/src/core/rules'; export { FORMAT_CATALOG } from './server/src/core/formats/catalog';`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'error',
    });
    return createRequire(import.meta.url)(outfile);
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

/** The generated top of a rule page: what the rule is, its settings, why it matters and where the facts come from. */
export function renderPageHeader(meta, catalog) {
  const formats = (meta.formats ?? catalog.map((f) => f.id)).map((id) => catalog.find((f) => f.id === id)?.label ?? id).join(', ');
  const lines = [
    meta.description,
    '',
    '| default severity | fixable | heuristic | formats |',
    '|---|---|---|---|',
    `| ${meta.defaultSeverity} | ${meta.fixable ? 'yes' : 'no'} | ${meta.heuristic ? 'yes — not a payer or CMS edit' : 'no'} | ${formats} |`,
    '',
    '## Why',
    '',
    meta.why,
  ];
  if (meta.sources?.length) lines.push('', `Sources: ${meta.sources.join('; ')}.`);
  lines.push('', `Configure with \`"claimlint.rules": { "${meta.id}": "off" }\` (or \`error\`, \`warning\`, \`information\`, \`hint\`); in \`.claimlintrc.json\` the key is \`rules\`.`);
  return lines.join('\n');
}

function fail(message) {
  console.error(`gen-rule-docs: ${message}`);
  process.exit(1);
}

function between(text, start, end, body, what) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0 || to < from) fail(`${what} needs the markers "${start}" and "${end}" (in that order).`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return text.slice(0, from + start.length) + eol + body.replace(/\n/g, eol) + eol + text.slice(to);
}

const check = process.argv.includes('--check');
if (!existsSync(README)) fail(`${README} does not exist; it needs the lines "${TABLE_START}" and "${TABLE_END}" where the rule table goes.`);
const { ALL_RULES: rules, FORMAT_CATALOG: catalog } = await load();
const stale = [];
const missing = [];

const readme = readFileSync(README, 'utf8');
const nextReadme = between(readme, TABLE_START, TABLE_END, renderTable(rules), 'README.md');
if (nextReadme !== readme) {
  stale.push('README.md');
  if (!check) writeFileSync(README, nextReadme);
}
for (const { meta } of rules) {
  const page = join(ROOT, 'docs', 'rules', `${meta.id}.md`);
  if (!existsSync(page)) {
    missing.push(`docs/rules/${meta.id}.md`);
    continue;
  }
  const text = readFileSync(page, 'utf8');
  const next = between(text, PAGE_START, PAGE_END, renderPageHeader(meta, catalog), `docs/rules/${meta.id}.md`);
  if (next !== text) {
    stale.push(`docs/rules/${meta.id}.md`);
    if (!check) writeFileSync(page, next);
  }
}

if (check) {
  const problems = [];
  if (stale.length) problems.push(`stale (run \`node scripts/gen-rule-docs.mjs\`): ${stale.join(', ')}`);
  if (missing.length) problems.push(`rules without a docs page: ${missing.join(', ')}`);
  if (problems.length) fail(problems.join('; '));
  console.log(`gen-rule-docs: README table and ${rules.length} rule pages are up to date`);
} else {
  console.log(`gen-rule-docs: ${stale.length ? `rewrote ${stale.join(', ')}` : 'nothing to rewrite'} (${rules.length} rules)`);
  if (missing.length) fail(`rules without a docs page: ${missing.join(', ')}`);
}
