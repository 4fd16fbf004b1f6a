import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ClaimDocument, ServiceLine, Valued } from '../../server/src/core/model';
import { readJsonClaim } from '../../server/src/core/formats/json/reader';
import { parseDocument } from '../../server/src/core/parse';
import { FIXTURES } from '../helpers/paths';

// The public JSON samples (copied byte-for-byte from the shared sample set, see fixtures/samples/README.md).
const SAMPLES = join(FIXTURES, 'samples');

function read(name: string): ClaimDocument {
  return readJsonClaim(readFileSync(join(SAMPLES, name), 'utf8'));
}

/** Every Valued must point at its own text: string content without quotes (decoded equals value), numbers as written. */
function assertSpan(doc: ClaimDocument, v: Valued | undefined, label: string): void {
  if (!v) return;
  const raw = doc.text.slice(v.span.start, v.span.end);
  assert.notEqual(doc.text[v.span.start], '"', `${label}: span starts inside the quotes`);
  assert.equal(JSON.parse(`"${raw}"`), v.value, label);
}

function assertAllSpans(doc: ClaimDocument): void {
  for (const claim of doc.claims) {
    assertSpan(doc, claim.id, 'claim id');
    for (const line of claim.lines) {
      const p = line.procedure;
      assertSpan(doc, p?.code, 'code');
      p?.modifiers.forEach((m) => assertSpan(doc, m, 'modifier'));
      assertSpan(doc, p?.description, 'description');
      for (const v of [line.units, line.unitOfMeasure, line.charge, line.serviceDate, line.revenueCode, line.drug?.code, line.drug?.quantity, line.drug?.unit]) {
        assertSpan(doc, v, 'line value');
      }
      line.priorAuthorizations.forEach((a) => assertSpan(doc, a, 'prior auth'));
      // Line spans hold their values.
      for (const v of [p?.code, line.drug?.code, line.units]) {
        if (v) assert.ok(line.span.start <= v.span.start && v.span.end <= line.span.end, `value inside line ${line.number}`);
      }
    }
  }
}

const codes = (lines: readonly ServiceLine[]): string[] => lines.map((l) => l.procedure?.code.value ?? '-');
const ndcs = (lines: readonly ServiceLine[]): string[] => lines.map((l) => l.drug?.code.value ?? '-');

interface Expected {
  format: 'fhir' | 'claim-json';
  claims: { id: string; codes: string[]; ndcs: string[] }[];
}

