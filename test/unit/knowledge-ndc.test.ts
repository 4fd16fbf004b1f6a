import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNdc542, ndc11Of, normalizeNdc } from '../../server/src/core/knowledge/ndc';

describe('normalizeNdc', () => {
  it('accepts 11 digits as they are', () => {
    assert.deepEqual(normalizeNdc('00093901865'), { kind: 'ndc11', ndc11: '00093901865' });
    assert.deepEqual(normalizeNdc('  00093901865 '), { kind: 'ndc11', ndc11: '00093901865' });
  });
  it('drops the hyphens of a 5-4-2 NDC', () => {
    assert.deepEqual(normalizeNdc('00093-9018-65'), { kind: 'hyphenated11', ndc11: '00093901865' });
  });
  it('pads each 10-digit pattern in its short segment', () => {
    assert.deepEqual(normalizeNdc('0093-9018-65'), { kind: 'hyphenated10', ndc11: '00093901865', pattern: '4-4-2' });
    assert.deepEqual(normalizeNdc('68992-301-01'), { kind: 'hyphenated10', ndc11: '68992030101', pattern: '5-3-2' });
    assert.deepEqual(normalizeNdc('00378-2046-1'), { kind: 'hyphenated10', ndc11: '00378204601', pattern: '5-4-1' });
  });
  it('calls an unhyphenated 10-digit NDC ambiguous instead of guessing', () => {
    assert.deepEqual(normalizeNdc('0093901865'), { kind: 'ambiguous10', digits: '0093901865' });
    assert.equal(ndc11Of('0093901865'), undefined);
  });
  it('rejects everything else with a reason', () => {
    for (const bad of ['', '   ', '123', '888867413689', '00093-9018-6-5', '0093-918-65', '00093 9018 65', 'N400093901865', '00000-0000-00', '00000000000', '-00093901865', '00093--9018-65']) {
      const r = normalizeNdc(bad);
      assert.equal(r.kind, 'invalid', bad);
      if (r.kind === 'invalid') assert.ok(r.reason.length > 5, bad);
    }
    assert.equal(normalizeNdc(undefined as unknown as string).kind, 'invalid');
  });
  it('formats 5-4-2 and finds the lookup key', () => {
    assert.equal(formatNdc542('00093901865'), '00093-9018-65');
    assert.equal(formatNdc542('123'), '123');
    assert.equal(ndc11Of('0093-9018-65'), '00093901865');
    assert.equal(ndc11Of('00093-9018-65'), '00093901865');
    assert.equal(ndc11Of('x'), undefined);
  });
});
