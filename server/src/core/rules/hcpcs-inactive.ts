import type { Rule } from './rule';
import { codeOf } from './support/lines';

export const hcpcsInactive: Rule = {
  meta: {
    id: 'hcpcs-inactive',
    description: 'The HCPCS code is not valid on the service date (ended before it, e.g. J7506 after 2015-12-31, or not yet added), or the CMS files do not say whether it is.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      ended: 'bill {replacement} instead of {code}: {code} ended {end}, before the {date} service date.',
      endedNoReplacement: 'replace {code} with the code in use on {date}: {code} ended {end}.',
      notYet: 'bill {replacement} instead of {code}: {code} did not exist yet on {date}.',
      notYetNoReplacement: 'check the service date or the code: {code} did not exist yet on {date}.',
      unsure: 'check that {code} was valid on {date}: {why}.',
    },
    why:
      'Payers reject a code that is not valid on the date of service. HCPCS codes are added and deleted every quarter; a deleted ' +
      'code usually has a successor (J7506 prednisone was replaced by J7512 from 2016-01-01), and a new code cannot be billed for ' +
      'services before it took effect: bill the code in use then (J7517, 250 mg, for oral mycophenolate mofetil before J7524). ' +
      'Where the CMS files claimlint has read give no exact start or end date, the finding says so (information) instead of ' +
      'guessing; the hover of the code shows what is known.',
    sources: ['CMS HCPCS Alpha-Numeric files (January 2026, October 2026)', 'CMS ASP NDC–HCPCS crosswalk and payment limits, October 2026'],
  },
  checkLine(ctx, report) {
    const { line, knowledge, serviceDate, editor } = ctx;
    const code = codeOf(line);
    if (!code || !line.procedure || !knowledge.entry(code)) return;
    const validity = knowledge.validityOn(code, serviceDate);
    if (validity.validity === 'valid') return;
    const span = line.procedure.code.span;
    if (validity.validity === 'unknown') {
      report({ span, severity: 'information', messageId: 'unsure', data: { code, date: serviceDate, why: shortReason(validity.caveats[0] ?? validity.reason) } });
      return;
    }
    const inForce = knowledge.codeInForceOn(code, serviceDate);
    const replacement = inForce && inForce.code !== code && inForce.validity === 'valid' ? inForce.code : undefined;
    const edits = replacement ? (editor?.replaceValue(line.procedure.code, replacement) ?? []) : [];
    const fixes = edits.length ? [{ title: `Replace ${code} with ${replacement} (check the units for its dosage)`, isPreferred: false, safe: false, edits }] : [];
    const ended = validity.validity === 'ended';
    report({
      span,
      messageId: ended ? (replacement ? 'ended' : 'endedNoReplacement') : replacement ? 'notYet' : 'notYetNoReplacement',
      data: { code, replacement: replacement ?? '', end: knowledge.entry(code)?.termination?.value ?? '', date: serviceDate },
      fixes,
    });
  },
};

/** The first clause of a knowledge caveat, lower-cased at the start, for "…: {why}." */
function shortReason(text: string): string {
  const first = text.split(/(?<=[.;])\s/)[0].replace(/[.;]$/, '');
  const clipped = first.length > 110 ? `${first.slice(0, 109)}…` : first;
  return /^[A-Z][a-z]/.test(clipped) ? clipped.charAt(0).toLowerCase() + clipped.slice(1) : clipped;
}