const EXPECTED: Record<string, Expected> = {
  'claim-json-stedi-institutional-h0001-rev0800.json': {
    format: 'claim-json',
    claims: [{ id: '<YOUR-CLAIM-ID>', codes: ['H0001'], ndcs: ['-'] }],
  },
  'claim-json-stedi-institutional-medicare-secondary-2line-2024.json': {
    format: 'claim-json',
    claims: [{ id: '22266555', codes: ['85025', '93005'], ndcs: ['-', '-'] }],
  },
  'claim-json-stedi-native-validate-j1885-ndc.json': {
    format: 'claim-json',
    claims: [{ id: 'CLM-2026-04219', codes: ['99213', 'J1885'], ndcs: ['-', '00409120130'] }],
  },
  'claim-json-stedi-professional-90837-telehealth.json': {
    format: 'claim-json',
    claims: [{ id: '<YOUR-CLAIM-ID>', codes: ['90837'], ndcs: ['-'] }],
  },
  'eob-bfd-carrier-hcpcs-ndc-extension.json': {
    format: 'fhir',
    claims: [{ id: 'carrier-9991831999', codes: ['92999'], ndcs: ['000000000'] }],
  },
  'eob-bfd-carrier-multiple-lines-ndc.json': {
    format: 'fhir',
    claims: [
      {
        id: 'carrier-9991831999',
        codes: ['92999', '92998', '92997', '92996', '92995', '92994', '92993'],
        ndcs: Array(7).fill('000000000'),
      },
    ],
  },
  'eob-bfd-dme-hcpcs-ndc.json': { format: 'fhir', claims: [{ id: 'dme-2188888888', codes: ['345'], ndcs: ['000000000'] }] },
  'eob-bfd-outpatient-revenue-hcpcs-ndc.json': {
    format: 'fhir',
    claims: [{ id: 'outpatient-1234567890', codes: ['M99'], ndcs: ['000000000'] }],
  },
  // Part D: the item is the drug (NDC coding), so there is no HCPCS procedure.
  'eob-bfd-pde-ndc.json': { format: 'fhir', claims: [{ id: 'pde-89', codes: ['-'], ndcs: ['000000000'] }] },
  'eob-carin-bb-testkit-inpatient.json': {
    format: 'fhir',
    claims: [{ id: 'c4bb-EOBInpatient', codes: Array(13).fill('99231'), ndcs: Array(13).fill('-') }],
  },
  'fhir-bundle-bfd-claim-search.json': {
    format: 'fhir',
    claims: [
      { id: 'f-123456', codes: ['12345', '-'], ndcs: ['-', '00777310502'] },
      { id: 'm-654323', codes: ['FDSAE', 'FDAAA'], ndcs: ['-', '-'] },
    ],
  },
  'fhir-bundle-bfd-eob-all-claim-types.json': {
    format: 'fhir',
    claims: [
      { id: 'outpatient-1234567890', codes: ['M99'], ndcs: ['000000000'] },
      { id: 'dme-2188888888', codes: ['345'], ndcs: ['000000000'] },
      { id: 'hha-2925555555', codes: ['2GGGG'], ndcs: ['-'] },
      { id: 'inpatient-333333222222', codes: ['M55'], ndcs: ['-'] },
      { id: 'snf-777777777', codes: ['MMM'], ndcs: ['-'] },
      { id: 'pde-89', codes: ['-'], ndcs: ['000000000'] },
      { id: 'carrier-9991831999', codes: ['92999'], ndcs: ['000000000'] },
      { id: 'hospice-9992223422', codes: ['A5C'], ndcs: ['-'] },
    ],
  },
  // CARIN: data-absent-reason and CDT codings are not procedures this linter judges; the pharmacy EOB has a 10-digit NDC.
  'fhir-bundle-carin-bb-testkit-eob-include-ndc.json': {
    format: 'fhir',
    claims: [
      { id: 'c4bb-EOBInpatient', codes: ['-'], ndcs: ['-'] },
      { id: 'c4bb-EOBOutpatient', codes: ['-'], ndcs: ['-'] },
      { id: 'c4bb-EOBOral', codes: ['-', '-'], ndcs: ['-', '-'] },
      { id: 'c4bb-EOBPharmacy', codes: ['-'], ndcs: ['0777-3105-02'] },
      { id: 'c4bb-EOBProfessional', codes: ['97110'], ndcs: ['-'] },
    ],
  },
  'fhir-claim-bfd-fiss-hcpcs-ndc.json': { format: 'fhir', claims: [{ id: 'f-123456', codes: ['12345', '-'], ndcs: ['-', '00777310502'] }] },
  'fhir-claim-bfd-mcs-detail-ndc.json': { format: 'fhir', claims: [{ id: 'm-654321', codes: ['FDSAE'], ndcs: ['00777310502'] }] },
  // RxNorm only: no HCPCS procedure, no NDC (the negative case for NDC rules).
  'fhir-claim-hl7-spec-pharmacy-rxnorm-no-ndc.json': { format: 'fhir', claims: [{ id: '760151', codes: ['-'], ndcs: ['-'] }] },
};

