// The claim view model, for each of the four formats: claims and lines with the values as written, descriptors and
// drug names only from the knowledge data, findings on their line, patient names only when revealed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { buildClaimView, type ClaimView, type ClaimViewOptions } from '../../server/src/core/claimView';
import { DEFAULT_CONFIG, type LintConfig } from '../../server/src/core/config';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import type { Span } from '../../server/src/core/model';
import { EXAMPLES, FIXTURES } from '../helpers/paths';

const knowledge = defaultKnowledge();
const HIDDEN: ClaimViewOptions = { revealPatients: false, maxLines: 1000 };

/** The view of a text, with every place as the text it points at (so tests read what a jump would select). */
function viewOf(text: string, fileName: string, options = HIDDEN, config: LintConfig = DEFAULT_CONFIG): { view: ClaimView<Span>; at: (s: Span) => string; text: string } {
  const analysis = analyze(text, { fileName }, config, knowledge);
  return { view: buildClaimView(analysis, config, knowledge, options, (s) => s), at: (s) => text.slice(s.start, s.end), text };
}
const file = (dir: string, name: string) => viewOf(readFileSync(join(dir, name), 'utf8'), name);

describe('claim view: X12 837P', () => {
  const { view, at } = file(EXAMPLES, 'professional-837p.837');

  it('lists the claims and their lines, each pointing at its claim id and procedure code', () => {
    assert.equal(view.format?.label, '837P');
    assert.deepEqual(view.claims.map((c) => c.label), ['TX-1001', 'TX-1002']);
    assert.equal(at(view.claims[0].at), 'TX-1001');
    assert.deepEqual(view.claims[0].lines.map((l) => l.number), [1, 2, 3, 4]);
    assert.ok(view.claims[0].lines.every((l) => at(l.at) === l.code?.text), 'each line jumps to its code');
  });

  it('gives the long CMS descriptor and its source, the modifiers with their meanings, the NDC with its drug', () => {
    const [, second, third] = view.claims[0].lines;
    assert.equal(second.code?.descriptor, 'Immunosuppressive drug, not otherwise classified');
    assert.equal(second.code?.descriptorKind, 'long');
    assert.match(second.code?.source ?? '', /HCPCS/);
    assert.equal(second.description?.text, 'TACROLIMUS 1 MG CAPSULE');
    assert.deepEqual({ ndc: second.drug?.text, name: second.drug?.drugName, qty: second.drug?.quantity?.text, unit: second.drug?.unit?.text },
      { ndc: '00378204601', name: 'Tacrolimus', qty: '60', unit: 'UN' });
    assert.equal(at(second.drug!.quantity!.at), '60');
    assert.deepEqual(third.modifiers.map((m) => [m.text, m.meaning]), [
      ['22', 'Increased procedural services'],
      ['JW', 'Drug amount discarded/not administered to any patient'],
      ['JZ', 'Zero drug amount discarded/not administered to any patient'],
    ]);
    assert.deepEqual({ units: second.units?.text, uom: second.unitOfMeasure, charge: second.charge?.text, date: second.serviceDate?.iso },
      { units: '60', uom: 'UN', charge: '95.00', date: '2026-11-05' });
  });

  it('puts each finding on its line, errors first, with the jump target of the finding', () => {
    const first = view.claims[0].lines[0];
    assert.deepEqual(first.findings.map((f) => f.ruleId), ['ndc-missing', 'noc-description-missing']);
    assert.ok(first.findings.every((f) => f.severity === 'error'));
    const all = view.claims.flatMap((c) => [...c.findings, ...c.lines.flatMap((l) => l.findings)]).length + view.fileFindings.length;
    assert.equal(all, view.summary.shown + (view.summary.truncated ? 1 : 0), 'every shown finding is in the view once');
  });

  it('says which payer each claim is judged as, from the claim itself', () => {
    assert.equal(view.claims[0].payer.label, 'Medicare A/B MAC');
    assert.match(view.claims[0].payer.inForce, /Medicare Part B/);
    assert.equal(view.claims[0].payer.name?.text, 'DEMO PAYER');
  });

  it('keeps patient names out of the model until they are revealed', () => {
    assert.deepEqual(view.claims.map((c) => c.patient), [{ present: true }, { present: true }]);
    assert.doesNotMatch(JSON.stringify(view), /SAMPLE|EXAMPLE, ROBIN/);
    const shown = file(EXAMPLES, 'professional-837p.837');
    const revealed = viewOf(shown.text, 'professional-837p.837', { ...HIDDEN, revealPatients: true }).view;
    assert.deepEqual(revealed.claims.map((c) => c.patient.name), ['SAMPLE, PAT', 'EXAMPLE, ROBIN']);
    assert.equal(revealed.patientsRevealed, true);
  });

  it('shows at most maxLines lines and counts what it left out', () => {
    const { view: capped } = viewOf(file(EXAMPLES, 'professional-837p.837').text, 'x.837', { ...HIDDEN, maxLines: 3 });
    assert.deepEqual(capped.claims.map((c) => c.lines.length), [3]);
    assert.deepEqual(capped.omitted, { claims: 1, lines: 1 + view.claims[1].lines.length });
  });

  it('says nothing about a code the data does not hold', () => {
    const text = file(EXAMPLES, 'professional-837p.837').text.replace('HC:J7507', 'HC:99213');
    const line = viewOf(text, 'x.837').view.claims[0].lines[3];
    assert.equal(line.code?.text, '99213');
    assert.equal(line.code?.descriptor, undefined);
  });
});

