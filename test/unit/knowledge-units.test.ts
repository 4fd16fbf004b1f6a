import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultKnowledge, unitsAnswer, unitsFor, unitsOn } from '../../server/src/core/knowledge';
import type { CrosswalkEntry } from '../../server/src/core/knowledge/types';
import { productKind, strengthFromCrosswalk, strengthInText, strengthsInText, wholeUnits, type UnitsAnswer } from '../../server/src/core/knowledge/units';

const k = defaultKnowledge();
const row = (ndc11: string, code: string): CrosswalkEntry => {
  const e = k.crosswalk.lookup(ndc11).find((x) => x.hcpcs === code);
  assert.ok(e, `${ndc11} ${code}`);
  return e;
};
type Ok = Extract<UnitsAnswer, { status: 'ok' }>;
const ok = (a: UnitsAnswer): Ok => {
  assert.equal(a.status, 'ok', a.status === 'ok' ? '' : a.reason);
  return a as Ok;
};
const notOk = (a: UnitsAnswer, status: 'inconsistent' | 'cannot-compute', re: RegExp) => {
  assert.equal(a.status, status, JSON.stringify(a));
  if ('reason' in a) assert.match(a.reason, re);
};
const units = (r: Parameters<typeof unitsAnswer>[1]) => unitsAnswer(k, r);

describe('strength written in text', () => {
  it('reads strengths in descriptions and drug names', () => {
    assert.deepEqual(strengthInText('PROGRAF 5 MG CAP'), { amount: 5, unit: 'mg', text: '5 MG', index: 8 });
    assert.equal(strengthInText('tacrolimus 0.5mg')!.amount, 0.5);
    assert.equal(strengthInText('mycophenolate 500 mg tab')!.amount, 500);
    assert.deepEqual(strengthInText('5 mg/mL')!.perVolume, { amount: 1, unit: 'ml' });
    assert.deepEqual(strengthInText('Prednisolone 15 mg/5 mL')!.perVolume, { amount: 5, unit: 'ml' });
    assert.equal(strengthInText('TACROLIMUS 1 MG CAPSULE X 60')!.amount, 1, '"X 60" is a count, not a strength');
    assert.equal(strengthInText('CYCLOSPORINE 100MG')!.amount, 100);
    assert.equal(strengthInText('heparin 5,000 units')!.amount, 5000);
    assert.equal(strengthInText('everolimus .75 mg')!.amount, 0.75);
    assert.equal(strengthInText('Rx 30 capsules'), undefined);
    assert.equal(strengthInText('tacrolimus 1 mg and 5 mg'), undefined, 'two different strengths: not one');
    assert.equal(strengthsInText('tacrolimus 1 mg and 5 mg').length, 2);
    assert.equal(strengthInText('tac 1 MG — 1 mg caps')!.amount, 1, 'the same strength twice is one');
    assert.equal(strengthInText(''), undefined);
    assert.equal(strengthInText('J7507 1MGX30')!.amount, 1);
  });
});

