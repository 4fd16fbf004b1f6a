import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultKnowledge, unitsFor } from '../../server/src/core/knowledge';
import { billingUnits } from '../../server/src/core/knowledge/units';
import type { CrosswalkEntry } from '../../server/src/core/knowledge/types';

const k = defaultKnowledge();
const row = (ndc11: string, code: string): CrosswalkEntry => {
  const e = k.crosswalk.lookup(ndc11).find((x) => x.hcpcs === code);
  assert.ok(e, `${ndc11} ${code}`);
  return e;
};
const ok = (r: ReturnType<typeof billingUnits>) => {
  assert.ok(r.units !== undefined, 'reason' in r ? r.reason : '');
  return r as { units: number; whole: boolean; explanation: string };
};

describe('billing units', () => {
  it('converts a weight directly', () => {
    const r = ok(unitsFor(k, { quantity: 100, unit: 'ME', code: 'J7503' }));
    assert.equal(r.units, 400);
    assert.equal(r.explanation, 'CTP 100 ME ÷ 0.25 mg per J7503 unit = 400 units');
    assert.equal(ok(unitsFor(k, { quantity: 1.5, unit: 'GR', code: 'J7502' })).units, 15);
    assert.equal(ok(unitsFor(k, { quantity: 7, unit: 'ME', code: 'J7507' })).units, 7);
  });
  it('counts tablets/capsules through the crosswalk strength', () => {
    // 00378-2046-01: Tacrolimus 1 mg caps, 100 per bottle, 100 units per bottle.
    const r = ok(unitsFor(k, { quantity: 7, unit: 'UN', code: 'J7507', entry: row('00378204601', 'J7507') }));
    assert.equal(r.units, 7);
    assert.equal(r.explanation, '7 tablets/capsules × 1 mg each (crosswalk 00378-2046-01: 100 J7507 units per package of 100) = 7 mg ÷ 1 mg per J7507 unit = 7 units');
    // 00378-2045-01: 0.5 mg caps (50 units per 100).
    assert.equal(ok(unitsFor(k, { quantity: 60, unit: 'UN', code: 'J7507', entry: row('00378204501', 'J7507') })).units, 30);
    // Envarsus 1 mg tablets: 400 units per 100.
    assert.equal(ok(unitsFor(k, { quantity: 30, unit: 'UN', code: 'J7503', entry: row('68992301001', 'J7503') })).units, 120);
  });
  it('carries units over to a sibling code by weight (one NDC, two codes)', () => {
    const e = row('00093901865', 'J7515'); // cyclosporine 25 mg caps
    assert.equal(ok(unitsFor(k, { quantity: 30, unit: 'UN', code: 'J7515', entry: e })).units, 30);
    const to100 = ok(unitsFor(k, { quantity: 30, unit: 'UN', code: 'J7502', entry: e }));
    assert.equal(to100.units, 7.5);
    assert.equal(to100.whole, false);
    assert.match(to100.explanation, /^30 tablets\/capsules × 25 mg each \(crosswalk 00093-9018-65: 30 J7515 units per package of 30\) = 750 mg ÷ 100 mg per J7502 unit = 7\.5 units$/);
    // The J7502 row itself has BILLUNITSPKG rounded (7.5 → 8): still accepted.
    assert.equal(ok(unitsFor(k, { quantity: 30, unit: 'UN', code: 'J7502', entry: row('00093901865', 'J7502') })).units, 7.5);
  });
  it('counts vials and packets', () => {
    assert.equal(ok(unitsFor(k, { quantity: 2, unit: 'UN', code: 'J0485', entry: row('00003037113', 'J0485') })).units, 500);
    assert.equal(ok(unitsFor(k, { quantity: 1, unit: 'UN', code: 'J0480', entry: row('00078039361', 'J0480') })).units, 0.5);
    // Prograf granules: BILLUNITS is per packet (2 × 0.1 mg), 50 packets.
    assert.equal(ok(unitsFor(k, { quantity: 10, unit: 'UN', code: 'J7521', entry: row('00469123050', 'J7521') })).units, 20);
  });
  it('converts mL through the package size when it is in mL', () => {
    // Cyclosporine injection 250 mg / 5 mL ampul: 1 unit per 5 mL.
    assert.equal(ok(unitsFor(k, { quantity: 10, unit: 'ML', code: 'J7516', entry: row('00078010901', 'J7516') })).units, 2);
    // Cellcept oral suspension 175 mL, 7000 units: 40 units per mL.
    assert.equal(ok(unitsFor(k, { quantity: 5, unit: 'ML', code: 'J7529', entry: row('00004026129', 'J7529') })).units, 200);
  });
  it('refuses to guess', () => {
    const noUnits = (r: ReturnType<typeof billingUnits>, re: RegExp) => {
      assert.equal(r.units, undefined);
      if (r.units === undefined) assert.match(r.reason, re);
    };
    noUnits(unitsFor(k, { quantity: 7, unit: 'UN', code: 'J7507' }), /strength/);
    noUnits(unitsFor(k, { quantity: 0, unit: 'ME', code: 'J7507' }), /above 0/);
    noUnits(unitsFor(k, { quantity: Number.NaN, unit: 'ME', code: 'J7507' }), /above 0/);
    noUnits(unitsFor(k, { quantity: 1, unit: 'XX', code: 'J7507' }), /not an NDC unit/);
    noUnits(unitsFor(k, { quantity: 1, unit: 'ME', code: 'J7599' }), /no single dosage/);
    noUnits(unitsFor(k, { quantity: 1, unit: 'F2', code: 'J7507' }), /international units/);
    noUnits(unitsFor(k, { quantity: 10, unit: 'ML', code: 'J7507', entry: row('00378204601', 'J7507') }), /solid form/);
    noUnits(unitsFor(k, { quantity: 1, unit: 'UN', code: 'J7529', entry: row('00004026129', 'J7529') }), /ambiguous/);
    // Lannett mycophenolate suspension: PKG SIZE 1 (a bottle), so mL cannot be derived.
    const lannett = k.crosswalk.lookup('00527516082').find((e) => e.hcpcs === 'J7529')!;
    noUnits(unitsFor(k, { quantity: 5, unit: 'ML', code: 'J7529', entry: lannett }), /count of bottles/);
    noUnits(unitsFor(k, { quantity: 1, unit: 'ME', code: 'A9573' }), /not by weight/);
    const j7530 = row('24338001801', 'J7530');
    noUnits(unitsFor(k, { quantity: 1, unit: 'UN', code: 'J7530', entry: j7530 }), /form of J7530/);
  });
});
