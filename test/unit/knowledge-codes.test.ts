import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultKnowledge, paymentTable, snapshotCrosswalkData } from '../../server/src/core/knowledge';
import { parseDosage } from '../../server/src/core/knowledge/dosage';
import { HAND_CHECKED_CODES, IMMUNOSUPPRESSIVE_CODES, NOC_CODES, UNSOURCED_CODES } from '../../server/src/core/knowledge/hcpcsCodes';
import { MODIFIERS } from '../../server/src/core/knowledge/modifiers';

const k = defaultKnowledge();
const isDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

describe('hand-checked code table', () => {
  it('has the NOC codes with a scope', () => {
    assert.deepEqual(NOC_CODES.map((c) => c.code), ['J7599', 'J3490', 'J3590', 'J7699', 'J7799', 'J7999', 'J8499', 'J8999', 'J9999', 'C9399']);
    for (const c of NOC_CODES) {
      assert.equal(k.hcpcs(c.code)!.category, 'noc-drug');
      assert.ok(c.nocScope, c.code);
    }
    assert.equal(k.hcpcs('j7599 ')!.descriptor, 'Immunosuppressive drug, not otherwise classified');
  });

  it('matches the CMS ASP files for every immunosuppressive code they list (descriptor and dosage)', () => {
    const xw = snapshotCrosswalkData();
    const pay = paymentTable();
    let checked = 0;
    for (const c of IMMUNOSUPPRESSIVE_CODES) {
      const rows = xw.entriesFor(c.code);
      const limit = pay.row(c.code);
      if (rows.length === 0 && !limit) {
        assert.ok(c.uncertain, `${c.code} is not in the ASP files, so it must say what is unverified`);
        continue;
      }
      checked++;
      assert.ok(c.source.includes('October 2026'), c.code);
      for (const r of rows) {
        assert.equal(c.descriptor, r.shortDescription, `${c.code} descriptor vs crosswalk`);
        assert.equal(c.dosage?.text, r.hcpcsDosage, `${c.code} dosage vs crosswalk`);
      }
      assert.equal(c.descriptor, limit!.shortDescription, `${c.code} descriptor vs payment file`);
      assert.equal(c.dosage!.text, limit!.dosage, `${c.code} dosage vs payment file`);
    }
    assert.equal(checked, 23);
  });

  it('marks the codes the payment file says were added October 2026, and only those', () => {
    const added = paymentTable().rows().filter((r) => /Added October 2026/.test(r.notes)).map((r) => r.hcpcs);
    for (const c of IMMUNOSUPPRESSIVE_CODES) {
      if (added.includes(c.code)) {
        assert.equal(c.effective, '2026-10-01', c.code);
        assert.match(c.uncertain ?? '', /inferred/);
      }
    }
    assert.deepEqual(IMMUNOSUPPRESSIVE_CODES.filter((c) => c.effective === '2026-10-01').map((c) => c.code), ['J7524', 'J7526', 'J7529', 'J7530']);
  });

  it('has parseable dates, history and a source for every entry', () => {
    for (const c of HAND_CHECKED_CODES) {
      assert.ok(c.source.length > 10, c.code);
      for (const d of [c.effective, c.end, c.revised]) if (d) assert.ok(isDate(d), `${c.code} ${d}`);
      if (c.effective && c.end) assert.ok(c.effective <= c.end);
      if (c.replacedBy) assert.ok(k.hcpcs(c.replacedBy), `${c.code} → ${c.replacedBy}`);
    }
    const j7506 = k.hcpcs('J7506')!;
    assert.equal(j7506.end, '2015-12-31');
    assert.equal(j7506.replacedBy, 'J7512');
    assert.equal(k.hcpcs('J7519')!.effective, '2023-10-01');
    assert.equal(k.hcpcs('J7516')!.revised, '2024-04-01');
    assert.equal(k.hcpcs('J7521')!.effective, '2025-04-01');
    assert.ok(k.hcpcs('J7521')!.uncertain);
    assert.equal(k.hcpcs('J7514')!.effective, undefined, 'J7514 date is unverified');
    assert.match(k.hcpcs('J7514')!.uncertain!, /Unverified/);
    for (const code of UNSOURCED_CODES) assert.equal(k.hcpcs(code), undefined, code);
  });

  it('gives each drug code a drug name, a parsed dosage and (where stated) a form', () => {
    const j7503 = k.hcpcs('J7503')!;
    assert.deepEqual(j7503.dosage, { amount: 0.25, unit: 'mg', text: '0.25 MG' });
    assert.equal(j7503.drug, 'tacrolimus');
    assert.equal(j7503.form, 'oral-er');
    assert.equal(k.hcpcs('J7507')!.form, 'oral-ir');
    assert.equal(k.hcpcs('J7521')!.form, 'granules');
    assert.equal(k.hcpcs('J7525')!.form, 'injection');
    assert.equal(k.hcpcs('J7529')!.form, 'oral-suspension');
    for (const c of IMMUNOSUPPRESSIVE_CODES) if (c.dosage) assert.ok(c.drug, c.code);
    assert.equal(k.allCodes().length, HAND_CHECKED_CODES.length);
  });

  it('answers for any other ASP drug code from the snapshot, with category drug', () => {
    const j2405 = k.hcpcs('J2405')!;
    assert.equal(j2405.category, 'drug');
    assert.equal(j2405.descriptor, 'Ondansetron hcl injection');
    assert.equal(j2405.dosage!.amount, 1);
    assert.equal(j2405.effective, undefined);
    assert.match(j2405.source, /October 2026/);
    const combo = k.hcpcs('J7620')!;
    assert.equal(combo.dosage, undefined);
    assert.equal(combo.dosageText, '2.5 MG/0.5 MG');
    assert.equal(k.hcpcs('J7331')!.category, 'drug', 'only in the payment file after its 12-digit NDC row was dropped');
    assert.equal(k.hcpcs('Z9999'), undefined);
    assert.equal(k.hcpcs(''), undefined);
    let count = 0;
    for (const code of new Set([...snapshotCrosswalkData().codes(), ...paymentTable().rows().map((r) => r.hcpcs)])) {
      assert.ok(k.hcpcs(code), code);
      count++;
    }
    assert.ok(count >= 870, String(count));
  });
});

