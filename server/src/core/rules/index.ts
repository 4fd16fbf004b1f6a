import { chargeZero } from './charge-zero';
import { hcpcsInactive } from './hcpcs-inactive';
import { hcpcsMoreSpecific } from './hcpcs-more-specific';
import { modifierQuestionable } from './modifier-questionable';
import { modifierWastage } from './modifier-wastage';
import { ndcFormat } from './ndc-format';
import { ndcHcpcsMismatch } from './ndc-hcpcs-mismatch';
import { ndcMissing } from './ndc-missing';
import { ndcQuantity } from './ndc-quantity';
import { ndcUnitsInconsistent } from './ndc-units-inconsistent';
import { nocDescriptionMissing } from './noc-description-missing';
import { nocWrongCategory } from './noc-wrong-category';
import { documentationMissing } from './documentation-missing';
import { findingsCapped } from './findings-capped';
import { jsonSyntax } from './json-syntax';
import { notAClaim } from './not-a-claim';
import { parseError } from './parse-error';
import { priorAuthMissing } from './prior-auth-missing';
import type { Rule } from './rule';
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
  modifierQuestionable,
  modifierWastage,
  hcpcsMoreSpecific,
  ndcHcpcsMismatch,
  nocWrongCategory,
  hcpcsInactive,
  unitsInvalid,
  priorAuthMissing,
  documentationMissing,
  chargeZero,
  ndcUnitsInconsistent,
  findingsCapped,
];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.meta.id === id);
}
