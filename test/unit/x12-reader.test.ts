import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClaimDocument } from '../../server/src/core/model';
import { readX12 } from '../../server/src/core/formats/x12/reader';
import type { X12Syntax } from '../../server/src/core/formats/x12/syntax';
import { buildInterchange, STANDARD, type Dialect } from '../fixtures/x12/synthetic';
import { assertSpansExact, errors, messages, slice } from './x12-support';

const DIALECTS: [string, Dialect][] = [
  ['* : ~ with LF', STANDARD],
  ['| ^ > with ~ and no line breaks', { element: '|', component: '>', repetition: '^', terminator: '~', lineBreak: '', indent: '' }],
  ['* > ~ with CRLF and indentation', { element: '*', component: '>', repetition: '^', terminator: '~', lineBreak: '\r\n', indent: '  ' }],
  ['~ followed by a bare CR', { ...STANDARD, lineBreak: '\r' }],
  ['LF as the terminator (no ~)', { ...STANDARD, terminator: '\n', lineBreak: '' }],
  ['CR as the terminator, CRLF line breaks, indentation', { ...STANDARD, terminator: '\r', lineBreak: '\n', indent: '\t' }],
  ["! ^ ' (unusual characters)", { element: '!', component: '^', repetition: '{', terminator: "'", lineBreak: '\n', indent: '' }],
];

/** The facts the synthetic professional file must yield, whatever its dialect. */
function assertStandardClaim(doc: ClaimDocument): void {
  assert.equal(doc.format, 'x12-837p');
  assert.deepEqual(errors(doc), []);
  assert.deepEqual(messages(doc), []);
  assert.equal(doc.claims.length, 1);
  const claim = doc.claims[0];
  assert.equal(slice(doc, claim.id), 'PCN1');
  assert.deepEqual(claim.priorAuthorizations.map((v) => slice(doc, v)), ['PA1CLAIM'], '2330B REF*G1 is the other payer\'s, not the claim\'s');
  assert.equal(claim.serviceDate?.iso, '2024-01-10');
  assert.equal(claim.patientName, 'DOE, JANE');
  assert.equal(claim.lines.length, 2);
  const [one, two] = claim.lines;
  assert.equal(one.number, 1);
  assert.equal(slice(doc, one.procedure?.code), 'J7599');
  assert.equal(slice(doc, one.procedure?.qualifier), 'HC');
  assert.deepEqual(one.procedure?.modifiers.map((m) => slice(doc, m)), ['KX']);
  assert.equal(one.procedure?.description, undefined);
  assert.equal(slice(doc, one.charge), '200');
  assert.equal(slice(doc, one.unitOfMeasure), 'UN');
  assert.equal(slice(doc, one.units), '30');
  assert.equal(one.serviceDate?.iso, '2024-01-11');
  assert.deepEqual(one.priorAuthorizations.map((v) => slice(doc, v)), ['PA1LINE']);
  assert.equal(one.drug, undefined);
  const oneText = doc.text.slice(one.span.start, one.span.end);
  assert.ok(oneText.startsWith('LX'));
  assert.ok(oneText.endsWith('1112223338'), 'line 1 runs through its 2420E NM1');
  assert.equal(two.number, 2);
  assert.equal(slice(doc, two.procedure?.code), 'J7507');
  assert.equal(slice(doc, two.procedure?.description), 'TACROLIMUS 1MG');
  assert.deepEqual(two.procedure?.modifiers.map((m) => m.value), ['JZ', 'KX']);
  assert.equal(two.serviceDate?.value, '20240111', 'RD8 range start');
  assert.equal(two.serviceDate?.iso, '2024-01-11');
  assert.equal(slice(doc, two.drug?.code), '00469061711');
  assert.equal(slice(doc, two.drug?.qualifier), 'N4');
  assert.equal(slice(doc, two.drug?.quantity), '60');
  assert.equal(slice(doc, two.drug?.unit), 'UN');
  const drugText = doc.text.slice(two.drug!.span.start, two.drug!.span.end);
  assert.ok(drugText.startsWith('LIN') && drugText.endsWith('RX123'), 'drug span covers LIN..REF*XZ');
  assert.ok(doc.text.slice(two.span.start, two.span.end).endsWith('20240120'), 'line 2 runs through its 2430 DTP');
  assertSpansExact(doc);
}

