import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completionsAt } from '../../server/src/core/completion';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { doc, example, offsetOf } from './hover-support';

const knowledge = defaultKnowledge();
const labels = (items: { label: string }[]): string[] => items.map((i) => i.label);

describe('completion', () => {
  const p = example('professional-837p.837');

  it('offers HCPCS codes with descriptors in SV101-2, replacing the code typed so far', () => {
    const at = offsetOf(p.text, 'HC:J7599*120', 5);
    const items = completionsAt(p, at, knowledge);
    const j7507 = items.find((i) => i.label === 'J7507');
    assert.ok(j7507, 'J7507 offered');
    assert.match(j7507.detail, /Tacrolimus, immediate release, oral, 1 mg — 1 MG/);
    assert.equal(p.text.slice(j7507.span.start, j7507.span.end), 'J7599');
    assert.ok(labels(items).includes('J7599'));
    const deleted = items.find((i) => i.label === 'J7506');
    assert.equal(deleted?.deprecated, true, 'a deleted code is marked deprecated');
    assert.ok(j7507.sortText < items.find((i) => i.label === 'J3490')!.sortText, 'specific codes sort before other NOC codes');
  });

  it('offers modifiers in SV101-3..6, drug modifiers first', () => {
    const items = completionsAt(p, offsetOf(p.text, ':22:JW', 2), knowledge);
    const jz = items.find((i) => i.label === 'JZ');
    const m22 = items.find((i) => i.label === '22');
    assert.ok(jz && m22);
    assert.ok(jz.sortText < m22.sortText);
    assert.match(m22.detail, /questionable on a drug line/);
  });

  it('offers drug units in CTP05 and N4 in LIN02', () => {
    assert.deepEqual(labels(completionsAt(p, offsetOf(p.text, '60*UN~', 4), knowledge)), ['F2', 'GR', 'ME', 'ML', 'UN']);
    assert.deepEqual(labels(completionsAt(p, offsetOf(p.text, 'LIN**N4', 6), knowledge)), ['N4']);
  });

  it('completes in an empty component being typed', () => {
    const d = doc('ISA*00*          *00*          *ZZ*A              *ZZ*B              *261130*1200*^*00501*000000001*0*T*:~\nGS*HC*A*B*20261130*1200*1*X*005010X222A1~\nST*837*0001*005010X222A1~\nCLM*X*1***11:B:1~\nLX*1~\nSV1*HC:*1*UN*1~\n');
    const items = completionsAt(d, offsetOf(d.text, 'HC:*', 3), knowledge);
    assert.ok(labels(items).includes('J7599'));
  });

  it('offers nothing in free-text positions', () => {
    assert.deepEqual(completionsAt(p, offsetOf(p.text, 'SUNRISE', 2), knowledge), []);
  });

  it('completes the matching claim JSON and FHIR fields', () => {
    const json = example('claim-json-professional.json');
    assert.ok(labels(completionsAt(json, offsetOf(json.text, '"J7507"', 2), knowledge)).includes('J7599'));
    assert.ok(labels(completionsAt(json, offsetOf(json.text, '"RT"', 1), knowledge)).includes('JW'));
    assert.deepEqual(labels(completionsAt(json, offsetOf(json.text, '"measurementUnitCode": "UN"', 24), knowledge)), ['F2', 'GR', 'ME', 'ML', 'UN']);
    assert.deepEqual(completionsAt(json, offsetOf(json.text, '"procedureCode"', 3), knowledge), [], 'no completion on keys');
    const fhir = example('fhir-claim-j7599.json');
    assert.ok(labels(completionsAt(fhir, offsetOf(fhir.text, '"J7599"', 2), knowledge)).includes('J7507'));
    assert.deepEqual(completionsAt(fhir, offsetOf(fhir.text, '68992-3010-03', 2), knowledge), [], 'an NDC coding gets no HCPCS codes');
  });
});