describe('JSON samples', () => {
  it('covers every JSON sample copied into the fixtures', () => {
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.json')).sort();
    assert.deepEqual(files, Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reads ${name}`, () => {
      const doc = read(name);
      assert.equal(doc.format, expected.format);
      assert.deepEqual(doc.problems, []);
      assert.deepEqual(
        doc.claims.map((c) => ({ id: c.id?.value ?? '', codes: codes(c.lines), ndcs: ndcs(c.lines) })),
        expected.claims,
      );
      assertAllSpans(doc);
      // parseDocument routes the sample to this reader.
      assert.equal(parseDocument(doc.text, { fileName: name }).format, expected.format);
    });
  }

  it('reads the BFD FISS claim in detail (modifiers, units, dates, detail NDC quantity and unit)', () => {
    const doc = read('fhir-claim-bfd-fiss-hcpcs-ndc.json');
    const [first, second] = doc.claims[0].lines;
    assert.equal(first.number, 1);
    assert.deepEqual(first.procedure?.modifiers.map((m) => m.value), ['m1', 'm2', 'm3', 'm4']);
    assert.equal(first.procedure?.qualifier?.value, 'HCPCS');
    assert.equal(doc.text.slice(first.procedure!.qualifier!.span.start, first.procedure!.qualifier!.span.end), 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets');
    assert.equal(first.units?.value, '5');
    assert.equal(first.serviceDate?.iso, '1980-12-05');
    assert.equal(first.revenueCode?.value, 'B');
    assert.equal(second.drug?.quantity?.value, '1.5');
    assert.equal(second.drug?.unit?.value, 'ML');
    assert.equal(second.drug?.tenDigitAllowed, true);
    assert.equal(doc.claims[0].serviceDate?.iso, '1970-07-10');
    // The contained Patient is referenced as #patient.
    assert.ok(doc.claims[0].patientName && doc.claims[0].patientName.length > 0);
  });

  it('reads BFD carrier EOB lines: sequence numbers, NDC extension, LT modifier, quantity 1.0 as written', () => {
    const doc = read('eob-bfd-carrier-hcpcs-ndc-extension.json');
    const line = doc.claims[0].lines[0];
    assert.equal(line.number, 6);
    assert.equal(line.units?.value, '1.0');
    assert.deepEqual(line.procedure?.modifiers.map((m) => m.value), ['LT']);
    assert.equal(line.drug?.quantity, undefined);
    const ext = doc.text.slice(line.drug!.span.start, line.drug!.span.end);
    assert.match(ext, /^\{[\s\S]*"url"\s*:\s*"http:\/\/hl7\.org\/fhir\/sid\/ndc"[\s\S]*\}$/);
    // Coding.display ("Fake Diluent - WATER") is the NDC directory's label, not a coder's description.
    assert.equal(line.procedure?.description, undefined);
  });

  it('reads the CH professional example: qualifier, modifier, units, unit, charge, YYYYMMDD date', () => {
    const line = read('claim-json-stedi-professional-90837-telehealth.json').claims[0].lines[0];
    assert.equal(line.procedure?.qualifier?.value, 'HC');
    assert.deepEqual(line.procedure?.modifiers.map((m) => m.value), ['95']);
    assert.equal(line.units?.value, '1');
    assert.equal(line.unitOfMeasure?.value, 'UN');
    assert.equal(line.charge?.value, '109.20');
    assert.equal(line.serviceDate?.value, '20240101');
    assert.equal(line.serviceDate?.iso, '2024-01-01');
  });

  it('reads the Stedi native example: JW modifier, drug unit as written, line and claim prior auth', () => {
    const doc = read('claim-json-stedi-native-validate-j1885-ndc.json');
    const claim = doc.claims[0];
    const line = claim.lines[1];
    assert.deepEqual(line.procedure?.modifiers.map((m) => m.value), ['JW']);
    assert.equal(line.units?.value, '10');
    assert.equal(line.drug?.quantity?.value, '300');
    assert.equal(line.drug?.unit?.value, 'MILLIGRAM');
    assert.equal(line.drug?.qualifier, undefined);
    assert.equal(line.drug?.tenDigitAllowed, undefined);
    assert.equal(line.serviceDate?.iso, '2026-03-03');
    assert.deepEqual(line.priorAuthorizations.map((a) => a.value), ['PA-2026-77831']);
    assert.deepEqual(claim.priorAuthorizations.map((a) => a.value), ['PA-2026-77831']);
  });

  it('reads institutional statement dates as the claim date and revenue codes per line', () => {
    const doc = read('claim-json-stedi-institutional-medicare-secondary-2line-2024.json');
    assert.equal(doc.claims[0].serviceDate?.iso, '1996-09-11');
    assert.deepEqual(doc.claims[0].lines.map((l) => l.revenueCode?.value), ['0305', '0730']);
    assert.deepEqual(doc.claims[0].lines.map((l) => l.units?.value), ['1', '3']);
  });
});
