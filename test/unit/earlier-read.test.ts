// While a new version is read, hovers outside the one claim the edits changed answer from the earlier read.
// Property: wherever placeInEarlierRead gives a place, the earlier read's hover there (with its findings) is exactly
// the hover a full read and check of the new text gives, range moved with the edits; edits that change structure
// (delimiters, line breaks, segment ids, JSON quotes) never give one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { placeInEarlierRead } from '../../server/src/core/earlierRead';
import { specOf } from '../../server/src/core/formats/registry';
import { isX12Syntax } from '../../server/src/core/formats/x12/syntax';
import { hoverAt } from '../../server/src/core/hover';
import { lint } from '../../server/src/core/lint';
import type { ClaimDocument, Span } from '../../server/src/core/model';
import { parseDocument } from '../../server/src/core/parse';
import { foldChanges, offsetBefore, spanAfter, type AppliedChange } from '../../server/src/core/textChanges';
import { CONFIG, KNOWLEDGE, runs, seedCorpus, SEED } from './fuzz-support';

const config = { ...CONFIG, maxFindingsPerFile: 100000 };

describe('text changes folded into one', () => {
  it('keeps the unchanged prefix and suffix of consecutive typing', () => {
    const steps = ['abcdef', 'abXcdef', 'abXYcdef', 'abXYdef'];
    const applied: AppliedChange[] = [
      { start: 2, end: 2, insertedLength: 1, length: 6 },
      { start: 3, end: 3, insertedLength: 1, length: 7 },
      { start: 4, end: 5, insertedLength: 0, length: 8 },
    ];
    const change = foldChanges(applied, steps[0], steps[3]);
    assert.deepEqual(change, { start: 2, end: 3, inserted: 'XY' });
    assert.equal(offsetBefore(change!, 1), 1);
    assert.equal(offsetBefore(change!, 2), undefined);
    assert.equal(offsetBefore(change!, 4), 3);
    assert.deepEqual(spanAfter(change!, { start: 3, end: 5 }), { start: 4, end: 6 });
    assert.equal(spanAfter(change!, { start: 1, end: 3 }), undefined);
    assert.deepEqual(spanAfter(change!, { start: 0, end: 2 }), { start: 0, end: 2 });
  });

  it('folds a whole-text replacement into one change of everything', () => {
    assert.deepEqual(foldChanges([{ start: 0, end: 3, insertedLength: 2, length: 3 }], 'abc', 'xy'), { start: 0, end: 3, inserted: 'xy' });
  });
});

/** Typing: edits near one another (`at` is a shift from the previous edit), mostly values, sometimes a delimiter. */
type Edit = { at: number; remove: number; text: string };
const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.integer({ min: -4, max: 4 }),
  remove: fc.integer({ min: 0, max: 3 }),
  text: fc.constantFrom('', '1', '0', 'J', 'MG', ' ', 'x', '~', '*', ':', '^', '"', '\\', '\n', 'HL'),
});

/** A position in a file as a fraction of its length (fast-check's doubles crowd the ends of their range). */
const fraction = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);

function hoverView(doc: ClaimDocument, offset: number) {
  const findings = lint(doc, config, KNOWLEDGE).findings;
  const hover = hoverAt(doc, offset, KNOWLEDGE, { findings, config });
  return hover && { markdown: hover.markdown, span: hover.span };
}

describe('hovers from the earlier read', () => {
  const corpus = seedCorpus().filter((seed) => {
    const doc = parseDocument(seed.text, seed.hint);
    return doc.claims.length > 1 && specOf(doc) !== undefined;
  });

  it('equal the hover of the new version wherever they are given', () => {
    let answered = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fraction, fc.array(editArb, { minLength: 1, maxLength: 4 }), fc.array(fraction, { minLength: 4, maxLength: 4 }), (seed, where, edits, spots) => {
        const earlier = parseDocument(seed.text, seed.hint);
        let text = seed.text;
        const applied: AppliedChange[] = [];
        let at = Math.floor(where * text.length);
        for (const edit of edits) {
          at = Math.max(0, Math.min(text.length, at + edit.at));
          const start = at;
          const end = Math.min(text.length, start + edit.remove);
          applied.push({ start, end, insertedLength: edit.text.length, length: text.length });
          text = text.slice(0, start) + edit.text + text.slice(end);
        }
        const change = foldChanges(applied, seed.text, text);
        assert.ok(change, 'changes fold');
        assert.equal(seed.text.slice(0, change.start) + change.inserted + seed.text.slice(change.end), text, 'the folded change gives the new text');
        const later = parseDocument(text, seed.hint);
        // Claim starts are where hovers matter most (codes, ids); random spots cover the rest.
        // Right around the edit (where a stale answer would show), claim starts, and random spots.
        const after = change.start + change.inserted.length;
        const near = Array.from({ length: 16 }, (_, k) => (k < 8 ? after + k * 3 : change.start - 1 - (k - 8) * 3)).filter((o) => o >= 0 && o < text.length);
        const offsets = [...near, ...spots.map((s) => Math.floor(s * text.length)), ...later.claims.slice(0, 3).map((c) => c.span.start + 1)];
        for (const offset of offsets) {
          const place = placeInEarlierRead(earlier, change, offset);
          if (place === undefined) {
            refused++;
            continue;
          }
          answered++;
          const before = hoverView(earlier, place);
          const now = hoverView(later, offset);
          const moved: { markdown: string; span: Span | undefined } | undefined = before && { markdown: before.markdown, span: spanAfter(change, before.span) };
          assert.deepEqual(moved, now, `${seed.name}: hover at ${offset} after ${JSON.stringify(change)}`);
        }
      }),
      { seed: SEED, numRuns: runs(80) },
    );
    assert.ok(answered > 20 && refused > 20, `both paths exercised (answered ${answered}, refused ${refused})`);
  });

  it('are given after typing a value, never after a delimiter, a line break or a quote', () => {
    let checked = 0;
    for (const seed of corpus) {
      const earlier = parseDocument(seed.text, seed.hint);
      const syntax = earlier.syntax;
      const claim = earlier.claims[0];
      // Inside a value of the first claim: an X12 element after its separator, a JSON string after its quote.
      const marker = isX12Syntax(syntax) ? new RegExp(`\\${syntax.segments.delimitersOf(0).element}`, 'g') : /"(?:code|display|text|value)"\s*:\s*"/g;
      marker.lastIndex = claim.span.start + 1;
      const found = marker.exec(seed.text);
      if (!found || found.index >= claim.span.end - 4) continue;
      const at = found.index + found[0].length + 1;
      if (!/[A-Za-z0-9]/.test(seed.text[at - 1] ?? '') || !/[A-Za-z0-9]/.test(seed.text[at] ?? '')) continue;
      const confined = (inserted: string) => specOf(earlier)?.confinedClaim(earlier, { start: at, end: at, inserted });
      assert.equal(confined('1'), claim, `${seed.name}: typing a digit changes only its claim`);
      const structural = isX12Syntax(syntax) ? Object.values(syntax.segments.delimitersOf(syntax.segments.segmentAt(at))).filter((d): d is string => !!d) : ['"', '\\'];
      for (const inserted of [...structural, '\n', '\r']) assert.equal(confined(inserted), undefined, `${seed.name}: ${JSON.stringify(inserted)}`);
      checked++;
    }
    assert.ok(checked >= 5, `checked ${checked} files`);
  });
});
