import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { paymentTable, snapshotCrosswalkData } from '../../server/src/core/knowledge';
import { ASP_SOURCE, DRUG_CODE_ENTRIES, SOURCES, caveatsOf, drugCodeEntry, factsOf } from '../../server/src/core/knowledge/codes';
import { isIsoDate, nextDay } from '../../server/src/core/knowledge/dates';
import { parseDosage } from '../../server/src/core/knowledge/dosage';
import type { DateFact, DrugCodeEntry } from '../../server/src/core/knowledge/types';
import { REPO_ROOT } from '../helpers/paths';

const entry = (code: string): DrugCodeEntry => {
  const e = drugCodeEntry(code);
  assert.ok(e, code);
  return e;
};

/** Every object with a `source` string in a value (facts, date facts, nested facts). */
function sourcedObjects(value: unknown, out: { source: string; unverified?: boolean; caveat?: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => sourcedObjects(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.source === 'string') out.push(o as never);
    Object.values(o).forEach((v) => sourcedObjects(v, out));
  }
  return out;
}

const dateBounds = (d: DateFact | undefined): string[] => (d ? [d.value, d.earliest, d.latest].filter((x): x is string => x !== undefined) : []);

describe('sourced code data: shape and sources', () => {
  it('has one entry per code, well-formed codes, and the codes the rules need', () => {
    const codes = DRUG_CODE_ENTRIES.map((e) => e.code);
    assert.equal(new Set(codes).size, codes.length, 'no duplicate entries');
    for (const c of codes) assert.match(c, /^[A-Z]\d{4}$/);
    const immunosuppressive = ['J7500', 'J7501', 'J7502', 'J7503', 'J7504', 'J7505', 'J7506', 'J7507', 'J7508', 'J7509', 'J7510', 'J7511',
      'J7512', 'J7513', 'J7514', 'J7515', 'J7516', 'J7517', 'J7518', 'J7519', 'J7520', 'J7521', 'J7524', 'J7525', 'J7526', 'J7527',
      'J7528', 'J7529', 'J7530', 'J7599', 'J0480', 'J0485'];
    const noc = ['J3490', 'J3590', 'J3591', 'J7199', 'J7699', 'J7799', 'J7999', 'J8498', 'J8499', 'J8597', 'J8999', 'J9999', 'C9399'];
    const suggested = ['J8501', 'J8610', 'J8611', 'J8612', 'J8540', 'J8541', 'Q0162', 'J8530', 'J8520', 'J8521', 'J8522', 'J8700',
      'J2919', 'J2920', 'J2930', 'J1010', 'J1020', 'J1030', 'J1040', 'J1100', 'J2405', 'J9260', 'J9250', 'J9070', 'J9075'];
    for (const c of [...immunosuppressive, ...noc, ...suggested]) assert.ok(drugCodeEntry(c), `${c} is in the data`);
    // J7522 and J7523 are not HCPCS codes in any file read (the January 2026 file goes J7521 → J7525).
    assert.equal(drugCodeEntry('J7522'), undefined);
    assert.equal(drugCodeEntry('J7523'), undefined);
  });

  it('gives every fact a source that is in the registry; unverified facts say why', () => {
    let facts = 0;
    for (const e of DRUG_CODE_ENTRIES) {
      for (const fact of sourcedObjects(e)) {
        facts++;
        assert.ok(Object.prototype.hasOwnProperty.call(SOURCES, fact.source), `${e.code}: unknown source ${fact.source}`);
        if (fact.unverified) assert.ok(fact.caveat && fact.caveat.length > 20, `${e.code}: unverified fact from ${fact.source} needs a caveat`);
      }
      for (const u of e.unknown ?? []) assert.ok(u.caveat && u.searched, `${e.code}: unknown ${u.fact} says why and what was searched`);
      assert.ok(e.shortDescriptor && e.route && e.container && e.drugClasses, `${e.code}: core facts present`);
      if (!e.longDescriptor) assert.ok(e.unknown?.some((u) => u.fact === 'longDescriptor'), `${e.code}: a missing long descriptor is listed as unknown`);
      if (!e.effective) assert.fail(`${e.code}: no effective date fact`);
    }
    assert.ok(facts > 600, String(facts));
  });

  it('has a complete registry, every source used, and docs/sources.md lists each one', () => {
    const used = new Set(DRUG_CODE_ENTRIES.flatMap((e) => sourcedObjects(e).map((f) => f.source)));
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'sources.md'), 'utf8');
    for (const [id, s] of Object.entries(SOURCES)) {
      assert.ok(s.title && s.publisher && s.date, `${id}: title, publisher, date`);
      if (s.url) assert.match(s.url, /^https:\/\//, id);
      assert.ok(doc.includes(`\`${id}\``), `docs/sources.md lists ${id}`);
    }
    for (const id of ['cms-hcpcs-2026-01', 'cms-hcpcs-2019', 'cms-asp-2026-10', 'cms-a52474', 'fda-ndc-nulojix']) assert.ok(used.has(id), `${id} is used`);
  });

  it('keeps coder-facing caveats free of repository paths and file names', () => {
    for (const e of DRUG_CODE_ENTRIES) {
      for (const text of [...caveatsOf(e), ...sourcedObjects(e).map((f) => f.caveat ?? ''), e.nocScope?.value.text ?? '']) {
        assert.doesNotMatch(text, /github|\.json|\.csv|\.txt|data\/|\/work\/|docs\//i, `${e.code}: ${text}`);
      }
    }
  });
});

