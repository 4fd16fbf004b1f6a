import { ndcMissing } from './ndc-missing';
import { parseError } from './parse-error';
import type { Rule } from './rule';

/** The registry: adding a rule is one file plus one line here. Order is the README order. */
export const ALL_RULES: readonly Rule[] = [parseError, ndcMissing];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.meta.id === id);
}
