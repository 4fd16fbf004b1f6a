import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readX12 } from '../../server/src/core/formats/x12/reader';
import { parseDocument } from '../../server/src/core/parse';
import { FIXTURES } from '../helpers/paths';
import { assertSpansExact, errors, messages } from './x12-support';

interface Expected {
  file: string;
  format: 'x12-837p' | 'x12-837i';
  /** Lines per claim. */
  lines: number[];
  /** Procedure codes of all lines, in order ('' when the line has none). */
  codes: string[];
  ndcs?: string[];
  /** Problems the file really has (per the sample INDEX); every other sample must read without any error. */
  errors?: RegExp[];
  warnings?: RegExp[];
}

const J3490_INFUSION = ['S9500', 'J0696', 'J7051', 'J3490', 'J3490', 'J3490'];
const INFUSION_NDCS = ['00004196501', '63323024910', '00338004938', '08290033010', '08290038005'];
const CASE1 = ['99213', '87070', '99214', '86663'];
const COB = ['99213', '90782', 'J3301'];
const REV_ONLY = Array(9).fill('');
const FOUR_010 = /it is X12 4010/;

const SAMPLES: Expected[] = [
  { file: '837i-databricks-centene-rev-only-cr-terminators.txt', format: 'x12-837i', lines: [9], codes: REV_ONLY },
  { file: '837i-databricks-malformed-missing-isa-iea.txt', format: 'x12-837i', lines: [9], codes: REV_ONLY, errors: [/^Add the ISA interchange header/], warnings: [/IEA trailer or add its ISA header/] },
  { file: '837i-lfh-x12-demo-sv2-hcpcs-secondary-payer.837i', format: 'x12-837i', lines: [2], codes: ['85025', '93005'] },
  { file: '837i-lfh-x12-two-claims-single-provider.837i', format: 'x12-837i', lines: [2, 1], codes: ['85025', '93005', '85087'] },
  { file: '837i-oopfactory-4010-rev0270-j1120-bom-crlf.txt', format: 'x12-837i', lines: [3], codes: ['81000', '76092', 'J1120'], warnings: [FOUR_010] },
  {
    file: '837i-oopfactory-5010-ppo-repriced-bom-crlf.txt', format: 'x12-837i', lines: [2], codes: ['HC>92557', 'HC>92567'],
    warnings: [/Make GS08 \(005010X222\) match ST03 \(005010X223\)/, /Make ISA16 \(":"\) and the body agree: "HC>92557" uses ">"/],
  },
  { file: '837i-stupidedi-institutional-claim-oneline.edi', format: 'x12-837i', lines: [2], codes: ['85025', '93005'] },
  { file: '837p-databricks-centene-cr-terminators.txt', format: 'x12-837p', lines: [2], codes: ['H0004', 'H0004'] },
  { file: '837p-databricks-chpw-multi-st-crlf.txt', format: 'x12-837p', lines: [1, 1, 1, 1, 1], codes: ['H0003', '96153', 'T1017', '90853', 'H0003'] },
  { file: '837p-databricks-molina-mockup-multi-billing-cr.txt', format: 'x12-837p', lines: [1, 1, 1, 2], codes: ['01710', '00731', '00840', '00902', '62322'], warnings: [/Set IEA02 to 000001508 to match ISA13: it is 000001770/] },
  { file: '837p-databricks-two-claims-one-st.txt', format: 'x12-837p', lines: [1, 1], codes: ['99213', '99213'] },
  { file: '837p-donfox-pyx12-837p-to-json-blank-lines.txt', format: 'x12-837p', lines: [2], codes: ['99213', '87070'] },
  { file: '837p-lfh-x12-4010-cob.837', format: 'x12-837p', lines: [3], codes: COB, warnings: [FOUR_010] },
  { file: '837p-lfh-x12-ambulance-example5.837', format: 'x12-837p', lines: [4], codes: ['A0427', 'A0425', 'A0422', 'A0382'] },
  { file: '837p-lfh-x12-cob-example3a.837', format: 'x12-837p', lines: [3], codes: COB },
  { file: '837p-lfh-x12-demo-basic-trailing-blank-line.837', format: 'x12-837p', lines: [4], codes: CASE1 },
  { file: '837p-lfh-x12-drug-office-j1550-ndc.837', format: 'x12-837p', lines: [2], codes: ['90782', 'J1550'], ndcs: ['00026063512'] },
  { file: '837p-lfh-x12-home-infusion-j0696-j7051-j3490-noc-ndc.837', format: 'x12-837p', lines: [6], codes: J3490_INFUSION, ndcs: INFUSION_NDCS },
  { file: '837p-lfh-x12-home-infusion-s5000-ndc.837', format: 'x12-837p', lines: [6], codes: ['S9500', 'S5001', 'S5000', 'S5000', 'S5000', 'S5000'], ndcs: INFUSION_NDCS },
  { file: '837p-oopfactory-4010-cob-j3301-bom-crlf.txt', format: 'x12-837p', lines: [3], codes: COB, warnings: [FOUR_010] },
  { file: '837p-oopfactory-example1-2-3-two-st-j3301-bom-crlf.txt', format: 'x12-837p', lines: [4, 3, 4], codes: [...CASE1, ...COB, '99213', '87072', '99214', '86663'] },
  { file: '837p-oopfactory-medicaid-masked-bom-indented-pipe-rep.txt', format: 'x12-837p', lines: [2, 2, 2, 2, 2], codes: Array(5).fill(['99999', 'X9999']).flat() },
  { file: '837p-oopfactory-st1309-xx-bom-crlf.txt', format: 'x12-837p', lines: [2], codes: ['99204', '73610'] },
  { file: '837p-stupidedi-anesthesia-oneline.edi', format: 'x12-837p', lines: [1], codes: ['00142'] },
  { file: '837p-stupidedi-case1-prose-header-dot-padding.edi', format: 'x12-837p', lines: [4], codes: CASE1, warnings: [/Remove the text before the ISA header/] },
  { file: '837p-stupidedi-drug-office-j1550-ndc-oneline.edi', format: 'x12-837p', lines: [2], codes: ['90782', 'J1550'], ndcs: ['00026063512'] },
  { file: '837p-stupidedi-home-infusion-j3490-noc-ndc-oneline.edi', format: 'x12-837p', lines: [6], codes: J3490_INFUSION, ndcs: INFUSION_NDCS },
];

