import { at, child, elements, isObject, stringValue, type Node } from './nodes';

/** Which JSON claim family a value belongs to. Decided from content, never from the file name. */
export type JsonFamily = 'fhir' | 'ch' | 'stedi-native';

const FHIR_CLAIM_TYPES = new Set(['Claim', 'ExplanationOfBenefit']);

export function isFhirClaimResource(node: Node | undefined): boolean {
  return isObject(node) && FHIR_CLAIM_TYPES.has(stringValue(child(node, 'resourceType')) ?? '');
}

/** The family of one top-level JSON value, or undefined for anything that is not a claim (package.json, a Patient…). */
export function detectFamily(node: Node | undefined): JsonFamily | undefined {
  if (!isObject(node)) return undefined;
  const resourceType = stringValue(child(node, 'resourceType'));
  if (resourceType !== undefined) {
    if (FHIR_CLAIM_TYPES.has(resourceType)) return 'fhir';
    if (resourceType === 'Bundle') {
      return elements(child(node, 'entry')).some((entry) => isFhirClaimResource(child(entry, 'resource'))) ? 'fhir' : undefined;
    }
    return undefined;
  }
  if (at(node, 'claimInformation', 'serviceLines')?.type === 'array') return 'ch';
  // Stedi's newer "native" shape has no claimInformation; its lines carry procedureCode as an object with a code.
  const lines = elements(child(node, 'serviceLines'));
  if (lines.some((line) => stringValue(at(line, 'procedureCode', 'code')) !== undefined)) return 'stedi-native';
  return undefined;
}

/** The claim values in a document: the root itself, or (a batch export) the claim objects of a root array. */
export function claimRoots(root: Node | undefined): { node: Node; family: JsonFamily }[] {
  if (!root) return [];
  if (root.type === 'array') {
    const found: { node: Node; family: JsonFamily }[] = [];
    for (const element of elements(root)) {
      const family = detectFamily(element);
      if (family) found.push({ node: element, family });
    }
    return found;
  }
  const family = detectFamily(root);
  return family ? [{ node: root, family }] : [];
}

/**
 * Whether text that did not parse still looks like a claim, so that its syntax errors are worth reporting.
 * Cheap regular expressions over the raw text: they run only when parsing failed.
 */
export function guessFamilyFromText(text: string): JsonFamily | undefined {
  // A broken Bundle counts even without a Claim in sight: the file may be cut off before its first entry.
  if (/"resourceType"\s*:\s*"(Claim|ExplanationOfBenefit|Bundle)"/.test(text)) return 'fhir';
  if (/"claimInformation"\s*:/.test(text)) return 'ch';
  if (/"serviceLines"\s*:/.test(text)) return /"procedureCode"\s*:\s*\{/.test(text) ? 'stedi-native' : 'ch';
  return undefined;
}

export type FhirVersion = 'r4' | 'stu3' | 'dstu2';

/**
 * The FHIR release a Claim / ExplanationOfBenefit is written in, from the shape only R4 has: R4 items carry
 * `productOrService`; STU3 items carry `service` as a CodeableConcept and DSTU2 items `service` as a bare Coding, and
 * DSTU2 writes Claim.type as a plain code. A resource without items reads as R4 unless its type or its pre-R4
 * "organization" element says otherwise.
 */
export function fhirVersionOf(resource: Node): FhirVersion {
  const items = elements(child(resource, 'item'));
  if (items.some((item) => child(item, 'productOrService') !== undefined)) return 'r4';
  const service = items.map((item) => child(item, 'service')).find((s) => s !== undefined);
  if (service) return child(service, 'coding') !== undefined ? 'stu3' : 'dstu2';
  if (child(resource, 'type')?.type === 'string') return 'dstu2';
  // Without items: "organization" exists before R4 only (R4 says provider/insurer), and DSTU2 resources have no status.
  if (child(resource, 'organization') !== undefined) return child(resource, 'status') === undefined ? 'dstu2' : 'stu3';
  return 'r4';
}
