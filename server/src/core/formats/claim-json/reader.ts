import { NONE, type Claim, type Diagnosis, type DiagnosisPointer, type DrugIdentification, type JsonLineAnchor, type PayerRef, type Procedure, type ServiceLine, type Valued } from '../../model';
import { at, child, dateValued, elements, isObject, nonBlank, spanOf, stringValue, valued, type Node } from '../json/nodes';
import type { ClaimCounter } from '../json/reader';

/**
 * Change Healthcare / Stedi "CH" claim JSON (professional and institutional submissions), field names per
 * docs/claim-json-fields.md §2–§6. Almost every value is a string there, but numbers are read too: people
 * hand-write `"serviceUnitCount": 2`, and the linter should see the value rather than nothing.
 */
export function readChClaim(text: string, root: Node, counter: ClaimCounter): Claim {
  const info = child(root, 'claimInformation');
  const claimAuth = nonBlank(valued(text, at(info, 'claimSupplementalInformation', 'priorAuthorizationNumber')));
  const diagnoses = readChDiagnoses(text, info);
  const lines = elements(child(info, 'serviceLines')).map((line, index) => readChLine(text, line, index, diagnoses));
  const note = nonBlank(valued(text, at(info, 'claimNote', 'additionalInformation')));
  return {
    index: counter.next(),
    id: nonBlank(valued(text, child(info, 'patientControlNumber'))),
    span: spanOf(root),
    priorAuthorizations: claimAuth ? [claimAuth] : NONE,
    // Only 837I has a claim-level date (the statement period); 837P lines must each carry serviceDate.
    serviceDate: dateValued(text, at(info, 'claimDateInformation', 'statementBeginDate')),
    patientName: personName(child(root, 'dependent')) ?? personName(child(root, 'subscriber')),
    payer: chPayer(text, root, info),
    diagnoses,
    notes: note ? [note] : NONE,
    attachments: valuedList(text, elements(at(info, 'claimSupplementalInformation', 'reportInformations')).map((r) => child(r, 'attachmentReportTypeCode'))),
    lines,
  };
}

/** The payer: claimFilingCode (SBR09), tradingPartnerServiceId (payer id) and tradingPartnerName, else the receiver's name. */
function chPayer(text: string, root: Node, info: Node | undefined): PayerRef {
  const filing = child(info, 'claimFilingCode');
  const filingCode = nonBlank(valued(text, filing));
  const name = nonBlank(valued(text, child(root, 'tradingPartnerName'))) ?? nonBlank(valued(text, at(root, 'receiver', 'organizationName')));
  const id = nonBlank(valued(text, child(root, 'tradingPartnerServiceId')));
  if (!filingCode && !name && !id) return EMPTY_PAYER;
  const where = filing ?? child(root, 'tradingPartnerServiceId') ?? child(root, 'receiver');
  return { filingCode, name, id, span: where ? spanOf(where) : undefined };
}

const EMPTY_PAYER: PayerRef = Object.freeze({});

/**
 * 837P healthCareCodeInformation[] (HI, in order); 837I principalDiagnosis then otherDiagnosisInformationList (which
 * Stedi nests as arrays of arrays).
 */
function readChDiagnoses(text: string, info: Node | undefined): Diagnosis[] {
  const out: Diagnosis[] = [];
  const add = (qualifier: Node | undefined, code: Node | undefined): void => {
    const value = nonBlank(valued(text, code));
    if (value) out.push({ code: value, qualifier: valued(text, qualifier), sequence: out.length + 1 });
  };
  for (const entry of elements(child(info, 'healthCareCodeInformation'))) add(child(entry, 'diagnosisTypeCode'), child(entry, 'diagnosisCode'));
  const principal = child(info, 'principalDiagnosis');
  add(child(principal, 'qualifierCode'), child(principal, 'principalDiagnosisCode'));
  for (const group of elements(child(info, 'otherDiagnosisInformationList'))) {
    for (const entry of group.type === 'array' ? elements(group) : [group]) add(child(entry, 'qualifierCode'), child(entry, 'otherDiagnosisCode'));
  }
  return out;
}

