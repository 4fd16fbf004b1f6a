import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { DRUG_NAMES, findDrugNames, formIn } from '../../server/src/core/knowledge/drugNames';

const first = (text: string) => {
  const m = findDrugNames(text);
  assert.ok(m.length > 0, `no drug found in ${JSON.stringify(text)}`);
  return m[0];
};

describe('findDrugNames', () => {
  it('picks the tacrolimus code from form words', () => {
    assert.deepEqual(first('Tacrolimus 1 mg cap PO').codes, ['J7507', 'J7503', 'J7508'], 'oral without a release word: IR first, ER still possible');
    assert.deepEqual(first('tacrolimus IR 0.5mg').codes, ['J7507']);
    assert.deepEqual(first('TACROLIMUS ER 4 MG TAB').codes, ['J7503', 'J7508']);
    assert.deepEqual(first('tacrolimus extended-release 1 mg').codes, ['J7503', 'J7508']);
    assert.deepEqual(first('tacrolimus granules for oral suspension 0.2 mg').codes, ['J7521']);
    assert.deepEqual(first('Tacrolimus inj 5 mg/mL').codes, ['J7525']);
    assert.deepEqual(first('tacrolimus IV').codes, ['J7525']);
    assert.deepEqual(first('tacrolimus').codes, ['J7507', 'J7503', 'J7508', 'J7521', 'J7525']);
  });
  it('knows the brands', () => {
    assert.deepEqual(first('Envarsus XR 0.75 mg x30').codes, ['J7503']);
    assert.equal(first('Envarsus XR 0.75 mg').form, 'oral-er');
    assert.deepEqual(first('ASTAGRAF XL 1MG').codes, ['J7508']);
    assert.deepEqual(first('Prograf 1 mg capsule').codes, ['J7507']);
    assert.deepEqual(first('Prograf granules 0.2 mg').codes, ['J7521']);
    assert.deepEqual(first('Myfortic 180 mg').codes, ['J7518']);
    assert.deepEqual(first('Rapamune 1mg').codes, ['J7520']);
    assert.deepEqual(first('Zortress 0.25 mg').codes, ['J7527']);
    assert.equal(findDrugNames('Imuran 50 mg').length, 0, 'not a name any CMS file read gives');
    assert.deepEqual(first('Emend 80 mg capsule').codes, ['J8501']);
    assert.deepEqual(first('Emend IV 150 mg').codes, ['J1453'], 'Emend for injection is fosaprepitant');
    assert.deepEqual(first('Nulojix 250 mg vial').codes, ['J0485']);
    assert.deepEqual(first('Simulect 20 mg').codes, ['J0480']);
    assert.deepEqual(first('Atgam 250 mg/5 mL').codes, ['J7504']);
    assert.deepEqual(first('Thymoglobulin 25 mg').codes, ['J7511']);
    assert.deepEqual(first('Solu-Medrol 125 mg').codes, ['J2919']);
    assert.deepEqual(first('Medrol 4 mg dose pack').codes, ['J7509']);
    assert.deepEqual(first('Neoral 25 mg').codes, ['J7515', 'J7502']);
    assert.deepEqual(first('Gengraf 100 mg').codes, ['J7502', 'J7515']);
  });
  it('handles cyclosporine, mycophenolate and ATG forms', () => {
    assert.deepEqual(first('Cyclosporine 250 mg/5 mL injection').codes, ['J7516']);
    assert.deepEqual(first('cyclosporine modified 25 mg caps').codes, ['J7515', 'J7502']);
    assert.deepEqual(first('Cyclosporine oral solution 100 mg/mL').codes, ['J7502', 'J7515']);
    assert.deepEqual(first('Mycophenolic acid DR 360 mg').codes, ['J7518']);
    assert.deepEqual(first('mycophenolate sodium 180mg').codes, ['J7518']);
    // Both generations, newest first: the caller keeps the one valid on the service date.
    assert.deepEqual(first('Mycophenolate mofetil 500 mg tab').codes, ['J7524', 'J7529', 'J7517', 'J7528']);
    assert.deepEqual(first('mycophenolate mofetil IV 500 mg').codes, ['J7526', 'J7519']);
    assert.deepEqual(first('MMF oral suspension 200 mg/mL').codes, ['J7529', 'J7528']);
    assert.deepEqual(first('CellCept IV 500 mg').codes, ['J7526', 'J7519']);
    assert.deepEqual(first('Myhibbin 200 mg/mL').codes, ['J7530', 'J7514']);
    assert.match(first('mycophenolate 500 mg').note!, /does not say mofetil/);
    assert.match(first('CellCept 500 mg').note!, /no exact change-over date/);
    assert.deepEqual(first('antithymocyte globulin (rabbit) 25 mg').codes, ['J7511']);
    assert.deepEqual(first('anti-thymocyte globulin equine').codes, ['J7504']);
    assert.deepEqual(first('ATG 25mg').codes, ['J7511', 'J7504']);
    assert.equal(findDrugNames('atg').length, 0, 'abbreviations are upper case only');
  });
  it('covers the other immunosuppressives', () => {
    const expect: [string, string[]][] = [
      ['sirolimus 1 mg', ['J7520']], ['everolimus 0.75 mg', ['J7527']], ['azathioprine 50 mg tab', ['J7500']], ['azathioprine 100 mg inj', ['J7501']],
      ['prednisone 5 mg', ['J7512']], ['prednisolone 15 mg/5 mL', ['J7510']], ['methylprednisolone 4 mg tab', ['J7509']],
      ['methylprednisolone sodium succinate inj', ['J2919', 'J1010']], ['belatacept 250 mg', ['J0485']], ['basiliximab', ['J0480']],
    ];
    for (const [text, codes] of expect) {
      const m = first(text);
      assert.deepEqual(m.codes, codes, text);
      assert.equal(m.immunosuppressive, true, text);
      assert.equal(m.suggestedNoc, undefined, text);
    }
    assert.deepEqual(first('sirolimus injection').codes, [], 'no sourced injection code');
    assert.deepEqual([...first('prednisone 5 mg').classes].sort(), ['corticosteroid', 'immunosuppressive']);
  });
  it('flags non-immunosuppressives with their specific code and the NOC code of their class', () => {
    const ond = first('Ondansetron 8 mg ODT tab');
    assert.equal(ond.immunosuppressive, false);
    assert.deepEqual(ond.classes, ['antiemetic']);
    assert.equal(ond.suggestedNoc, 'J8597', 'oral anti-emetic NOC');
    assert.deepEqual(ond.codes, ['Q0162']);
    assert.ok(ond.conditions!.some((c) => /substitute for an IV anti-emetic/.test(c)), 'Q0162 is never suggested bare');
    assert.match(ond.note!, /only as a complete substitute for an IV anti-emetic/);
    assert.equal(first('ondansetron 4 mg/2 mL inj').suggestedNoc, 'J3490');
    assert.deepEqual(first('ondansetron 4 mg/2 mL inj').codes, ['J2405']);
    assert.match(first('ondansetron 4 mg').note!, /No route stated/);
    const apr = first('aprepitant 125 mg capsule');
    assert.deepEqual(apr.codes, ['J8501']);
    assert.equal(apr.suggestedNoc, 'J8597');
    assert.equal(apr.immunosuppressive, false);
    assert.equal(first('Xeloda 500 mg').suggestedNoc, 'J8999');
    assert.deepEqual(first('capecitabine 500 mg tab').codes, ['J8522', 'J8521', 'J8520']);
    assert.deepEqual(first('temozolomide 100 mg').codes, ['J8700']);
    const dex = first('dexamethasone 4 mg tab');
    assert.deepEqual(dex.codes, ['J8540']);
    assert.equal(dex.suggestedNoc, 'J8597', 'CMS puts oral dexamethasone under the oral anti-emetic statute');
    assert.deepEqual([...dex.classes].sort(), ['antiemetic', 'corticosteroid']);
    assert.deepEqual(first('dexamethasone 10 mg/mL inj').codes, ['J1100']);
    assert.deepEqual(first('Hemady 20 mg').codes, ['J8541']);
  });

  it('never calls methotrexate, cyclophosphamide or corticosteroids "not immunosuppressive": J7599 is wrong because a specific code exists', () => {
    for (const text of ['methotrexate 2.5 mg tablets', 'Trexall 2.5 mg', 'cyclophosphamide 50 mg capsule', 'prednisone 5 mg', 'Solu-Medrol 125 mg', 'methylprednisolone 4 mg tab']) {
      const m = first(text);
      assert.equal(m.immunosuppressive, true, text);
      assert.ok(m.codes.length > 0, text);
      assert.match(m.note ?? '', /own code/, text);
      assert.doesNotMatch(m.note ?? '', /not (an )?immunosuppress/i, text);
    }
    const mtx = first('methotrexate 2.5 mg tablets');
    assert.deepEqual(mtx.codes, ['J8610', 'J8611', 'J8612']);
    assert.deepEqual([...mtx.classes].sort(), ['antineoplastic', 'immunosuppressive']);
    assert.equal(mtx.suggestedNoc, 'J8999', 'the NOC code of its class, for a product without a code');
    assert.deepEqual(first('methotrexate 25 mg/mL injection').codes, ['J9260']);
    assert.equal(first('methotrexate 25 mg/mL injection').suggestedNoc, 'J9999');
    assert.deepEqual(first('cyclophosphamide 500 mg vial').codes, ['J9075']);
    assert.equal(first('prednisone 5 mg').suggestedNoc, undefined, 'an immunosuppressive: J7599 is its NOC code');
  });

  it('gives codes per route and the sources of the name → code facts', () => {
    const tac = first('tacrolimus');
    assert.deepEqual(tac.codesByRoute, { oral: ['J7507', 'J7503', 'J7508', 'J7521'], injection: ['J7525'] });
    assert.ok(tac.sources.includes('cms-asp-2026-10'));
    const k = defaultKnowledge();
    for (const d of DRUG_NAMES) {
      assert.ok(d.sources.length > 0, d.pattern);
      for (const id of d.sources) assert.ok(k.source(id), `${d.pattern}: ${id}`);
      for (const codes of Object.values(d.byRoute)) for (const c of codes ?? []) assert.ok(k.hcpcs(c), `${d.pattern} → ${c}`);
    }
  });
  it('reports exact text and offsets, word boundaries only, case-insensitive', () => {
    const text = 'Rx: TacroLIMUS 1mg #60 and PredniSONE 5 mg';
    const ms = findDrugNames(text);
    assert.equal(ms.length, 2);
    for (const m of ms) assert.equal(text.slice(m.index, m.index + m.matchedText.length), m.matchedText);
    assert.deepEqual(ms.map((m) => m.matchedText).sort(), ['PredniSONE', 'TacroLIMUS']);
    assert.equal(findDrugNames('xtacrolimus').length, 0);
    assert.equal(findDrugNames('tacrolimusz').length, 0);
    assert.equal(findDrugNames('').length, 0);
    assert.equal(findDrugNames('IMMUNOSUPPRESSIVE DRUG NOS').length, 0);
    assert.equal(findDrugNames(undefined as unknown as string).length, 0);
  });
  it('keeps the longest name and ranks specific matches first', () => {
    const ms = findDrugNames('tacrolimus (Envarsus XR) 1 mg');
    assert.equal(ms[0].matchedText, 'Envarsus XR');
    assert.deepEqual(ms[0].codes, ['J7503']);
    const solu = findDrugNames('Solu-Medrol 40 mg');
    assert.equal(solu.length, 1);
    assert.equal(solu[0].matchedText, 'Solu-Medrol');
    const mmf = findDrugNames('mycophenolate mofetil 250 mg cap');
    assert.equal(mmf.length, 1);
    assert.equal(mmf[0].matchedText, 'mycophenolate mofetil');
  });
  it('gives each drug its own form words in a multi-drug description', () => {
    const ms = findDrugNames('tacrolimus ER 1 mg + cyclosporine inj 250 mg');
    const tac = ms.find((m) => m.drug === 'tacrolimus')!;
    const cyc = ms.find((m) => m.drug === 'cyclosporine')!;
    assert.deepEqual(tac.codes, ['J7503', 'J7508']);
    assert.deepEqual(cyc.codes, ['J7516']);
  });
  it('only names codes the knowledge base knows', () => {
    const k = defaultKnowledge();
    const texts = DRUG_NAMES.flatMap((d) => [d.pattern.split('|')[0].replace(/\\s\+/g, ' ').replace(/[()?:\\]/g, '').replace(/-\?/g, '-')]);
    for (const base of texts) {
      for (const suffix of ['', ' oral', ' injection', ' ER', ' granules', ' suspension']) {
        for (const m of findDrugNames(base + suffix)) {
          for (const code of m.codes) assert.ok(k.hcpcs(code), `${base}${suffix} → ${code}`);
          if (m.suggestedNoc) assert.equal(k.hcpcs(m.suggestedNoc)!.category, 'noc-drug');
        }
      }
    }
  });
  it('reads form words', () => {
    assert.equal(formIn('5 mg/mL inj'), 'injection');
    assert.equal(formIn('XR'), 'oral-er');
    assert.equal(formIn('xr'), undefined, 'short abbreviations are upper case');
    assert.equal(formIn('Dr. Smith'), undefined);
    assert.equal(formIn('DR 180 mg'), 'oral-dr');
    assert.equal(formIn('oral susp'), 'oral-suspension');
    assert.equal(formIn('1 mg capsule'), 'oral');
  });
});
