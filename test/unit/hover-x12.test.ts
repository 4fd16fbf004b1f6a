import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoverAt } from '../../server/src/core/hover';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { example, hover, offsetOf } from './hover-support';

describe('hover on an 837P', () => {
  const d = example('professional-837p.837');

  it('explains J7599: descriptor, NOC note, specific codes to consider, source', () => {
    const h = hover(d, 'J7599*120', 1);
    assert.equal(d.text.slice(h.span.start, h.span.end), 'J7599');
    assert.match(h.markdown, /SV101-2 — Procedure Code/);
    assert.match(h.markdown, /loop 2400 Service Line/);
    assert.match(h.markdown, /Immunosuppressive drug, not otherwise classified/);
    assert.match(h.markdown, /Not otherwise classified: use only when no specific code exists/);
    assert.match(h.markdown, /`J7507` Tacrolimus imme rel oral 1mg \(1 MG\)/);
    assert.ok(h.markdown.includes(`_Source:_ ${defaultKnowledge().hcpcs('J7599')!.source.slice(0, 20)}`), 'the knowledge base\'s source is cited');
    assert.doesNotMatch(h.markdown, /J7506/, 'a deleted code is not suggested');
  });

  it('gives a specific code its dosage and the quarter\'s ASP payment limit', () => {
    const h = hover(d, 'J7507*187', 1);
    assert.match(h.markdown, /one unit = 1 MG/);
    assert.match(h.markdown, /ASP payment limit \(October 2026\): \$0\.162 per 1 MG/);
  });

  it('says a deleted code ended and what replaced it', () => {
    const h = hover(d, 'J7506', 1);
    assert.match(h.markdown, /ended 2015-12-31\*\* — use J7512/);
  });

  it('shows an NDC in both forms with drug, labeler, package and HCPCS units', () => {
    const h = hover(d, '00378204601', 2);
    assert.equal(d.text.slice(h.span.start, h.span.end), '00378204601');
    assert.match(h.markdown, /LIN03 — National Drug Code/);
    assert.match(h.markdown, /loop 2410 Drug Identification/);
    assert.match(h.markdown, /11-digit: `00378204601` · 5-4-2: `00378-2046-01`/);
    assert.match(h.markdown, /Drug: \*\*Tacrolimus\*\* · labeler: Mylan/);
    assert.match(h.markdown, /`J7507` .*\*\*100\*\* billing units per package/);
  });

  it('pads a hyphenated 10-digit NDC and says claims need 11 digits', () => {
    const h = hover(d, '0078-0385-66', 1);
    assert.match(h.markdown, /11-digit: `00078038566`/);
    assert.match(h.markdown, /10-digit NDC \(4-4-2\)/);
    assert.match(h.markdown, /Myfortic DR/);
  });

  it('explains modifiers and whether they belong on a drug line', () => {
    assert.match(hover(d, ':22:', 1).markdown, /SV101-3 — Procedure Modifier 1[\s\S]*Questionable on a drug supply line/);
    assert.match(hover(d, ':JW:', 1).markdown, /Modifier JW[\s\S]*Belongs on drug lines/);
  });

  it('names CTP04 and CTP05 and the unit qualifier', () => {
    const qty = hover(d, 'CTP****60', 7);
    assert.equal(d.text.slice(qty.span.start, qty.span.end), '60');
    assert.match(qty.markdown, /CTP04 — Quantity/);
    assert.match(qty.markdown, /loop 2410 Drug Identification/);
    const unit = hover(d, 'CTP****60*UN', 10);
    assert.match(unit.markdown, /`UN` = Unit/);
  });

  it('explains qualifiers: N4, HC, 472/D8, HL levels', () => {
    assert.match(hover(d, 'LIN**N4', 5).markdown, /LIN02[\s\S]*`N4` = National Drug Code in 5-4-2 format/);
    assert.match(hover(d, 'SV1*HC', 4).markdown, /SV101-1[\s\S]*`HC` = HCPCS/);
    assert.match(hover(d, 'DTP*472', 5).markdown, /`472` = Service date/);
    assert.match(hover(d, 'DTP*472*D8', 9).markdown, /`D8` = One date/);
    assert.match(hover(d, 'HL*2*1*22', 7).markdown, /`22` = Subscriber/);
  });

  it('describes a segment when hovering its id', () => {
    const h = hover(d, 'CLM*TX-1001', 1);
    assert.equal(d.text.slice(h.span.start, h.span.end), 'CLM');
    assert.match(h.markdown, /\*\*CLM\*\* — Claim Information · loop 2300 Claim Information/);
    assert.match(hover(d, 'ISA*', 0).markdown, /Interchange Control Header/);
  });

  it('counts the NOC description against 80 characters', () => {
    const h = hover(d, 'TACROLIMUS 1 MG', 3);
    assert.match(h.markdown, /23 of 80 characters/);
  });

  it('returns nothing between segments', () => {
    assert.equal(hoverAt(d, offsetOf(d.text, '~\nGS', 1), defaultKnowledge()), undefined);
  });
});

describe('hover on an 837I', () => {
  const d = example('institutional-837i.837i');

  it('explains the SV202 procedure code and modifier', () => {
    assert.match(hover(d, 'J7599', 1).markdown, /SV202-2 — Procedure Code[\s\S]*not otherwise classified/);
    assert.match(hover(d, ':JZ', 1).markdown, /SV202-3[\s\S]*Modifier JZ/);
    assert.match(hover(d, 'SV2*0636', 5).markdown, /SV201 — Service Line Revenue Code/);
  });

  it('names the CTP04 quantity', () => {
    assert.match(hover(d, '-5*UN', 1).markdown, /CTP04 — Quantity[\s\S]*greater than zero/);
  });
});
