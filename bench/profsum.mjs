// Summarizes a .cpuprofile: top functions by self time and by inclusive time.
//   node bench/profsum.mjs FILE.cpuprofile [N]
import { readFileSync } from 'node:fs';

const [file, nArg] = process.argv.slice(2);
const top = Number(nArg ?? 25);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const selfCount = new Map();
for (const id of prof.samples) selfCount.set(id, (selfCount.get(id) ?? 0) + 1);
const total = prof.samples.length;
const label = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;

const self = new Map();
for (const [id, c] of selfCount) {
  const k = label(byId.get(id));
  self.set(k, (self.get(k) ?? 0) + c);
}
// Inclusive: a sample counts once per distinct function label on its stack.
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, c] of selfCount) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = label(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + c);
  }
}
const show = (title, map) => {
  console.log(`\n${title}`);
  [...map].sort((a, b) => b[1] - a[1]).slice(0, top).forEach(([k, c]) => console.log(`${((100 * c) / total).toFixed(1).padStart(6)}%  ${k}`));
};
show('self time', self);
show('inclusive time', incl);
