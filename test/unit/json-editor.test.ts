import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ClaimEditor } from '../../server/src/core/editor';
import { editorOf } from '../../server/src/core/formats/registry';
import type { TextEdit } from '../../server/src/core/findings';
import type { ClaimDocument, ServiceLine } from '../../server/src/core/model';
import { readJsonClaim } from '../../server/src/core/formats/json/reader';
import { applyEdits } from '../helpers/applyEdits';
import { FIXTURES } from '../helpers/paths';

const fixture = (name: string): string => readFileSync(join(FIXTURES, 'json', name), 'utf8');
const sample = (name: string): string => readFileSync(join(FIXTURES, 'samples', name), 'utf8');

/** Applies edits, checks the result is strict JSON and re-reads it. */
function apply(doc: ClaimDocument, edits: TextEdit[]): { text: string; doc: ClaimDocument } {
  assert.ok(edits.length > 0, 'expected edits');
  const text = applyEdits(doc.text, edits);
  assert.doesNotThrow(() => JSON.parse(text.replace(/^\uFEFF/, '')), `not valid JSON:\n${text}`);
  const reread = readJsonClaim(text);
  assert.deepEqual(reread.problems, []);
  return { text, doc: reread };
}

/** The document's own editor (FHIR or claim JSON), which every JSON claim has. */
function jsonEditor(doc: ClaimDocument): ClaimEditor {
  const editor = editorOf(doc);
  assert.ok(editor, `an editor for ${doc.format}`);
  return editor;
}

function line(doc: ClaimDocument, index: number): ServiceLine {
  return doc.claims[0].lines[index];
}

/** The same claim minified onto one line, to check that single-line files stay single-line. */
function minified(text: string): string {
  return JSON.stringify(JSON.parse(text));
}

const FIXTURE_NAMES = ['fhir-claim-j7599.json', 'ch-professional-j7599.json', 'ch-institutional-j7599-tabs-crlf.json', 'stedi-native-j7599.json'];

describe('JSON editor: layout', () => {
  it('editorOf returns the JSON editor for FHIR and claim JSON documents', () => {
    assert.ok(editorOf(readJsonClaim(fixture('fhir-claim-j7599.json'))));
    assert.ok(editorOf(readJsonClaim(fixture('stedi-native-j7599.json'))));
  });

  it('adds a description with the indentation of its siblings (4 spaces)', () => {
    const doc = readJsonClaim(fixture('ch-professional-j7599.json'));
    const { text, doc: after } = apply(doc, jsonEditor(doc).setDescription(line(doc, 1), 'Tacrolimus 0.5 mg capsule'));
    assert.equal(line(after, 1).procedure?.description?.value, 'Tacrolimus 0.5 mg capsule');
    assert.match(text, /"serviceUnitCount": 2,\n {20}"compositeDiagnosisCodePointers": \{[\s\S]*?\n {20}\},\n {20}"description": "Tacrolimus 0\.5 mg capsule"\n {16}\}/);
  });

  it('keeps tabs and CRLF line breaks in an inserted object', () => {
    const doc = readJsonClaim(fixture('ch-institutional-j7599-tabs-crlf.json'));
    const edits = jsonEditor(doc).insertDrug(line(doc, 1), { ndc11: '00378204601', quantity: '30', unit: 'UN' });
    const { text, doc: after } = apply(doc, edits);
    assert.ok(!/[^\r]\n/.test(text), 'every line break stays CRLF');
    assert.ok(
      text.includes(
        '\t\t\t\t},\r\n\t\t\t\t"drugIdentification": {\r\n\t\t\t\t\t"nationalDrugCode": "00378-2046-01",\r\n\t\t\t\t\t"nationalDrugUnitCount": "30",\r\n\t\t\t\t\t"measurementUnitCode": "UN"\r\n\t\t\t\t}\r\n\t\t\t}',
      ),
    );
    assert.equal(line(after, 1).drug?.code.value, '00378-2046-01');
  });

  it('keeps a minified file on one line', () => {
    for (const name of FIXTURE_NAMES) {
      const doc = readJsonClaim(minified(fixture(name)));
      const editor = jsonEditor(doc);
      const { text } = apply(doc, editor.insertDrug(line(doc, 1), { ndc11: '00000000000', quantity: '1', unit: 'UN' }));
      assert.ok(!/[\r\n]/.test(text), name);
      assert.ok(!/": /.test(text), `${name}: no spaces after colons in a minified file`);
    }
  });

  it('follows the "key" : value style of Blue Button files', () => {
    const doc = readJsonClaim(sample('fhir-claim-bfd-mcs-detail-ndc.json'));
    const { text, doc: after } = apply(doc, jsonEditor(doc).setDescription(line(doc, 0), 'Synthetic drug'));
    assert.match(text, /"text" : "Synthetic drug"/);
    assert.equal(line(after, 0).procedure?.description?.value, 'Synthetic drug');
  });
});

