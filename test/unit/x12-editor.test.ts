import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createX12Editor } from '../../server/src/core/formats/x12/editor';
import type { ClaimDocument, ServiceLine } from '../../server/src/core/model';
import { readX12 } from '../../server/src/core/formats/x12/reader';
import type { X12Syntax } from '../../server/src/core/formats/x12/syntax';
import { applyEdits } from '../helpers/applyEdits';
import { FIXTURES } from '../helpers/paths';
import { buildInterchange, STANDARD, type Dialect } from '../fixtures/x12/synthetic';
import { assertSpansExact } from './x12-support';
import { isX12Document, type X12Document } from '../../server/src/core/model';

/** Reads X12 text that must come back as an 837 document (the editor works on those only). */
function readX12Doc(text: string): X12Document {
  const doc = readX12(text);
  assert.ok(isX12Document(doc), `read as an 837, not ${doc.format}`);
  return doc;
}

const DRUG = { ndc11: '00469061711', quantity: '30', unit: 'UN' };
const read = (file: string): string => readFileSync(join(FIXTURES, 'samples', file), 'utf8');

function edit(doc: X12Document, make: (line: ServiceLine, doc: X12Document) => ReturnType<ReturnType<typeof createX12Editor>['setUnits']>, claim = 0, line = 0): X12Document {
  const edits = make(doc.claims[claim].lines[line], doc);
  assert.ok(edits.length > 0, 'editor returned no edits');
  const after = readX12Doc(applyEdits(doc.text, edits));
  assertSpansExact(after);
  return after;
}

/** The reparsed file is clean apart from what it already had: SE01 in particular must match the real count. */
function assertNoNewProblems(before: ClaimDocument, after: ClaimDocument): void {
  assert.deepEqual(after.problems.map((p) => p.message), before.problems.map((p) => p.message));
}

function segmentTextOf(doc: ClaimDocument, id: string, nth = 0): string {
  const syntax = doc.syntax as X12Syntax;
  const found: number[] = [];
  for (let s = 0; s < syntax.segments.count; s++) if (syntax.segments.id(s) === id) found.push(s);
  const seg = found[nth];
  return doc.text.slice(syntax.segments.start(seg), syntax.segments.end(seg));
}

const DIALECTS: [string, Dialect, string][] = [
  ['~ + LF', STANDARD, 'NTE*ADD*TRANSPLANT MAINTENANCE~\nLIN**N4*00469061711~\nCTP****30*UN~\nNM1*DK'],
  ['~ + CRLF, indented', { ...STANDARD, lineBreak: '\r\n', indent: '  ' }, 'NTE*ADD*TRANSPLANT MAINTENANCE~\r\n' + ' '.repeat(14) + 'LIN**N4*00469061711~\r\n' + ' '.repeat(14) + 'CTP****30*UN~\r\n' + ' '.repeat(14) + 'NM1*DK'],
  ['one line, | and >', { element: '|', component: '>', repetition: '^', terminator: '~', lineBreak: '', indent: '' }, 'NTE|ADD|TRANSPLANT MAINTENANCE~LIN||N4|00469061711~CTP||||30|UN~NM1|DK'],
  ['~ + bare CR', { ...STANDARD, lineBreak: '\r' }, 'MAINTENANCE~\rLIN**N4*00469061711~\rCTP****30*UN~\rNM1*DK'],
  ['CR terminator + LF', { ...STANDARD, terminator: '\r', lineBreak: '\n', indent: ' ' }, 'MAINTENANCE\r\n       LIN**N4*00469061711\r\n       CTP****30*UN\r\n       NM1*DK'],
  ['LF terminator', { ...STANDARD, terminator: '\n', lineBreak: '' }, 'MAINTENANCE\nLIN**N4*00469061711\nCTP****30*UN\nNM1*DK'],
];

