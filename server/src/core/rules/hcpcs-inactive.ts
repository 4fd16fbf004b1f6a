import type { Rule } from './rule';
import { codeOf, validityOn } from './support/lines';

export const hcpcsInactive: Rule = {
  meta: {
    id: 'hcpcs-inactive',
    description: 'The HCPCS code is not valid on the service date (deleted before it, e.g. J7506 after 2015-12-31, or added after it).',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      ended: 'bill {replacement} instead of {code}: {code} ended {end}, before the {date} service date.',
      endedNoReplacement: 'replace {code} with the code in use on {date}: {code} ended {end}.',
      notYet: 'check the service date or the code: {code} starts {effective}, after the {date} service date.',
      notYetQuarter: 'check the service date or the code: CMS lists {code} as added in the quarter starting {effective}, after {date}.',
    },
    why:
      'Payers reject a code that is not valid on the date of service. HCPCS codes are added, revised and deleted every quarter; a ' +
      'deleted code usually has a successor (J7506 prednisone was replaced by J7512 from 2016-01-01), and a new code cannot be billed ' +
      'for services before it took effect: for those, bill the code in use then (for a drug without one, the NOC code with the drug named).',
    sources: ['CMS HCPCS quarterly update files', 'CMS ASP payment limit files ("Added" notes)'],
  },
  checkLine(ctx, report) {
    const { line, knowledge, serviceDate, editor } = ctx;
    const code = codeOf(line);
    if (!code || !line.procedure) return;
    const info = knowledge.hcpcs(code);
    if (!info) return;
    const validity = validityOn(info, serviceDate);
    if (validity === 'valid') return;
    if (validity === 'ended') {
      const replacement = info.replacedBy?.toUpperCase();
      const edits = replacement ? (editor?.replaceValue(line.procedure.code, replacement) ?? []) : [];
      report({
        span: line.procedure.code.span,
        messageId: replacement ? 'ended' : 'endedNoReplacement',
        data: { code, replacement: replacement ?? '', end: info.end ?? '', date: serviceDate },
        fixes: edits.length ? [{ title: `Replace ${code} with ${replacement}`, isPreferred: false, safe: false, edits }] : [],
      });
      return;
    }
    // Some start dates are the first day of the quarter whose CMS file first lists the code: a warning, said as such.
    const inferred = info.uncertain !== undefined && /inferred/i.test(info.uncertain);
    report({
      span: line.procedure.code.span,
      severity: inferred ? 'warning' : undefined,
      messageId: inferred ? 'notYetQuarter' : 'notYet',
      data: { code, effective: info.effective ?? '', date: serviceDate },
    });
  },
};