function readChLine(text: string, line: Node, index: number, diagnoses: readonly Diagnosis[]): ServiceLine {
  const professional = child(line, 'professionalService');
  const institutional = child(line, 'institutionalService');
  // A line with neither object is still a line (the coder is mid-edit); treat it as professional, the common case.
  const isInstitutional = isObject(institutional) && !isObject(professional);
  const service = isInstitutional ? institutional : isObject(professional) ? professional : undefined;

  const code = nonBlank(valued(text, child(service, 'procedureCode')));
  // 837I has two description slots: the line-level one Stedi documents for NOC drugs, and SV202-7 inside the service.
  const description = isInstitutional
    ? (valued(text, child(line, 'description')) ?? valued(text, child(service, 'description')))
    : valued(text, child(service, 'description'));
  const procedure: Procedure | undefined =
    code && service
      ? {
          qualifier: valued(text, child(service, 'procedureIdentifier')),
          code,
          modifiers: valuedList(text, elements(child(service, 'procedureModifiers'))),
          description,
          span: spanOf(service),
        }
      : undefined;

  const auths: Valued[] = [];
  for (const entry of elements(at(line, 'serviceLineReferenceInformation', 'priorAuthorization'))) {
    const number = nonBlank(valued(text, child(entry, 'priorAuthorizationOrReferralNumber')));
    if (number) auths.push(number);
  }
  const supplemental = nonBlank(valued(text, at(line, 'lineSupplementInformation', 'priorAuthorizationNumber')));
  if (supplemental) auths.push(supplemental);

  const anchor: JsonLineAnchor = {
    kind: 'json-line',
    shape: isInstitutional ? 'ch-institutional' : 'ch-professional',
    line,
    service,
  };
  return {
    number: index + 1,
    span: spanOf(line),
    procedure,
    revenueCode: isInstitutional ? valued(text, child(service, 'serviceLineRevenueCode')) : undefined,
    units: valued(text, child(service, 'serviceUnitCount')),
    unitOfMeasure: valued(text, child(service, 'measurementUnit')),
    charge: valued(text, child(service, 'lineItemChargeAmount')),
    serviceDate: dateValued(text, child(line, 'serviceDate')),
    priorAuthorizations: auths,
    drug: readChDrug(text, child(line, 'drugIdentification')),
    diagnosisPointers: chPointers(text, at(service, 'compositeDiagnosisCodePointers', 'diagnosisCodePointers'), diagnoses),
    notes: valuedList(text, [child(line, 'additionalNotes'), child(line, 'goalRehabOrDischargePlans')].filter((n) => n !== undefined)),
    anchor,
  };
}

/** professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers[]: "1"…"12" into healthCareCodeInformation. */
function chPointers(text: string, node: Node | undefined, diagnoses: readonly Diagnosis[]): readonly DiagnosisPointer[] {
  const out: DiagnosisPointer[] = [];
  for (const pointer of valuedList(text, elements(node))) {
    const n = Number(pointer.value.trim());
    out.push({ pointer, diagnosis: Number.isInteger(n) ? diagnoses[n - 1] : undefined });
  }
  return out.length ? out : NONE;
}

function readChDrug(text: string, node: Node | undefined): DrugIdentification | undefined {
  if (!isObject(node)) return undefined;
  const code = valued(text, child(node, 'nationalDrugCode'));
  // An object with no NDC key at all still says "this line is a drug line"; report it with an empty code at the
  // object so the NDC rules can point at it, rather than pretending the line has no drug block.
  return {
    code: code ?? { value: '', span: { start: node.offset, end: node.offset + 1 } },
    qualifier: valued(text, child(node, 'serviceIdQualifier')),
    quantity: valued(text, child(node, 'nationalDrugUnitCount')),
    unit: valued(text, child(node, 'measurementUnitCode')),
    span: spanOf(node),
  };
}

/**
 * Stedi native claim JSON (claims.json validate shape, docs §7): root serviceLines[], CMS-1500 wording, ISO dates,
 * spelled-out units. The NOC narrative is `narrativeForUnspecifiedCode` (CMS-1500 box 24 shaded area).
 */
