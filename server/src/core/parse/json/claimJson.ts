import type { Claim, DrugIdentification, Procedure, ServiceLine, Valued } from '../../model';
import type { JsonLineAnchor } from './anchor';
import { at, child, dateValued, elements, isObject, nonBlank, spanOf, stringValue, valued, type Node } from './nodes';

/**
 * Change Healthcare / Stedi "CH" claim JSON (professional and institutional submissions), field names per
 * docs/claim-json-fields.md §2–§6. Almost every value is a string there, but numbers are read too: people
 * hand-write `"serviceUnitCount": 2`, and the linter should see the value rather than nothing.
 */
export function readChClaim(text: string, root: Node): Claim {
  const info = child(root, 'claimInformation');
  const claimAuth = nonBlank(valued(text, at(info, 'claimSupplementalInformation', 'priorAuthorizationNumber')));
  const lines = elements(child(info, 'serviceLines')).map((line, index) => readChLine(text, line, index));
  return {
    id: nonBlank(valued(text, child(info, 'patientControlNumber'))),
    span: spanOf(root),
    priorAuthorizations: claimAuth ? [claimAuth] : [],
    // Only 837I has a claim-level date (the statement period); 837P lines must each carry serviceDate.
    serviceDate: dateValued(text, at(info, 'claimDateInformation', 'statementBeginDate')),
    patientName: personName(child(root, 'dependent')) ?? personName(child(root, 'subscriber')),
    lines,
  };
}

function readChLine(text: string, line: Node, index: number): ServiceLine {
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
    anchor,
  };
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
export function readStediNativeClaim(text: string, root: Node): Claim {
  const claimAuth = nonBlank(valued(text, at(root, 'encounter', 'referenceNumbers', 'priorAuthorization')));
  const lines = elements(child(root, 'serviceLines')).map((line, index) => readNativeLine(text, line, index));
  return {
    id: nonBlank(valued(text, at(root, 'billing', 'patientControlNumber'))),
    span: spanOf(root),
    priorAuthorizations: claimAuth ? [claimAuth] : [],
    serviceDate: undefined,
    patientName: personName(at(root, 'patient', 'name', 'person')) ?? personName(at(root, 'insured', 'name', 'person')),
    lines,
  };
}

function readNativeLine(text: string, line: Node, index: number): ServiceLine {
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
    anchor,
  };
}

function valuedList(text: string, nodes: Node[]): Valued[] {
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
