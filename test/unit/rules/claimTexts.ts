/**
 * Small claim texts for rule tests: one description of a claim, written out in each format the readers accept.
 * Omitted fields are left out of the text (not written empty), so "missing" cases are real omissions.
 */
import type { CaseFormat } from '../../helpers/ruleHarness';

export interface LineSpec {
  readonly code?: string;
  readonly modifiers?: readonly string[];
  readonly description?: string;
  readonly units?: string;
  readonly charge?: string;
  /** YYYY-MM-DD. */
  readonly date?: string;
  readonly ndc?: string;
  /** LIN02 / serviceIdQualifier; defaults to N4 where the format has one. */
  readonly qualifier?: string;
  readonly qty?: string;
  readonly unit?: string;
  readonly priorAuth?: string;
}

export interface ClaimSpec {
  readonly lines: readonly LineSpec[];
  readonly priorAuth?: string;
  /** Claim filing indicator (837 SBR09, claimFilingCode; FHIR: the matching Coverage.type SOPT code). Default MB; '' writes none. */
  readonly filingCode?: string;
  /** Payer name and id (837 NM1*PR, tradingPartnerName/ServiceId, FHIR payor). Default PAYER / P1. */
  readonly payerName?: string;
  readonly payerId?: string;
  /** ICD-10 diagnoses on the claim (837 HI, healthCareCodeInformation, FHIR diagnosis). Default Z940 (kidney transplant status). */
  readonly diagnoses?: readonly string[];
}

/** The SOPT payer typology code a FHIR Coverage.type carries for each filing code used in tests. */
const SOPT: Readonly<Record<string, string>> = { MB: '121', MA: '121', CI: '5', BL: '6', MC: '2', '16': '11' };

/** A J7599 tacrolimus line in every field, the base most cases change one thing in. */
export const TACRO: LineSpec = {
  code: 'J7599',
  description: 'TACROLIMUS 1 MG CAPSULE X 60',
  units: '60',
  charge: '95.00',
  date: '2026-11-05',
  ndc: '12345678901',
  qty: '60',
  unit: 'UN',
};

const compact = (iso: string): string => iso.replace(/-/g, '');

function x12(spec: ClaimSpec, kind: 'p' | 'i'): string {
  const version = kind === 'p' ? '005010X222A1' : '005010X223A2';
  const segs: string[] = [
    'ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *261130*1200*^*00501*000000001*0*T*:',
    `GS*HC*SUBMITTER*RECEIVER*20261130*1200*1*X*${version}`,
    `ST*837*0001*${version}`,
    'BHT*0019*00*T1*20261130*1200*CH',
    'NM1*41*2*CLINIC*****46*S1',
    'PER*IC*BILLING*TE*5555550100',
    'NM1*40*2*PAYER*****46*P1',
    'HL*1**20*1',
    'NM1*85*2*CLINIC*****XX*1234567893',
    'N3*1 WAY',
    'N4*CITY*IL*627010000',
    'REF*EI*990000001',
    'HL*2*1*22*0',
    trimEnd(`SBR*P*18*******${filingOf(spec)}`),
    'NM1*IL*1*DOE*JO****MI*M1',
    `NM1*PR*2*${spec.payerName ?? 'PAYER'}*****PI*${spec.payerId ?? 'P1'}`,
    kind === 'p' ? 'CLM*C1*100***11:B:1*Y*A*Y*Y' : 'CLM*C1*100***13:A:1**A*Y*Y',
  ];
  if (kind === 'i') segs.push('DTP*434*RD8*20261101-20261130', 'CL1*1*1*01');
  if (spec.priorAuth) segs.push(`REF*G1*${spec.priorAuth}`);
  const dx = diagnosesOf(spec);
  if (dx.length) segs.push(`HI*${dx.map((d, i) => `${i === 0 ? 'ABK' : 'ABF'}:${d}`).join('*')}`);
  spec.lines.forEach((l, i) => {
    segs.push(`LX*${i + 1}`);
    const composite = ['HC', l.code ?? '', ...padModifiers(l.modifiers ?? [], l.description !== undefined), ...(l.description !== undefined ? [l.description] : [])]
      .join(':')
      .replace(/:+$/, '');
    if (kind === 'p') segs.push(trimEnd(`SV1*${composite}*${l.charge ?? ''}*UN*${l.units ?? ''}***1`));
    else segs.push(trimEnd(`SV2*0250*${composite}*${l.charge ?? ''}*UN*${l.units ?? ''}`));
    if (l.date) segs.push(`DTP*472*D8*${compact(l.date)}`);
    if (l.priorAuth) segs.push(`REF*G1*${l.priorAuth}`);
    if (l.ndc !== undefined) {
      segs.push(`LIN**${l.qualifier ?? 'N4'}*${l.ndc}`);
      segs.push(trimEnd(`CTP****${l.qty ?? ''}*${l.unit ?? ''}`));
    }
  });
  const count = segs.length - 2 + 1; // ST..SE inclusive: segments after GS plus SE
  segs.push(`SE*${count}*0001`, 'GE*1*1', 'IEA*1*000000001');
  return segs.join('~\n') + '~\n';
}

function filingOf(spec: ClaimSpec): string {
  return spec.filingCode ?? 'MB';
}

function diagnosesOf(spec: ClaimSpec): readonly string[] {
  return spec.diagnoses ?? ['Z940'];
}

/** SV101-3..6: four modifier slots when a description (SV101-7) follows. */
function padModifiers(mods: readonly string[], fill: boolean): string[] {
  if (!fill) return [...mods];
  return [...mods, '', '', '', ''].slice(0, 4);
}

