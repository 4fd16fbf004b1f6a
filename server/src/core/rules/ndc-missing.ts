import type { Fix } from '../findings';
import type { LineContext, Rule } from './rule';

/** Placeholder the coder overwrites; it deliberately fails ndc-format until a real NDC is typed. */
export const NDC_PLACEHOLDER = '00000000000';

function isJCode(code: string): boolean {
  return /^J\d{4}$/.test(code);
}

function insertDrugFix(ctx: LineContext): Fix[] {
  const edits = ctx.editor?.insertDrug(ctx.line, { ndc11: NDC_PLACEHOLDER, quantity: '1', unit: 'UN' }) ?? [];
  if (edits.length === 0) return [];
  return [{ title: 'Add an NDC block (LIN/CTP or drugIdentification) to fill in', isPreferred: false, safe: false, edits }];
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
    const code = line.procedure?.code;
    if (!code || line.drug) return;
    const info = knowledge.hcpcs(code.value.toUpperCase());
    const noc = info?.category === 'noc-drug';
    const commercialJCode = config.payerProfile === 'commercial' && isJCode(code.value.toUpperCase());
    if (!noc && !commercialJCode) return;
    const why = noc
      ? `${code.value} is a "not otherwise classified" code: the payer cannot tell which drug was given without the NDC, and returns or denies the line.`
      : `Under the commercial payer profile every J-code line needs an NDC (UnitedHealthcare, Anthem and others publish this requirement).`;
    report({
      span: code.span,
      message:
        `Line ${line.number}: ${code.value} has no NDC. ${why} ` +
        `Add the 11-digit NDC with its quantity and unit (837: LIN**N4*<NDC>~CTP****<qty>*<unit>~ in loop 2410; JSON: drugIdentification).`,
      fixes: insertDrugFix(ctx),
    });
  },
};