describe('readX12: delimiters and layout', () => {
  for (const [name, dialect] of DIALECTS) {
    it(`reads ${name}`, () => {
      const doc = readX12(buildInterchange(dialect));
      assertStandardClaim(doc);
      const syntax = doc.syntax as X12Syntax;
      assert.equal(syntax.interchanges[0].delimiters.element, dialect.element);
      assert.equal(syntax.interchanges[0].delimiters.component, dialect.component);
      assert.equal(syntax.interchanges[0].delimiters.segment, dialect.terminator);
      assert.equal(syntax.interchanges[0].delimiters.repetition, dialect.repetition);
    });
  }

  it('gives exact spans for composite components', () => {
    const text = buildInterchange(STANDARD);
    const doc = readX12(text);
    const line = doc.claims[0].lines[1];
    const sv1 = 'SV1*HC:J7507:JZ:KX:::TACROLIMUS 1MG*150';
    const at = text.indexOf(sv1);
    assert.deepEqual(line.procedure?.code.span, { start: at + 7, end: at + 12 });
    assert.deepEqual(line.procedure?.span, { start: at + 4, end: at + 35 });
    assert.deepEqual(line.procedure?.description?.span, { start: at + 21, end: at + 35 });
  });

  it('skips a BOM and keeps offsets into the original text', () => {
    const text = '\uFEFF' + buildInterchange(STANDARD);
    const doc = readX12(text);
    assertStandardClaim(doc);
  });

  it('reads blank lines between segments and trailing blank lines', () => {
    const text = buildInterchange(STANDARD).replace(/~\n(LX|HL)/g, '~\n\n\n$1') + '\n\n';
    assertStandardClaim(readX12(text));
  });

  it('ignores prose before the ISA with a warning', () => {
    const text = 'Example claim file\n\nThe patient is not the subscriber.\n\n' + buildInterchange(STANDARD);
    const doc = readX12(text);
    assert.deepEqual(errors(doc), []);
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0].message, /before the ISA/);
    assert.equal(doc.text.slice(doc.problems[0].span.start, doc.problems[0].span.end), 'Example claim file\n\nThe patient is not the subscriber.');
    assert.equal(doc.claims[0].lines.length, 2);
    assertSpansExact(doc);
  });

  it('reads several interchanges with different delimiters', () => {
    const a = buildInterchange(STANDARD);
    const b = buildInterchange({ element: '|', component: '>', repetition: '^', terminator: '\n', lineBreak: '', indent: '' }, { claims: 2 });
    const doc = readX12(a + b);
    assert.deepEqual(messages(doc), []);
    const syntax = doc.syntax as X12Syntax;
    assert.equal(syntax.interchanges.length, 2);
    assert.equal(syntax.interchanges[1].delimiters.element, '|');
    assert.equal(doc.claims.length, 3);
    assert.deepEqual(doc.claims.map((c) => c.lines.length), [2, 2, 2]);
    assert.deepEqual(doc.claims.map((c) => c.lines[1].drug?.code.value), ['00469061711', '00469061711', '00469061711']);
    assertSpansExact(doc);
  });

  it('reads several groups and transaction sets', () => {
    const one = buildInterchange(STANDARD);
    const group = one.slice(one.indexOf('GS*'), one.indexOf('IEA*'));
    const st = group.slice(group.indexOf('ST*'), group.indexOf('GE*'));
    const twoSets = group.replace('GE*1*101', `${st.replace(/0001/g, '0002')}GE*2*101`);
    const text = one.slice(0, one.indexOf('GS*')) + twoSets + twoSets.replace(/101~/g, '102~').replace('*1200*101*X*', '*1200*102*X*') + 'IEA*2*000000101~\n';
    const doc = readX12(text);
    assert.deepEqual(messages(doc), []);
    const syntax = doc.syntax as X12Syntax;
    assert.equal(syntax.interchanges[0].groups.length, 2);
    assert.equal(syntax.transactions.length, 4);
    assert.equal(doc.claims.length, 4);
  });
});

