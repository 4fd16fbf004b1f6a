// The format registry is the one list of formats: every other place that names formats or their files follows it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extensionsOf, FORMAT_CATALOG } from '../../server/src/core/formats/catalog';
import { FORMATS } from '../../server/src/core/formats/registry';
import { REPO_ROOT } from '../helpers/paths';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  contributes: { languages: { id: string; extensions: string[] }[]; jsonValidation?: { fileMatch: string; url: string }[] };
};

describe('format registry', () => {
  it('lists every format of the catalog once, in the same order', () => {
    assert.deepEqual(FORMATS.map((f) => f.id), FORMAT_CATALOG.map((f) => f.id));
  });

  it('package.json opens the X12 family\'s file endings as x12, no more, no fewer', () => {
    const x12 = manifest.contributes.languages.find((l) => l.id === 'x12');
    assert.deepEqual([...(x12?.extensions ?? [])].sort(), extensionsOf('x12').sort());
  });

  it('every format names each field it is asked for', () => {
    for (const format of FORMATS) {
      for (const name of ['procedureCode', 'modifiers', 'description', 'units', 'charge', 'serviceDate', 'drug', 'ndc', 'ndcQualifier', 'ndcQuantity', 'ndcUnit', 'lineAuthorization', 'claimAuthorization', 'diagnoses', 'diagnosisPointers', 'lineNote', 'claimNote', 'attachment', 'filingCode', 'payer'] as const) {
        const label = format.field(name);
        assert.ok(typeof label === 'string' && label.trim() !== '', `${format.id} names ${name}`);
      }
    }
  });

  it('contributes the settings file schema to VS Code', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.claimlintrc.json', url: './schemas/claimlintrc.schema.json' }]);
  });
});
