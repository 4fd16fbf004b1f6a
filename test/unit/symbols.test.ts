import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, type LintConfig } from '../../server/src/core/config';
import { foldingRegions } from '../../server/src/core/folding';
import { formatSegmentPerLine, lineBreakOf } from '../../server/src/core/formats/x12/formatter';
import { applyEdits } from '../../server/src/core/fixAll';
import { inlayHints } from '../../server/src/core/inlayHints';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { isX12Syntax } from '../../server/src/core/formats/x12/syntax';
import { documentSymbols } from '../../server/src/core/symbols';
import { LineIndex } from '../../server/src/core/text';
import { doc, example } from './hover-support';

const knowledge = defaultKnowledge();

describe('document symbols', () => {
  it('outlines an 837P as interchange → claims → lines', () => {
    const d = example('professional-837p.837');
    const outline = documentSymbols(d, knowledge);
    assert.equal(outline.length, 1);
    assert.equal(outline[0].name, 'Interchange 000000001');
    const claims = outline[0].children;
    assert.deepEqual(claims.map((c) => c.name), ['Claim TX-1001 — SAMPLE, PAT', 'Claim TX-1002 — EXAMPLE, ROBIN']);
    assert.equal(d.text.slice(claims[0].selectionSpan.start, claims[0].selectionSpan.end), 'TX-1001');
    const lines = claims[0].children.map((l) => l.name);
    assert.equal(lines.length, 4);
    assert.equal(lines[0], 'J7599 — Immunosuppressive drug, not otherwise classified');
    assert.equal(lines[1], 'J7599 — TACROLIMUS 1 MG CAPSULE');
    assert.match(claims[0].children[1].detail ?? '', /line 2 · 60 units · NDC 00378204601/);
    for (const claim of claims) {
      assert.doesNotMatch(claim.detail ?? '', /Medicare|payer/, 'without settings the outline does not guess the payer');
      for (const line of claim.children) {
        assert.ok(line.selectionSpan.start >= line.span.start && line.selectionSpan.end <= line.span.end, 'selection inside range');
        assert.ok(line.span.start >= claim.span.start && line.span.end <= claim.span.end, 'line inside claim');
      }
    }
  });

  it('shows the payer each claim is judged as: its policy, else its filing indicator', () => {
    const d = example('professional-837p.837');
    const plain = documentSymbols(d, knowledge, DEFAULT_CONFIG)[0].children;
    assert.match(plain[0].detail ?? '', /^4 lines · Medicare A\/B MAC$/);
    const withPolicy: LintConfig = { ...DEFAULT_CONFIG, payers: [{ name: 'Demo MAC', match: { filingCodes: ['MB'] }, type: 'medicare' }] };
    assert.match(documentSymbols(d, knowledge, withPolicy)[0].children[0].detail ?? '', /· Demo MAC policy$/);
  });

  it('outlines claim JSON and FHIR as claim → lines', () => {
    const json = documentSymbols(example('claim-json-professional.json'), knowledge);
    assert.equal(json.length, 1);
    assert.match(json[0].name, /^Claim TX-4001/);
    assert.deepEqual(json[0].children.map((l) => l.name), ['J7599 — Sirolimus 1 mg tablet', 'J7507 — Tacrolimus, immediate release, oral, 1 mg']);
    const fhir = documentSymbols(example('fhir-claim-j7599.json'), knowledge);
    assert.match(fhir[0].name, /^Claim demo-claim-3001/);
    assert.equal(fhir[0].children.length, 2);
  });
});

describe('folding', () => {
  it('folds envelopes, claims and lines of X12 written with line breaks', () => {
    const d = example('professional-837p.837');
    const lines = new LineIndex(d.text);
    const regions = foldingRegions(d)!;
    const asLines = regions.map((r) => [lines.positionAt(r.span.start).line, lines.positionAt(r.span.end).line, r.kind] as const);
    assert.ok(asLines.some(([s, e, k]) => s === 0 && e >= 57 && k === 'envelope'), 'ISA..IEA');
    assert.ok(asLines.some(([s, , k]) => s === 2 && k === 'envelope'), 'ST..SE');
    assert.ok(asLines.some(([s, , k]) => s === 19 && k === 'claim'), 'CLM claim');
    assert.ok(asLines.some(([s, e, k]) => s === 21 && e >= 22 && k === 'line'), 'LX line');
  });

  it('leaves JSON folding to the editor', () => {
    assert.equal(foldingRegions(example('fhir-claim-j7599.json')), undefined);
  });
});

describe('inlay hints', () => {
  it('puts the descriptor after each procedure code and the drug name after each NDC', () => {
    const d = example('professional-837p.837');
    const hints = inlayHints(d, knowledge);
    const at = d.text.indexOf('J7507*187') + 5;
    assert.ok(hints.some((h) => h.offset === at && /Tacrolimus imme rel oral 1mg 1 MG/.test(h.label)));
    assert.ok(hints.some((h) => h.label === 'Tacrolimus' && d.text.slice(h.offset - 11, h.offset) === '00378204601'));
  });
});

describe('format X12 one segment per line', () => {
  const multi = example('professional-837p.837');
  const oneLine = multi.text.replace(/~\n/g, '~');

  it('inserts a line break after each terminator; the result has the same segments', () => {
    const d = doc(oneLine);
    const edits = formatSegmentPerLine(d);
    assert.ok(edits.every((e) => e.span.start === e.span.end && e.newText === '\n'), 'insertions only');
    const formatted = applyEdits(oneLine, edits);
    assert.equal(formatted, multi.text);
    const again = doc(formatted);
    assert.ok(isX12Syntax(again.syntax) && isX12Syntax(d.syntax));
    assert.equal(again.syntax.segments.count, d.syntax.segments.count);
    for (let i = 0; i < d.syntax.segments.count; i++) assert.equal(again.syntax.segments.id(i), d.syntax.segments.id(i));
    assert.deepEqual(formatSegmentPerLine(again), [], 'formatting twice changes nothing');
  });

  it('uses the file\'s own line break', () => {
    const crlf = `${oneLine.slice(0, oneLine.indexOf('GS*'))}\r\n${oneLine.slice(oneLine.indexOf('GS*'))}`;
    assert.equal(lineBreakOf(crlf), '\r\n');
    const edits = formatSegmentPerLine(doc(crlf));
    assert.ok(edits.length > 50 && edits.every((e) => e.newText === '\r\n'));
  });

  it('does nothing to JSON', () => {
    assert.deepEqual(formatSegmentPerLine(example('claim-json-professional.json')), []);
  });
});
