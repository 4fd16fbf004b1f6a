/**
 * What the claim JSON and FHIR fields that matter for drug lines mean. Keyed by the end of the field's path, with
 * array positions written "[]" ("serviceLines[].drugIdentification.nationalDrugCode"); the longest match wins.
 * Wording is ours, from the Change Healthcare / Stedi claim schemas and HL7 FHIR R4 Claim (see docs/claim-json-fields.md).
 */

export type JsonValueKind = 'hcpcs' | 'modifier' | 'ndc' | 'coding-code' | 'description';

export interface JsonFieldInfo {
  readonly text: string;
  readonly kind?: JsonValueKind;
  /** Allowed values and their meanings. */
  readonly values?: Readonly<Record<string, string>>;
}

const DRUG_UNITS = { F2: 'International unit', GR: 'Gram', ME: 'Milligram', ML: 'Milliliter', UN: 'Unit (each)' };
const NOC_DESCRIPTION = 'Description of the service (at most 80 characters). For a NOC code such as J7599 the payer needs the drug name, strength and quantity here (837 SV101-7 / SV202-7).';

const FIELDS: Record<string, JsonFieldInfo> = {
  // Change Healthcare / Stedi CH shape
  claimInformation: { text: 'The claim (837 loop 2300).' },
  'claimInformation.patientControlNumber': { text: 'Your claim number (837 CLM01), echoed back on remittances.' },
  'claimInformation.claimChargeAmount': { text: 'Total claim charge (CLM02); must equal the sum of the line charges.' },
  'claimInformation.placeOfServiceCode': { text: 'Place of service (professional) or facility type (institutional) — CLM05-1.' },
  'claimInformation.claimFrequencyCode': { text: 'Claim frequency (CLM05-3).', values: { '1': 'Original claim', '7': 'Replacement of a prior claim', '8': 'Void of a prior claim' } },
  'claimInformation.claimFilingCode': { text: 'Claim filing indicator (SBR09), e.g. MB Medicare Part B, CI commercial.' },
  'claimSupplementalInformation.priorAuthorizationNumber': { text: 'Claim-level prior authorization number (837 2300 REF*G1). Commercial payers often expect one on J7599 lines.' },
  'claimInformation.serviceLines': { text: 'Service lines (837 loop 2400), at most 50 on a professional claim.' },
  'serviceLines[]': { text: 'One service line (837 loop 2400).' },
  'serviceLines[].serviceDate': { text: 'Date of service, YYYYMMDD (837 DTP*472).' },
  'serviceLines[].serviceDateEnd': { text: 'Last date of service, YYYYMMDD (837 DTP*472 with RD8).' },
  'serviceLines[].description': { text: 'Line description (institutional). ' + NOC_DESCRIPTION, kind: 'description' },
  professionalService: { text: 'The billed service of a professional line (837P SV1).' },
  institutionalService: { text: 'The billed service of an institutional line (837I SV2).' },
  'professionalService.procedureIdentifier': { text: 'Code set of procedureCode (SV101-1).', values: { HC: 'HCPCS / CPT code', ER: 'Jurisdiction-specific code', IV: 'Home infusion EDI coalition code', WK: 'Advanced billing concepts code' } },
  'institutionalService.procedureIdentifier': { text: 'Code set of procedureCode (SV202-1).', values: { HC: 'HCPCS / CPT code', ER: 'Jurisdiction-specific code', HP: 'HIPPS rate code', IV: 'Home infusion EDI coalition code', WK: 'Advanced billing concepts code' } },
  'professionalService.procedureCode': { text: 'Procedure code (837P SV101-2).', kind: 'hcpcs' },
  'institutionalService.procedureCode': { text: 'Procedure code (837I SV202-2).', kind: 'hcpcs' },
  'professionalService.procedureModifiers': { text: 'Up to 4 procedure modifiers (SV101-3 to -6).' },
  'institutionalService.procedureModifiers': { text: 'Up to 4 procedure modifiers (SV202-3 to -6).' },
  'procedureModifiers[]': { text: 'Procedure modifier.', kind: 'modifier' },
  'professionalService.description': { text: NOC_DESCRIPTION, kind: 'description' },
  'institutionalService.description': { text: NOC_DESCRIPTION, kind: 'description' },
  'professionalService.lineItemChargeAmount': { text: 'Line charge (SV102).' },
  'institutionalService.lineItemChargeAmount': { text: 'Line charge (SV203).' },
  'professionalService.measurementUnit': { text: 'Unit of the service units (SV103).', values: { UN: 'Unit', MJ: 'Minutes (anesthesia)' } },
  'institutionalService.measurementUnit': { text: 'Unit of the service units (SV204).', values: { UN: 'Unit', DA: 'Days' } },
  'professionalService.serviceUnitCount': { text: 'Billed HCPCS units (SV104): for a drug, the dose given divided by the code\'s billing unit (e.g. J7507 is per 1 mg).' },
  'institutionalService.serviceUnitCount': { text: 'Billed HCPCS units (SV205): for a drug, the dose given divided by the code\'s billing unit.' },
  'institutionalService.serviceLineRevenueCode': { text: 'Revenue code (SV201), e.g. 0636 drugs requiring detailed coding.' },
  'serviceLines[].drugIdentification': { text: 'The drug given on this line (837 loop 2410: LIN + CTP). One NDC per line.' },
  'drugIdentification.serviceIdQualifier': { text: 'Qualifier of the drug code (LIN02).', values: { N4: 'National Drug Code, 11 digits 5-4-2', EN: 'EAN/UCC-13', EO: 'EAN/UCC-8', HI: 'HIBC', ON: 'Customer order number', UK: 'GTIN 14-digit', UP: 'UPC' } },
  'drugIdentification.nationalDrugCode': { text: 'The NDC (LIN03): 11 digits, 5-4-2 (837I JSON writes it with hyphens, e.g. 12345-6789-01).', kind: 'ndc' },
  'drugIdentification.nationalDrugUnitCount': { text: 'How much of the NDC was given (CTP04), in measurementUnitCode. Must be greater than zero.' },
  'drugIdentification.measurementUnitCode': { text: 'Unit of the NDC quantity (CTP05-1).', values: DRUG_UNITS },
  'drugIdentification.pharmacyPrescriptionNumber': { text: 'Pharmacy prescription number (REF*XZ).' },
  'drugIdentification.linkSequenceNumber': { text: 'Link sequence number for compound drugs (REF*VY).' },
  'serviceLineReferenceInformation.priorAuthorization': { text: 'Line-level prior authorization numbers (837 2400 REF*G1), when they differ from the claim\'s.' },
  'priorAuthorization[].priorAuthorizationOrReferralNumber': { text: 'Line-level prior authorization number (2400 REF*G1).' },
  'lineSupplementInformation.priorAuthorizationNumber': { text: 'Line-level prior authorization number (837I 2400 REF*G1).' },
  // Stedi native shape
  'serviceLines[].procedureCode': { text: 'The billed procedure (Stedi native shape): code and modifiers.' },
  'procedureCode.code': { text: 'Procedure code (HCPCS/CPT).', kind: 'hcpcs' },
  'procedureCode.modifiers[]': { text: 'Procedure modifier (exactly 2 characters).', kind: 'modifier' },
  'serviceLines[].units': { text: 'Billed HCPCS units.' },
  'drugIdentification.unitCount': { text: 'How much of the NDC was given.' },
  'drugIdentification.unitOfMeasure': { text: 'Unit of the NDC quantity.', values: { INTERNATIONAL_UNIT: 'International unit (F2)', GRAM: 'Gram (GR)', MILLIGRAM: 'Milligram (ME)', MILLILITER: 'Milliliter (ML)', UNIT: 'Unit (UN)' } },
  'priorAuthorizations[].priorAuthorizationNumber': { text: 'Line-level prior authorization number.' },
  // FHIR R4 Claim / ExplanationOfBenefit
  resourceType: { text: 'FHIR resource type: claimlint reads Claim, ExplanationOfBenefit and Bundles of them.' },
  item: { text: 'FHIR Claim.item: the service lines.' },
  'item[]': { text: 'One FHIR claim item (a service line).' },
  'item[].sequence': { text: 'Line number of the item (service line number).' },
  'item[].productOrService': { text: 'What was billed: a CodeableConcept with an HCPCS coding (system http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets).' },
  'item[].productOrService.text': { text: 'Text of the billed product. For a NOC code the drug name, strength and quantity belong in the description the 837 carries (SV101-7).', kind: 'description' },
  'item[].modifier': { text: 'Procedure modifiers of the item.' },
  'item[].quantity': { text: 'Billed units of the item.' },
  'item[].quantity.value': { text: 'Billed HCPCS units: for a drug, the dose given divided by the code\'s billing unit.' },
  'item[].servicedDate': { text: 'Date of service.' },
  'item[].servicedPeriod': { text: 'Service period.' },
  'item[].net': { text: 'Line charge.' },
  'item[].detail': { text: 'Item details: where the NDC of the drug usually sits (productOrService with system http://hl7.org/fhir/sid/ndc).' },
  'detail[].quantity': { text: 'Quantity of the NDC given (837 CTP04), with its unit (CTP05-1).' },
  'detail[].quantity.unit': { text: 'Unit of the NDC quantity.', values: DRUG_UNITS },
  'detail[].quantity.code': { text: 'Unit code of the NDC quantity.', values: DRUG_UNITS },
  'detail[].quantity.value': { text: 'How much of the NDC was given (837 CTP04).' },
  'coding[].system': { text: 'Code system of the coding: HCPCS (http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets), NDC (http://hl7.org/fhir/sid/ndc)…' },
  'coding[].code': { text: 'The code, read in the code system named by "system".', kind: 'coding-code' },
  'coding[].display': { text: 'Display text of the code (not sent on an 837).' },
  billablePeriod: { text: 'Period the claim covers; used as the service date of lines without their own.' },
  created: { text: 'When the claim was created.' },
  'insurance[].preAuthRef': { text: 'Prior authorization numbers (837 REF*G1).' },
  'item[].extension[].valueCodeableConcept': { text: 'Extension value (claimlint looks for an NDC coding here).' },
};

/** The path as a key: indices become "[]" after the key that holds the array. */
export function pathKey(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += '[]';
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** The field description for a JSON path, by the longest suffix in the table. */
export function jsonFieldInfo(path: readonly (string | number)[]): JsonFieldInfo | undefined {
  const key = pathKey(path);
  let best: JsonFieldInfo | undefined;
  let bestLength = -1;
  for (const [suffix, info] of Object.entries(FIELDS)) {
    if (suffix.length <= bestLength) continue;
    if (key === suffix || key.endsWith(`.${suffix}`) || key.endsWith(`]${suffix.startsWith('[') ? '' : '.'}${suffix}`)) {
      best = info;
      bestLength = suffix.length;
    }
  }
  return best;
}
