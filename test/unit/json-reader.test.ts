import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ClaimDocument, Span, Valued } from '../../server/src/core/model';
import { parseDocument } from '../../server/src/core/parse';
import { MAX_JSON_DEPTH, readJsonClaim } from '../../server/src/core/formats/json/reader';
import { jsonPathAt } from '../../server/src/core/formats/json/nodes';
import type { JsonLineAnchor, ServiceLine } from '../../server/src/core/model';
import { FIXTURES } from '../helpers/paths';

const JSON_FIXTURES = join(FIXTURES, 'json');
const fixture = (name: string): string => readFileSync(join(JSON_FIXTURES, name), 'utf8');
const slice = (doc: ClaimDocument, span: Span): string => doc.text.slice(span.start, span.end);
const at = (doc: ClaimDocument, v: Valued | undefined): string | undefined => (v ? slice(doc, v.span) : undefined);
const jsonAnchorOf = (line: ServiceLine): JsonLineAnchor | undefined => (line.anchor.kind === 'json-line' ? line.anchor : undefined);

describe('JSON reader: detection', () => {
  it('treats non-claim JSON as unknown with no problems (package.json, settings with comments, a FHIR Patient)', () => {
    for (const text of [
      '{"name": "x", "version": "1.0.0", "scripts": {"test": "node --test"}}',
      fixture('not-a-claim-settings.jsonc.json'),
      fixture('not-a-claim-fhir-patient.json'),
      '{"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Patient", "id": "p"}}]}',
      '[1, 2, 3]',
      '{"serviceLines": [{"code": "J7599"}]}',
      '"just a string"',
    ]) {
      const doc = readJsonClaim(text);
      assert.equal(doc.format, 'none', text.slice(0, 40));
      assert.deepEqual(doc.claims, []);
      assert.deepEqual(doc.problems, [], text.slice(0, 40));
    }
  });

  it('detects FHIR Claim, ExplanationOfBenefit and Bundles holding them', () => {
    assert.equal(readJsonClaim('{"resourceType": "Claim", "item": []}').format, 'fhir');
    assert.equal(readJsonClaim('{"resourceType": "ExplanationOfBenefit"}').format, 'fhir');
    const bundle = readJsonClaim(
      '{"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Patient", "id": "p"}}, {"resource": {"resourceType": "Claim", "id": "c1", "item": [{"sequence": 1}]}}]}',
    );
    assert.equal(bundle.format, 'fhir');
    assert.deepEqual(bundle.claims.map((c) => c.id?.value), ['c1']);
  });

  it('detects CH professional, CH institutional and Stedi native claim JSON', () => {
    for (const name of ['ch-professional-j7599.json', 'ch-institutional-j7599-tabs-crlf.json', 'stedi-native-j7599.json']) {
      const doc = readJsonClaim(fixture(name));
      assert.equal(doc.format, 'claim-json', name);
      assert.deepEqual(doc.problems, [], name);
      assert.equal(doc.claims.length, 1, name);
    }
  });

  it('reads a root array of claims (batch export)', () => {
    const one = JSON.parse(fixture('ch-professional-j7599.json'));
    const doc = readJsonClaim(JSON.stringify([one, { unrelated: true }, one], null, 2));
    assert.equal(doc.format, 'claim-json');
    assert.equal(doc.claims.length, 2);
    assert.ok(doc.claims[0].span.end <= doc.claims[1].span.start);
  });

  it('accepts a UTF-8 byte order mark', () => {
    const doc = readJsonClaim('\uFEFF' + fixture('stedi-native-j7599.json'));
    assert.equal(doc.format, 'claim-json');
    assert.deepEqual(doc.problems, []);
    assert.equal(at(doc, doc.claims[0].lines[0].procedure?.code), 'J7599');
  });
});

