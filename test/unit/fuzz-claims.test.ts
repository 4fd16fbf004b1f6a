// Property-based robustness of parse → lint → fix on mutated real claims (examples/* and test/fixtures/samples/*).
// Fixed seed (fuzz-support SEED), bounded runs: the whole file takes a few seconds. See test/fixtures/bad/README.md.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lint } from '../../server/src/core/lint';
import { parseDocument } from '../../server/src/core/parse';
import { applyMutations, checkAll, checkEachFix, checkFixAll, CONFIG, KNOWLEDGE, mutationArb, runs, seedCorpus, SEED } from './fuzz-support';

const corpus = seedCorpus();

describe('fuzz: unmutated examples and samples', () => {
  it('has a seed corpus to mutate', () => {
    assert.ok(corpus.length >= 4, `examples/ and test/fixtures/samples/ give ${corpus.length} seeds`);
  });

  for (const seed of corpus) {
    it(`${seed.name}: parses, lints without rule failures, every fix and fix-all keep it readable`, () => {
      const checked = checkAll(seed.text, seed.hint);
      checkEachFix(seed.text, seed.hint, checked, 60);
      checkFixAll(seed.text, seed.hint, checked);
    });
  }
});

describe('fuzz: mutated claims', () => {
  const seedArb = fc.constantFrom(...corpus);

  it('parse never throws, spans stay inside the text, no rule fails (1-4 mutations)', () => {
    fc.assert(
      fc.property(seedArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (seed, mutations) => {
        const text = applyMutations(seed.text, mutations);
        checkAll(text, seed.hint);
        // Without a file name the sniffer decides from content alone.
        checkAll(text, {});
      }),
      { seed: SEED, numRuns: runs(400) },
    );
  });

  it('fix-all on a mutated claim settles, adds no parse error, and is idempotent', () => {
    fc.assert(
      fc.property(seedArb, fc.array(mutationArb, { minLength: 1, maxLength: 2 }), (seed, mutations) => {
        const text = applyMutations(seed.text, mutations);
        const checked = checkAll(text, seed.hint);
        checkFixAll(text, seed.hint, checked);
      }),
      { seed: SEED + 1, numRuns: runs(150) },
    );
  });

  it('each single fix on a mutated claim adds no parse error', () => {
    fc.assert(
      fc.property(seedArb, fc.array(mutationArb, { minLength: 1, maxLength: 2 }), (seed, mutations) => {
        const text = applyMutations(seed.text, mutations);
        checkEachFix(text, seed.hint, checkAll(text, seed.hint), 6);
      }),
      { seed: SEED + 2, numRuns: runs(120) },
    );
  });

  it('the display cap never hides a rule: every rule that found something is shown, whatever the mutation', () => {
    fc.assert(
      fc.property(seedArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 8 }), (seed, mutations, cap) => {
        const doc = parseDocument(applyMutations(seed.text, mutations), seed.hint);
        const all = lint(doc, { ...CONFIG, maxFindingsPerFile: 100000 }, KNOWLEDGE);
        const capped = lint(doc, { ...CONFIG, maxFindingsPerFile: cap }, KNOWLEDGE);
        const rules = (r: typeof all) => new Set(r.findings.map((f) => f.ruleId).filter((id) => id !== 'findings-capped'));
        assert.deepEqual(rules(capped), rules(all));
        assert.equal(capped.total, all.total, 'the same work whatever the cap');
        const shown = capped.findings.filter((f) => f.ruleId !== 'findings-capped').length;
        assert.equal(capped.truncated, shown < all.total, 'the notice comes exactly when findings were cut');
        assert.equal(capped.findings.some((f) => f.ruleId === 'findings-capped'), capped.truncated);
      }),
      { seed: SEED + 4, numRuns: runs(150) },
    );
  });

  it('heavily damaged claims (8-20 mutations) are still read without throwing', () => {
    fc.assert(
      fc.property(seedArb, fc.array(mutationArb, { minLength: 8, maxLength: 20 }), (seed, mutations) => {
        checkAll(applyMutations(seed.text, mutations), seed.hint);
      }),
      { seed: SEED + 3, numRuns: runs(150) },
    );
  });
});