describe('sourced code data: dates', () => {
  it('writes every date as a real ISO date, with ranges in order and effective ≤ termination', () => {
    for (const e of DRUG_CODE_ENTRIES) {
      for (const d of [e.effective, e.lastChanged, e.termination]) {
        for (const x of dateBounds(d)) assert.ok(isIsoDate(x), `${e.code}: ${x}`);
        if (d?.earliest && d.latest) assert.ok(d.earliest <= d.latest, `${e.code}: range`);
        if (d) assert.ok(d.value !== undefined || d.earliest !== undefined || d.latest !== undefined, `${e.code}: a date fact has a date`);
        if (d && d.value === undefined) assert.ok(d.unverified && d.caveat, `${e.code}: an inexact date is unverified with a caveat`);
      }
      const start = e.effective?.value ?? e.effective?.earliest;
      const end = e.termination?.value ?? e.termination?.earliest;
      if (start && end) assert.ok(start <= end, `${e.code}: ${start} ≤ ${end}`);
      if (e.lastChanged?.value && start) assert.ok(start <= e.lastChanged.value, `${e.code}: changed after it started`);
    }
  });

  it('links replacements that exist, valid from the day after the replaced code ends (or says the gap is unconfirmed)', () => {
    let links = 0;
    for (const e of DRUG_CODE_ENTRIES) {
      for (const r of e.replacedBy?.value ?? []) {
        links++;
        const next = drugCodeEntry(r.code);
        assert.ok(next, `${e.code} → ${r.code} exists in the data`);
        if (e.termination?.value && r.from) {
          assert.equal(r.from, nextDay(e.termination.value), `${e.code} → ${r.code} takes over the day after ${e.code} ends`);
          const nextStart = next.effective?.value;
          // J9260 existed before J9250 ended (it was revised that day): the link then rests on the revision date.
          if (nextStart && nextStart > r.from) assert.fail(`${r.code} starts ${nextStart}, after ${r.from}`);
          if (nextStart && nextStart < r.from) assert.ok(next.lastChanged?.value === r.from || e.replacedBy!.unverified, `${e.code} → ${r.code}: older code, explicit`);
        } else {
          assert.ok(e.replacedBy!.unverified && e.replacedBy!.caveat, `${e.code} → ${r.code}: no exact change-over date, so the link is unverified with a caveat`);
        }
      }
    }
    assert.ok(links >= 14, String(links));
  });

  it('records the code history coders meet', () => {
    assert.equal(entry('J7506').termination?.value, '2015-12-31');
    assert.deepEqual(entry('J7506').replacedBy?.value, [{ code: 'J7512', from: '2016-01-01' }]);
    assert.equal(entry('J7512').effective?.value, '2016-01-01');
    assert.equal(entry('J7519').effective?.value, '2023-10-01');
    assert.equal(entry('J7519').longDescriptor?.value, 'Injection, mycophenolate mofetil, 10 mg');
    assert.equal(entry('J7514').effective?.value, '2025-01-01');
    assert.equal(entry('J7514').longDescriptor?.value, 'Mycophenolate mofetil (myhibbin), oral suspension, 100 mg');
    assert.equal(entry('J7521').effective?.value, '2025-04-01');
    assert.equal(entry('J7516').lastChanged?.value, '2024-04-01');
    assert.equal(entry('J7516').lastChanged?.descriptorChanged, true);
    assert.equal(entry('J7599').lastChanged?.descriptorChanged, undefined);
    assert.equal(entry('J7528').effective?.value, '2026-01-01');
    for (const c of ['J7505', 'J7513']) {
      assert.equal(entry(c).termination?.value, '2025-12-31', c);
      assert.equal(entry(c).replacedBy, undefined, c);
    }
    for (const [old, replacement] of [['J1020', 'J1010'], ['J1030', 'J1010'], ['J1040', 'J1010'], ['J2920', 'J2919'], ['J2930', 'J2919'], ['J9070', 'J9075']]) {
      assert.equal(entry(old).termination?.value, '2024-03-31', old);
      assert.equal(entry(old).replacedBy?.value[0].code, replacement, old);
    }
    for (const c of ['J8520', 'J8521']) assert.equal(entry(c).termination?.value, '2024-09-30', c);
    assert.equal(entry('J8522').effective?.value, '2024-10-01');
    assert.equal(entry('J7599').effective?.value, '1996-01-01');
  });

  it('does not invent the mycophenolate mofetil change-over: bounded dates, unverified links', () => {
    for (const c of ['J7524', 'J7526', 'J7529', 'J7530']) {
      const e = entry(c);
      assert.equal(e.effective?.value, undefined, `${c}: no exact start date`);
      assert.equal(e.effective?.earliest, '2026-04-01', c);
      assert.equal(e.effective?.latest, '2026-10-01', c);
      assert.ok(e.effective?.unverified);
      assert.match(e.effective!.caveat!, /no effective date/);
      assert.equal(e.longDescriptor, undefined, `${c}: no long descriptor found`);
    }
    for (const [old, replacement] of [['J7517', 'J7524'], ['J7519', 'J7526'], ['J7514', 'J7530'], ['J7528', 'J7529']]) {
      const e = entry(old);
      assert.equal(e.termination?.value, undefined, `${old}: no exact end date`);
      assert.equal(e.termination?.earliest, '2026-03-31', old);
      assert.ok(e.termination?.unverified);
      assert.match(e.termination!.caveat!, /no end date/);
      assert.equal(e.replacedBy?.value[0].code, replacement);
      assert.ok(e.replacedBy?.unverified);
    }
    assert.equal(entry('J7517').dosage?.value, '250 mg');
    assert.equal(entry('J7519').dosage?.value, '10 mg');
  });
});