describe('JSON reader: invalid JSON', () => {
  it('reports each syntax error of a claim with an exact span and still reads what it can', () => {
    const text = fixture('ch-professional-broken-missing-comma.json');
    const doc = readJsonClaim(text);
    assert.equal(doc.format, 'claim-json');
    assert.equal(doc.problems.length, 2);
    const [comma, trailing] = doc.problems;
    assert.equal(comma.severity, 'error');
    assert.equal(comma.code, 'json-syntax');
    assert.match(comma.message, /^Add a comma before this value/);
    assert.equal(slice(doc, comma.span), '"serviceUnitCount"');
    assert.match(trailing.message, /^Remove this comma: JSON allows none after the last item/);
    assert.equal(slice(doc, trailing.span), ',');
    assert.equal(text.slice(0, trailing.span.start).split('\n').length, 14);
    // The recovered tree still yields the line, so the coder keeps seeing findings while fixing the syntax.
    assert.equal(doc.claims[0].lines[0].procedure?.code.value, 'J7599');
  });

  it('points at the end of a truncated claim', () => {
    const full = fixture('fhir-claim-j7599.json');
    const text = full.slice(0, full.indexOf('"detail"'));
    const doc = readJsonClaim(text);
    assert.equal(doc.format, 'fhir');
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0].message, /stops before its strings, arrays or objects are closed/);
    assert.equal(doc.problems[0].span.end, text.trimEnd().length);
  });

  it('rejects comments and trailing commas in claims (payers parse strict JSON)', () => {
    const doc = readJsonClaim('{\n  // note\n  "resourceType": "Claim",\n  "item": [],\n}');
    assert.equal(doc.format, 'fhir');
    assert.deepEqual(
      doc.problems.map((p) => slice(doc, p.span)),
      ['// note', ','],
    );
    assert.match(doc.problems[0].message, /comment/);
  });

  it('guesses the format of a broken claim from its text', () => {
    assert.equal(readJsonClaim('{"resourceType": "ExplanationOfBenefit", "item": [}').format, 'fhir');
    assert.equal(readJsonClaim('{"claimInformation": {"serviceLines": [ "x" "y"]}}').format, 'claim-json');
    assert.equal(readJsonClaim("{'resourceType': 'Bundle', \"resourceType\": \"Bundle\"").format, 'fhir');
  });

  it('gives non-claim invalid JSON one problem saying it is not valid JSON', () => {
    const doc = readJsonClaim('{"name": "x",, }');
    assert.equal(doc.format, 'none');
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0].message, /not valid JSON/);
    assert.match(doc.problems[0].message, /line 1, column 14/);
    assert.equal(slice(doc, doc.problems[0].span), ',');
  });

  it('survives 100k levels of nesting without reading it, and stays silent unless it looks like a claim', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const plain = readJsonClaim(deep);
    assert.equal(plain.format, 'none');
    assert.deepEqual(plain.problems, []);

    const deepObjects = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    assert.equal(readJsonClaim(deepObjects).format, 'none');

    const claimLike = `{"resourceType": "Claim", "item": [${'['.repeat(50_000)}${']'.repeat(50_000)}]}`;
    const doc = readJsonClaim(claimLike);
    assert.equal(doc.format, 'fhir');
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0].message, new RegExp(`more than ${MAX_JSON_DEPTH} levels`));
    assert.equal(slice(doc, doc.problems[0].span), '[');
  });

  it('reads nesting just under the limit', () => {
    const inner = '['.repeat(MAX_JSON_DEPTH - 5) + ']'.repeat(MAX_JSON_DEPTH - 5);
    const doc = readJsonClaim(`{"resourceType": "Claim", "id": "n", "item": [{"sequence": 1, "x": ${inner}}]}`);
    assert.deepEqual(doc.problems, []);
    assert.equal(doc.claims[0].lines.length, 1);
  });

  it('does not count brackets inside strings as nesting', () => {
    const text = `{"resourceType": "Claim", "id": "${'['.repeat(1000)}", "item": []}`;
    const doc = readJsonClaim(text);
    assert.deepEqual(doc.problems, []);
    assert.equal(doc.claims.length, 1);
  });

  it('never throws on arbitrary prefixes of a claim', () => {
    const full = fixture('ch-professional-j7599.json');
    for (let i = 0; i < full.length; i += 7) {
      const doc = readJsonClaim(full.slice(0, i));
      assert.ok(Array.isArray(doc.problems));
    }
  });
});

