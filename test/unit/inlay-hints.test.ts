// Inlay hints sit after the value they are about: after the whole X12 element (never between a code and its ':'
// components), after a JSON string's closing quote (never inside it). X12 elements are named, as the setting says.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inlayHints, type InlayHintData } from '../../server/src/core/inlayHints';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import type { ClaimDocument } from '../../server/src/core/model';
import { doc, example, offsetOf } from './hover-support';

const knowledge = defaultKnowledge();

/** The text around a hint, with the hint shown as ⟨label⟩: failure messages show where it landed. */
const show = (d: ClaimDocument, h: InlayHintData): string => JSON.stringify(`${d.text.slice(h.offset - 12, h.offset)}⟨${h.label}⟩${d.text.slice(h.offset, h.offset + 6)}`);

/** True when `offset` lies inside a JSON string (between its quotes). */
function insideJsonString(text: string, offset: number): boolean {
  let inString = false;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (inString && c === '\\') i++;
    else if (c === '"') inString = !inString;
  }
  return inString;
}

describe('inlay hints in X12', () => {
  for (const name of ['professional-837p.837', 'institutional-837i.837i']) {
    it(`${name}: every hint sits at the end of an element (before * or ~), never before a ':' component`, () => {
      const d = example(name);
      const hints = inlayHints(d, knowledge);
      assert.ok(hints.length > 50, `${hints.length} hints`);
      const misplaced = hints.filter((h) => !/^([*~\r\n]|$)/.test(d.text.slice(h.offset, h.offset + 1))).map((h) => show(d, h));
      assert.deepEqual(misplaced, []);
    });
  }

  it('puts the descriptor of a NOC code after its description component, not between code and description', () => {
    const d = example('professional-837p.837');
    const afterDescription = offsetOf(d.text, 'TACROLIMUS 1 MG CAPSULE', 'TACROLIMUS 1 MG CAPSULE'.length);
    const hint = inlayHints(d, knowledge).find((h) => h.offset === afterDescription);
    assert.ok(hint, 'a hint after SV101-7');
    assert.match(hint.label, /^Immunosuppressive drug/);
    const betweenComponents = offsetOf(d.text, 'HC:J7599:', 'HC:J7599'.length);
    assert.equal(inlayHints(d, knowledge).find((h) => h.offset === betweenComponents), undefined);
  });

  it('names the elements: CTP04 Quantity, SV102 Line Item Charge Amount, LX01', () => {
    const d = example('professional-837p.837');
    const hints = inlayHints(d, knowledge);
    const at = (needle: string, delta: number): InlayHintData | undefined => hints.find((h) => h.offset === offsetOf(d.text, needle, delta));
    assert.equal(at('CTP****60', 'CTP****60'.length)?.label, 'Quantity');
    assert.equal(at('*120.00*', '*120.00'.length)?.label, 'Line Item Charge Amount');
    assert.match(at('LX*1~', 4)?.tooltip ?? '', /^LX01 — Assigned Number/);
  });

  it('an element with a drug name shows the drug name instead of its own name (one hint per place)', () => {
    const d = example('professional-837p.837');
    const hints = inlayHints(d, knowledge);
    const offsets = hints.map((h) => h.offset);
    assert.equal(new Set(offsets).size, offsets.length, 'two hints at one place');
    const afterNdc = offsetOf(d.text, 'N4*00378204601', 'N4*00378204601'.length);
    assert.equal(hints.find((h) => h.offset === afterNdc)?.label, 'Tacrolimus');
  });

  it('names nothing in blank ISA padding and only what lies in the requested range', () => {
    const d = example('professional-837p.837');
    assert.equal(inlayHints(d, knowledge).some((h) => h.label === 'Authorization Information'), false);
    const start = offsetOf(d.text, 'LIN**N4');
    const range = { start, end: offsetOf(d.text, '~', 0, 1 + (d.text.slice(0, start).match(/~/g)?.length ?? 0)) };
    const inRange = inlayHints(d, knowledge, range);
    assert.deepEqual(inRange.map((h) => h.label), ['Product/Service ID Qualifier', 'Tacrolimus']);
  });

  it('gives a one-line file the same hints, each still after its element', () => {
    const multi = example('professional-837p.837');
    const oneLine = doc(multi.text.replace(/~\n/g, '~'));
    const hints = inlayHints(oneLine, knowledge);
    assert.equal(hints.length, inlayHints(multi, knowledge).length);
    assert.deepEqual(hints.filter((h) => !/^[*~]|^$/.test(oneLine.text.slice(h.offset, h.offset + 1))).map((h) => show(oneLine, h)), []);
  });
});

describe('inlay hints in JSON', () => {
  for (const name of ['fhir-claim-j7599.json', 'claim-json-professional.json']) {
    it(`${name}: descriptors and drug names sit after the closing quote, never inside a string`, () => {
      const d = example(name);
      const hints = inlayHints(d, knowledge);
      assert.ok(hints.some((h) => /Immunosuppressive drug/.test(h.label)), hints.map((h) => h.label).join(', '));
      assert.deepEqual(hints.filter((h) => insideJsonString(d.text, h.offset)).map((h) => show(d, h)), []);
      assert.ok(hints.every((h) => d.text[h.offset - 1] === '"'), hints.map((h) => show(d, h)).join(' '));
    });
  }

  it('names no JSON fields (the keys already do)', () => {
    const d = example('claim-json-professional.json');
    const labels = inlayHints(d, knowledge).map((h) => h.label);
    assert.deepEqual(labels.filter((l) => /Quantity|Charge|Identifier/.test(l)), []);
  });
});
