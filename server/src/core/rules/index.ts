import { chargeZero } from './charge-zero';
import { hcpcsInactive } from './hcpcs-inactive';
import { hcpcsMoreSpecific } from './hcpcs-more-specific';
import { modifierQuestionable } from './modifier-questionable';
import { modifierWastage } from './modifier-wastage';
import { ndcFormat } from './ndc-format';
import { ndcHcpcsMismatch } from './ndc-hcpcs-mismatch';
import { ndcMissing } from './ndc-missing';
import { ndcQuantity } from './ndc-quantity';
import { ndcStrengthMismatch } from './ndc-strength-mismatch';
import { ndcUnitsInconsistent } from './ndc-units-inconsistent';
import { nocDescriptionMissing } from './noc-description-missing';
import { nocDescriptionVague } from './noc-description-vague';
import { nocWrongCategory } from './noc-wrong-category';
import { dmeMacJurisdiction } from './dme-mac-jurisdiction';
import { documentationMissing } from './documentation-missing';
import { findingsCapped } from './findings-capped';
import { jsonSyntax } from './json-syntax';
import { notAClaim } from './not-a-claim';
import { parseError } from './parse-error';
import { priorAuthMissing } from './prior-auth-missing';
import type { Rule } from './rule';
import { transplantDiagnosisMissing } from './transplant-diagnosis-missing';
import { unitsCountedWrong } from './units-counted-wrong';
import { unitsInvalid } from './units-invalid';
import { x12Envelope } from './x12-envelope';
import { x12Syntax } from './x12-syntax';
import { x12Version } from './x12-version';

/** The registry: adding a rule is one file plus one line here. Order is the README order. */
export const ALL_RULES: readonly Rule[] = [
  parseError,
  x12Envelope,
  x12Syntax,
  x12Version,
  jsonSyntax,
  notAClaim,
  ndcMissing,
  ndcFormat,
  ndcQuantity,
  nocDescriptionMissing,
  nocDescriptionVague,
  modifierQuestionable,
  modifierWastage,
  hcpcsMoreSpecific,
  ndcHcpcsMismatch,
  ndcStrengthMismatch,
  nocWrongCategory,
  hcpcsInactive,
  unitsInvalid,
  unitsCountedWrong,
  dmeMacJurisdiction,
  transplantDiagnosisMissing,
  priorAuthMissing,
  documentationMissing,
  chargeZero,
  ndcUnitsInconsistent,
  findingsCapped,
];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.meta.id === id);
}
