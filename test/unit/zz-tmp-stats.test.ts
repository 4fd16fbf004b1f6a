import { it } from 'node:test';
import fc from 'fast-check';
import { checkAll, seedCorpus, mutationArb, applyMutations } from './fuzz-support';
it('stats', () => {
  const corpus = seedCorpus();
  for (const s of corpus) { const c = checkAll(s.text, s.hint); console.log(s.name, c.doc.format, c.doc.claims.length, c.result.findings.map(f=>f.ruleId+(f.fixes.length?'+fix':'')).join(',')); }
  const samples = fc.sample(fc.tuple(fc.constantFrom(...corpus), fc.array(mutationArb,{minLength:1,maxLength:4})), {seed: 1, numRuns: 200});
  let withFindings = 0, withFixes = 0;
  for (const [s, m] of samples) { const c = checkAll(applyMutations(s.text, m), s.hint); if (c.result.findings.length) withFindings++; if (c.result.findings.some(f=>f.fixes.length)) withFixes++; }
  console.log('mutated', samples.length, withFindings, withFixes);
});