describe('JSON editor: replaceValue', () => {
  it('replaces string content with escaping, inside the quotes', () => {
    const doc = readJsonClaim(fixture('ch-professional-j7599.json'));
    const description = line(doc, 0).procedure!.description!;
    const edits = jsonEditor(doc).replaceValue(description, 'Tacrolimus "generic" 1 mg\\cap');
    assert.deepEqual(edits, [{ span: description.span, newText: 'Tacrolimus \\"generic\\" 1 mg\\\\cap' }]);
    const { doc: after } = apply(doc, edits);
    assert.equal(line(after, 0).procedure?.description?.value, 'Tacrolimus "generic" 1 mg\\cap');
  });

  it('replaces a number token with a number, or with a string when the text is not a number', () => {
    const doc = readJsonClaim(fixture('fhir-claim-j7599.json'));
    const editor = jsonEditor(doc);
    const units = line(doc, 0).units!;
    const { text } = apply(doc, editor.replaceValue(units, '30'));
    assert.equal(JSON.parse(text).item[0].quantity.value, 30);
    const { text: asString } = apply(doc, editor.replaceValue(units, '00378204601'));
    assert.equal(JSON.parse(asString).item[0].quantity.value, '00378204601');
  });

  it('refuses spans that are not a scalar the reader made (synthetic or stale)', () => {
    const doc = readJsonClaim('{"claimInformation": {"serviceLines": [{"professionalService": {"procedureCode": "J7599"}, "drugIdentification": {"nationalDrugUnitCount": "1"}}]}}');
    const editor = jsonEditor(doc);
    assert.deepEqual(editor.replaceValue(line(doc, 0).drug!.code, '00378204601'), []);
    assert.deepEqual(editor.replaceValue({ value: 'J7599', span: { start: 0, end: 5 } }, 'J7507'), []);
  });
});

describe('JSON editor: setDescription', () => {
  const cases: [string, number, (d: ClaimDocument) => unknown][] = [
    ['ch-professional-j7599.json', 1, (d) => JSON.parse(d.text).claimInformation.serviceLines[1].professionalService.description],
    ['ch-institutional-j7599-tabs-crlf.json', 1, (d) => JSON.parse(d.text).claimInformation.serviceLines[1].description],
    ['stedi-native-j7599.json', 1, (d) => JSON.parse(d.text).serviceLines[1].narrativeForUnspecifiedCode],
    ['fhir-claim-j7599.json', 1, (d) => JSON.parse(d.text).item[1].productOrService.text],
  ];
  for (const [name, index, where] of cases) {
    it(`adds the description where ${name} keeps it, and replaces it on a second call`, () => {
      const doc = readJsonClaim(fixture(name));
      const editor = jsonEditor(doc);
      const { doc: after } = apply(doc, editor.setDescription(line(doc, index), 'Everolimus 0.25 mg tablet x 60'));
      assert.equal(where(after), 'Everolimus 0.25 mg tablet x 60');
      assert.equal(line(after, index).procedure?.description?.value, 'Everolimus 0.25 mg tablet x 60');
      const { doc: again } = apply(after, jsonEditor(after).setDescription(line(after, index), 'Sirolimus 1 mg'));
      assert.equal(where(again), 'Sirolimus 1 mg');
    });
  }

  it('replaces an existing CH description in place', () => {
    const doc = readJsonClaim(fixture('ch-professional-j7599.json'));
    const description = line(doc, 0).procedure!.description!;
    assert.deepEqual(jsonEditor(doc).setDescription(line(doc, 0), 'X'), [{ span: description.span, newText: 'X' }]);
  });

  it('creates productOrService on a FHIR item that has none', () => {
    const doc = readJsonClaim('{\n  "resourceType": "Claim",\n  "item": [\n    {\n      "sequence": 1\n    }\n  ]\n}\n');
    const { text } = apply(doc, jsonEditor(doc).setDescription(line(doc, 0), 'Tacrolimus'));
    assert.equal(text, '{\n  "resourceType": "Claim",\n  "item": [\n    {\n      "sequence": 1,\n      "productOrService": {\n        "text": "Tacrolimus"\n      }\n    }\n  ]\n}\n');
  });
});

