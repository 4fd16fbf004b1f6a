import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture } from '../lib/vscodeHelpers';

describe('language ids', () => {
  const cases: [string, string][] = [
    ['j7599-no-ndc.837', 'x12'], // by extension
    ['institutional.837i', 'x12'], // .837i
    ['isa-first-line.dat', 'x12'], // unknown extension: recognised by the ISA first line
    ['fhir-claim.json', 'json'],
    ['not-a-claim/package.json', 'json'],
  ];
  for (const [name, id] of cases) {
    it(`${name} opens as "${id}"`, async () => {
      const doc = await vscode.workspace.openTextDocument(fixture(name));
      assert.equal(doc.languageId, id);
    });
  }
});