describe('JSON reader: FHIR Claim fixture', () => {
  const doc = readJsonClaim(fixture('fhir-claim-j7599.json'));
  const claim = doc.claims[0];
  const [first, second, third] = claim.lines;

  it('reads claim fields', () => {
    assert.equal(at(doc, claim.id), 'synthetic-j7599-fhir-001');
    assert.equal(claim.serviceDate?.iso, '2025-03-04');
    assert.deepEqual(claim.priorAuthorizations.map((p) => at(doc, p)), ['PA-SYN-1001']);
    assert.equal(claim.patientName, 'Alex Testpatient');
    assert.equal(slice(doc, claim.span), doc.text.trimEnd());
  });

  it('reads the first line: procedure, description, modifiers, units, charge, detail NDC', () => {
    assert.equal(first.number, 1);
    assert.equal(at(doc, first.procedure?.code), 'J7599');
    assert.equal(first.procedure?.qualifier?.value, 'HCPCS');
    assert.equal(at(doc, first.procedure?.description), 'Tacrolimus 1 mg capsule x 60');
    assert.deepEqual(first.procedure?.modifiers.map((m) => at(doc, m)), ['KX']);
    assert.equal(at(doc, first.units), '60');
    assert.equal(first.units?.value, '60');
    assert.equal(at(doc, first.unitOfMeasure), 'UN');
    assert.equal(at(doc, first.charge), '412.5');
    assert.equal(first.serviceDate?.iso, '2025-03-04');
    assert.equal(at(doc, first.drug?.code), '00378204601');
    assert.equal(at(doc, first.drug?.quantity), '60');
    assert.equal(at(doc, first.drug?.unit), 'UN');
    assert.equal(first.drug?.tenDigitAllowed, true);
    assert.match(slice(doc, first.drug!.span), /^\{\s+"sequence": 1,[\s\S]*\}$/);
    assert.match(slice(doc, first.procedure!.span), /^\{\s+"coding"[\s\S]*"text": "Tacrolimus 1 mg capsule x 60"\s+\}$/);
    assert.match(slice(doc, first.span), /^\{\s+"sequence": 1,[\s\S]*\}$/);
  });

  it('reads the second line: no NDC, no description, 22 + KX, unitPrice charge, servicedPeriod, https HCPCS system', () => {
    assert.equal(second.drug, undefined);
    assert.equal(second.procedure?.description, undefined);
    assert.deepEqual(second.procedure?.modifiers.map((m) => m.value), ['22', 'KX']);
    assert.equal(at(doc, second.charge), '120.0');
    assert.equal(second.serviceDate?.iso, '2025-03-04');
    assert.equal(at(doc, second.procedure?.qualifier), 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets');
  });

  it('reads the third line: hyphenated 10-digit NDC from a productOrService extension; escaped description', () => {
    assert.equal(at(doc, third.drug?.code), '0378-2046-01');
    assert.equal(third.procedure?.description?.value, 'Tacrolimus 1 mg "brand" capsule');
    // The span is the raw content, escapes included.
    assert.equal(at(doc, third.procedure?.description), 'Tacrolimus 1 mg \\"brand\\" capsule');
  });

  it('anchors lines to their item objects', () => {
    const anchor = jsonAnchorOf(first);
    assert.equal(anchor?.shape, 'fhir');
    assert.equal(anchor?.line.offset, first.span.start);
  });
});

describe('JSON reader: CH and Stedi native fixtures', () => {
  it('reads the CH professional claim', () => {
    const doc = readJsonClaim(fixture('ch-professional-j7599.json'));
    const claim = doc.claims[0];
    assert.equal(at(doc, claim.id), 'SYN-CH-P-001');
    assert.deepEqual(claim.priorAuthorizations.map((p) => at(doc, p)), ['PA-SYN-2002']);
    assert.equal(claim.patientName, 'Robin Samplecase');
    const [first, second] = claim.lines;
    assert.equal(at(doc, first.procedure?.qualifier), 'HC');
    assert.equal(at(doc, first.procedure?.description), 'Tacrolimus 1 mg capsule x 60');
    assert.equal(at(doc, first.units), '60');
    assert.equal(first.serviceDate?.iso, '2025-03-04');
    assert.equal(at(doc, first.drug?.code), '00378204601');
    assert.equal(at(doc, first.drug?.qualifier), 'N4');
    assert.equal(at(doc, first.drug?.quantity), '60');
    assert.equal(at(doc, first.drug?.unit), 'UN');
    assert.equal(first.drug?.tenDigitAllowed, undefined);
    assert.match(slice(doc, first.drug!.span), /^\{\s+"serviceIdQualifier": "N4",[\s\S]*"UN"\s+\}$/);
    assert.equal(jsonAnchorOf(first)?.shape, 'ch-professional');
    // Hand-written number units: the number token is the span, its text the value.
    assert.equal(second.units?.value, '2');
    assert.equal(at(doc, second.units), '2');
    assert.equal(doc.text[second.units!.span.start - 1], ' ');
    assert.deepEqual(second.procedure?.modifiers.map((m) => at(doc, m)), ['22', 'KX']);
    assert.deepEqual(second.priorAuthorizations.map((p) => at(doc, p)), ['PA-SYN-2003']);
    assert.equal(second.drug, undefined);
    assert.equal(second.procedure?.description, undefined);
  });

  it('reads the CH institutional claim (tabs, CRLF): revenue codes, line-level description, hyphenated NDC', () => {
    const doc = readJsonClaim(fixture('ch-institutional-j7599-tabs-crlf.json'));
    const claim = doc.claims[0];
    assert.equal(at(doc, claim.id), 'SYN-CH-I-001');
    assert.equal(claim.serviceDate?.iso, '2025-03-01');
    const [first, second] = claim.lines;
    assert.equal(jsonAnchorOf(first)?.shape, 'ch-institutional');
    assert.equal(at(doc, first.revenueCode), '0250');
    assert.equal(at(doc, first.procedure?.code), 'J7599');
    assert.equal(at(doc, first.procedure?.description), 'Mycophenolic acid DR 180 mg tablet x 120');
    assert.equal(at(doc, first.drug?.code), '00078-0385-66');
    assert.equal(first.drug?.qualifier, undefined);
    assert.deepEqual(first.priorAuthorizations.map((p) => at(doc, p)), ['PA-SYN-3001']);
    assert.equal(at(doc, second.revenueCode), '0636');
    assert.deepEqual(second.procedure?.modifiers.map((m) => at(doc, m)), ['JW']);
    assert.equal(second.serviceDate?.iso, '2025-03-05');
  });

  it('reads the Stedi native claim', () => {
    const doc = readJsonClaim(fixture('stedi-native-j7599.json'));
    const claim = doc.claims[0];
    assert.equal(at(doc, claim.id), 'SYN-NATIVE-001');
    assert.deepEqual(claim.priorAuthorizations.map((p) => at(doc, p)), ['PA-SYN-4001']);
    assert.equal(claim.patientName, 'Casey Fictional');
    const [first, second] = claim.lines;
    assert.equal(jsonAnchorOf(first)?.shape, 'stedi-native');
    assert.equal(at(doc, first.procedure?.description), 'Tacrolimus 1 mg capsule x 60');
    assert.equal(at(doc, first.drug?.unit), 'UNIT');
    assert.equal(at(doc, first.units), '60');
    assert.equal(second.drug, undefined);
    assert.deepEqual(second.procedure?.modifiers.map((m) => m.value), ['22', 'KX']);
    assert.deepEqual(second.priorAuthorizations.map((p) => at(doc, p)), ['PA-SYN-4002']);
  });

  it('reads a drugIdentification without an NDC as a drug block with an empty code', () => {
    const doc = readJsonClaim(
      '{"claimInformation": {"serviceLines": [{"professionalService": {"procedureCode": "J7599"}, "drugIdentification": {"nationalDrugUnitCount": "1"}}]}}',
    );
    const drug = doc.claims[0].lines[0].drug;
    assert.equal(drug?.code.value, '');
    assert.equal(at(doc, drug?.quantity), '1');
  });

  it('understands only real dates', () => {
    const doc = readJsonClaim(
      '{"claimInformation": {"serviceLines": [{"serviceDate": "20250230", "professionalService": {"procedureCode": "J7599"}}, {"serviceDate": "2025-03-04", "professionalService": {"procedureCode": "J7599"}}]}}',
    );
    assert.deepEqual(doc.claims[0].lines.map((l) => [l.serviceDate?.value, l.serviceDate?.iso]), [['20250230', undefined], ['2025-03-04', '2025-03-04']]);
  });
});

describe('jsonPathAt', () => {
  it('returns the key/index path and node at an offset', () => {
    const doc = readJsonClaim(fixture('ch-professional-j7599.json'));
    const ndc = doc.claims[0].lines[0].drug!.code;
    const hit = jsonPathAt(doc, ndc.span.start + 2);
    assert.deepEqual(hit?.path, ['claimInformation', 'serviceLines', 0, 'drugIdentification', 'nationalDrugCode']);
    assert.equal(hit?.node.value, '00378204601');

    const keyOffset = doc.text.indexOf('"procedureModifiers"') + 3;
    assert.deepEqual(jsonPathAt(doc, keyOffset)?.path, ['claimInformation', 'serviceLines', 0, 'professionalService', 'procedureModifiers']);
  });

  it('works through parseDocument and is undefined without a tree', () => {
    const doc = parseDocument(fixture('fhir-claim-j7599.json'), { fileName: 'claim.json' });
    const offset = doc.text.indexOf('"00378204601"') + 1;
    assert.deepEqual(jsonPathAt(doc, offset)?.path, ['item', 0, 'detail', 0, 'productOrService', 'coding', 0, 'code']);
    assert.equal(jsonPathAt(readJsonClaim('['.repeat(300_000)), 0), undefined);
  });
});