function trimEnd(segment: string): string {
  return segment.replace(/\*+$/, '');
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

function chJson(spec: ClaimSpec, institutional: boolean): string {
  const lines = spec.lines.map((l) => {
    const service: Record<string, unknown> = {};
    if (institutional) service.serviceLineRevenueCode = '0250';
    service.procedureIdentifier = 'HC';
    if (l.code !== undefined) service.procedureCode = l.code;
    if (l.modifiers) service.procedureModifiers = l.modifiers;
    if (l.description !== undefined && !institutional) service.description = l.description;
    if (l.charge !== undefined) service.lineItemChargeAmount = l.charge;
    service.measurementUnit = 'UN';
    if (l.units !== undefined) service.serviceUnitCount = l.units;
    if (!institutional) service.compositeDiagnosisCodePointers = { diagnosisCodePointers: ['1'] };
    const line: Record<string, unknown> = {};
    if (l.date) line.serviceDate = compact(l.date);
    line[institutional ? 'institutionalService' : 'professionalService'] = service;
    if (institutional && l.description !== undefined) line.description = l.description;
    if (l.priorAuth) {
      if (institutional) line.lineSupplementInformation = { priorAuthorizationNumber: l.priorAuth };
      else line.serviceLineReferenceInformation = { priorAuthorization: [{ priorAuthorizationOrReferralNumber: l.priorAuth }] };
    }
    if (l.ndc !== undefined) {
      const drug: Record<string, unknown> = {};
      if (!institutional) drug.serviceIdQualifier = l.qualifier ?? 'N4';
      drug.nationalDrugCode = l.ndc;
      if (l.qty !== undefined) drug.nationalDrugUnitCount = l.qty;
      if (l.unit !== undefined) drug.measurementUnitCode = l.unit;
      line.drugIdentification = drug;
    }
    return line;
  });
  const info: Record<string, unknown> = { patientControlNumber: 'C1' };
  if (filingOf(spec)) info.claimFilingCode = filingOf(spec);
  const dx = diagnosesOf(spec);
  if (institutional && dx.length) info.principalDiagnosis = { qualifierCode: 'ABK', principalDiagnosisCode: dx[0] };
  else if (dx.length) info.healthCareCodeInformation = dx.map((d, i) => ({ diagnosisTypeCode: i === 0 ? 'ABK' : 'ABF', diagnosisCode: d }));
  if (spec.priorAuth) info.claimSupplementalInformation = { priorAuthorizationNumber: spec.priorAuth };
  info.serviceLines = lines;
  return json({ tradingPartnerServiceId: spec.payerId ?? 'P1', tradingPartnerName: spec.payerName ?? 'PAYER', claimInformation: info });
}

function fhir(spec: ClaimSpec): string {
  const items = spec.lines.map((l, i) => {
    const product: Record<string, unknown> = {
      coding: l.code !== undefined ? [{ system: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: l.code }] : [],
    };
    if (l.description !== undefined) product.text = l.description;
    const item: Record<string, unknown> = { sequence: i + 1, diagnosisSequence: [1], productOrService: product };
    if (l.modifiers) item.modifier = l.modifiers.map((m) => ({ coding: [{ code: m }] }));
    if (l.date) item.servicedDate = l.date;
    if (l.units !== undefined) item.quantity = { value: numberOrText(l.units) };
    if (l.charge !== undefined) item.net = { value: numberOrText(l.charge), currency: 'USD' };
    if (l.ndc !== undefined) {
      const quantity: Record<string, unknown> = {};
      if (l.qty !== undefined) quantity.value = numberOrText(l.qty);
      if (l.unit !== undefined) quantity.unit = l.unit;
      item.detail = [{ sequence: 1, productOrService: { coding: [{ system: 'http://hl7.org/fhir/sid/ndc', code: l.ndc }] }, quantity }];
    }
    return item;
  });
  const insurance: Record<string, unknown> = { sequence: 1, focal: true, coverage: { reference: '#cov1' } };
  if (spec.priorAuth) insurance.preAuthRef = [spec.priorAuth];
  const coverage: Record<string, unknown> = { resourceType: 'Coverage', id: 'cov1', status: 'active' };
  const sopt = SOPT[filingOf(spec)];
  if (sopt) coverage.type = { coding: [{ system: 'https://nahdo.org/sopt', code: sopt }] };
  coverage.payor = [{ display: spec.payerName ?? 'PAYER', identifier: { value: spec.payerId ?? 'P1' } }];
  const diagnosis = diagnosesOf(spec).map((d, i) => ({ sequence: i + 1, diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: d }] } }));
  return json({ resourceType: 'Claim', id: 'c1', status: 'active', use: 'claim', contained: [coverage], insurance: [insurance], ...(diagnosis.length ? { diagnosis } : {}), item: items });
}

/** Numbers stay JSON numbers so FHIR stays valid; anything else (a typo under test) is written as a string. */
function numberOrText(text: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

export function claimText(format: CaseFormat | 'claim-json-institutional', spec: ClaimSpec): string {
  switch (format) {
    case 'x12-837p':
      return x12(spec, 'p');
    case 'x12-837i':
      return x12(spec, 'i');
    case 'fhir':
      return fhir(spec);
    case 'claim-json':
      return chJson(spec, false);
    case 'claim-json-institutional':
      return chJson(spec, true);
  }
}

export const FORMATS: readonly CaseFormat[] = ['x12-837p', 'x12-837i', 'fhir', 'claim-json'];

/** One line spec written in all four formats. */
export function inEveryFormat(spec: ClaimSpec): { format: CaseFormat; text: string }[] {
  return FORMATS.map((format) => ({ format, text: claimText(format, spec) }));
}

export function oneLine(line: LineSpec, claim: Omit<ClaimSpec, 'lines'> = {}): ClaimSpec {
  return { ...claim, lines: [line] };
}