describe('JSON editor: insertDrug', () => {
  it('CH professional: N4 drugIdentification after the last property of the line', () => {
    const doc = readJsonClaim(fixture('ch-professional-j7599.json'));
    const { doc: after, text } = apply(doc, jsonEditor(doc).insertDrug(line(doc, 1), { ndc11: '00378204601', quantity: '60', unit: 'UN' }));
    assert.deepEqual(JSON.parse(text).claimInformation.serviceLines[1].drugIdentification, {
      serviceIdQualifier: 'N4',
      nationalDrugCode: '00378204601',
      nationalDrugUnitCount: '60',
      measurementUnitCode: 'UN',
    });
    const drug = line(after, 1).drug!;
    assert.equal(drug.qualifier?.value, 'N4');
    assert.equal(drug.quantity?.value, '60');
    assert.equal(drug.unit?.value, 'UN');
    assert.match(text, /\n {16}\},\n {16}"drugIdentification": \{\n {20}"serviceIdQualifier": "N4",/);
  });

  it('CH institutional: no qualifier, NDC written 5-4-2 with hyphens as the 837I schema asks', () => {
    const doc = readJsonClaim(fixture('ch-institutional-j7599-tabs-crlf.json'));
    const { text } = apply(doc, jsonEditor(doc).insertDrug(line(doc, 1), { ndc11: '00378204601', quantity: '30', unit: 'UN' }));
    assert.deepEqual(JSON.parse(text).claimInformation.serviceLines[1].drugIdentification, {
      nationalDrugCode: '00378-2046-01',
      nationalDrugUnitCount: '30',
      measurementUnitCode: 'UN',
    });
  });

  it('Stedi native: unitCount and a spelled-out unit', () => {
    const doc = readJsonClaim(fixture('stedi-native-j7599.json'));
    const { text } = apply(doc, jsonEditor(doc).insertDrug(line(doc, 1), { ndc11: '00378204601', quantity: '2', unit: 'ME' }));
    assert.deepEqual(JSON.parse(text).serviceLines[1].drugIdentification, { nationalDrugCode: '00378204601', unitCount: '2', unitOfMeasure: 'MILLIGRAM' });
  });

  it('FHIR: a new item.detail with the NDC system and a numeric quantity', () => {
    const doc = readJsonClaim(fixture('fhir-claim-j7599.json'));
    const { text, doc: after } = apply(doc, jsonEditor(doc).insertDrug(line(doc, 1), { ndc11: '00378204601', quantity: '2.5', unit: 'UN' }));
    assert.deepEqual(JSON.parse(text).item[1].detail, [
      { sequence: 1, productOrService: { coding: [{ system: 'http://hl7.org/fhir/sid/ndc', code: '00378204601' }] }, quantity: { value: 2.5, unit: 'UN' } },
    ]);
    assert.equal(line(after, 1).drug?.code.value, '00378204601');
    assert.equal(line(after, 1).drug?.quantity?.value, '2.5');
  });

  it('FHIR: appends to an existing detail array with the next sequence', () => {
    const doc = readJsonClaim(sample('fhir-claim-hl7-spec-pharmacy-rxnorm-no-ndc.json'));
    const { text, doc: after } = apply(doc, jsonEditor(doc).insertDrug(line(doc, 0), { ndc11: '00000000000', quantity: '90', unit: 'UN' }));
    const detail = JSON.parse(text).item[0].detail;
    assert.equal(detail.length, 4);
    assert.equal(detail[3].sequence, 4);
    assert.equal(line(after, 0).drug?.code.value, '00000000000');
  });

  it('returns nothing for a line that already has a drug', () => {
    for (const name of FIXTURE_NAMES) {
      const doc = readJsonClaim(fixture(name));
      assert.deepEqual(jsonEditor(doc).insertDrug(line(doc, 0), { ndc11: '00000000000', quantity: '1', unit: 'UN' }), [], name);
    }
  });
});

