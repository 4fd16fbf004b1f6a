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
  },
  checkLine(ctx, report) {
    const { line, knowledge, config } = ctx;
    const code = codeOf(line);
    if (!code || !line.procedure || line.drug) return;
    const noc = isNocDrugCode(code, knowledge);
    const commercialJCode = config.payerProfile === 'commercial' && isJCode(code);
    if (!noc && !commercialJCode) return;
    const why = noc
      ? `${code} is a "not otherwise classified" code, so the NDC is the only thing that tells the payer which drug was given; NOC lines without one are returned or denied.`
      : `Under the commercial payer profile every J-code line needs an NDC: UnitedHealthcare, Anthem and other payers publish this requirement and deny lines without it.`;
    report({
      span: line.procedure.code.span,
      message:
        `Line ${line.number}: ${code} has no NDC. ${why} ` +
        `Add the 11-digit NDC of the package used, with its quantity and unit (837: LIN**N4*<NDC>~CTP****<quantity>*<unit>~ in loop 2410; JSON: drugIdentification).`,
      fixes: insertDrugFix(ctx),
    });
  },
};
