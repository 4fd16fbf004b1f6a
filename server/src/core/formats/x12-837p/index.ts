/** X12 837P 5010 professional claims (005010X222A1): SV1 service lines. */
import { formatInfo } from '../catalog';
import type { FormatSpec } from '../spec';
import { X12_COMMON_FIELDS, x12FormatSpec } from '../x12/spec';

export const x12Professional: FormatSpec = x12FormatSpec(formatInfo('x12-837p'), {
  ...X12_COMMON_FIELDS,
  procedureCode: 'SV101-2',
  modifiers: 'SV101-3…6',
  description: 'SV101-7',
  units: 'SV104',
  charge: 'SV102',
  diagnosisPointers: 'SV107',
});