const read = (file: string): string => readFileSync(join(FIXTURES, 'samples', file), 'utf8');

describe('readX12: public X12 samples', () => {
  for (const s of SAMPLES) {
    it(s.file, () => {
      const doc = readX12(read(s.file));
      assert.equal(doc.format, s.format);
      assert.deepEqual(doc.claims.map((c) => c.lines.length), s.lines);
      assert.deepEqual(doc.claims.flatMap((c) => c.lines.map((l) => l.procedure?.code.value ?? '')), s.codes);
      assert.deepEqual(doc.claims.flatMap((c) => c.lines.flatMap((l) => (l.drug ? [l.drug.code.value] : []))), s.ndcs ?? []);
      const errs = errors(doc);
      assert.equal(errs.length, (s.errors ?? []).length, `errors: ${errs.join(' | ')}`);
      (s.errors ?? []).forEach((re, i) => assert.match(errs[i], re));
      const warnings = doc.problems.filter((p) => p.severity === 'warning').map((p) => p.message);
      assert.equal(warnings.length, (s.warnings ?? []).length, `warnings: ${warnings.join(' | ')}`);
      for (const re of s.warnings ?? []) assert.ok(warnings.some((w) => re.test(w)), `expected a warning matching ${re}`);
      assertSpansExact(doc);
    });
  }

  it('the UTF-16 sample is refused with one clear error (by the sniffer and by the reader)', () => {
    const text = read('837p-oopfactory-utf16le-truncated.txt');
    for (const doc of [parseDocument(text, { fileName: 'x.txt' }), readX12(text)]) {
      assert.equal(doc.claims.length, 0);
      assert.equal(doc.problems.length, 1);
      assert.match(doc.problems[0].message, /UTF-16/);
    }
  });

  it('reads the IG drug example in detail (J1550 with NDC, CTP quantity and unit, AMT on the line)', () => {
    const doc = readX12(read('837p-lfh-x12-drug-office-j1550-ndc.837'));
    const line = doc.claims[0].lines[1];
    assert.equal(line.drug?.qualifier?.value, 'N4');
    assert.equal(line.drug?.quantity?.value, '10.00');
    assert.equal(line.drug?.unit?.value, 'ML');
    assert.equal(line.units?.value, '1.00');
    assert.equal(doc.claims[0].patientName, 'Vaughn, Steve');
  });

  it('reads J3490 descriptions, RD8 start dates and the SV1/CTP unit difference', () => {
    const doc = readX12(read('837p-lfh-x12-home-infusion-j0696-j7051-j3490-noc-ndc.837'));
    const lines = doc.claims[0].lines;
    assert.deepEqual(lines.slice(3).map((l) => l.procedure?.description?.value), ['Sod Chl 0.9%see NDC#', 'Sod Chl 0.9% see NDC#', 'Hep Lock see NDC#']);
    assert.equal(lines[1].units?.value, '56.00');
    assert.equal(lines[1].drug?.quantity?.value, '7.00');
    assert.ok(lines.every((l) => l.serviceDate?.iso === '2004-02-01'));
    assert.ok(messages(doc).length === 0);
  });

  it('reads anesthesia modifiers and a 6-component SV101 with an empty gap', () => {
    const anesthesia = readX12(read('837p-stupidedi-anesthesia-oneline.edi')).claims[0].lines[0];
    assert.deepEqual(anesthesia.procedure?.modifiers.map((m) => m.value), ['QK', 'QS', 'P1']);
    assert.equal(anesthesia.unitOfMeasure?.value, 'MJ');
    const molina = readX12(read('837p-databricks-molina-mockup-multi-billing-cr.txt')).claims[0].lines[0];
    assert.deepEqual(molina.procedure?.modifiers.map((m) => m.value), ['QZ']);
    assert.equal(molina.procedure?.description?.value, '64718');
  });

  it('takes the 837I statement date (DTP*434) as the claim date', () => {
    const doc = readX12(read('837i-databricks-centene-rev-only-cr-terminators.txt'));
    assert.equal(doc.claims[0].serviceDate?.iso, '2018-06-28');
    assert.deepEqual(doc.claims[0].lines.map((l) => l.revenueCode?.value), ['0124', '0250', '0260', '0300', '0301', '0305', '0306', '0307', '0351']);
    assert.equal(doc.claims[0].lines[1].procedure, undefined, 'SV202 is empty on the 0250 line');
  });
});
