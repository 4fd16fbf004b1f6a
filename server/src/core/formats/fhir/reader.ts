import { NONE, type Claim, type DateValue, type Diagnosis, type DiagnosisPointer, type DrugIdentification, type JsonLineAnchor, type ParseProblem, type PayerRef, type Procedure, type ServiceLine, type Valued } from '../../model';
import { fhirVersionOf, isFhirClaimResource, type FhirVersion } from '../json/detect';
import { at, child, dateValued, elements, isObject, nonBlank, spanOf, stringValue, valued, type Node } from '../json/nodes';
import type { ClaimCounter } from '../json/reader';
import { BLUE_BUTTON_EOB_TYPE_SYSTEM } from '../../payer/filingCodes';

export const NDC_SYSTEM = 'http://hl7.org/fhir/sid/ndc';
export const HCPCS_SYSTEM = 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';

/**
 * Procedure code systems, by label. HCPCS appears under several URLs in real data: the CMS release-code-set URL in
 * http and https form (CARIN uses https) and Blue Button's own (…/codesystem/hcpcs, …/variables/hcpcs_cd), so any
 * system naming "hcpcs" counts. CPT (a subset of HCPCS level I) is accepted under the AMA URL.
 */
export function procedureSystemLabel(system: string | undefined): 'HCPCS' | 'CPT' | undefined {
  if (!system) return undefined;
  const s = system.toLowerCase();
  if (s.includes('hcpcs')) return 'HCPCS';
  if (s.includes('ama-assn.org/go/cpt')) return 'CPT';
  return undefined;
}

function isNdcSystem(system: string | undefined): boolean {
  return system !== undefined && system.trim().replace(/\/$/, '').toLowerCase() === NDC_SYSTEM;
}

export interface FhirClaims {
  readonly claims: Claim[];
  /** One notice per FHIR release claimlint does not read (STU3, DSTU2). */
  readonly problems: ParseProblem[];
}

/** Resources of a Bundle (or contained ones) by the references a Claim may use: "Type/<id>", "#<id>" and fullUrl. */
type ResourceIndex = Map<string, Node>;

/** Every R4 Claim / ExplanationOfBenefit in a FHIR root: the resource itself, or a Bundle's entry resources. */
export function readFhirClaims(text: string, root: Node, counter: ClaimCounter): FhirClaims {
  const isBundle = stringValue(child(root, 'resourceType')) === 'Bundle';
  const entries = isBundle ? elements(child(root, 'entry')) : [];
  const index = isBundle ? bundleIndex(entries) : new Map<string, Node>();
  const resources = isBundle ? entries.map((entry) => child(entry, 'resource')).filter(isFhirClaimResource) : [root];
  const claims: Claim[] = [];
  const skipped = new Map<FhirVersion, Node>();
  for (const resource of resources as Node[]) {
    const version = fhirVersionOf(resource);
    if (version === 'r4') claims.push(readResource(text, resource, index, counter.next()));
    else if (!skipped.has(version)) skipped.set(version, resource);
  }
  const problems = [...skipped].map(([version, resource]): ParseProblem => {
    const type = stringValue(child(resource, 'resourceType')) ?? 'Claim';
    const release = version === 'stu3' ? 'STU3' : 'DSTU2';
    return {
      code: 'not-a-claim',
      severity: 'information',
      span: valued(text, child(resource, 'resourceType'))?.span ?? spanOf(resource),
      message: `This ${type} is FHIR ${release} (item.service), not R4 (item.productOrService), so claimlint did not check it.`,
    };
  });
  return { claims, problems };
}

function readResource(text: string, resource: Node, index: ResourceIndex, claimIndex: number): Claim {
  const auths: Valued[] = [];
  // Claim.insurance[].preAuthRef[]; an EOB also has a resource-level preAuthRef[] and insurance[].preAuthRef[].
  for (const refs of [child(resource, 'preAuthRef'), ...elements(child(resource, 'insurance')).map((ins) => child(ins, 'preAuthRef'))]) {
    for (const ref of elements(refs)) {
      const v = nonBlank(valued(text, ref));
      if (v) auths.push(v);
    }
  }
  const claimDate = firstDate(text, child(child(resource, 'billablePeriod'), 'start'), child(resource, 'created'));
  const diagnoses = readDiagnoses(text, resource);
  return {
    index: claimIndex,
    id: nonBlank(valued(text, child(resource, 'id'))),
    span: spanOf(resource),
    priorAuthorizations: auths,
    serviceDate: claimDate,
    patientName: patientName(resource, index),
    payer: readPayer(text, resource, index),
    diagnoses,
    notes: NONE,
    attachments: NONE,
    lines: elements(child(resource, 'item')).map((item, i) => readItem(text, item, i, diagnoses)),
  };
}

