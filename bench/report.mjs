// Writes the README's performance section: only the text between <!-- perf:start --> and <!-- perf:end -->.
import { readFileSync, writeFileSync } from 'node:fs';
import { fmt } from './targets.mjs';

const START = '<!-- perf:start -->';
const END = '<!-- perf:end -->';

const times = (n) => (n ? `${fmt(n, n >= 10 ? 0 : 1)}×` : '—');

/** Returns false when the markers are missing (nothing is written then). */
export function updateReadme(path, { rows, targets, environment: env, chart }) {
  const readme = readFileSync(path, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) return false;
  writeFileSync(path, readme.slice(0, a + START.length) + '\n' + section(rows, targets, env, chart).join('\n') + '\n' + readme.slice(b));
  return true;
}

function section(rows, targets, env, chart) {
  const md = ['## Performance', ''];
  md.push(
    `Measured by \`npm run bench\` on seeded synthetic 837P/837I files and FHIR Bundles (generated into \`bench/.data/\`, not committed), ${env.cores} × ${env.cpu ?? 'CPU'}, Node ${env.node}, ${(env.date ?? new Date().toISOString()).slice(0, 10)}. ` +
      'In process, best of several runs, each from the file on disk (page cache): *floor* = read the file and count segment terminators with `indexOf` (FHIR: `JSON.parse`); ' +
      '*parse + all rules* = every rule over every line with no findings cap. The peers run in the same process the same way and only parse: ' +
      'node-x12 1.7.1 (`X12Parser.parse`, no rules) and x12-parser 1.3.0 (its stream fed from the file, every segment consumed; no positions); each is skipped above its size limit. ' +
      '*vs* columns: how many times faster claimlint parse + all rules is than the peer\'s parse alone (below 1× = slower).',
  );
  md.push('');
  const busy = env.loadavgAtStart?.[0] > env.cores ? env.loadavgAtStart[0] : env.loadavgAtEnd?.[0] > env.cores + 1 ? env.loadavgAtEnd[0] : undefined;
  if (busy !== undefined) {
    md.push(`**Note:** the machine was busy during this run (load average ${busy.toFixed(1)} on ${env.cores} cores); absolute times are inflated and noisy, ratios less so.`);
    md.push('');
  }
  if (chart) md.push(`![Throughput of claimlint and its peers on X12 837P files, MB/s against file size, log scales](${chart})`, '');
  md.push('| file | MB | floor MB/s | parse MB/s | parse + all rules MB/s | node-x12 MB/s | x12-parser MB/s | parse + all rules vs floor | vs node-x12 | vs x12-parser | CLI wall | CLI peak RSS |');
  md.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of rows) {
    md.push(`| ${r.name} | ${fmt(r.mb, 1)} | ${fmt(r.floor, 0)} | ${fmt(r.parse, 1)} | ${fmt(r.rules, 1)} | ${fmt(r.nodeX12, 1)} | ${fmt(r.x12Parser, 1)} | ${r.vsFloor ? `${fmt(r.vsFloor, 1)}× slower` : '—'} | ${times(r.vsNodeX12)} | ${times(r.vsX12Parser)} | ${fmt(r.cliMs, 0)} ms | ${fmt(r.cliPeakRssMB, 0)} MB |`);
  }
  const editor = rows.filter((r) => r.lsp && !r.lsp.error);
  if (editor.length) {
    md.push('', 'In the editor (language server over stdio, pull diagnostics, default settings; edits are digit changes and typed or deleted letters inside service lines; hovers on procedure codes):', '');
    md.push('| file | open → diagnostics | edit → diagnostics p50 / p95 | hover p95 during first check / re-check / after | server peak RSS |');
    md.push('|---|--:|--:|--:|--:|');
    for (const { name, lsp } of editor) {
      const h = lsp.hover;
      md.push(`| ${name} | ${fmt(lsp.openMs, 0)} ms | ${fmt(lsp.edit?.p50, 0)} / ${fmt(lsp.edit?.p95, 0)} ms | ${fmt(h.duringFirstCheck?.p95, 1)} / ${fmt(h.duringRecheck?.p95, 1)} / ${fmt(h.checked?.p95, 1)} ms | ${fmt(lsp.serverPeakRssMB, 0)} MB |`);
    }
  }
  md.push('', 'Targets (issue 16):', '', '| target | measured | result |', '|---|---|---|');
  for (const t of targets) md.push(`| ${t.name} | ${t.detail.replace(/\|/g, '/')} | ${t.status} |`);
  md.push('');
  return md;
}
