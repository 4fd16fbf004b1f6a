/** What the FHIR R4 Claim / ExplanationOfBenefit fields that matter for drug lines mean (HL7 FHIR R4). */
import { DRUG_UNITS, type FieldTable } from '../json/fields';

export const FHIR_FIELDS: FieldTable = {
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
