import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../helpers/paths';
import { problemCases } from './problemCases';

const corpus = (file: string): string => readFileSync(join(FIXTURES, 'corpus', file), 'utf8');
problemCases('not-a-claim', [
  { name: 'an 835 remittance: one notice for the file', text: corpus('x12-other/835-pyx12-5010-t1005.txt'), expect: [{ at: '835', severity: 'information', message: /^This file is an X12 835 \(health care claim payment\/advice\)/ }] },
  { name: 'an 837 dental claim', text: corpus('x12-other/837d-stupidedi-sales-tax-three-lines.edi'), expect: [{ at: '837', message: /837 dental claim/ }] },
  { name: 'EDIFACT', text: corpus('edifact/edifact-edinet-invoic-d97a-una.edi'), hint: { fileName: 'x.edi' }, expect: [{ at: 'UNA', message: /EDIFACT/ }] },
  { name: 'a FHIR STU3 Claim', text: corpus('fhir/fhir-stu3-claim-hl7-institutional-960150.json'), expect: [{ at: 'Claim', message: /FHIR STU3/ }] },
  { name: 'JSON the CLI was asked to check that is not a claim', text: '{"name": "x"}', expect: [{ at: '{', message: /not a claim/ }] },
  { name: 'the same JSON in the editor: silent', text: '{"name": "x"}', hint: { languageId: 'json' }, expect: [] },
]);