describe('sourced code data: the CMS ASP snapshot agrees', () => {
  it('has every ASP-sourced short descriptor and dosage equal to the committed snapshot (payment file and crosswalk)', () => {
    const pay = paymentTable();
    const xw = snapshotCrosswalkData();
    let checked = 0;
    for (const e of DRUG_CODE_ENTRIES) {
      const row = pay.row(e.code);
      if (e.shortDescriptor.source === ASP_SOURCE) {
        assert.ok(row, `${e.code} is in the payment-limit snapshot`);
        assert.equal(e.shortDescriptor.value, row.shortDescription, `${e.code} short descriptor`);
        for (const r of xw.entriesFor(e.code)) assert.equal(r.shortDescription, e.shortDescriptor.value, `${e.code} crosswalk descriptor`);
        checked++;
      }
      if (e.dosage?.source === ASP_SOURCE) {
        assert.equal(e.dosage.value, row!.dosage, `${e.code} dosage`);
        for (const r of xw.entriesFor(e.code)) assert.equal(r.hcpcsDosage, e.dosage.value, `${e.code} crosswalk dosage`);
      } else if (e.dosage) {
        assert.ok(parseDosage(e.dosage.value), `${e.code}: HCPCS dosage ${e.dosage.value} parses`);
      }
      if (e.shortDescriptorInHcpcs) assert.equal(e.shortDescriptorInHcpcs.value, e.shortDescriptor.value, `${e.code}: HCPCS and ASP short descriptors agree`);
    }
    assert.ok(checked >= 35, String(checked));
  });

  it('only ASP-sources codes the ASP files list, and does not take "Added October 2026" for a HCPCS start date', () => {
    const added = paymentTable().rows().filter((r) => /Added October 2026/.test(r.notes)).map((r) => r.hcpcs);
    // The note marks codes new to the pricing file: J8541 is in the HCPCS file since 2024-10-01.
    assert.ok(added.includes('J8541'));
    assert.equal(entry('J8541').effective?.value, '2024-10-01');
    for (const e of DRUG_CODE_ENTRIES) if (added.includes(e.code) && e.effective?.value === '2026-10-01') assert.fail(`${e.code}: start date taken from the ASP note`);
    assert.equal(paymentTable().row('J7517'), undefined, 'J7517 is not in the October 2026 payment file');
    assert.equal(snapshotCrosswalkData().entriesFor('J7517').length, 0);
  });
});

