import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core/parse';

describe('parseDocument dispatch', () => {
  const brokenSettings = '{ "editor.fontSize": 12,, }';

  it('stays silent on JSON without claim markers in the editor (every JSON file passes by)', () => {
    const doc = parseDocument(brokenSettings, { fileName: 'file:///project/settings.json', languageId: 'json' });
    assert.equal(doc.format, 'none');
    assert.deepEqual(doc.problems, []);
  });

  it('reports broken JSON the user asked to check (CLI)', () => {
    const doc = parseDocument(brokenSettings, { fileName: 'settings.json', requested: true });
    assert.equal(doc.format, 'none');
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0].message, /not valid JSON/);
  });

  it('still reads a broken claim in the editor', () => {
    const doc = parseDocument('{"resourceType": "Claim", "item": [}', { languageId: 'json' });
    assert.equal(doc.format, 'fhir');
    assert.ok(doc.problems.length > 0);
  });

  it('sends ISA text to the X12 reader whatever the file is called', () => {
    assert.equal(parseDocument('ISA*00*', { fileName: 'claims.dat' }).format.startsWith('x12'), true);
  });
});