describe('X12 editor: insertDrug', () => {
  for (const [name, dialect, expected] of DIALECTS) {
    it(`inserts LIN/CTP after the 2400 segments and bumps SE01 (${name})`, () => {
      const before = readX12Doc(buildInterchange(dialect));
      const edits = createX12Editor(before).insertDrug(before.claims[0].lines[0], DRUG);
      assert.equal(edits.length, 2);
      const text = applyEdits(before.text, edits);
      assert.ok(text.includes(expected), `expected the inserted block in the file's own style:\n${JSON.stringify(expected)}`);
      const after = readX12Doc(text);
      assert.deepEqual(after.problems, [], 'SE01 matches the real count after the edit');
      assert.equal(segmentTextOf(after, 'SE').replace(/[|]/g, '*'), 'SE*44*0001');
      const line = after.claims[0].lines[0];
      assert.equal(line.drug?.code.value, '00469061711');
      assert.equal(line.drug?.quantity?.value, '30');
      assert.equal(line.drug?.unit?.value, 'UN');
      assert.equal(line.procedure?.code.value, 'J7599');
      assert.deepEqual(line.priorAuthorizations.map((a) => a.value), ['PA1LINE']);
      assert.equal((after.syntax as X12Syntax).segments.loop((after.syntax as X12Syntax).segments.segmentAt(text.indexOf('NM1' + dialect.element + 'DK'))), '2420E');
      assertSpansExact(after);
    });
  }

  it('refuses a line that already has a drug, and unsafe values', () => {
    const doc = readX12Doc(buildInterchange(STANDARD));
    const editor = createX12Editor(doc);
    assert.deepEqual(editor.insertDrug(doc.claims[0].lines[1], DRUG), []);
    assert.deepEqual(editor.insertDrug(doc.claims[0].lines[0], { ...DRUG, ndc11: '0046*9061711' }), []);
    assert.deepEqual(editor.insertDrug(doc.claims[0].lines[0], { ...DRUG, unit: '' }), []);
  });

  it('works on the IG home infusion sample (line with a 2420E provider and no drug)', () => {
    const before = readX12Doc(read('837p-lfh-x12-home-infusion-j0696-j7051-j3490-noc-ndc.837'));
    const after = edit(before, (line, d) => createX12Editor(d).insertDrug(line, DRUG));
    assertNoNewProblems(before, after);
    assert.equal(after.claims[0].lines[0].drug?.code.value, '00469061711');
    assert.ok(after.text.includes('DTP*472*RD8*20040201-20040207~\nLIN**N4*00469061711~\nCTP****30*UN~\nNM1*DK*1*Welby'));
    assert.equal(after.claims[0].lines.filter((l) => l.drug).length, 6);
  });

  it('keeps CR-terminated CRLF files with indentation intact (OopFactory ST1309)', () => {
    const before = readX12Doc(read('837p-oopfactory-st1309-xx-bom-crlf.txt'));
    const after = edit(before, (line, d) => createX12Editor(d).insertDrug(line, DRUG));
    assertNoNewProblems(before, after);
    assert.ok(!/[^\r]\n/.test(after.text), 'every LF still follows a CR');
    const lin = after.text.indexOf('LIN**N4*00469061711');
    const lineStart = after.text.lastIndexOf('\n', lin) + 1;
    const previousLine = after.text.slice(after.text.lastIndexOf('\n', lineStart - 2) + 1, lineStart);
    assert.equal(after.text.slice(lineStart, lin), previousLine.match(/^ */)![0], 'same indentation as the segment before');
  });

  it('adds no line breaks to a mostly one-line file (Molina mock-up)', () => {
    const before = readX12Doc(read('837p-databricks-molina-mockup-multi-billing-cr.txt'));
    const after = edit(before, (line, d) => createX12Editor(d).insertDrug(line, DRUG), 3, 1);
    assertNoNewProblems(before, after);
    assert.equal(after.text.split('\r').length, before.text.split('\r').length);
    assert.equal(after.claims[3].lines[1].drug?.code.value, '00469061711');
  });

  it('inserts into an 837I line', () => {
    const before = readX12Doc(buildInterchange(STANDARD, { institutional: true }));
    const after = edit(before, (line, d) => createX12Editor(d).insertDrug(line, DRUG));
    assert.deepEqual(after.problems, []);
    assert.equal(after.claims[0].lines[0].drug?.code.value, '00469061711');
  });
});

