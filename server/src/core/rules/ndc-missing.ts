import type { Fix } from '../findings';
import type { LineContext, Rule } from './rule';
import { codeOf, isJCode, isNocDrugCode } from './support/lines';

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
    description: 'A NOC drug line (J7599, J3490…) — or, for commercial payers, any J-code line — has no NDC.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      noc: 'add the NDC, quantity and unit of the drug given in {field}: a {code} line without them is returned.',
      commercial: 'add the NDC, quantity and unit of the drug given in {field}: this payer requires them on J-code lines.',
    },
    why:
      'A "not otherwise classified" code such as J7599 does not say which drug was given: the NDC is what tells the payer, so NOC ' +
      'lines without one are returned or denied. Many commercial payers require the NDC, its quantity and unit on every J-code line ' +
      '(UnitedHealthcare and Anthem publish this).',
    sources: ['UnitedHealthcare, NDC requirement for drug claims (2017)', 'Anthem, NDC billing requirements', 'Independence Blue Cross, NDC on NOC lines'],
  },
  checkLine(ctx, report) {
    const { line, knowledge, config, field } = ctx;
    const code = codeOf(line);
    if (!code || !line.procedure || line.drug) return;
    const noc = isNocDrugCode(code, knowledge);
    const commercialJCode = config.payerProfile === 'commercial' && isJCode(code);
    if (!noc && !commercialJCode) return;
    report({
      span: line.procedure.code.span,
      messageId: noc ? 'noc' : 'commercial',
      data: { code, field: field('drug') },
      fixes: insertDrugFix(ctx),
    });
  },
};
