import type { Rule } from './rule';
import { codeOf } from './support/lines';

export const priorAuthMissing: Rule = {
  meta: {
    id: 'prior-auth-missing',
    description: 'Commercial payer profile: a J7599 line with no prior authorization number on the claim or the line.',
    defaultSeverity: 'warning',
    fixable: false,
    heuristic: true,
    messages: {
      missing: 'add the prior authorization number for J7599 in {field}, if the payer gave one: NOC drug lines are often denied without it.',
    },
    why:
      'Commercial payers often require prior authorization and medical-necessity documentation for "not otherwise classified" drugs, ' +
      "and deny the line without it. This is a heuristic, not a payer edit: check the payer's own policy.",
  },
  checkLine({ line, claim, config, field }, report) {
    if (config.payerProfile !== 'commercial' || codeOf(line) !== 'J7599' || !line.procedure) return;
    const has = (list: readonly { value: string }[]): boolean => list.some((v) => v.value.trim() !== '');
    if (has(claim.priorAuthorizations) || has(line.priorAuthorizations)) return;
    report({ span: line.procedure.code.span, messageId: 'missing', data: { field: field('claimAuthorization') } });
  },
};
