import type { Rule } from './rule';
import { codeOf } from './support/lines';
import { matchesAnyCode } from '../payer/policy';

export const priorAuthMissing: Rule = {
  meta: {
    id: 'prior-auth-missing',
    description: 'A line whose payer policy lists its code for prior authorization, or a J7599 line of a commercial payer without a policy, has no prior authorization number.',
    defaultSeverity: 'warning',
    fixable: false,
    heuristic: true,
    messages: {
      policy: 'add the prior authorization number for {code} in {field}: {policy} requires one for this code.',
      commercial: 'add the prior authorization number in {field} if the payer issued one: J7599 lines are often denied without it.',
    },
    why:
      'Commercial payers often require prior authorization and medical-necessity documentation for "not otherwise classified" drugs, ' +
      'and deny the line without it; policies differ widely between insurers. When a payer policy in `.claimlintrc.json` lists the ' +
      'code (`priorAuthRequired`), the finding states that policy. For a commercial claim with no policy, claimlint warns on J7599 ' +
      "lines as a heuristic, not a payer edit: check the payer's own policy. Medicare, Medicaid and claims whose payer is unknown get " +
      'no heuristic warning.',
  },
  checkLine({ line, claim, payer, field }, report) {
    const code = codeOf(line);
    if (!code || !line.procedure) return;
    const listed = payer.policy ? matchesAnyCode(code, payer.policy.priorAuthRequired) : payer.kind === 'commercial' && code === 'J7599';
    if (!listed) return;
    const has = (list: readonly { value: string }[]): boolean => list.some((v) => v.value.trim() !== '');
    if (has(claim.priorAuthorizations) || has(line.priorAuthorizations)) return;
    report({
      span: line.procedure.code.span,
      messageId: payer.policy ? 'policy' : 'commercial',
      data: { code, policy: payer.policy?.name ?? '', field: field('claimAuthorization') },
    });
  },
};
