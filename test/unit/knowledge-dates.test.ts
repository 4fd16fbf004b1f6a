import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { isIsoDate, nextDay } from '../../server/src/core/knowledge/dates';

const k = defaultKnowledge();
const v = (code: string, date: string) => k.validityOn(code, date).validity;

describe('validityOn', () => {
  it('uses exact CMS dates, both ends inclusive', () => {
    assert.equal(v('J7506', '2015-12-31'), 'valid');
    assert.equal(v('J7506', '2016-01-01'), 'ended');
    assert.equal(v('J7512', '2015-12-31'), 'not-yet-effective');
    assert.equal(v('J7512', '2016-01-01'), 'valid');
    assert.equal(v('J7519', '2023-09-30'), 'not-yet-effective');
    assert.equal(v('J7519', '2023-10-01'), 'valid');
    assert.equal(v('J7521', '2025-03-31'), 'not-yet-effective');
    assert.equal(v('J7505', '2025-12-31'), 'valid');
    assert.equal(v('J7505', '2026-01-01'), 'ended');
    assert.equal(v('J7599', '2000-01-01'), 'valid');
    assert.equal(v('J7599', '1995-12-31'), 'not-yet-effective');
    assert.match(k.validityOn('J7506', '2020-05-01').reason, /J7506 ended 2015-12-31/);
    assert.deepEqual(k.validityOn('J7506', '2020-05-01').sources, ['cms-hcpcs-2026-01']);
  });

  it('answers unknown — never a guess — inside a date CMS files only bound', () => {
    assert.equal(v('J7524', '2025-06-01'), 'not-yet-effective', 'not in the January 2026 HCPCS file');
    assert.equal(v('J7524', '2026-03-31'), 'not-yet-effective');
    assert.equal(v('J7524', '2026-04-01'), 'unknown');
    assert.equal(v('J7524', '2026-09-30'), 'unknown');
    assert.equal(v('J7524', '2026-10-01'), 'valid', 'in the October 2026 ASP files');
    assert.equal(v('J7517', '2025-06-01'), 'valid');
    assert.equal(v('J7517', '2026-03-31'), 'valid');
    assert.equal(v('J7517', '2026-04-01'), 'unknown', 'CMS files found give no end date');
    assert.equal(v('J7517', '2026-11-05'), 'unknown');
    const r = k.validityOn('J7517', '2026-11-05');
    assert.match(r.caveats.join(' '), /no end date for J7517/);
    assert.equal(v('Z9999', '2026-01-01'), 'unknown');
    assert.equal(v('J7507', '2026-13-01'), 'unknown');
    assert.equal(v(' j7507 ', '2026-01-01'), 'valid', 'codes are canonicalised');
  });
});

describe('codeInForceOn', () => {
  it('returns the code itself when valid', () => {
    const r = k.codeInForceOn('J7507', '2026-11-05')!;
    assert.equal(r.code, 'J7507');
    assert.equal(r.relation, 'same');
    assert.equal(r.unverified, false);
    assert.deepEqual(r.dosage, { amount: 1, unit: 'mg', text: '1 MG' });
  });

  it('goes back to the predecessor for a date before a new code (J7524 in 2025 → J7517, 250 mg)', () => {
    const r = k.codeInForceOn('J7524', '2025-06-01')!;
    assert.equal(r.code, 'J7517');
    assert.equal(r.relation, 'predecessor');
    assert.equal(r.requestedValidity, 'not-yet-effective');
    assert.deepEqual(r.dosage, { amount: 250, unit: 'mg', text: '250 mg' });
    assert.equal(r.unverified, true, 'the J7517 → J7524 link is not in a CMS document');
    assert.match(r.explanation, /J7517 \(250 mg per unit\)/);
    assert.equal(k.codeInForceOn('J7526', '2024-01-01')!.code, 'J7519');
    assert.equal(k.codeInForceOn('J7530', '2025-06-01')!.code, 'J7514');
    assert.equal(k.codeInForceOn('J7529', '2026-02-01')!.code, 'J7528');
    assert.equal(k.codeInForceOn('J7529', '2025-06-01'), undefined, 'J7528 only started 2026-01-01: nothing fits');
    assert.equal(k.codeInForceOn('J7512', '2010-01-01')!.code, 'J7506');
  });

  it('goes forward to the successor after a code ended (J7506 in 2020 → J7512)', () => {
    const r = k.codeInForceOn('J7506', '2020-01-01')!;
    assert.equal(r.code, 'J7512');
    assert.equal(r.relation, 'successor');
    assert.equal(r.unverified, false);
    assert.ok(r.caveats.some((c) => /matching dates and descriptors/.test(c)));
    assert.equal(k.codeInForceOn('J2920', '2025-01-01')!.code, 'J2919');
    assert.equal(k.codeInForceOn('J8521', '2025-01-01')!.code, 'J8522');
    assert.equal(k.codeInForceOn('J1030', '2024-06-01')!.code, 'J1010');
  });

  it('prefers a valid successor when the requested code\'s end is unknown, and says so', () => {
    const r = k.codeInForceOn('J7517', '2026-11-05')!;
    assert.equal(r.code, 'J7524');
    assert.equal(r.relation, 'successor');
    assert.equal(r.requestedValidity, 'unknown');
    assert.equal(r.unverified, true);
    const inside = k.codeInForceOn('J7517', '2026-07-01')!;
    assert.equal(inside.code, 'J7517', 'inside both unknown ranges: the requested code, marked unknown');
    assert.equal(inside.validity, 'unknown');
  });

  it('is undefined when nothing known fits', () => {
    assert.equal(k.codeInForceOn('J7505', '2026-02-01'), undefined, 'ended with no replacement');
    assert.equal(k.codeInForceOn('Z9999', '2026-02-01'), undefined);
    assert.equal(k.codeInForceOn('J7507', 'tomorrow'), undefined);
  });
});