/** Claim.diagnosis[]: sequence and the first coding of diagnosisCodeableConcept (ICD-10-CM on US claims). */
function readDiagnoses(text: string, resource: Node): Diagnosis[] {
  const out: Diagnosis[] = [];
  elements(child(resource, 'diagnosis')).forEach((entry, i) => {
    const coding = elements(at(entry, 'diagnosisCodeableConcept', 'coding')).find((c) => nonBlank(valued(text, child(c, 'code'))));
    const code = coding && nonBlank(valued(text, child(coding, 'code')));
    if (!code) return;
    const sequence = child(entry, 'sequence');
    out.push({
      code,
      qualifier: valued(text, child(coding, 'system')),
      sequence: sequence?.type === 'number' && Number.isInteger(sequence.value) ? (sequence.value as number) : i + 1,
    });
  });
  return out;
}

/**
 * Who pays: the focal (else first) insurance's Coverage when the document holds it — its type coding (the payer
 * typology) and its payor — else the resource's insurer reference.
 */
function readPayer(text: string, resource: Node, index: ResourceIndex): PayerRef {
  const insurances = elements(child(resource, 'insurance'));
  const insurance = insurances.find((ins) => child(ins, 'focal')?.value === true) ?? insurances[0];
  const coverage = resolve(resource, index, stringValue(at(insurance, 'coverage', 'reference')));
  // Coverage.type (the payer typology); a CMS Blue Button EOB says the same through its own type (CARRIER, DME…).
  const typeCoding =
    elements(at(coverage, 'type', 'coding')).find((c) => nonBlank(valued(text, child(c, 'code')))) ??
    elements(at(resource, 'type', 'coding')).find((c) => stringValue(child(c, 'system')) === BLUE_BUTTON_EOB_TYPE_SYSTEM);
  const payor = elements(child(coverage, 'payor'))[0];
  const insurer = child(resource, 'insurer');
  const who = payor ?? insurer;
  const name = nonBlank(valued(text, child(who, 'display'))) ?? nonBlank(valued(text, child(resolve(resource, index, stringValue(child(who, 'reference'))), 'name')));
  const id = nonBlank(valued(text, at(who, 'identifier', 'value')));
  const filingCode = typeCoding ? nonBlank(valued(text, child(typeCoding, 'code'))) : undefined;
  if (!name && !id && !filingCode) return EMPTY_PAYER;
  return {
    filingCode,
    filingCodeSystem: typeCoding ? stringValue(child(typeCoding, 'system')) : undefined,
    name,
    id,
    span: coverage ? spanOf(coverage) : who ? spanOf(who) : undefined,
  };
}

const EMPTY_PAYER: PayerRef = Object.freeze({});

/** The first date among candidates that is understood; else the first one present (so a rule can point at it). */
function firstDate(text: string, ...nodes: (Node | undefined)[]): DateValue | undefined {
  const dates = nodes.map((n) => dateValued(text, n)).filter((d): d is DateValue => d !== undefined);
  return dates.find((d) => d.iso !== undefined) ?? dates[0];
}

