// The public corpus (test/fixtures/corpus, see its README and SOURCES.md): claim files from other projects are read as
// their manifest says (format, claims, lines, codes, NDCs); files claimlint does not check get one notice per kind of
// content and no other finding.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeBytes } from '../../server/src/core/decode';
import { FIXTURES } from '../helpers/paths';
import { checkAll } from './fuzz-support';

interface Entry {
  readonly file: string;
  readonly kind: string;
  readonly claims: number;
  readonly serviceLines: number;
  readonly procedureCodes: readonly string[];
  readonly ndcs: readonly string[];
  readonly transactionSets?: readonly string[];
}

const CORPUS = join(FIXTURES, 'corpus');
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as Entry[];
const FORMAT_OF_KIND: Readonly<Record<string, string>> = { '837P': 'x12-837p', '837I': 'x12-837i', 'fhir-r4': 'fhir' };

describe('public corpus (test/fixtures/corpus)', () => {
  it('has files of every kind the issue asks for', () => {
    const kinds = new Set(manifest.map((e) => e.kind));
    for (const kind of ['837P', '837I', '837D', '835', '278', '999', '850', 'mixed-x12', 'edifact', 'fhir-r4', 'fhir-stu3', 'fhir-dstu2']) assert.ok(kinds.has(kind), kind);
  });

  for (const entry of manifest) {
    it(`${entry.file} (${entry.kind})`, () => {
      const { text } = decodeBytes(readFileSync(join(CORPUS, entry.file)));
      const { doc, result } = checkAll(text, { fileName: entry.file, requested: true });
      const lines = doc.claims.flatMap((c) => c.lines);
      const expected = FORMAT_OF_KIND[entry.kind];
      if (expected && entry.claims > 0) {
        assert.equal(doc.format, expected, 'format');
        assert.equal(doc.claims.length, entry.claims, 'claims');
        assert.equal(lines.length, entry.serviceLines, 'service lines');
        assert.deepEqual(lines.map((l) => l.procedure?.code.value ?? ''), entry.procedureCodes, 'procedure codes');
        assert.deepEqual(lines.flatMap((l) => (l.drug ? [l.drug.code.value] : [])), entry.ndcs, 'NDCs');
        return;
      }
      const notices = result.findings.filter((f) => f.ruleId === 'not-a-claim');
      if (entry.kind === 'mixed-x12') {
        // The 837 sets are read (here they hold no claim); the 278 and 835 sets get one notice per kind.
        assert.deepEqual(notices.map((f) => f.data.text).sort(), [...new Set((entry.transactionSets ?? []).filter((s) => s !== '837'))].map((set) => notices.find((n) => String(n.data.text).includes(`X12 ${set} `))?.data.text).sort());
        assert.equal(doc.claims.length, 0);
        return;
      }
      assert.equal(doc.format, 'none', 'not read as a claim');
      assert.equal(notices.length, 1, `one notice: ${JSON.stringify(result.findings.map((f) => f.message))}`);
      assert.deepEqual(result.findings.filter((f) => f.ruleId !== 'not-a-claim').map((f) => f.message), [], 'nothing else');
    });
  }
});
