import type { Rule } from './rule';
import { codeOf, validityOn } from './support/lines';

export const hcpcsInactive: Rule = {
  meta: {
    id: 'hcpcs-inactive',
    description: 'The HCPCS code is not valid on the service date (deleted before it, e.g. J7506 after 2015-12-31, or added after it).',
    defaultSeverity: 'error',
    fixable: true,
  },
  checkLine(ctx, report) {
    const { line, knowledge, serviceDate, editor } = ctx;
    const code = codeOf(line);
    if (!code || !line.procedure) return;
    const info = knowledge.hcpcs(code);
    if (!info) return;
    const validity = validityOn(info, serviceDate);
    if (validity === 'valid') return;
    const source = ` (${info.source})`;
    if (validity === 'ended') {
      const replacement = info.replacedBy?.toUpperCase();
      const edits = replacement ? (editor?.replaceValue(line.procedure.code, replacement) ?? []) : [];
      report({
        span: line.procedure.code.span,
        message:
          `Line ${line.number}: ${code} was deleted after ${info.end}${source}; the service date is ${serviceDate}. ` +
          `Payers reject codes that are not valid on the date of service. ` +
          (replacement ? `Bill ${replacement} instead, and check the units against its dosage.` : `Bill the code that replaced it.`),
        fixes: edits.length ? [{ title: `Replace ${code} with ${replacement}`, isPreferred: false, safe: false, edits }] : [],
      });
      return;
    }
    // Some start dates are inferred (e.g. from "Added October 2026" in the ASP file): say so and lower the severity.
    const inferred = info.uncertain !== undefined && /effective date|inferred/i.test(info.uncertain);
    report({
      span: line.procedure.code.span,
      severity: inferred ? 'warning' : undefined,
      message:
        `Line ${line.number}: ${code} only became valid on ${info.effective}${source}; the service date is ${serviceDate}. ` +
        `Payers reject codes that are not valid on the date of service. Check the date, or bill the code in use on that date ` +
        `(for a drug without one, the NOC code with the drug's name and NDC).` +
        (inferred ? ` Note: this start date is not fully verified (${info.uncertain}).` : ''),
    });
  },
};
