// Profiling helper: node --cpu-prof out/bench/profile.js FILE [N] [parse|lint|all|rules] — runs the step N times (default 3).
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { defaultKnowledge } from '../server/src/core/knowledge';
import { lint } from '../server/src/core/lint';
import { parseDocument } from '../server/src/core/parse';
import { ALL_RULES } from '../server/src/core/rules';

const file = process.argv[2];
const n = Number(process.argv[3] ?? 3);
const step = process.argv[4] ?? 'all';
const knowledge = defaultKnowledge();
const config = { ...DEFAULT_CONFIG, serviceDateFallback: '2026-11-30' };
const text = readFileSync(file, 'utf8');
const doc = parseDocument(text, { fileName: file });
if (step === 'rules') {
  // Per-rule cost: each rule alone over the parsed document, best of n.
  const rows = ALL_RULES.map((rule) => {
    let best = Infinity;
    let findings = 0;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      findings = lint(doc, { ...config, maxFindingsPerFile: 1e9 }, knowledge, { rules: [rule] }).findings.length;
      best = Math.min(best, performance.now() - t0);
    }
    return { rule: rule.meta.id, ms: best, findings };
  });
  rows.sort((a, b) => b.ms - a.ms);
  for (const r of rows) console.log(`${r.rule.padEnd(26)} ${r.ms.toFixed(1).padStart(8)} ms  ${String(r.findings).padStart(7)} findings`);
  process.exit(0);
}
for (let i = 0; i < n; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let findings = 0;
  if (step === 'parse') parseDocument(text, { fileName: file });
  else if (step === 'lint') findings = lint(doc, config, knowledge).findings.length;
  else findings = analyze(text, { fileName: file }, config, knowledge).result.findings.length;
  const cpu = process.cpuUsage(c0);
  console.log(`${step} run ${i + 1}: ${(performance.now() - t0).toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms cpu, ${findings} findings`);
}
