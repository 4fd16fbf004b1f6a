/** FHIR R4 Claim / ExplanationOfBenefit (and Bundles of them). */
import { formatInfo } from '../catalog';
import { jsonFormatSpec } from '../json/spec';
import type { FieldName, FormatSpec } from '../spec';
import { createFhirEditor } from './editor';
import { FHIR_FIELDS } from './fields';

const FIELDS: Record<FieldName, string> = {
  procedureCode: 'item.productOrService',
  modifiers: 'item.modifier',
  description: 'item.productOrService.text',
  units: 'item.quantity',
  charge: 'item.net',
  serviceDate: 'item.servicedDate',
  drug: 'item.detail',
  ndc: 'the NDC coding',
  ndcQualifier: 'the NDC coding system',
  ndcQuantity: 'item.detail.quantity',
  ndcUnit: 'item.detail.quantity.unit',
  lineAuthorization: 'insurance.preAuthRef',
  claimAuthorization: 'insurance.preAuthRef',
  diagnoses: 'diagnosis',
  diagnosisPointers: 'item.diagnosisSequence',
  lineNote: 'item extension',
  claimNote: 'supportingInfo',
  attachment: 'supportingInfo',
  filingCode: 'Coverage.type',
  payer: 'insurer',
};

export const fhir: FormatSpec = jsonFormatSpec(formatInfo('fhir'), FHIR_FIELDS, createFhirEditor, (name) => FIELDS[name]);