describe('claim view: X12 837I', () => {
  const { view } = file(EXAMPLES, 'institutional-837i.837i');
  it('shows the revenue code next to the procedure code, and the claim date', () => {
    assert.equal(view.format?.label, '837I');
    const [first, second] = view.claims[0].lines;
    assert.equal(first.revenueCode?.text, '0636');
    assert.equal(second.code?.descriptor, 'Mycophenolic acid, oral, 180 mg');
    assert.deepEqual(second.modifiers.map((m) => m.text), ['JZ']);
    assert.equal(first.drug?.quantity?.text, '-5');
    assert.ok(first.findings.some((f) => f.ruleId === 'ndc-quantity'));
  });
});

describe('claim view: FHIR R4', () => {
  const { view, at } = file(EXAMPLES, 'fhir-claim-j7599.json');
  it('reads the claim, its lines and NDC codings; a line without an NDC has no drug', () => {
    assert.equal(view.format?.label, 'FHIR R4');
    assert.equal(view.claims[0].label, 'demo-claim-3001');
    const [first, second] = view.claims[0].lines;
    assert.equal(first.drug?.drugName, 'Envarsus XR');
    assert.equal(at(first.drug!.at), '68992-3010-03');
    assert.equal(second.drug, undefined);
    assert.deepEqual(second.findings.map((f) => f.ruleId), ['ndc-missing', 'noc-description-missing']);
    assert.equal(view.claims[0].payer.label, 'payer not known');
  });
});

describe('claim view: claim JSON', () => {
  it('reads Change Healthcare professional claims with the commercial payer in force', () => {
    const { view, at } = file(EXAMPLES, 'claim-json-professional.json');
    assert.equal(view.format?.label, 'claim JSON');
    const claim = view.claims[0];
    assert.equal(claim.payer.label, 'commercial');
    assert.deepEqual(claim.lines.map((l) => l.code?.text), ['J7599', 'J7507']);
    assert.equal(claim.lines[1].code?.descriptor, 'Tacrolimus, immediate release, oral, 1 mg');
    assert.equal(claim.lines[0].drug?.drugName, 'Rapamune');
    assert.equal(at(claim.lines[0].drug!.at), '0008-1041-05', 'a JSON value points inside its quotes');
  });

  it('reads the Stedi native shape', () => {
    const { view } = file(join(FIXTURES, 'json'), 'stedi-native-j7599.json');
    assert.equal(view.format?.label, 'claim JSON');
    assert.ok(view.claims.length > 0 && view.claims[0].lines.some((l) => l.code?.text === 'J7599'));
  });
});

describe('claim view: files that are not claims, or are broken', () => {
  it('a JSON file that is not a claim has no format and no claims', () => {
    const { view } = viewOf('{"name":"x","version":"1.0.0"}', 'package.json');
    assert.equal(view.format, undefined);
    assert.deepEqual(view.claims, []);
  });

  it('findings outside every claim are the file\'s own (a broken envelope)', () => {
    const text = readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8').replace(/IEA\*[^~]*~\s*$/, '');
    const { view } = viewOf(text, 'x.837');
    assert.ok(view.fileFindings.some((f) => f.ruleId === 'x12-envelope'), JSON.stringify(view.fileFindings.map((f) => f.ruleId)));
  });
});
