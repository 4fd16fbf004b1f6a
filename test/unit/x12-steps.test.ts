// The X12 reader reads big files in steps (the editor answers hovers in between), cutting only before a subscriber's
// HL. Reading in steps must give exactly what reading each subscriber alone gives: payer, patient, lines, values.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readX12, readX12InSteps } from '../../server/src/core/formats/x12/reader';
import type { Claim } from '../../server/src/core/model';

const HEAD = 'ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *261130*1200*^*00501*000000101*0*T*:~\nGS*HC*S*R*20261130*1200*1*X*005010X222A1~\nST*837*0001*005010X222A1~\nBHT*0019*00*B1*20261130*1200*CH~\nNM1*41*2*CLINIC*****46*TX1~\nNM1*40*2*PAYER*****46*P1~\nHL*1**20*1~\nNM1*85*2*CLINIC*****XX*1234567893~\n';
const TAIL = 'SE*0*0001~\nGE*1*1~\nIEA*1*000000101~\n';

/** Subscriber k: its own payer and filing code; every third one has two patients (HL level 23) with a claim each. */
function subscriber(k: number): string {
  const claim = (id: string) => `CLM*${id}*95.00***11:B:1*Y*A*Y*Y~\nHI*ABK:Z940~\nLX*1~\nSV1*HC:J7507*95.00*UN*${30 + (k % 7)}***1~\nDTP*472*D8*2026111${k % 10}~\nLIN**N4*00378204601~\nCTP****${30 + (k % 7)}*UN~\n`;
  const payer = `SBR*P*18*******${k % 2 ? 'MB' : 'MC'}~\nNM1*IL*1*SUB${k}*ANN****MI*M${k}~\nNM1*PR*2*PAYER ${k % 5}*****PI*P${k % 5}~\n`;
  if (k % 3) return `HL*${k}*1*22*0~\n${payer}${claim(`C${k}`)}`;
  const patient = (p: number) => `HL*${k}${p}*${k}*23*0~\nPAT*19~\nNM1*QC*1*PAT${k}*P${p}~\n${claim(`C${k}-${p}`)}`;
  return `HL*${k}*1*22*1~\n${payer}${patient(1)}${patient(2)}`;
}

/** A claim's values without places (spans and segment anchors differ between the two files). */
function values(claim: Claim): unknown {
  return JSON.parse(JSON.stringify({ ...claim, index: 0 }, (key, value) => (key === 'span' || key === 'anchor' ? undefined : value)));
}

describe('X12 reading in steps', () => {
  it('gives what reading each subscriber alone gives, over many steps', () => {
    const count = 2500;
    const text = HEAD + Array.from({ length: count }, (_, k) => subscriber(k + 2)).join('') + TAIL;
    const steps = readX12InSteps(text);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    const doc = r.value;
    assert.ok(yields >= 3, `read in ${yields + 1} steps`);
    assert.deepEqual(doc, readX12(text), 'in steps or at once, the same document');
    const alone = Array.from({ length: count }, (_, k) => readX12(HEAD + subscriber(k + 2) + TAIL).claims).flat();
    assert.equal(doc.claims.length, alone.length);
    doc.claims.forEach((claim, i) => assert.deepEqual(values(claim), values(alone[i]), `claim ${i} (${claim.id?.value})`));
    assert.ok(doc.claims.some((c) => c.patientName?.startsWith('PAT')), 'patient-level claims read');
  });
});
