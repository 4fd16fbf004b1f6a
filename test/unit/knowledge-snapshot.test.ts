import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createKnowledge, defaultKnowledge, paymentTable, snapshotCrosswalkData } from '../../server/src/core/knowledge';
import crosswalkJson from '../../server/src/core/knowledge/data/crosswalk-2026-10.json';
import paymentJson from '../../server/src/core/knowledge/data/payment-limits-2026-10.json';
import { buildCrosswalk } from '../../server/src/core/knowledge/crosswalk';
import { REPO_ROOT } from '../helpers/paths';

const DATA = join(REPO_ROOT, 'server', 'src', 'core', 'knowledge', 'data');

describe('committed CMS snapshot', () => {
  it('is small and states its quarter, source and generation date', () => {
    const size = statSync(join(DATA, 'crosswalk-2026-10.json')).size;
    assert.ok(size < 400 * 1024, `crosswalk snapshot is ${size} bytes`);
    assert.ok(statSync(join(DATA, 'payment-limits-2026-10.json')).size < 100 * 1024);
    assert.equal(crosswalkJson.quarter, 'October 2026');
    assert.match(crosswalkJson.source, /CMS ASP NDC-HCPCS crosswalk.*October 2026/);
    assert.match(crosswalkJson.generated, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(paymentJson.quarter, 'October 2026');
    assert.match(paymentJson.source, /payment limits/);
  });

  it('holds the published rows (7,378 less the one 12-digit NDC) and ~870 codes', () => {
    const xw = snapshotCrosswalkData();
    assert.equal(xw.size, 7377);
    assert.equal(xw.quarter, 'October 2026');
    assert.equal(xw.codes().length, 869);
    assert.equal(paymentTable().rows().length, 886);
  });

  it('never contains J7599 (or another NOC code)', () => {
    const codes = new Set(snapshotCrosswalkData().codes());
    for (const noc of ['J7599', 'J3490', 'J3590', 'J8499', 'J8999', 'J9999', 'C9399']) assert.ok(!codes.has(noc), noc);
    assert.equal(defaultKnowledge().paymentLimit('J7599'), undefined);
  });

  it('looks up known NDCs, including one that maps to two codes', () => {
    const k = defaultKnowledge();
    const cyclo = k.crosswalk.lookup('00093901865');
    assert.deepEqual(cyclo.map((e) => e.hcpcs).sort(), ['J7502', 'J7515']);
    const j7502 = cyclo.find((e) => e.hcpcs === 'J7502')!;
    assert.equal(j7502.billUnits, 7.5);
    assert.equal(j7502.packageSize, 30);
    assert.equal(j7502.shortDescription, 'Cyclosporine oral 100 mg');
    assert.equal(j7502.ndcDisplay, '00093-9018-65');
    assert.equal(j7502.labeler, 'Teva Pharmaceuticals USA, Inc.');
    const envarsus = k.crosswalk.lookup('68992301001');
    assert.equal(envarsus.length, 1);
    assert.equal(envarsus[0].hcpcs, 'J7503');
    assert.equal(envarsus[0].drugName, 'Envarsus XR');
    assert.equal(envarsus[0].billUnits, 400);
    assert.equal(k.crosswalk.lookup('00469123050')[0].hcpcs, 'J7521');
    assert.equal(k.crosswalk.lookup('00004025901')[0].hcpcs, 'J7524');
    assert.deepEqual(k.crosswalk.lookup('00000000000'), []);
  });

  it('has 138 NDCs that map to more than one code (domain.md)', () => {
    const byNdc = new Map<string, Set<string>>();
    for (const e of snapshotCrosswalkData().entries()) {
      const set = byNdc.get(e.ndc11) ?? new Set<string>();
      set.add(e.hcpcs);
      byNdc.set(e.ndc11, set);
    }
    assert.equal([...byNdc.values()].filter((s) => s.size > 1).length, 138);
  });

  it('cleans cells: trailing spaces and line breaks gone, damaged characters kept', () => {
    const xw = snapshotCrosswalkData();
    assert.equal(xw.lookup('00404999801')[0].drugName, 'Ketorolac Tromethamine');
    assert.equal(xw.lookup('71336100301')[0].drugName, 'Amvuttra\ufffd');
    assert.ok(xw.entriesFor('J7512').every((e) => e.hcpcsDosage === '1 MG'));
  });

  it('gives payment limits with quarter and source', () => {
    const k = defaultKnowledge();
    const limit = k.paymentLimit('j7507')!;
    assert.equal(limit.hcpcs, 'J7507');
    assert.equal(limit.limit, 0.162);
    assert.equal(limit.dosage, '1 MG');
    assert.equal(limit.quarter, 'October 2026');
    assert.equal(k.paymentLimit('A9606'), undefined, 'N/A limit');
    assert.equal(k.paymentLimit('J7524')!.limit, 0.002);
  });

  it('lets a loaded crosswalk replace the snapshot, and is built once', () => {
    const custom = buildCrosswalk([], 'January 2027', 'mine.csv');
    const k = createKnowledge({ crosswalk: custom });
    assert.equal(k.crosswalk.quarter, 'January 2027');
    assert.equal(k.hcpcs('J7507')!.descriptor, 'Tacrolimus imme rel oral 1mg');
    assert.equal(defaultKnowledge(), defaultKnowledge());
  });
});
