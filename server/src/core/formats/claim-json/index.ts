/** Change Healthcare / Stedi claim JSON: professional and institutional submissions, and the Stedi native shape. */
import type { JsonLineShape, ServiceLine } from '../../model';
import { formatInfo } from '../catalog';
import { jsonFormatSpec } from '../json/spec';
import type { FieldName, FormatSpec } from '../spec';
import { createClaimJsonEditor } from './editor';
import { CLAIM_JSON_FIELDS } from './fields';

type Shape = Exclude<JsonLineShape, 'fhir'>;

const COMMON = {
  ndc: 'drugIdentification.nationalDrugCode',
  drug: 'drugIdentification',
  claimAuthorization: 'claimSupplementalInformation.priorAuthorizationNumber',
  diagnoses: 'healthCareCodeInformation',
  claimNote: 'claimNote',
  attachment: 'reportInformations',
  filingCode: 'claimFilingCode',
  payer: 'tradingPartnerServiceId',
} as const;

const FIELDS: Record<Shape, Record<FieldName, string>> = {
  'ch-professional': {
    ...COMMON,
    procedureCode: 'professionalService.procedureCode',
    modifiers: 'professionalService.procedureModifiers',
    description: 'professionalService.description',
    units: 'professionalService.serviceUnitCount',
    charge: 'professionalService.lineItemChargeAmount',
    serviceDate: 'serviceDate',
    ndcQualifier: 'drugIdentification.serviceIdQualifier',
    ndcQuantity: 'drugIdentification.nationalDrugUnitCount',
    ndcUnit: 'drugIdentification.measurementUnitCode',
    lineAuthorization: 'serviceLineReferenceInformation.priorAuthorization',
    diagnosisPointers: 'compositeDiagnosisCodePointers',
    lineNote: 'additionalNotes',
  },
  'ch-institutional': {
    ...COMMON,
    procedureCode: 'institutionalService.procedureCode',
    modifiers: 'institutionalService.procedureModifiers',
    description: 'description',
    units: 'institutionalService.serviceUnitCount',
    charge: 'institutionalService.lineItemChargeAmount',
    serviceDate: 'serviceDate',
    ndcQualifier: 'drugIdentification',
    ndcQuantity: 'drugIdentification.nationalDrugUnitCount',
    ndcUnit: 'drugIdentification.measurementUnitCode',
    lineAuthorization: 'lineSupplementInformation.priorAuthorizationNumber',
    diagnoses: 'principalDiagnosis',
    diagnosisPointers: 'principalDiagnosis',
    lineNote: 'additionalNotes',
  },
  'stedi-native': {
    ...COMMON,
    procedureCode: 'procedureCode.code',
    modifiers: 'procedureCode.modifiers',
    description: 'narrativeForUnspecifiedCode',
    units: 'units',
    charge: 'lineItemChargeAmount',
    serviceDate: 'datesOfService.start',
    ndcQualifier: 'drugIdentification',
    ndcQuantity: 'drugIdentification.unitCount',
    ndcUnit: 'drugIdentification.unitOfMeasure',
    lineAuthorization: 'priorAuthorizations',
    claimAuthorization: 'encounter.referenceNumbers.priorAuthorization',
    diagnoses: 'encounter.primaryDiagnosisCode',
    diagnosisPointers: 'diagnosisCodes',
    lineNote: 'narrativeForUnspecifiedCode',
    claimNote: 'encounter.claimNote',
    attachment: 'encounter.attachments',
    filingCode: 'payer',
    payer: 'payer',
  },
};

function shapeOf(line: ServiceLine | undefined): Shape {
  const anchor = line?.anchor;
  return anchor?.kind === 'json-line' && anchor.shape !== 'fhir' ? anchor.shape : 'ch-professional';
}

export const claimJson: FormatSpec = jsonFormatSpec(formatInfo('claim-json'), CLAIM_JSON_FIELDS, createClaimJsonEditor, (name, line) => FIELDS[shapeOf(line)][name]);