describe('parseDosage', () => {
  it('reads CMS dosage texts', () => {
    assert.deepEqual(parseDosage('1  MG '), { amount: 1, unit: 'mg', text: '1 MG' });
    assert.deepEqual(parseDosage('UP TO 0.50 MG'), { amount: 0.5, unit: 'mg', text: 'UP TO 0.50 MG' });
    assert.equal(parseDosage('100,000 UNITS')!.amount, 100000);
    assert.equal(parseDosage('1 GM')!.unit, 'g');
    assert.equal(parseDosage('10 CC')!.unit, 'ml');
    assert.equal(parseDosage('2.5 MG/0.5 MG'), undefined);
    assert.equal(parseDosage('1 million\ufffdPFU'), undefined);
    assert.equal(parseDosage('Per Dose'), undefined);
    assert.equal(parseDosage(''), undefined);
  });
});

describe('modifier table', () => {
  it('covers the drug and questionable modifiers from domain.md', () => {
    for (const m of ['JW', 'JZ', 'JG', 'TB', 'KX', 'GY']) assert.equal(k.modifier(m)!.onDrugLine, 'drug', m);
    for (const m of ['GA', 'GZ']) assert.equal(k.modifier(m)!.onDrugLine, 'neutral', m);
    const questionable = ['22', '25', '26', 'TC', '50', '52', '53', '59', 'XE', 'XP', 'XS', 'XU', 'LT', 'RT', 'E1', 'E4', 'FA', 'F1', 'F9',
      'TA', 'T1', 'T9', 'LC', 'LD', 'RC', 'LM', 'RI', '76', '77', '91'];
    for (const m of questionable) assert.equal(k.modifier(m)?.onDrugLine, 'questionable', m);
    assert.equal(k.modifier('jz ')!.code, 'JZ');
    assert.equal(k.modifier('ZZ'), undefined);
    assert.match(k.modifier('22')!.note, /surgery/);
    assert.match(k.modifier('22')!.source, /heuristic/);
  });
  it('has a meaning, a note and a source for every modifier, no duplicates', () => {
    const codes = MODIFIERS.map((m) => m.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const m of k.allModifiers()) {
      assert.ok(m.meaning && m.note && m.source, m.code);
    }
  });
});
