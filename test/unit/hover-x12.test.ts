import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoverAt } from '../../server/src/core/hover';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { example, hover, offsetOf } from './hover-support';

describe('hover on an 837P', () => {
  const d = example('professional-837p.837');

  it('explains J7599: long descriptor, what a NOC line needs, the element it sits in', () => {
    const h = hover(d, 'J7599*120', 1);
    assert.equal(d.text.slice(h.span.start, h.span.end), 'J7599');
    assert.match(h.markdown, /^\*\*J7599\*\* — Immunosuppressive drug, not otherwise classified\n/);
    assert.match(h.markdown, /Not otherwise classified: immunosuppressive drugs with no specific code · no billing unit of its own/);
    assert.match(h.markdown, /Use it only when no specific code fits; describe the drug, strength and quantity in SV101-7 and give its NDC\./);
    assert.match(h.markdown, /_SV101-2 — Procedure Code · SV1 · loop 2400 Service Line_$/);
    assert.doesNotMatch(h.markdown, /`J75\d\d`/, 'no list of codes: the line has no NDC to match');
  });

  it('gives a specific code its dosage and the quarter\'s ASP payment limit', () => {
    const h = hover(d, 'J7507*187', 1);
    assert.match(h.markdown, /one unit = 1 MG/);
    assert.match(h.markdown, /ASP payment limit, October 2026: \$0\.162 per 1 MG\./);
  });

  it('says a deleted code ended and what replaced it', () => {
    const h = hover(d, 'J7506', 1);
    assert.match(h.markdown, /ended 2015-12-31 \(replaced by J7512\)/);
  });

  it('shows an NDC in both forms with drug, labeler, package and HCPCS units', () => {
    const h = hover(d, '00378204601', 2);
    assert.equal(d.text.slice(h.span.start, h.span.end), '00378204601');
    assert.match(h.markdown, /^\*\*NDC `00378-2046-01`\*\* — Tacrolimus, Mylan/);
    assert.match(h.markdown, /11 digits `00378204601` · 5-4-2 `00378-2046-01`/);
    assert.match(h.markdown, /CMS crosswalk \(October 2026\): `J7507` Tacrolimus, immediate release, oral, 1 mg — one unit = 1 MG, \*\*100\*\* billing units per package/);
    assert.match(h.markdown, /_LIN03 — National Drug Code \(NDC\) · LIN · loop 2410 Drug Identification_$/);
  });

  it('pads a hyphenated 10-digit NDC and says claims need 11 digits', () => {
    const h = hover(d, '0078-0385-66', 1);
    assert.match(h.markdown, /11 digits `00078038566`/);
    assert.match(h.markdown, /written as a 10-digit NDC \(4-4-2\); claims need the 11 digits/);
    assert.match(h.markdown, /Myfortic DR/);
  });

  it('explains modifiers and whether they belong on a drug line', () => {
    assert.match(hover(d, ':22:', 1).markdown, /Questionable on a drug supply line[\s\S]*SV101-3 — Procedure Modifier 1/);
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
    assert.match(hover(d, 'J7599', 1).markdown, /not otherwise classified[\s\S]*SV202-2 — Procedure Code/);
    assert.match(hover(d, ':JZ', 1).markdown, /Modifier JZ[\s\S]*SV202-3/);
    assert.match(hover(d, 'SV2*0636', 5).markdown, /SV201 — Service Line Revenue Code/);
  });

  it('names the CTP04 quantity', () => {
    assert.match(hover(d, '-5*UN', 1).markdown, /CTP04 — Quantity[\s\S]*greater than zero/);
  });
});