describe('nocCodeFor', () => {
  it('picks the NOC code of the drug class and route', () => {
    const code = (q: Parameters<typeof k.nocCodeFor>[0]) => k.nocCodeFor(q).code;
    assert.equal(code({ drugClass: 'immunosuppressive', route: 'oral' }), 'J7599');
    assert.equal(code({ drugClass: 'immunosuppressive', route: 'injection' }), 'J7599');
    assert.equal(code({ drugClass: 'antiemetic', route: 'oral' }), 'J8597');
    assert.equal(code({ drugClass: 'antiemetic', route: 'rectal' }), 'J8498');
    assert.equal(code({ route: 'oral' }), 'J8499');
    assert.equal(code({ drugClass: 'antineoplastic', route: 'oral' }), 'J8999');
    assert.equal(code({ drugClass: ['antineoplastic', 'immunosuppressive'], route: 'oral' }), 'J8999', 'methotrexate-like: chemotherapy NOC');
    assert.equal(code({ drugClass: 'antineoplastic', route: 'injection' }), 'J9999');
    assert.equal(code({ route: 'injection' }), 'J3490');
    assert.equal(code({ route: 'injection', biological: true }), 'J3590');
    assert.equal(code({ route: 'injection', compounded: true }), 'J7999');
    assert.equal(code({ route: 'inhalation' }), 'J7699');
    assert.equal(code({ drugClass: 'clotting-factor', route: 'injection' }), 'J7199');
    assert.equal(code({ route: 'injection', setting: 'hospital-outpatient' }), 'C9399');
    assert.equal(code({ route: 'injection', setting: 'esrd-dialysis' }), 'J3591');
  });

  it('gives the scope in coder words, its source, and other settings', () => {
    const a = k.nocCodeFor({ drugClass: 'antiemetic', route: 'oral' });
    assert.match(a.scope, /Oral anti-emetics/);
    assert.equal(a.source, 'cms-hcpcs-2026-01');
    assert.match(k.nocCodeFor({ route: 'injection' }).alternatives[0].when, /hospital outpatient/);
    assert.match(k.nocCodeFor({ drugClass: 'immunosuppressive' }).scope, /name the drug, strength, amount dispensed/);
  });
});

describe('containerOf and entries', () => {
  it('tells the JW/JZ rule route and container', () => {
    assert.equal(k.containerOf('J7507')!.container.value, 'oral-product');
    assert.equal(k.containerOf('J7507')!.route.value, 'oral');
    assert.equal(k.containerOf('J0485')!.container.value, 'single-dose');
    assert.equal(k.containerOf('J7516')!.container.value, 'either-or-unknown');
    assert.ok(k.containerOf('J7516')!.container.caveat);
    assert.equal(k.containerOf('J1885'), undefined, 'not curated');
  });

  it('exposes entries and sources', () => {
    assert.equal(k.entry('j7599')!.longDescriptor!.value, 'Immunosuppressive drug, not otherwise classified');
    assert.ok(k.allEntries().length >= 70);
    assert.match(k.source('cms-hcpcs-2026-01')!.publisher, /Centers for Medicare/);
    assert.equal(k.source('nope'), undefined);
  });

  it('parses ISO dates strictly', () => {
    assert.ok(isIsoDate('2024-02-29'));
    assert.ok(!isIsoDate('2023-02-29'));
    assert.ok(!isIsoDate('20240101'));
    assert.equal(nextDay('2015-12-31'), '2016-01-01');
    assert.equal(nextDay('2024-02-28'), '2024-02-29');
  });
});