describe('sourced code data: route, form, classes, container', () => {
  it('marks oral products as never single-dose containers, and records the injections it knows', () => {
    for (const e of DRUG_CODE_ENTRIES) {
      if (e.route.value === 'oral') assert.equal(e.container.value, 'oral-product', e.code);
      if (e.container.value === 'oral-product') assert.equal(e.route.value, 'oral', e.code);
    }
    assert.equal(entry('J0485').container.value, 'single-dose');
    assert.equal(entry('J7525').container.value, 'either-or-unknown');
    assert.equal(entry('J7525').route.value, 'injection');
    assert.equal(entry('J7507').route.value, 'oral');
    assert.equal(entry('J7503').release?.value, 'extended');
    assert.equal(entry('J7507').release?.value, 'immediate');
    assert.equal(entry('J7512').release?.value, 'immediate-or-delayed');
    assert.equal(entry('J7521').form?.value, 'granules');
    assert.equal(entry('J7529').form?.value, 'oral-suspension');
    assert.equal(entry('J8498').route.value, 'rectal');
    assert.equal(entry('J7699').route.value, 'inhalation');
  });

  it('classes drugs as CMS does, and names the Medicare oral-drug benefit', () => {
    const classes = (code: string) => entry(code).drugClasses.map((c) => c.value).sort();
    assert.deepEqual(classes('J7507'), ['immunosuppressive']);
    assert.deepEqual(classes('J8610'), ['antineoplastic', 'immunosuppressive'], 'methotrexate: chemotherapy, and CMS type of service G');
    assert.deepEqual(classes('J8530'), ['antineoplastic', 'immunosuppressive']);
    assert.deepEqual(classes('J2919'), ['corticosteroid', 'immunosuppressive']);
    assert.deepEqual(classes('J8540'), ['antiemetic', 'corticosteroid']);
    assert.deepEqual(classes('J8501'), ['antiemetic']);
    assert.deepEqual(classes('J8522'), ['antineoplastic']);
    assert.deepEqual(entry('J7507').oralBenefit?.value, ['oral-immunosuppressive']);
    assert.deepEqual(entry('J8522').oralBenefit?.value, ['oral-anticancer']);
    assert.deepEqual(entry('J8540').oralBenefit?.value, ['oral-antiemetic']);
    assert.deepEqual(entry('Q0162').oralBenefit?.value, ['oral-antiemetic']);
    assert.deepEqual(entry('J8610').oralBenefit?.value, ['oral-anticancer', 'oral-immunosuppressive']);
    assert.match(entry('J8610').oralBenefit!.caveat!, /depends on the use/);
    assert.equal(entry('J7525').oralBenefit, undefined, 'injections are not an oral benefit');
  });

  it('records Q0162 with its conditions, and a scope for every NOC code', () => {
    const q = entry('Q0162');
    assert.equal(q.dosage?.value, '1 MG');
    assert.ok(q.conditions?.value.some((c) => /substitute for an IV anti-emetic/.test(c)));
    assert.ok(q.conditions?.value.some((c) => /48-hour/.test(c)));
    for (const e of DRUG_CODE_ENTRIES.filter((x) => x.kind === 'noc')) {
      assert.ok(e.nocScope?.value.text && e.nocScope.value.label, `${e.code} scope`);
      assert.equal(e.dosage, undefined, `${e.code}: a NOC code has no dosage`);
    }
    assert.equal(entry('J7599').nocScope?.value.label, 'immunosuppressive drugs');
    assert.equal(entry('C9399').nocScope?.source, 'ngs-faq-drugs-2024');
  });

  it('lists every fact of an entry for checks', () => {
    const names = factsOf(entry('J7517')).map((f) => f.name);
    for (const n of ['longDescriptor', 'shortDescriptor', 'dosage', 'route', 'container', 'effective', 'termination', 'replacedBy', 'generic', 'drugClasses[0]']) {
      assert.ok(names.includes(n), n);
    }
    assert.ok(caveatsOf(entry('J7524')).some((c) => /long descriptor|ASP short descriptor/.test(c)));
  });
});