describe('strength from a crosswalk row', () => {
  it('derives the strength of one item when the row adds up', () => {
    const r = strengthFromCrosswalk(row('00378204701', 'J7507'), 'each', 'countable');
    assert.equal(r.status, 'ok');
    if (r.status === 'ok') assert.equal(r.unitsPer, 5, 'Mylan tacrolimus 5 mg: 500 units per 100 capsules');
    const granules = strengthFromCrosswalk(row('00469123050', 'J7521'), 'each', 'countable');
    assert.equal(granules.status === 'ok' && granules.unitsPer, 2, 'Prograf granules: BILLUNITS per packet');
    const mmf = strengthFromCrosswalk(row('00093733401', 'J7524'), 'each', 'unknown-oral');
    assert.equal(mmf.status === 'ok' && mmf.unitsPer, 50, 'PKG SIZE 1, PKG QTY 100, 5000 units for the package');
  });

  it('flags the Prograf rows that contradict themselves (the FDA lists 0469-0607 as 0.5 mg and 0469-0657 as 5 mg capsules)', () => {
    const r0657 = strengthFromCrosswalk(row('00469065773', 'J7507'), 'each', 'countable');
    assert.equal(r0657.status, 'inconsistent');
    if (r0657.status === 'inconsistent') {
      assert.match(r0657.reason, /more than one way/);
      assert.deepEqual(r0657.readings.map((x) => x.unitsPer).sort(), [1, 5], '5 bottles of 1 mg capsules, or 1 bottle of 5 mg capsules');
    }
    const r0607 = strengthFromCrosswalk(row('00469060773', 'J7507'), 'each', 'countable');
    assert.equal(r0607.status, 'inconsistent');
    if (r0607.status === 'inconsistent') {
      assert.match(r0607.reason, /contradicts itself.*BILLUNITS 100.*BILLUNITSPKG 50/);
      assert.deepEqual(r0607.readings.map((x) => x.unitsPer).sort(), [0.5, 1]);
    }
    // Every other Prograf / tacrolimus row adds up.
    const bad = k.crosswalk.lookup('00469061773').map((e) => strengthFromCrosswalk(e, 'each', 'countable').status);
    assert.deepEqual(bad, ['ok'], 'Prograf 1 mg 0469-0617-73 is consistent');
  });

  it('knows which products are counted and which are liquids', () => {
    assert.equal(productKind('injection'), 'injection');
    assert.equal(productKind('granules'), 'countable');
    assert.equal(productKind('oral-suspension'), 'liquid');
    assert.equal(productKind('oral', 'Envarsus XR'), 'countable');
    assert.equal(productKind('oral', 'Dexamethasone Intensol'), 'liquid');
    assert.equal(productKind('oral', 'Prednisolone 15 mg/5 mL'), 'liquid');
    assert.equal(productKind('oral', 'Prednisone'), 'unknown-oral');
  });
});

