import type { Rule } from './rule';
import { isDrugLine, parseDecimal } from './support/lines';

export const chargeZero: Rule = {
  meta: {
    id: 'charge-zero',
    description: 'A drug line has no charge or a charge of 0.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  checkLine({ line, knowledge, doc }, report) {
    const procedure = line.procedure;
    if (!procedure || !isDrugLine(line, knowledge)) return;
    const charge = line.charge;
    const text = charge?.value.trim() ?? '';
    const amount = text === '' ? undefined : parseDecimal(text);
    if (text !== '' && (amount === undefined || amount !== 0)) return;
    // FHIR (notably ExplanationOfBenefit) often states amounts in adjudication, not item.net: judge only what is written.
    if (text === '' && doc.format === 'fhir') return;
    const what = text === '' ? 'has no charge' : `is billed at ${text}`;
    report({
      span: charge && charge.span.end > charge.span.start ? charge.span : procedure.code.span,
      message:
        `Line ${line.number}: the drug line ${procedure.code.value.trim()} ${what}. Payers pay the lower of the billed charge and the ` +
        `allowed amount, so a zero charge is paid nothing, and a missing charge gets the claim rejected. ` +
        `Enter the line's charge (837P SV102, 837I SV203, JSON lineItemChargeAmount, FHIR item.net); if the drug was free, follow the payer's rule for no-cost drugs.`,
    });
  },
};
