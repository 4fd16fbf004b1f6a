import type { Rule } from './rule';
import { codeOf } from './support/lines';

export const priorAuthMissing: Rule = {
  meta: {
    id: 'prior-auth-missing',
    description: 'Commercial payer profile: a J7599 line with no prior authorization number on the claim or the line.',
    defaultSeverity: 'warning',
    fixable: false,
    heuristic: true,
  },
  checkLine({ line, claim, config }, report) {
    if (config.payerProfile !== 'commercial' || codeOf(line) !== 'J7599' || !line.procedure) return;
    const has = (list: readonly { value: string }[]): boolean => list.some((v) => v.value.trim() !== '');
    if (has(claim.priorAuthorizations) || has(line.priorAuthorizations)) return;
    report({
      span: line.procedure.code.span,
      message:
        `Line ${line.number}: J7599 on a commercial claim with no prior authorization number. Commercial payers often require prior ` +
        `authorization and medical-necessity documentation for "not otherwise classified" drugs, and deny the line without it. ` +
        `This is a heuristic: check the payer's policy. If you have an authorization, report it (837: REF*G1 in loop 2300 or 2400; ` +
        `JSON: priorAuthorizationNumber).`,
    });
  },
};