describe('billing units', () => {
  it('gets the tablet-count cases right', () => {
    const tac5 = ok(units({ quantity: 30, unit: 'UN', code: 'J7507', entry: row('00378204701', 'J7507') }));
    assert.equal(tac5.exact, 150);
    assert.equal(tac5.toBill, 150);
    assert.equal(tac5.explanation, '30 tablets/capsules × 5 mg = 150 mg ÷ 1 mg per J7507 unit = 150 units (crosswalk 00378-2047-01: 500 J7507 units per 100)');
    assert.equal(ok(units({ quantity: 30, unit: 'UN', code: 'J7507', entry: row('00378204501', 'J7507') })).toBill, 15, '30 × 0.5 mg');
    assert.equal(ok(units({ quantity: 30, unit: 'UN', code: 'J7507', entry: row('00378204601', 'J7507') })).toBill, 30, '30 × 1 mg');
    assert.equal(ok(units({ quantity: 30, unit: 'UN', code: 'J7507', statedText: 'PROGRAF 5 MG CAP' })).toBill, 150, 'from the stated strength alone');
    assert.equal(ok(units({ quantity: 30, unit: 'UN', code: 'J7503', entry: row('68992301001', 'J7503') })).toBill, 120, 'Envarsus XR 1 mg = 4 × 0.25 mg');
  });

  it('follows the service date for CellCept: J7517 (250 mg) in 2025, J7524 (5 mg) from October 2026', () => {
    const cellcept = row('00004026001', 'J7524'); // CellCept 500 mg tablets, 100 per bottle (FDA 0004-0260)
    const in2025 = unitsOn(k, { quantity: 60, unit: 'UN', code: 'J7524', entry: cellcept, statedText: 'CELLCEPT 500 MG TAB', date: '2025-06-01' })!;
    assert.equal(in2025.inForce.code, 'J7517');
    assert.equal(ok(in2025.units).toBill, 120);
    assert.match(ok(in2025.units).explanation, /^60 tablets\/capsules × 500 mg = 30000 mg ÷ 250 mg per J7517 unit = 120 units/);
    const in2026 = unitsOn(k, { quantity: 60, unit: 'UN', code: 'J7524', entry: cellcept, statedText: 'CELLCEPT 500 MG TAB', date: '2026-11-05' })!;
    assert.equal(in2026.inForce.code, 'J7524');
    assert.equal(ok(in2026.units).toBill, 6000);
    assert.equal(ok(in2026.units).basis, 'crosswalk-and-stated');
    assert.equal(unitsOn(k, { quantity: 60, unit: 'UN', code: 'J7505', date: '2026-02-01' }), undefined, 'no code in force');
  });

  it('rounds up to whole units and never hands back a fraction to bill', () => {
    const inj = ok(units({ quantity: 0.5, unit: 'ML', code: 'J7525', entry: row('00469301601', 'J7525') }));
    assert.equal(inj.exact, 0.5);
    assert.equal(inj.toBill, 1, '0.5 mL of 5 mg/mL = 2.5 mg of a 5 mg code');
    assert.equal(inj.rounded, true);
    assert.match(inj.explanation, /0\.5 mL × 5 mg\/mL = 2\.5 mg ÷ 5 mg per J7525 unit = 0\.5 units → bill 1 unit, rounded up/);
    assert.equal(ok(units({ quantity: 2.5, unit: 'ME', code: 'J7525' })).toBill, 1);
    assert.equal(ok(units({ quantity: 500, unit: 'ML', code: 'J7120' })).toBill, 1, 'J7120 is up to 1000 cc: 500 mL bills 1 unit');
    assert.equal(ok(units({ quantity: 1500, unit: 'ML', code: 'J7120' })).toBill, 2);
    const cyclo = ok(units({ quantity: 30, unit: 'UN', code: 'J7502', entry: row('00093901865', 'J7515') }));
    assert.equal(cyclo.exact, 7.5);
    assert.equal(cyclo.toBill, 8);
    assert.equal(wholeUnits(3), 3);
    assert.equal(wholeUnits(3.0000000001), 3, 'float noise is not a fraction');
    assert.equal(wholeUnits(0.01), 1);
  });

  it('converts weights, international units and mL directly', () => {
    assert.equal(ok(units({ quantity: 100, unit: 'ME', code: 'J7503' })).explanation, '100 ME = 100 mg ÷ 0.25 mg per J7503 unit = 400 units');
    assert.equal(ok(units({ quantity: 1.5, unit: 'GR', code: 'J7502' })).toBill, 15);
    assert.equal(ok(units({ quantity: 5, unit: 'ML', code: 'J7529', entry: row('00004026129', 'J7529') })).toBill, 200, 'CellCept suspension 200 mg/mL');
    assert.equal(ok(units({ quantity: 10, unit: 'ML', code: 'J7516', entry: row('00078010901', 'J7516') })).toBill, 2, 'Sandimmune injection 50 mg/mL');
    assert.equal(ok(units({ quantity: 2, unit: 'UN', code: 'J0485', entry: row('00003037113', 'J0485') })).toBill, 500);
    assert.equal(ok(units({ quantity: 1, unit: 'UN', code: 'J0480', entry: row('00078039361', 'J0480') })).toBill, 1, 'Simulect 10 mg vial: 0.5 unit bills 1');
  });

  it('computes nothing from a row that contradicts itself, unless the line states a strength one reading matches', () => {
    const r0657 = row('00469065773', 'J7507');
    notOk(units({ quantity: 30, unit: 'UN', code: 'J7507', entry: r0657 }), 'inconsistent', /more than one way.*computes nothing/);
    assert.equal(ok(units({ quantity: 30, unit: 'UN', code: 'J7507', entry: r0657, statedText: 'PROGRAF 5 MG CAP' })).toBill, 150);
    notOk(units({ quantity: 30, unit: 'UN', code: 'J7507', entry: r0657, statedText: 'PROGRAF 2 MG CAP' }), 'inconsistent', /matches none/);
    const r0607 = row('00469060773', 'J7507');
    notOk(units({ quantity: 30, unit: 'UN', code: 'J7507', entry: r0607 }), 'inconsistent', /contradicts itself/);
    assert.equal(ok(units({ quantity: 30, unit: 'UN', code: 'J7507', entry: r0607, statedText: 'prograf 0.5mg' })).toBill, 15);
  });

  it('reports a row and a line that disagree', () => {
    notOk(units({ quantity: 30, unit: 'UN', code: 'J7507', entry: row('00378204601', 'J7507'), statedText: 'TACROLIMUS 5 MG CAP' }), 'inconsistent', /line says 5 mg.*1 mg each/);
    assert.equal(ok(units({ quantity: 30, unit: 'UN', code: 'J7507', entry: row('00378204601', 'J7507'), statedText: 'TACROLIMUS 1 MG CAP' })).basis, 'crosswalk-and-stated');
  });

  it('refuses to guess', () => {
    notOk(units({ quantity: 7, unit: 'UN', code: 'J7507' }), 'cannot-compute', /strength/);
    notOk(units({ quantity: 0, unit: 'ME', code: 'J7507' }), 'cannot-compute', /above 0/);
    notOk(units({ quantity: Number.NaN, unit: 'ME', code: 'J7507' }), 'cannot-compute', /above 0/);
    notOk(units({ quantity: 1, unit: 'XX', code: 'J7507' }), 'cannot-compute', /not an NDC unit/);
    notOk(units({ quantity: 1, unit: 'ME', code: 'J7599' }), 'cannot-compute', /no single dosage/);
    notOk(units({ quantity: 1, unit: 'F2', code: 'J7507' }), 'cannot-compute', /international units/);
    notOk(units({ quantity: 10, unit: 'ML', code: 'J7507', entry: row('00378204601', 'J7507') }), 'cannot-compute', /counted in tablets/);
    notOk(units({ quantity: 1, unit: 'UN', code: 'J7529', entry: row('00004026129', 'J7529') }), 'cannot-compute', /liquid.*ML/);
    notOk(units({ quantity: 1, unit: 'UN', code: 'J7530', entry: row('24338001801', 'J7530') }), 'cannot-compute', /liquid/);
    const lannett = k.crosswalk.lookup('00527516082').find((e) => e.hcpcs === 'J7529')!;
    notOk(units({ quantity: 5, unit: 'ML', code: 'J7529', entry: lannett }), 'cannot-compute', /count of bottles/);
    notOk(units({ quantity: 1, unit: 'ME', code: 'A9573' }), 'cannot-compute', /not by weight/);
    notOk(units({ quantity: 30, unit: 'UN', code: 'J7507', statedText: 'tacrolimus 1 mg and 5 mg' }), 'cannot-compute', /more than one strength/);
  });

  it('says what it assumes when the product form is not stated', () => {
    const a = ok(units({ quantity: 120, unit: 'UN', code: 'J7524', entry: row('00093733401', 'J7524') }));
    assert.equal(a.toBill, 6000, '120 × 250 mg capsules = 30 000 mg');
    assert.match(a.assumptions.join(' '), /each UN is one tablet or capsule/);
    assert.deepEqual(ok(units({ quantity: 120, unit: 'UN', code: 'J7524', entry: row('00093733401', 'J7524'), statedText: 'MMF 250 MG CAP' })).assumptions, []);
  });

  it('keeps the compatibility shape: exact units, whole flag and units to bill', () => {
    const r = unitsFor(k, { quantity: 30, unit: 'UN', code: 'J7502', entry: row('00093901865', 'J7515') });
    assert.ok(r.units !== undefined);
    if (r.units !== undefined) {
      assert.equal(r.units, 7.5);
      assert.equal(r.whole, false);
      assert.equal(r.toBill, 8);
    }
    const bad = unitsFor(k, { quantity: 30, unit: 'UN', code: 'J7507', entry: row('00469065773', 'J7507') });
    assert.equal(bad.units, undefined);
    if (bad.units === undefined) assert.equal(bad.inconsistent, true);
  });
});