describe('X12 editor: procedure composite', () => {
  const base = (): X12Document => readX12Doc(buildInterchange(STANDARD));

  it('pads empty modifier slots to add a description', () => {
    const doc = readX12Doc(buildInterchange(STANDARD).replace('SV1*HC:J7599:KX*', 'SV1*HC:J7599*'));
    const after = edit(doc, (line, d) => createX12Editor(d).setDescription(line, 'TACROLIMUS 1MG CAP'));
    assert.equal(segmentTextOf(after, 'SV1'), 'SV1*HC:J7599:::::TACROLIMUS 1MG CAP*200*UN*30***1');
    assert.equal(after.claims[0].lines[0].procedure?.description?.value, 'TACROLIMUS 1MG CAP');
    assert.deepEqual(after.problems, []);
  });

  it('keeps modifiers and replaces an existing description', () => {
    const after1 = edit(base(), (line, d) => createX12Editor(d).setDescription(line, 'TACROLIMUS 1MG CAP'));
    assert.equal(segmentTextOf(after1, 'SV1'), 'SV1*HC:J7599:KX::::TACROLIMUS 1MG CAP*200*UN*30***1');
    const after2 = edit(base(), (line, d) => createX12Editor(d).setDescription(line, 'TACROLIMUS 0.5MG'), 0, 1);
    assert.equal(segmentTextOf(after2, 'SV1', 1), 'SV1*HC:J7507:JZ:KX:::TACROLIMUS 0.5MG*150*UN*60***1');
  });

  it('sets SV202-7 on an 837I line', () => {
    const doc = readX12Doc(buildInterchange(STANDARD, { institutional: true }));
    const after = edit(doc, (line, d) => createX12Editor(d).setDescription(line, 'MYCOPHENOLATE 500MG'));
    assert.equal(segmentTextOf(after, 'SV2'), 'SV2*0250*HC:J7599:::::MYCOPHENOLATE 500MG*200*UN*30');
  });

  it('refuses descriptions containing delimiters, and lines with no procedure code', () => {
    const doc = base();
    const editor = createX12Editor(doc);
    assert.deepEqual(editor.setDescription(doc.claims[0].lines[0], 'A:B'), []);
    assert.deepEqual(editor.setDescription(doc.claims[0].lines[0], 'A*B'), []);
    assert.deepEqual(editor.setDescription(doc.claims[0].lines[0], 'A~B'), []);
    const revOnly = readX12Doc(read('837i-databricks-centene-rev-only-cr-terminators.txt'));
    assert.deepEqual(createX12Editor(revOnly).setDescription(revOnly.claims[0].lines[1], 'X'), []);
  });

  it('removes a modifier and shifts the later ones left, keeping the description in place', () => {
    const doc = base();
    const line = doc.claims[0].lines[1];
    const after = readX12Doc(applyEdits(doc.text, createX12Editor(doc).removeModifier(line, line.procedure!.modifiers[0])));
    assert.equal(segmentTextOf(after, 'SV1', 1), 'SV1*HC:J7507:KX::::TACROLIMUS 1MG*150*UN*60***1');
    assert.deepEqual(after.claims[0].lines[1].procedure?.modifiers.map((m) => m.value), ['KX']);
    assert.equal(after.claims[0].lines[1].procedure?.description?.value, 'TACROLIMUS 1MG');
    const only = doc.claims[0].lines[0];
    const after2 = readX12Doc(applyEdits(doc.text, createX12Editor(doc).removeModifier(only, only.procedure!.modifiers[0])));
    assert.equal(segmentTextOf(after2, 'SV1'), 'SV1*HC:J7599*200*UN*30***1');
  });

  it('removes the first of three anesthesia modifiers', () => {
    const doc = readX12Doc(read('837p-stupidedi-anesthesia-oneline.edi'));
    const line = doc.claims[0].lines[0];
    const after = readX12Doc(applyEdits(doc.text, createX12Editor(doc).removeModifier(line, line.procedure!.modifiers[0])));
    assert.deepEqual(after.claims[0].lines[0].procedure?.modifiers.map((m) => m.value), ['QS', 'P1']);
    assert.ok(after.text.includes('SV1*HC:00142:QS:P1*'));
  });

  it('refuses to remove a modifier that is not on the line', () => {
    const doc = base();
    const other = doc.claims[0].lines[1].procedure!.modifiers[0];
    assert.deepEqual(createX12Editor(doc).removeModifier(doc.claims[0].lines[0], other), []);
  });

  it('adds a modifier in the first free slot, up to four', () => {
    const doc = base();
    const after = edit(doc, (line, d) => createX12Editor(d).addModifier(line, 'JZ'));
    assert.equal(segmentTextOf(after, 'SV1'), 'SV1*HC:J7599:KX:JZ*200*UN*30***1');
    const gap = readX12Doc(read('837p-databricks-molina-mockup-multi-billing-cr.txt'));
    const filled = edit(gap, (line, d) => createX12Editor(d).addModifier(line, 'AA'));
    assert.ok(filled.text.includes('SV1*HC:01710:QZ:AA:::64718*'));
    const full = readX12Doc(buildInterchange(STANDARD).replace('HC:J7599:KX', 'HC:J7599:KX:JW:GY:GA'));
    assert.deepEqual(createX12Editor(full).addModifier(full.claims[0].lines[0], 'JZ'), []);
    assert.deepEqual(createX12Editor(doc).addModifier(doc.claims[0].lines[0], 'KX'), [], 'already there');
    assert.deepEqual(createX12Editor(doc).addModifier(doc.claims[0].lines[0], 'J:'), []);
  });
});