describe('JSON editor: modifiers', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: removes the first of two modifiers, then the last one together with its key`, () => {
      const doc = readJsonClaim(fixture(name));
      const index = 1;
      const before = line(doc, index).procedure!.modifiers.map((m) => m.value);
      const { doc: after } = apply(doc, jsonEditor(doc).removeModifier(line(doc, index), line(doc, index).procedure!.modifiers[0]));
      assert.deepEqual(line(after, index).procedure!.modifiers.map((m) => m.value), before.slice(1));
      if (before.length === 2) {
        const { doc: empty, text } = apply(after, jsonEditor(after).removeModifier(line(after, index), line(after, index).procedure!.modifiers[0]));
        assert.deepEqual(line(empty, index).procedure!.modifiers, []);
        assert.ok(!/"(procedureModifiers|modifiers)": \[\s*\]/.test(text), 'no empty modifier array left behind');
      }
    });
  }

  it('removes the last element of a multi-line FHIR modifier array, keeping the layout', () => {
    const doc = readJsonClaim(fixture('fhir-claim-j7599.json'));
    const { text } = apply(doc, jsonEditor(doc).removeModifier(line(doc, 1), line(doc, 1).procedure!.modifiers[1]));
    assert.match(text, /"code": "22"\n {12}\}\n {10}\]\n {8}\}\n {6}\],\n {6}"servicedPeriod"/);
  });

  it('removes the only FHIR modifier together with the "modifier" key', () => {
    const doc = readJsonClaim(fixture('fhir-claim-j7599.json'));
    const { text } = apply(doc, jsonEditor(doc).removeModifier(line(doc, 0), line(doc, 0).procedure!.modifiers[0]));
    assert.equal(JSON.parse(text).item[0].modifier, undefined);
    assert.match(text, /"text": "Tacrolimus 1 mg capsule x 60"\n {6}\},\n {6}"servicedDate"/);
  });

  it('appends a modifier inline to a one-line array and as a new line to a multi-line array', () => {
    const doc = readJsonClaim(fixture('ch-professional-j7599.json'));
    const editor = jsonEditor(doc);
    const inline = apply(doc, editor.addModifier(line(doc, 1), 'JZ'));
    assert.match(inline.text, /"procedureModifiers": \["22", "KX", "JZ"\]/);
    const multi = apply(doc, editor.addModifier(line(doc, 0), 'JZ'));
    assert.match(multi.text, /"procedureModifiers": \[\n {24}"KX",\n {24}"JZ"\n {20}\]/);
    assert.deepEqual(line(multi.doc, 0).procedure!.modifiers.map((m) => m.value), ['KX', 'JZ']);
  });

  it('adds the modifier key when a line has none (CH institutional, FHIR)', () => {
    const inst = readJsonClaim(fixture('ch-institutional-j7599-tabs-crlf.json'));
    const a = apply(inst, jsonEditor(inst).addModifier(line(inst, 0), 'JZ'));
    assert.deepEqual(JSON.parse(a.text).claimInformation.serviceLines[0].institutionalService.procedureModifiers, ['JZ']);

    const fhir = readJsonClaim(fixture('fhir-claim-j7599.json'));
    const b = apply(fhir, jsonEditor(fhir).addModifier(line(fhir, 2), 'JZ'));
    assert.deepEqual(JSON.parse(b.text).item[2].modifier, [{ coding: [{ system: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'JZ' }] }]);
    assert.deepEqual(line(b.doc, 2).procedure!.modifiers.map((m) => m.value), ['JZ']);
  });

  it('FHIR: a new modifier uses the system of the line procedure coding', () => {
    const doc = readJsonClaim(fixture('fhir-claim-j7599.json'));
    const { text } = apply(doc, jsonEditor(doc).addModifier(line(doc, 1), 'JZ'));
    assert.deepEqual(JSON.parse(text).item[1].modifier[2], { coding: [{ system: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'JZ' }] });
  });

  it('refuses a fifth modifier', () => {
    const doc = readJsonClaim(sample('fhir-claim-bfd-fiss-hcpcs-ndc.json'));
    assert.equal(line(doc, 0).procedure!.modifiers.length, 4);
    assert.deepEqual(jsonEditor(doc).addModifier(line(doc, 0), 'JZ'), []);
  });
});

describe('JSON editor: setUnits', () => {
  it('keeps a string a string and a number a number', () => {
    const doc = readJsonClaim(fixture('ch-professional-j7599.json'));
    const editor = jsonEditor(doc);
    const asString = apply(doc, editor.setUnits(line(doc, 0), '30'));
    assert.equal(JSON.parse(asString.text).claimInformation.serviceLines[0].professionalService.serviceUnitCount, '30');
    const asNumber = apply(doc, editor.setUnits(line(doc, 1), '3'));
    assert.equal(JSON.parse(asNumber.text).claimInformation.serviceLines[1].professionalService.serviceUnitCount, 3);
    assert.equal(line(asNumber.doc, 1).units?.value, '3');
  });

  it('FHIR: replaces quantity.value, or adds a quantity', () => {
    const doc = readJsonClaim(fixture('fhir-claim-j7599.json'));
    const replaced = apply(doc, jsonEditor(doc).setUnits(line(doc, 0), '1.5'));
    assert.equal(JSON.parse(replaced.text).item[0].quantity.value, 1.5);

    const bare = readJsonClaim(sample('fhir-claim-bfd-mcs-detail-ndc.json'));
    const added = apply(bare, jsonEditor(bare).setUnits(line(bare, 0), '2'));
    assert.deepEqual(JSON.parse(added.text).item[0].quantity, { value: 2 });
    assert.equal(line(added.doc, 0).units?.value, '2');
    assert.deepEqual(jsonEditor(bare).setUnits(line(bare, 0), 'two'), []);
  });

  it('Stedi native and CH institutional: replace units in place', () => {
    const native = readJsonClaim(fixture('stedi-native-j7599.json'));
    assert.equal(JSON.parse(apply(native, jsonEditor(native).setUnits(line(native, 1), '4')).text).serviceLines[1].units, '4');
    const inst = readJsonClaim(fixture('ch-institutional-j7599-tabs-crlf.json'));
    assert.equal(line(apply(inst, jsonEditor(inst).setUnits(line(inst, 0), '120')).doc, 0).units?.value, '120');
  });

  it('adds serviceUnitCount when the service has none', () => {
    const doc = readJsonClaim('{"claimInformation": {"serviceLines": [{"professionalService": {"procedureCode": "J7599"}}]}}');
    const { text } = apply(doc, jsonEditor(doc).setUnits(line(doc, 0), '1'));
    assert.equal(text, '{"claimInformation": {"serviceLines": [{"professionalService": {"procedureCode": "J7599", "serviceUnitCount": "1"}}]}}');
  });
});

describe('JSON editor: every edit on every line of every fixture keeps valid JSON', () => {
  for (const name of FIXTURE_NAMES) {
    for (const variant of ['pretty', 'minified'] as const) {
      it(`${name} (${variant})`, () => {
        const text = variant === 'pretty' ? fixture(name) : minified(fixture(name));
        const doc = readJsonClaim(text);
        const editor = jsonEditor(doc);
        for (const l of doc.claims[0].lines) {
          const batches: TextEdit[][] = [
            editor.setDescription(l, 'Drug "name" 1 mg'),
            editor.insertDrug(l, { ndc11: '00000000000', quantity: '1', unit: 'UN' }),
            editor.addModifier(l, 'JZ'),
            editor.setUnits(l, '7'),
            ...(l.procedure?.modifiers ?? []).map((m) => editor.removeModifier(l, m)),
          ];
          for (const edits of batches) if (edits.length > 0) apply(doc, edits);
        }
      });
    }
  }
});
