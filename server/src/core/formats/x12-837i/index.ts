/** X12 837I 5010 institutional claims (005010X223A2): SV2 service lines with revenue codes. */
import { formatInfo } from '../catalog';
import type { FormatSpec } from '../spec';
import { X12_COMMON_FIELDS, x12FormatSpec } from '../x12/spec';

export const x12Institutional: FormatSpec = x12FormatSpec(formatInfo('x12-837i'), {
  ...X12_COMMON_FIELDS,
  procedureCode: 'SV202-2',
  modifiers: 'SV202-3…6',
  description: 'SV202-7',
  units: 'SV205',
  charge: 'SV203',
  // 837I lines carry no diagnosis pointers: every HI diagnosis applies to the claim.
  diagnosisPointers: 'HI',
});
