/**
 * The examples of the rule pages (docs/rules/<id>.md), read as claims. A fenced block whose info string is
 * "<syntax> [format] correct|incorrect [file] [payer=XX]" is an example:
 * - x12 (837P), x12 837i: the segments of one service line, from LX, put into a complete claim;
 * - json claim-json / json fhir: one serviceLines[] element / one FHIR item, put into a complete claim;
 * - "file": the block is the whole document, taken as it is;
 * - payer=XX: the claim filing indicator of the claim around it (CI, commercial, unless given).
 * A block "json claimlintrc" holds the .claimlintrc.json settings the page's later examples are checked with.
 * The claim around an example names a payer, a kidney transplant diagnosis (Z94.0) and a prior authorization, so
 * a correct line is judged by itself.
 */
import { DEFAULT_CONFIG, type LintConfig } from '../../server/src/core/config';
import { readRcFile } from '../../server/src/core/settings/rcFile';

export type ExampleFormat = 'x12-837p' | 'x12-837i' | 'claim-json' | 'fhir';

export interface DocExample {
  readonly page: string;
  /** 1-based line of the opening fence, for messages. */
  readonly line: number;
  readonly format: ExampleFormat;
  readonly expect: 'correct' | 'incorrect';
  /** The complete document to lint. */
  readonly text: string;
  readonly config: LintConfig;
}

const FENCE = /^```([^\n`]*)\n([\s\S]*?)^```\s*$/gm;

/** The SOPT payer typology code of the FHIR Coverage around an example, for the filing indicators examples use. */
const SOPT: Readonly<Record<string, string>> = { MB: '121', MA: '121', CI: '5', BL: '6', MC: '2', '16': '11' };

export function examplesOf(page: string, markdown: string): DocExample[] {
  const out: DocExample[] = [];
  let config = DEFAULT_CONFIG;
  for (const m of markdown.matchAll(FENCE)) {
    const words = m[1].trim().split(/\s+/);
    const body = m[2];
    const line = markdown.slice(0, m.index).split('\n').length;
    if (words[0] === 'json' && words[1] === 'claimlintrc') {
      const rc = readRcFile(body, DEFAULT_CONFIG);
      if (!rc.config) throw new Error(`${page}:${line}: the claimlintrc block is not valid: ${rc.problems.map((p) => p.message).join('; ')}`);
      config = rc.config;
      continue;
    }
    const expect = words.includes('correct') ? 'correct' : words.includes('incorrect') ? 'incorrect' : undefined;
    if (!expect) continue;
    const format: ExampleFormat =
      words[0] === 'x12' ? (words.includes('837i') ? 'x12-837i' : 'x12-837p') : words.includes('fhir') ? 'fhir' : 'claim-json';
    const payer = words.find((w) => w.startsWith('payer='))?.slice(6) ?? 'CI';
    const text = words.includes('file') ? body : wrap(format, body, payer);
    out.push({ page, line, format, expect, text, config });
  }
  return out;
}

function wrap(format: ExampleFormat, body: string, payer: string): string {
  if (format === 'x12-837p' || format === 'x12-837i') return wrapX12(body, payer, format === 'x12-837i');
  const fragment = JSON.parse(body) as unknown;
  if (format === 'fhir') {
    const coverage: Record<string, unknown> = { resourceType: 'Coverage', id: 'cov1', status: 'active', payor: [{ display: 'PAYER', identifier: { value: 'P1' } }] };
    if (SOPT[payer]) coverage.type = { coding: [{ system: 'https://nahdo.org/sopt', code: SOPT[payer] }] };
    return JSON.stringify(
      {
        resourceType: 'Claim',
        id: 'C1',
        status: 'active',
        use: 'claim',
        contained: [coverage],
        insurance: [{ sequence: 1, focal: true, coverage: { reference: '#cov1' }, preAuthRef: ['PA-1'] }],
        diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'Z94.0' }] } }],
        item: [fragment],
      },
      null,
      2,
    );
  }
  return JSON.stringify(
    {
      tradingPartnerServiceId: 'P1',
      tradingPartnerName: 'PAYER',
      claimInformation: {
        patientControlNumber: 'C1',
        claimFilingCode: payer,
        healthCareCodeInformation: [{ diagnosisTypeCode: 'ABK', diagnosisCode: 'Z940' }],
        claimSupplementalInformation: { priorAuthorizationNumber: 'PA-1' },
        serviceLines: [fragment],
      },
    },
    null,
    2,
  );
}

function wrapX12(body: string, payer: string, institutional: boolean): string {
  const version = institutional ? '005010X223A2' : '005010X222A1';
  const head = [
    'ISA*00*          *00*          *ZZ*CLINIC         *ZZ*PAYER          *261105*1200*^*00501*000000001*0*P*:~',
    `GS*HC*CLINIC*PAYER*20261105*1200*1*X*${version}~`,
  ];
  const set = [
    `ST*837*0001*${version}~`,
    'BHT*0019*00*1*20261105*1200*CH~',
    'NM1*41*2*CLINIC*****46*S1~',
    'PER*IC*BILLING*TE*5555550100~',
    'NM1*40*2*PAYER*****46*P1~',
    'HL*1**20*1~',
    'NM1*85*2*CLINIC*****XX*1234567893~',
    'N3*1 MAIN ST~',
    'N4*SPRINGFIELD*IL*627010000~',
    'REF*EI*990000001~',
    'HL*2*1*22*0~',
    `SBR*P*18*******${payer}~`,
    'NM1*IL*1*DOE*JO****MI*M1~',
    'NM1*PR*2*PAYER*****PI*P1~',
    institutional ? 'CLM*C1*95***13:A:1**A*Y*Y~' : 'CLM*C1*95***11:B:1*Y*A*Y*Y~',
    ...(institutional ? ['DTP*434*RD8*20261105-20261105~', 'CL1*1*1*01~'] : []),
    'REF*G1*PA-1~',
    'HI*ABK:Z940~',
    ...body.split('\n').map((l) => l.trim()).filter((l) => l !== ''),
  ];
  // A segment the example writes without its terminator stays so: the count is of segments as the reader splits them.
  const segments = set.length + 1;
  return [...head, ...set, `SE*${segments}*0001~`, 'GE*1*1~', 'IEA*1*000000001~'].join('\n') + '\n';
}
