import type { Fix } from '../findings';
import type { LineContext, Rule } from './rule';
import { codeOf, isDrugCode, isJCode, isNocDrugCode } from './support/lines';

/** Placeholder the coder overwrites; it deliberately fails ndc-format until a real NDC is typed. */
export const NDC_PLACEHOLDER = '00000000000';

function insertDrugFix(ctx: LineContext): Fix[] {
  const edits = ctx.editor?.insertDrug(ctx.line, { ndc11: NDC_PLACEHOLDER, quantity: '1', unit: 'UN' }) ?? [];
  if (edits.length === 0) return [];
  return [{ title: 'Add an NDC block to fill in (NDC, quantity, unit)', isPreferred: false, safe: false, edits }];
}

export const ndcMissing: Rule = {
  meta: {
    id: 'ndc-missing',
    description: 'A NOC drug line (J7599, J3490…) has no NDC; so does any J-code line of a commercial payer, or any drug line of a payer whose policy requires NDCs on every drug line.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      noc: 'add the NDC, quantity and unit in {field}: a {code} line without them is returned.',
      commercial: 'add the NDC, quantity and unit in {field}: commercial payers require them on J-code lines.',
      policy: 'add the NDC, quantity and unit in {field}: {policy} requires them on every drug line.',
    },
    why:
      'A "not otherwise classified" code such as J7599 does not say which drug was given: the NDC is what tells the payer, so NOC ' +
      'lines without one are returned or denied. Many commercial payers require the NDC, its quantity and unit on every J-code line ' +
      '(UnitedHealthcare and Anthem publish this), so claims whose payer is commercial (by their filing indicator, a payer policy or ' +
      'the payerProfile setting) are held to that. A payer policy with `"ndcRequired": "drug-lines"` asks for an NDC on every drug ' +
      'line; `"noc"` only on NOC lines.',
    sources: ['UnitedHealthcare, NDC requirement for drug claims (2017)', 'Anthem, NDC billing requirements', 'Independence Blue Cross, NDC on NOC lines'],
  },
  checkLine(ctx, report) {
    const { line, knowledge, payer, field } = ctx;
    const code = codeOf(line);
    if (!code || !line.procedure || line.drug) return;
    const required = payer.policy?.ndcRequired;
    const messageId = isNocDrugCode(code, knowledge)
      ? 'noc'
      : required === 'drug-lines' && isDrugCode(code, knowledge)
        ? 'policy'
        : required === undefined && payer.kind === 'commercial' && isJCode(code)
          ? 'commercial'
          : undefined;
    if (!messageId) return;
    report({
      span: line.procedure.code.span,
      messageId,
      data: { code, field: field('drug'), policy: payer.policy?.name ?? '' },
      fixes: insertDrugFix(ctx),
    });
  },
};