function readItem(text: string, item: Node, index: number, diagnoses: readonly Diagnosis[]): ServiceLine {
  const sequence = child(item, 'sequence');
  const seq = sequence?.type === 'number' && Number.isInteger(sequence.value) && sequence.value > 0 ? (sequence.value as number) : index + 1;
  const productOrService = child(item, 'productOrService');
  const quantity = child(item, 'quantity');
  const found = readItemDrug(text, item, productOrService, quantity);
  const drug = found?.drug;
  const anchor: JsonLineAnchor = { kind: 'json-line', shape: 'fhir', line: item };
  return {
    number: seq,
    span: spanOf(item),
    procedure: readProcedure(text, item, productOrService, found?.describedBy),
    revenueCode: codingValued(text, child(item, 'revenue'), () => true),
    units: valued(text, child(quantity, 'value')),
    unitOfMeasure: valued(text, child(quantity, 'unit')) ?? valued(text, child(quantity, 'code')),
    charge: valued(text, child(child(item, 'net'), 'value')) ?? valued(text, child(child(item, 'unitPrice'), 'value')),
    // A period with only an end (BFD MCS) still dates the line better than the claim's billable period does.
    serviceDate: firstDate(text, child(item, 'servicedDate'), child(child(item, 'servicedPeriod'), 'start'), child(child(item, 'servicedPeriod'), 'end')),
    priorAuthorizations: NONE,
    drug,
    diagnosisPointers: readPointers(text, item, diagnoses),
    notes: NONE,
    anchor,
  };
}

/** item.diagnosisSequence[]: positive integers naming Claim.diagnosis entries by their sequence. */
function readPointers(text: string, item: Node, diagnoses: readonly Diagnosis[]): readonly DiagnosisPointer[] {
  const out: DiagnosisPointer[] = [];
  for (const node of elements(child(item, 'diagnosisSequence'))) {
    const pointer = valued(text, node);
    if (!pointer) continue;
    const n = Number(pointer.value);
    out.push({ pointer, diagnosis: diagnoses.find((d) => d.sequence === n) });
  }
  return out.length ? out : NONE;
}

/**
 * The procedure is the first productOrService coding in a HCPCS/CPT system (RxNorm, CDT, NDC-only items have none).
 * NOC narrative: FHIR has no SV101-7 slot; the free text a coder writes is productOrService.text
 * (CodeableConcept.text, "as entered by the user"), falling back to the text of the detail productOrService that
 * carries the NDC. Coding.display is deliberately ignored: it is the code system's label (for example the NDC
 * directory's product name), not the coder's description, and accepting it would hide a missing NOC description.
 */
function readProcedure(text: string, item: Node, productOrService: Node | undefined, drugText: Node | undefined): Procedure | undefined {
  if (!isObject(productOrService)) return undefined;
  for (const coding of elements(child(productOrService, 'coding'))) {
    const systemNode = child(coding, 'system');
    const label = procedureSystemLabel(stringValue(systemNode));
    const code = nonBlank(valued(text, child(coding, 'code')));
    if (!label || !code || !systemNode) continue;
    return {
      // The label stands for the system; its span is the system URL, the text that says which code set this is.
      qualifier: { value: label, span: valued(text, systemNode)?.span ?? spanOf(systemNode) },
      code,
      modifiers: readModifiers(text, item),
      description: valued(text, child(productOrService, 'text')) ?? valued(text, drugText),
      span: spanOf(productOrService),
    };
  }
  return undefined;
}

/** Every modifier coding of item.modifier (some producers put several modifiers as codings of one concept). */
function readModifiers(text: string, item: Node): Valued[] {
  const out: Valued[] = [];
  for (const concept of elements(child(item, 'modifier'))) {
    // Any system: Blue Button mixes HCPCS modifiers with odd systems, and a rule judging "LT on a drug line" needs them all.
    for (const coding of elements(child(concept, 'coding'))) {
      const v = nonBlank(valued(text, child(coding, 'code')));
      if (v) out.push(v);
    }
  }
  return out;
}

/** The code of the first coding in a CodeableConcept accepted by `accept`. */
function codingValued(text: string, concept: Node | undefined, accept: (system: string | undefined) => boolean): Valued | undefined {
  for (const coding of elements(child(concept, 'coding'))) {
    if (!accept(stringValue(child(coding, 'system')))) continue;
    const v = nonBlank(valued(text, child(coding, 'code')));
    if (v) return v;
  }
  return undefined;
}

interface FoundDrug {
  readonly drug: DrugIdentification;
  /** detail.productOrService.text of the NDC detail: the fallback NOC narrative (see readProcedure). */
  readonly describedBy?: Node;
}

/**
 * Where FHIR carries an NDC, most specific first:
 * 1. item.detail[].productOrService.coding with the NDC system (BFD FISS/MCS Claims) — quantity from detail.quantity;
 * 2. an extension on item.productOrService or on item whose valueCoding has the NDC system or whose url is the NDC
 *    system (BFD carrier/DME/outpatient EOBs) — no separate drug quantity exists there;
 * 3. item.productOrService.coding with the NDC system (Part D events, CARIN pharmacy EOBs) — the item is the drug,
 *    so its quantity is the drug quantity.
 */