describe('readX12: damaged envelopes', () => {
  it('reports a truncated ISA and still reads the claims', () => {
    const good = buildInterchange(STANDARD);
    const text = good.replace('*0*T*:~', '*0*T~');
    const doc = readX12(text);
    assert.equal(errors(doc).length, 1);
    assert.match(errors(doc)[0], /Complete the ISA header: it has 15 of its 16 elements/);
    assert.equal(doc.claims.length, 1);
    assert.equal(doc.claims[0].lines[1].drug?.code.value, '00469061711');
  });

  it('warns when the ISA is not fixed-width but complete', () => {
    const text = buildInterchange(STANDARD).replace('SUBMITTER01    ', 'SUBMITTER01');
    const doc = readX12(text);
    assert.deepEqual(errors(doc), []);
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0].message, /Pad the ISA header to its fixed 106 characters: it has 102/);
    assert.equal(doc.claims[0].lines.length, 2);
  });

  it('reports a file without ISA and reads it with guessed delimiters', () => {
    const good = buildInterchange(STANDARD);
    const text = good.slice(good.indexOf('GS*'));
    const doc = readX12(text);
    assert.equal(errors(doc).length, 1);
    assert.match(errors(doc)[0], /^Add the ISA interchange header: /);
    assert.ok(messages(doc).some((m) => /IEA trailer or add its ISA header/.test(m)));
    assert.equal(doc.claims.length, 1);
    assert.equal(doc.claims[0].lines[0].procedure?.code.value, 'J7599');
    assertSpansExact(doc);
  });

  it('reports an empty or non-X12 text without throwing', () => {
    assert.match(errors(readX12(''))[0], /empty/);
    assert.match(errors(readX12('hello world'))[0], /ISA interchange header/);
    assert.match(errors(readX12('ISA*00'))[0], /ISA/);
  });

  it('reports UTF-16 text once', () => {
    const text = 'ISA*00*~GS*HC~'.split('').join('\u0000');
    const doc = readX12(text);
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0].message, /UTF-16/);
  });

  it('reports a missing SE, GE and IEA', () => {
    const text = buildInterchange(STANDARD).replace(/SE\*42\*0001~\nGE\*1\*101~\nIEA\*1\*000000101~\n/, '');
    const doc = readX12(text);
    assert.deepEqual(errors(doc), []);
    const all = messages(doc).join('\n');
    assert.match(all, /Close transaction set 0001 .*no SE trailer/);
    assert.match(all, /has no GE trailer/);
    assert.match(all, /has no IEA trailer/);
    assert.equal(doc.claims[0].lines.length, 2);
  });

  it('reports a wrong SE01 count and mismatched control numbers', () => {
    const text = buildInterchange(STANDARD).replace('SE*42*0001', 'SE*41*0002').replace('IEA*1*000000101', 'IEA*1*000000999');
    const doc = readX12(text);
    assert.deepEqual(errors(doc), []);
    const all = messages(doc).join('\n');
    assert.match(all, /Set SE01 to 42: transaction set 0001 has 42 segments .*not 41/);
    assert.match(all, /Set SE02 to 0001 to match ST02: it is 0002/);
    assert.match(all, /Set IEA02 to 000000101 to match ISA13: it is 000000999/);
    const se01 = doc.problems.find((p) => p.message.startsWith('Set SE01'))!;
    assert.equal(doc.text.slice(se01.span.start, se01.span.end), '41');
  });

  it('reads 4010 files with a warning', () => {
    const doc = readX12(buildInterchange(STANDARD, { version: '004010X098A1' }));
    assert.equal(doc.format, 'x12-837p');
    assert.deepEqual(errors(doc), []);
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0].message, /it is X12 4010/);
    assert.equal(doc.problems[0].code, 'x12-version');
    assert.equal(doc.claims[0].lines.length, 2);
  });

  it('warns about text after the last IEA', () => {
    const doc = readX12(buildInterchange(STANDARD) + 'printed by billing system v2\n');
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0].message, /after the last IEA/);
  });
});