export function readStediNativeClaim(text: string, root: Node, counter: ClaimCounter): Claim {
  const claimAuth = nonBlank(valued(text, at(root, 'encounter', 'referenceNumbers', 'priorAuthorization')));
  const diagnoses: Diagnosis[] = [];
  const primary = nonBlank(valued(text, at(root, 'encounter', 'primaryDiagnosisCode')));
  if (primary) diagnoses.push({ code: primary, sequence: 1 });
  const lines = elements(child(root, 'serviceLines')).map((line, index) => readNativeLine(text, line, index, diagnoses));
  const payer = child(root, 'payer');
  const name = nonBlank(valued(text, at(payer, 'name', 'organization')));
  const id = nonBlank(valued(text, child(payer, 'id')));
  const note = nonBlank(valued(text, at(root, 'encounter', 'claimNote', 'additionalInformation')));
  return {
    index: counter.next(),
    id: nonBlank(valued(text, at(root, 'billing', 'patientControlNumber'))),
    span: spanOf(root),
    priorAuthorizations: claimAuth ? [claimAuth] : NONE,
    serviceDate: undefined,
    patientName: personName(at(root, 'patient', 'name', 'person')) ?? personName(at(root, 'insured', 'name', 'person')),
    payer: name || id ? { name, id, span: payer ? spanOf(payer) : undefined } : EMPTY_PAYER,
    diagnoses,
    notes: note ? [note] : NONE,
    attachments: valuedList(text, elements(at(root, 'encounter', 'attachments')).map((a) => child(a, 'reportTypeCode'))),
    lines,
  };
}

function readNativeLine(text: string, line: Node, index: number, diagnoses: Diagnosis[]): ServiceLine {
  const procedureNode = child(line, 'procedureCode');
  const code = nonBlank(valued(text, child(procedureNode, 'code')));
  const procedure: Procedure | undefined =
    code && procedureNode
      ? {
          code,
          modifiers: valuedList(text, elements(child(procedureNode, 'modifiers'))),
          description: valued(text, child(line, 'narrativeForUnspecifiedCode')),
          span: spanOf(procedureNode),
        }
      : undefined;
  const auths: Valued[] = [];
  for (const entry of elements(child(line, 'priorAuthorizations'))) {
    const number = nonBlank(valued(text, child(entry, 'priorAuthorizationNumber')));
    if (number) auths.push(number);
  }
  const drugNode = child(line, 'drugIdentification');
  let drug: DrugIdentification | undefined;
  if (isObject(drugNode)) {
    drug = {
      code: valued(text, child(drugNode, 'nationalDrugCode')) ?? { value: '', span: { start: drugNode.offset, end: drugNode.offset + 1 } },
      quantity: valued(text, child(drugNode, 'unitCount')),
      // Spelled out as written (MILLIGRAM…), not mapped to X12 codes: a fix must write this file's vocabulary.
      unit: valued(text, child(drugNode, 'unitOfMeasure')),
      span: spanOf(drugNode),
    };
  }
  const anchor: JsonLineAnchor = { kind: 'json-line', shape: 'stedi-native', line };
  return {
    number: index + 1,
    span: spanOf(line),
    procedure,
    units: valued(text, child(line, 'units')),
    charge: valued(text, child(line, 'lineItemChargeAmount')),
    serviceDate: dateValued(text, at(line, 'datesOfService', 'start')),
    priorAuthorizations: auths,
    drug,
    diagnosisPointers: nativeDiagnoses(text, child(line, 'diagnosisCodes'), diagnoses),
    notes: NONE,
    anchor,
  };
}

/**
 * The native shape lists ICD-10 codes on the line instead of pointers: each is its own pointer, resolved to the
 * claim diagnosis with the same code (added to the claim's list when new).
 */
function nativeDiagnoses(text: string, node: Node | undefined, diagnoses: Diagnosis[]): readonly DiagnosisPointer[] {
  const out: DiagnosisPointer[] = [];
  for (const code of valuedList(text, elements(node))) {
    let diagnosis = diagnoses.find((d) => d.code.value.trim().toUpperCase() === code.value.trim().toUpperCase());
    if (!diagnosis) {
      diagnosis = { code, sequence: diagnoses.length + 1 };
      diagnoses.push(diagnosis);
    }
    out.push({ pointer: code, diagnosis });
  }
  return out.length ? out : NONE;
}

function valuedList(text: string, nodes: readonly (Node | undefined)[]): Valued[] {
  const out: Valued[] = [];
  for (const node of nodes) {
    const v = valued(text, node);
    if (v) out.push(v);
  }
  return out;
}

/** "First Last" from an object with firstName/lastName (CH) or the same keys under name.person (native). */
function personName(node: Node | undefined): string | undefined {
  if (!isObject(node)) return undefined;
  const parts = [stringValue(child(node, 'firstName')), stringValue(child(node, 'lastName'))]
    .map((p) => p?.trim())
    .filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