function readItemDrug(text: string, item: Node, productOrService: Node | undefined, quantity: Node | undefined): FoundDrug | undefined {
  for (const detail of elements(child(item, 'detail'))) {
    const detailProduct = child(detail, 'productOrService');
    const coding = ndcCoding(detailProduct);
    if (!coding) continue;
    return { drug: ndcDrug(text, coding, child(detail, 'quantity'), detail), describedBy: child(detailProduct, 'text') };
  }
  for (const holder of [productOrService, item]) {
    for (const extension of elements(child(holder, 'extension'))) {
      const coding = child(extension, 'valueCoding');
      const isNdc = isNdcSystem(stringValue(child(coding, 'system'))) || (isNdcSystem(stringValue(child(extension, 'url'))) && isObject(coding));
      const code = valued(text, child(coding, 'code'));
      if (!isNdc || !code) continue;
      return { drug: { code, span: spanOf(extension), tenDigitAllowed: true } };
    }
  }
  const coding = ndcCoding(productOrService);
  return coding ? { drug: ndcDrug(text, coding, quantity, coding) } : undefined;
}

/** The drug of an NDC coding with its Quantity (value, and unit or code), spanning `holder`. */
function ndcDrug(text: string, coding: Node, quantity: Node | undefined, holder: Node): DrugIdentification {
  return {
    code: valued(text, child(coding, 'code')) as Valued,
    quantity: valued(text, child(quantity, 'value')),
    unit: valued(text, child(quantity, 'unit')) ?? valued(text, child(quantity, 'code')),
    span: spanOf(holder),
    tenDigitAllowed: true,
  };
}

/** The first coding of a CodeableConcept that has the NDC system and a readable code. */
function ndcCoding(concept: Node | undefined): Node | undefined {
  return elements(child(concept, 'coding')).find(
    (coding) => isNdcSystem(stringValue(child(coding, 'system'))) && valued('', child(coding, 'code')) !== undefined,
  );
}

/** Bundle resources by "Type/<id>" and by the entry's fullUrl. */
function bundleIndex(entries: Node[]): ResourceIndex {
  const byRef: ResourceIndex = new Map();
  for (const entry of entries) {
    const resource = child(entry, 'resource');
    const type = stringValue(child(resource, 'resourceType'));
    if (!resource || !type) continue;
    const id = stringValue(child(resource, 'id'));
    if (id) byRef.set(`${type}/${id}`, resource);
    const fullUrl = stringValue(child(entry, 'fullUrl'));
    if (fullUrl) byRef.set(fullUrl, resource);
  }
  return byRef;
}

/** The resource a reference names: a contained one ("#id"), a Bundle entry ("Type/id", fullUrl or an absolute URL ending in Type/id). */
function resolve(resource: Node, index: ResourceIndex, reference: string | undefined): Node | undefined {
  if (!reference) return undefined;
  if (reference.startsWith('#')) {
    return elements(child(resource, 'contained')).find((c) => stringValue(child(c, 'id')) === reference.slice(1));
  }
  return index.get(reference) ?? index.get(reference.replace(/^.*\/([A-Za-z]+\/[^/]+)$/, '$1'));
}

/** Patient display name: patient.display, else the referenced contained or Bundle Patient's name. */
function patientName(resource: Node, index: ResourceIndex): string | undefined {
  const patientRef = child(resource, 'patient');
  const display = stringValue(child(patientRef, 'display'))?.trim();
  if (display) return display;
  const patient = resolve(resource, index, stringValue(child(patientRef, 'reference')));
  return stringValue(child(patient, 'resourceType')) === 'Patient' ? humanName(child(patient, 'name')) : undefined;
}

function humanName(names: Node | undefined): string | undefined {
  for (const name of elements(names)) {
    const textName = stringValue(child(name, 'text'))?.trim();
    if (textName) return textName;
    const parts = [...elements(child(name, 'given')).map((g) => stringValue(g)), stringValue(child(name, 'family'))]
      .map((p) => p?.trim())
      .filter((p): p is string => !!p);
    if (parts.length > 0) return parts.join(' ');
  }
  return undefined;
}
