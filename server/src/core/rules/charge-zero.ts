import type { Rule } from './rule';
import { isDrugLine, parseDecimal, shown } from './support/lines';

export const chargeZero: Rule = {
  meta: {
    id: 'charge-zero',
    description: 'A drug line has no charge or a charge of 0.',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      noCharge: 'enter the charge for {code} in {field}: a drug line without one is rejected.',
      zeroCharge: 'enter the charge for {code} in {field}: it is billed at {charge}, and a zero charge is paid nothing.',
    },
    why:
      'Payers pay the lower of the billed charge and the allowed amount, so a zero charge is paid nothing, and a line with no ' +
      "charge is rejected. If the drug really was free (a manufacturer program), follow the payer's rule for no-cost drugs. " +
      'FHIR ExplanationOfBenefit items often state amounts only in adjudication, so a FHIR item without `net` is not flagged.',
  },
  checkLine({ line, knowledge, doc, field }, report) {
    const procedure = line.procedure;
    if (!procedure || !isDrugLine(line, knowledge)) return;
    const charge = line.charge;
    const text = charge?.value.trim() ?? '';
    const amount = text === '' ? undefined : parseDecimal(text);
    if (text !== '' && (amount === undefined || amount !== 0)) return;
    // FHIR (notably ExplanationOfBenefit) often states amounts in adjudication, not item.net: judge only what is written.
    if (text === '' && doc.format === 'fhir') return;
    report({
      span: charge && charge.span.end > charge.span.start ? charge.span : procedure.code.span,
      messageId: text === '' ? 'noCharge' : 'zeroCharge',
      data: { code: shown(procedure.code.value), field: field('charge'), charge: shown(text) },
    });
  },
};
