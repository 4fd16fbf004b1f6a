import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, example, hover } from './hover-support';

describe('hover on Change Healthcare / Stedi claim JSON', () => {
  const d = example('claim-json-professional.json');

  it('explains procedureCode with the same code facts as X12', () => {
    const h = hover(d, '"J7599"', 2);
    assert.equal(d.text.slice(h.span.start, h.span.end), 'J7599');
    assert.match(h.markdown, /^\*\*J7599\*\* — Immunosuppressive drug, not otherwise classified/);
    assert.match(h.markdown, /Not otherwise classified: immunosuppressive drugs with no specific code/);
    assert.match(h.markdown, /_Field_ `claimInformation\.serviceLines\[\]\.professionalService\.procedureCode`$/);
  });

  it('explains a modifier in procedureModifiers', () => {
    assert.match(hover(d, '"RT"', 1).markdown, /Modifier RT[\s\S]*Questionable on a drug supply line/);
  });

  it('explains a 10-digit NDC and looks it up', () => {
    const h = hover(d, '0008-1041-05', 1);
    assert.match(h.markdown, /11 digits `00008104105`/);
    assert.match(h.markdown, /Rapamune/);
    assert.match(h.markdown, /`J7520`/);
  });

  it('explains keys and enumerated values', () => {
    const key = hover(d, '"measurementUnitCode"', 2);
    assert.match(key.markdown, /CTP05-1/);
    assert.match(key.markdown, /`ME` Milligram/);
    const value = hover(d, '"UN"', 1, [], 2);
    assert.match(value.markdown, /`UN` = Unit/);
  });

  it('says plainly when an NDC is not in the crosswalk', () => {
    const text = JSON.stringify({
      claimInformation: { patientControlNumber: 'X', serviceLines: [{ professionalService: { procedureCode: 'J7599' }, drugIdentification: { nationalDrugCode: '12345678901' } }] },
    });
    const h = hover(doc(text, 'claim.json'), '12345678901', 1);
    assert.match(h.markdown, /Not in the CMS ASP NDC–HCPCS crosswalk \(October 2026\)/);
  });
});

describe('hover on FHIR', () => {
  const d = example('fhir-claim-j7599.json');

  it('reads an HCPCS coding by its system', () => {
    const h = hover(d, '"J7599"', 2);
    assert.match(h.markdown, /^\*\*J7599\*\* — Immunosuppressive drug, not otherwise classified/);
    assert.match(h.markdown, /_Field_ `item\[\]\.productOrService\.coding\[\]\.code`$/);
  });

  it('reads an NDC coding by its system', () => {
    const h = hover(d, '68992-3010-03', 1);
    assert.match(h.markdown, /^\*\*NDC `68992-3010-03`\*\* — Envarsus XR/);
    assert.match(h.markdown, /`J7503`/);
  });

  it('explains FHIR keys', () => {
    assert.match(hover(d, '"productOrService"', 2).markdown, /HCPCS coding/);
    assert.match(hover(d, '"detail"', 2).markdown, /NDC/);
  });
});