describe('X12 editor: units and values', () => {
  it('replaces SV104, or adds it when the segment is short', () => {
    const doc = readX12Doc(buildInterchange(STANDARD));
    const after = edit(doc, (line, d) => createX12Editor(d).setUnits(line, '60'));
    assert.equal(after.claims[0].lines[0].units?.value, '60');
    const short = readX12Doc(buildInterchange(STANDARD).replace('SV1*HC:J7599:KX*200*UN*30***1', 'SV1*HC:J7599:KX*200'));
    const added = edit(short, (line, d) => createX12Editor(d).setUnits(line, '5'));
    assert.equal(segmentTextOf(added, 'SV1'), 'SV1*HC:J7599:KX*200**5');
    assert.equal(added.claims[0].lines[0].units?.value, '5');
  });

  it('sets SV205 on an 837I line', () => {
    const doc = readX12Doc(buildInterchange(STANDARD, { institutional: true }));
    const after = edit(doc, (line, d) => createX12Editor(d).setUnits(line, '90'));
    assert.equal(segmentTextOf(after, 'SV2'), 'SV2*0250*HC:J7599*200*UN*90');
  });

  it('replaces a value in place and refuses text that would split the segment', () => {
    const doc = readX12Doc(buildInterchange({ ...STANDARD, element: '|' }));
    const code = doc.claims[0].lines[0].procedure!.code;
    const editor = createX12Editor(doc);
    const after = readX12Doc(applyEdits(doc.text, editor.replaceValue(code, 'J7507')));
    assert.equal(after.claims[0].lines[0].procedure?.code.value, 'J7507');
    assert.deepEqual(editor.replaceValue(code, 'J7|507'), []);
    assert.deepEqual(editor.replaceValue(code, 'J75~07'), []);
    assert.deepEqual(editor.replaceValue(code, 'J75\n07'), []);
  });

  it('returns no edits for a line from another document', () => {
    const a = readX12Doc(buildInterchange(STANDARD));
    const b = readX12Doc('\n\n\n' + buildInterchange(STANDARD));
    assert.deepEqual(createX12Editor(a).insertDrug(b.claims[0].lines[0], DRUG), []);
  });
});
