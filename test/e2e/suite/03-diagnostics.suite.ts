import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  showDiagnostics as show, fixture, lintDiagnostics, open, rangeOf, ruleOf, sameRange, sleep, waitForDiagnostics, waitForRule, withRule,
} from '../lib/vscodeHelpers';

describe('diagnostics', () => {
  describe('837P, J7599 line without an NDC', () => {
    const uri = () => fixture('j7599-no-ndc.837');

    it('reports ndc-missing once, as an error on the J7599 code', async () => {
      const { document: doc } = await open(uri());
      const found = await waitForRule(uri(), 'ndc-missing');
      assert.equal(found.length, 1, show(found));
      const [d] = found;
      const expected = rangeOf(doc, 'J7599');
      assert.ok(sameRange(d.range, expected), `range ${doc.getText(d.range)!} is not the J7599 code\n    ${show(found)}`);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.match(d.message, /NDC/);
    });

    it('labels diagnostics with source "claimlint" and the rule id as code (with a docs link when code is an object)', async () => {
      const [d] = await waitForRule(uri(), 'ndc-missing');
      assert.equal(d.source, 'claimlint');
      if (typeof d.code === 'object') {
        assert.equal(d.code.value, 'ndc-missing');
        assert.ok(d.code.target instanceof vscode.Uri, 'code.target must be a URI to the rule docs');
      } else {
        assert.equal(d.code, 'ndc-missing');
      }
    });

    it('reports nothing on the ordinary office-visit line (99213)', async () => {
      const { document: doc } = await open(uri());
      await waitForRule(uri(), 'ndc-missing');
      const officeVisitLine = rangeOf(doc, '99213').start.line;
      const onIt = lintDiagnostics(uri()).filter((d) => d.range.start.line === officeVisitLine);
      assert.deepEqual(onIt, [], show(onIt));
    });
  });

  describe('837P, J7599 line with a hyphenated 10-digit NDC (0469-0607-73 = Prograf 1 mg, J7507)', () => {
    const uri = () => fixture('j7599-hyphen-ndc.837');

    it('reports ndc-format on the NDC itself', async () => {
      const { document: doc } = await open(uri());
      const found = await waitForRule(uri(), 'ndc-format');
      assert.equal(found.length, 1, show(found));
      assert.ok(sameRange(found[0].range, rangeOf(doc, '0469-0607-73')), `range is "${doc.getText(found[0].range)}"`);
      assert.match(found[0].message, /11/, 'the message should say NDCs on an 837 need 11 digits');
    });

    it('reports hcpcs-more-specific on J7599, naming J7507', async () => {
      const { document: doc } = await open(uri());
      const found = await waitForRule(uri(), 'hcpcs-more-specific');
      assert.ok(found.some((d) => sameRange(d.range, rangeOf(doc, 'J7599'))), show(found));
      assert.ok(found.some((d) => /J7507/.test(d.message)), show(found));
    });

    it('does not report ndc-missing (the line has an NDC)', async () => {
      await open(uri());
      await waitForRule(uri(), 'ndc-format');
      assert.deepEqual(withRule(uri(), 'ndc-missing'), [], show(lintDiagnostics(uri())));
    });
  });

  for (const [name, label] of [
    ['institutional.837i', '837I (SV2)'],
    ['fhir-claim.json', 'FHIR Claim'],
    ['ch-professional-claim.json', 'Change Healthcare professional claim JSON'],
  ] as const) {
    it(`${label}: ndc-missing on the J7599 code`, async () => {
      const { document: doc } = await open(fixture(name));
      const found = await waitForRule(fixture(name), 'ndc-missing');
      assert.equal(found.length, 1, show(found));
      assert.ok(sameRange(found[0].range, rangeOf(doc, 'J7599')), `range is "${doc.getText(found[0].range)}"`);
    });
  }

  it('a non-claim JSON file (package.json mentioning J7599 and an NDC) gets no claimlint diagnostics', async () => {
    const plain = fixture('not-a-claim/package.json');
    await open(plain);
    // Barrier: once a claim opened after it has been linted, the server has seen package.json too.
    const claim = fixture('fhir-claim.json');
    await open(claim);
    await waitForDiagnostics(claim, (ds) => ds.length > 0, 'any diagnostic on the FHIR claim');
    await sleep(1000);
    assert.deepEqual(lintDiagnostics(plain), [], show(lintDiagnostics(plain)));
  });

  it('diagnostics carry rule ids that exist (no blank codes)', async () => {
    await open(fixture('j7599-hyphen-ndc.837'));
    const all = await waitForRule(fixture('j7599-hyphen-ndc.837'), 'ndc-format');
    for (const d of lintDiagnostics(fixture('j7599-hyphen-ndc.837'))) assert.match(ruleOf(d) ?? '', /^[a-z0-9]+(-[a-z0-9]+)*$/, show(all));
  });
});
