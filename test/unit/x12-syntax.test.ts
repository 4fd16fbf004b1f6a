import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readX12 } from '../../server/src/core/formats/x12/reader';
import { loopName } from '../../server/src/core/formats/x12/loops';
import { locate, segmentView, type X12Syntax } from '../../server/src/core/formats/x12/syntax';
import { buildInterchange, STANDARD } from '../fixtures/x12/synthetic';

function setup(institutional = false): { text: string; syntax: X12Syntax } {
  const text = buildInterchange({ ...STANDARD, lineBreak: '\r\n', indent: '  ' }, { institutional });
  return { text, syntax: readX12(text).syntax as X12Syntax };
}

function loopOf(syntax: X12Syntax, text: string, segmentText: string): string {
  const seg = syntax.segments.segmentAt(text.indexOf(segmentText));
  assert.ok(seg >= 0, `segment ${segmentText} not found`);
  return syntax.segments.loop(seg);
}

describe('X12 syntax tree', () => {
  it('locates an element and names it with its loop', () => {
    const { text, syntax } = setup();
    const at = text.indexOf('CTP****60') + 'CTP****'.length + 1;
    const where = locate(syntax, at)!;
    assert.equal(where.ref, 'CTP04');
    assert.equal(where.element?.value, '60');
    assert.equal(where.description, 'CTP04 — Quantity in loop 2410 Drug Identification');
  });

  it('locates a component inside a composite', () => {
    const { text, syntax } = setup();
    const at = text.indexOf('HC:J7507') + 4;
    const where = locate(syntax, at)!;
    assert.equal(where.ref, 'SV101-2');
    assert.equal(where.component?.value, 'J7507');
    assert.equal(text.slice(where.component!.span.start, where.component!.span.end), 'J7507');
    assert.equal(where.description, 'SV101-2 — Procedure Code in loop 2400 Service Line');
  });

  it('treats an offset at an element end as inside it, and whitespace between segments as nothing', () => {
    const { text, syntax } = setup();
    const ctpEnd = text.indexOf('CTP****60*UN') + 'CTP****60*UN'.length;
    assert.equal(locate(syntax, ctpEnd)?.ref, 'CTP05-1');
    const gap = text.search(/\r\n +LIN/) + 3;
    assert.ok(gap > 3);
    assert.equal(locate(syntax, gap), undefined);
    assert.equal(locate(syntax, text.indexOf('LIN**'))?.ref, 'LIN');
  });

  it('does not split ISA elements on the component separator', () => {
    const { syntax } = setup();
    const isa = segmentView(syntax, 0);
    assert.equal(isa.id, 'ISA');
    assert.equal(isa.elements.length, 17);
    assert.equal(isa.elements[16].value, ':');
    assert.equal(isa.elements[16].composite, false);
    assert.equal(locate(syntax, isa.elements[16].span.start)?.description, 'ISA16 — Component Element Separator in loop ISA Interchange Control Header');
  });

  it('assigns 837P loops by hierarchy and entity code', () => {
    const { text, syntax } = setup();
    const cases: [string, string][] = [
      ['NM1*41', '1000A'], ['NM1*40', '1000B'], ['HL*1*', '2000A'], ['NM1*85', '2010AA'], ['N3*1 MAIN', '2010AA'],
      ['HL*2*', '2000B'], ['NM1*IL*1*DOE', '2010BA'], ['NM1*PR*2*TEST', '2010BB'], ['HL*3*', '2000C'], ['NM1*QC', '2010CA'],
      ['CLM*', '2300'], ['REF*G1*PA1CLAIM', '2300'], ['NM1*82*1*SMITH', '2310B'], ['SBR*S', '2320'], ['NM1*IL*1*OTHER', '2330A'],
      ['REF*G1*OTHERPAYERAUTH', '2330B'], ['LX*1', '2400'], ['NTE*', '2400'], ['NM1*DK', '2420E'], ['LIN**', '2410'],
      ['REF*XZ', '2410'], ['SVD*', '2430'], ['DTP*573', '2430'], ['SE*', 'SE'], ['GE*', 'GE'],
    ];
    for (const [segText, loop] of cases) assert.equal(loopOf(syntax, text, segText), loop, segText);
    assert.equal(loopName('2410'), 'Drug Identification');
    assert.equal(loopName('2420E'), 'Ordering Provider Name');
  });

  it('uses the institutional names for 2310/2420 loops in an 837I', () => {
    const { text, syntax } = setup(true);
    assert.equal(loopOf(syntax, text, 'NM1*82*1*WELBY'), '2420C');
    const seg = segmentView(syntax, syntax.segments.segmentAt(text.indexOf('NM1*82*1*WELBY')));
    assert.equal(seg.loopName, 'Rendering Provider Name');
    assert.equal(loopOf(syntax, text, 'NM1*82*1*SMITH'), '2310D');
  });

  it('exposes envelopes with their delimiters and spans', () => {
    const { text, syntax } = setup();
    assert.equal(syntax.interchanges.length, 1);
    const ic = syntax.interchanges[0];
    assert.deepEqual(ic.delimiters, { element: '*', component: ':', repetition: '^', segment: '~' });
    assert.equal(ic.groups[0].transactions[0].controlNumber, '0001');
    const tx = syntax.transactions[0];
    assert.equal(text.slice(tx.span.start, tx.span.end), text.slice(text.indexOf('ST*837'), text.indexOf('SE*42*0001') + 'SE*42*0001'.length));
    assert.equal(tx.format, 'x12-837p');
  });
});