describe('readX12: institutional and values', () => {
  it('reads an 837I: revenue code, SV202 procedure, SV205 units, statement date', () => {
    const doc = readX12(buildInterchange(STANDARD, { institutional: true }));
    assert.equal(doc.format, 'x12-837i');
    assert.deepEqual(messages(doc), []);
    const claim = doc.claims[0];
    assert.equal(claim.serviceDate?.value, '20240110');
    assert.equal(claim.serviceDate?.iso, '2024-01-10');
    const [one, two] = claim.lines;
    assert.equal(slice(doc, one.revenueCode), '0250');
    assert.equal(slice(doc, one.procedure?.code), 'J7599');
    assert.equal(slice(doc, one.charge), '200');
    assert.equal(slice(doc, one.unitOfMeasure), 'UN');
    assert.equal(slice(doc, one.units), '30');
    assert.equal(slice(doc, two.procedure?.description), 'TACROLIMUS 1MG');
    assert.equal(two.drug?.code.value, '00469061711');
    assertSpansExact(doc);
  });

  it('infers the format from SV1/SV2 when GS08 and ST03 are empty', () => {
    const text = buildInterchange(STANDARD, { institutional: true }).replace(/\*005010X223A2~/g, '~');
    const doc = readX12(text);
    assert.equal(doc.format, 'x12-837i');
    const tx = (doc.syntax as X12Syntax).transactions[0];
    assert.equal(tx.version, '', 'no guide named');
    assert.equal(tx.kind.label, '837I', 'the guide is inferred from SV2');
  });

  it('leaves empty elements undefined and keeps an empty NDC visible', () => {
    const text = buildInterchange(STANDARD).replace('SV1*HC:J7599:KX*200*UN*30***1', 'SV1*HC:J7599:KX**UN**11').replace('LIN**N4*00469061711', 'LIN**N4*');
    const doc = readX12(text);
    const [one, two] = doc.claims[0].lines;
    assert.equal(one.charge, undefined);
    assert.equal(one.units, undefined);
    assert.equal(slice(doc, one.unitOfMeasure), 'UN');
    assert.equal(two.drug?.code.value, '');
    assert.equal(two.drug?.code.span.start, two.drug?.code.span.end);
    assert.equal(text.slice(two.drug!.code.span.start - 8, two.drug!.code.span.start), 'LIN**N4*');
  });

  it('keeps the raw text of an impossible date but gives no iso', () => {
    const doc = readX12(buildInterchange(STANDARD).replace('DTP*472*D8*20240111', 'DTP*472*D8*20240230'));
    assert.equal(doc.claims[0].lines[0].serviceDate?.value, '20240230');
    assert.equal(doc.claims[0].lines[0].serviceDate?.iso, undefined);
  });

  it('numbers lines by LX01, or by position when LX01 is not a number', () => {
    const doc = readX12(buildInterchange(STANDARD).replace('LX*2~', 'LX*X~'));
    assert.deepEqual(doc.claims[0].lines.map((l) => l.number), [1, 2]);
    const doc2 = readX12(buildInterchange(STANDARD).replace('LX*2~', 'LX*7~'));
    assert.deepEqual(doc2.claims[0].lines.map((l) => l.number), [1, 7]);
  });
});

describe('readX12: robustness', () => {
  it('never throws or loses span exactness on damaged input', () => {
    const base = buildInterchange({ ...STANDARD, lineBreak: '\r\n', indent: ' ' }, { claims: 2 });
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const noise = ['~', '*', ':', '\n', '\r', 'ISA*', 'LX*', 'LIN**N4*', 'CTP*', 'SV1*', 'SE*', 'HL*9**22*0~', '', '\u0000', 'é'];
    for (let round = 0; round < 300; round++) {
      let text = base;
      for (let k = 0; k < 1 + random(6); k++) {
        const at = random(text.length);
        const cut = random(3) === 0 ? random(40) : 0;
        text = text.slice(0, at) + noise[random(noise.length)] + text.slice(at + cut);
      }
      const doc = readX12(text);
      assert.ok(Array.isArray(doc.claims));
      assertSpansExact(doc);
      for (const p of doc.problems) assert.ok(p.span.start >= 0 && p.span.end <= text.length && p.span.start <= p.span.end);
    }
  });
});
