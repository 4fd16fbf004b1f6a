import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultKnowledge, paymentTable, snapshotCrosswalkData } from '../../server/src/core/knowledge';
import { parseDosage } from '../../server/src/core/knowledge/dosage';
import { HAND_CHECKED_CODES, IMMUNOSUPPRESSIVE_CODES, NOC_CODES } from '../../server/src/core/knowledge/hcpcsCodes';
import { MODIFIERS } from '../../server/src/core/knowledge/modifiers';
import { NO_CONTEXT } from '../../server/src/core/hover/context';
import { hcpcsHover } from '../../server/src/core/hover/hcpcs';

const k = defaultKnowledge();
const isDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

describe('code table (compatibility view of the sourced data)', () => {
  it('has the NOC codes with a scope', () => {
    assert.deepEqual(NOC_CODES.map((c) => c.code).sort(), ['C9399', 'J3490', 'J3590', 'J3591', 'J7199', 'J7599', 'J7699', 'J7799', 'J7999', 'J8498', 'J8499', 'J8597', 'J8999', 'J9999']);
    for (const c of NOC_CODES) {
      assert.equal(k.hcpcs(c.code)!.category, 'noc-drug');
      assert.ok(c.nocScope, c.code);
    }
    assert.equal(k.hcpcs('j7599 ')!.descriptor, 'Immunosuppressive drug, not otherwise classified');
    assert.equal(k.hcpcs('J7599')!.nocScope, 'immunosuppressive drugs');
    assert.equal(k.hcpcs('J7699')!.descriptor, 'Noc drugs, inhalation solution administered through dme', 'the CMS descriptor, not a paraphrase');
  });

  it('uses the CMS ASP short descriptor and dosage where the ASP files list the code', () => {
    const xw = snapshotCrosswalkData();
    const pay = paymentTable();
    let checked = 0;
    for (const c of HAND_CHECKED_CODES) {
      const limit = pay.row(c.code);
      if (!limit) continue;
      checked++;
      assert.equal(c.descriptor, limit.shortDescription, `${c.code} descriptor vs payment file`);
      for (const r of xw.entriesFor(c.code)) assert.equal(c.descriptor, r.shortDescription, `${c.code} descriptor vs crosswalk`);
      if (c.dosage) assert.equal(c.dosage.text, limit.dosage, `${c.code} dosage vs payment file`);
    }
    assert.ok(checked >= 35, String(checked));
    assert.equal(k.hcpcs('J7517')!.descriptor, 'Mycophenolate mofetil, oral, 250 mg', 'not in the ASP files: the HCPCS long descriptor');
    assert.deepEqual(k.hcpcs('J7517')!.dosage, { amount: 250, unit: 'mg', text: '250 mg' });
  });

  it('sets compatibility dates only from CMS dates, never from the "Added October 2026" note', () => {
    const j7506 = k.hcpcs('J7506')!;
    assert.equal(j7506.end, '2015-12-31');
    assert.equal(j7506.replacedBy, 'J7512');
    assert.equal(k.hcpcs('J7519')!.effective, '2023-10-01');
    assert.equal(k.hcpcs('J7516')!.revised, '2024-04-01', 'descriptor changed ("Cyclosporin, parenteral" → "Injection, cyclosporine")');
    assert.equal(k.hcpcs('J7599')!.revised, undefined, 'a record change (ACT EFF DT) is not necessarily a descriptor change');
    assert.equal(k.hcpcs('J7521')!.effective, '2025-04-01');
    assert.equal(k.hcpcs('J7514')!.effective, '2025-01-01');
    assert.equal(k.hcpcs('J7505')!.end, '2025-12-31');
    // J7524's start is only bounded (2026-04-01 … 2026-10-01): the compatibility field holds the earliest day and says so.
    const j7524 = k.hcpcs('J7524')!;
    assert.equal(j7524.effective, '2026-04-01');
    assert.match(j7524.uncertain!, /no effective date/);
    assert.equal(k.hcpcs('J7517')!.end, undefined, 'no confirmed end date');
    assert.match(hcpcsHover('J7524', k, NO_CONTEXT), /CMS files give no start date \(it took effect between 2026-04-01 and 2026-10-01\)/, 'the hover does not state the bound as the date');
    assert.doesNotMatch(hcpcsHover('J7524', k, NO_CONTEXT), /since 2026-04-01/);
    assert.match(hcpcsHover('J7517', k, NO_CONTEXT), /CMS files give no end date \(still listed on 2026-03-31\)/);
    assert.match(k.hcpcs('J7517')!.uncertain!, /no end date/);
    for (const c of HAND_CHECKED_CODES) {
      assert.ok(c.source.length > 10, c.code);
      for (const d of [c.effective, c.end, c.revised]) if (d) assert.ok(isDate(d), `${c.code} ${d}`);
      if (c.effective && c.end) assert.ok(c.effective <= c.end);
      if (c.replacedBy) assert.ok(k.hcpcs(c.replacedBy), `${c.code} → ${c.replacedBy}`);
      assert.ok(c.entry, c.code);
    }
  });

  it('gives each drug code a drug name, a parsed dosage and a form', () => {
    const j7503 = k.hcpcs('J7503')!;
    assert.deepEqual(j7503.dosage, { amount: 0.25, unit: 'mg', text: '0.25 MG' });
    assert.equal(j7503.drug, 'tacrolimus');
    assert.equal(j7503.form, 'oral-er');
    assert.equal(k.hcpcs('J7507')!.form, 'oral-ir');
    assert.equal(k.hcpcs('J7518')!.form, 'oral-dr');
    assert.equal(k.hcpcs('J7521')!.form, 'granules');
    assert.equal(k.hcpcs('J7525')!.form, 'injection');
    assert.equal(k.hcpcs('J7529')!.form, 'oral-suspension');
    assert.equal(k.hcpcs('J7530')!.form, 'oral-suspension', 'Myhibbin is an oral suspension (J7514 descriptor)');
    for (const c of IMMUNOSUPPRESSIVE_CODES) if (c.dosage) assert.ok(c.drug, c.code);
    assert.equal(k.allCodes().length, HAND_CHECKED_CODES.length);
  });

  it('calls immunosuppressive what CMS classes as immunosuppressive (methotrexate, cyclophosphamide and corticosteroids included)', () => {
    for (const c of ['J7507', 'J7599', 'J0480', 'J0485', 'J8610', 'J8530', 'J2919', 'J7512']) assert.notEqual(k.hcpcs(c)!.category, 'drug', c);
    for (const c of ['J8522', 'J8501', 'Q0162', 'J2405', 'J1100']) assert.equal(k.hcpcs(c)!.category, 'drug', c);
  });

  it('answers for any other ASP drug code from the snapshot, with category drug', () => {
    const j2405 = k.hcpcs('J2405')!;
    assert.equal(j2405.category, 'drug');
    assert.equal(j2405.descriptor, 'Ondansetron hcl injection');
    assert.equal(j2405.dosage!.amount, 1);
    assert.equal(j2405.effective, '1993-01-01');
    const combo = k.hcpcs('J7620')!;
    assert.equal(combo.dosage, undefined);
    assert.equal(combo.dosageText, '2.5 MG/0.5 MG');
    assert.equal(combo.entry, undefined, 'not curated');
    assert.match(combo.source, /October 2026/);
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

  it('dates JW, JZ, JG, TB and KX from the CMS HCPCS file (JG ended 2024-12-31)', () => {
    assert.equal(k.modifier('JW')!.effective, '2003-01-01');
    assert.equal(k.modifier('JZ')!.effective, '2023-01-01');
    assert.equal(k.modifier('JG')!.effective, '2018-01-01');
    assert.equal(k.modifier('JG')!.end, '2024-12-31');
    assert.equal(k.modifier('TB')!.effective, '2018-01-01');
    assert.equal(k.modifier('TB')!.end, undefined);
    assert.equal(k.modifier('KX')!.effective, '2002-07-01');
    assert.doesNotMatch(k.modifier('JG')!.note, /2024-01-01\)/, 'not "from 2024-01-01"');
    assert.match(k.modifier('KX')!.note, /not required/);
    assert.match(k.modifier('GY')!.caveat!, /retired/);
    assert.match(k.modifier('JW')!.note, /single-dose/);
  });

  it('has a meaning, a note and a source for every modifier, no duplicates, and registry ids that exist', () => {
    const codes = MODIFIERS.map((m) => m.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const m of k.allModifiers()) {
      assert.ok(m.meaning && m.note && m.source, m.code);
      for (const id of m.sources ?? []) assert.ok(k.source(id), `${m.code}: ${id}`);
      if (m.effective && m.end) assert.ok(m.effective <= m.end);
    }
  });
});
