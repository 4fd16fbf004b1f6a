// The editor re-checks only the claims whose text changed and reuses the others' findings, moved with the text.
// Property: after any sequence of edits, that gives exactly what a full check of the final text gives, finding for
// finding (rule, message, severity, span, fixes and their edits), in every format of the corpus.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ClaimFindingsCache } from '../../server/src/core/claimCache';
import type { Finding } from '../../server/src/core/findings';
import { lint, type LintResult } from '../../server/src/core/lint';
import { parseDocument } from '../../server/src/core/parse';
import { CONFIG, KNOWLEDGE, mutationArb, mutate, runs, seedCorpus, SEED } from './fuzz-support';
import { claimText, TACRO } from './rules/claimTexts';

function view(result: LintResult): unknown[] {
  const one = (f: Finding) => ({ rule: f.ruleId, id: f.messageId, severity: f.severity, message: f.message, span: f.span, fixes: f.fixes, claim: f.claimIndex, line: f.lineNumber, data: f.data });
  return [result.total, result.truncated, result.findings.map(one), result.suppressed.map((s) => one(s.finding))];
}

const config = { ...CONFIG, maxFindingsPerFile: 100000 };

/** Checks `texts` one after the other with one cache, each against a fresh full check. */
function checkSequence(name: string, texts: readonly string[], fileName: string): void {
  const cache = new ClaimFindingsCache();
  texts.forEach((text, step) => {
    const doc = parseDocument(text, { fileName });
    const incremental = lint(doc, config, KNOWLEDGE, { cache });
    const full = lint(parseDocument(text, { fileName }), config, KNOWLEDGE);
    assert.deepEqual(view(incremental), view(full), `${name}, step ${step}`);
  });
}

/** A realistic edit a coder makes: type or delete a character or a short value somewhere in the file. */
const editArb = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom('1', '0', 'J', '7599', ' ', '~', '*', ':', '"', ',', 'MG', 'JW', '\n') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 6 }) }),
);

type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number };

function applyEdit(text: string, edit: Edit): string {
  const at = Math.min(text.length, Math.floor(edit.at * text.length));
  return edit.kind === 'insert' ? text.slice(0, at) + edit.text + text.slice(at) : text.slice(0, at) + text.slice(at + edit.length);
}

describe('incremental re-check equals a full check', () => {
  const corpus = seedCorpus();

  it('on typed edits to every corpus file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(editArb, { minLength: 1, maxLength: 6 }), (seed, edits) => {
        const texts = [seed.text];
        for (const edit of edits) texts.push(applyEdit(texts[texts.length - 1], edit));
        checkSequence(seed.name, texts, seed.hint.fileName ?? seed.name);
      }),
      { seed: SEED, numRuns: runs(60) },
    );
  });

  it('on structural mutations (dropped delimiters, duplicated and swapped segments)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (seed, mutations) => {
        const texts = [seed.text];
        for (const m of mutations) texts.push(mutate(texts[texts.length - 1], m));
        checkSequence(seed.name, texts, seed.hint.fileName ?? seed.name);
      }),
      { seed: SEED, numRuns: runs(40) },
    );
  });

  it('reuses the findings of the claims an edit did not touch', () => {
    const lines = Array.from({ length: 30 }, (_, i) => ({ ...TACRO, units: String(60 + i) }));
    const text = claimText('x12-837p', { lines: lines.slice(0, 1) });
    const many = text.replace(/(CLM\*[\s\S]*?)(SE\*)/, (_, claim: string, se: string) => `${claim}${claim.replace(/CLM\*C1/g, 'CLM*C2')}${se}`);
    const cache = new ClaimFindingsCache();
    lint(parseDocument(many, { fileName: 'c.837' }), config, KNOWLEDGE, { cache });
    assert.equal(cache.size, 2, 'both claims remembered');
    const edited = many.replace('CLM*C2', 'CLM*C3');
    checkSequence('two claims', [many, edited], 'c.837');
  });

  it('a claim without an id that moves up keeps its label right ("Claim #1", not "#2")', () => {
    const one = claimText('x12-837p', { lines: [{ ...TACRO, units: '0' }] }).replace('CLM*C1', 'CLM*');
    const two = one.replace(/(CLM\*[\s\S]*?)(SE\*)/, (_, claim: string, se: string) => `${claim}${claim}${se}`);
    const firstClaimGone = two.replace(/CLM\*[\s\S]*?(?=CLM\*)/, '');
    checkSequence('claims without ids', [two, firstClaimGone], 'c.837');
  });
});
