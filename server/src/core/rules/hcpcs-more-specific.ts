import type { Knowledge } from '../knowledge/types';
import type { Rule } from './rule';
import { specificCodeEvidence, type Candidate } from './support/candidates';
import { codeFixes, withUnits } from './support/codeFix';
import { codeOf, isNocDrugCode } from './support/lines';
import { drugOfNdc } from './support/ndc';

/** Why no units are shown with a candidate, in a few words. */
function unitsNote(candidates: readonly Candidate[]): string {
  if (candidates.some((c) => c.units.status === 'inconsistent')) return 'check the strength: its crosswalk row or the description disagree';
  return 'work out the units from the dose given';
}

/** A code's conditions of use as one clause: "as a complete therapeutic substitute for …, for at most a 48-hour dosage regimen". */
function conditionClause(conditions: readonly string[]): string {
  return conditions
    .map((c) => c.replace(/\.$/, '').replace(/^Only as /, 'as ').replace(/^Not more than /, 'for at most '))
    .join(', ');
}

/** The NOC code of a candidate's own class and route, for "else {noc}" when the candidate's conditions are not met. */
function classNoc(code: string, knowledge: Knowledge): string {
  const entry = knowledge.entry(code);
  return knowledge.nocCodeFor({ drugClass: entry?.drugClasses.map((c) => c.value), route: entry?.route.value }).code;
}

export const hcpcsMoreSpecific: Rule = {
  meta: {
    id: 'hcpcs-more-specific',
    description: 'J7599 (or another NOC code) is billed although the NDC or the drug named has a specific HCPCS code on the service date; offers each candidate with its whole billing units.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      byNdc: 'bill {suggested}, not {code} — NDC {ndc} is {drug}.',
      byNdcNoUnits: 'bill {suggested}, not {code} — NDC {ndc} is {drug}; {note}.',
      byNdcChoice: 'bill whichever of {suggested} matches the strength given, not {code} — NDC {ndc} is {drug}.',
      byNdcUnsure: 'bill {suggested} (or the code it replaced, if CMS had not added it yet on {date}), not {code} — NDC {ndc} is {drug}.',
      byNdcConditional: 'bill {suggested} only {condition}, else {noc}; not {code} — NDC {ndc} is {drug}.',
      byName: 'bill {suggested}, not {code} — the description names {drug}.',
      byNameChoice: 'bill whichever of {suggested} matches the form given, not {code} — the description names {drug}.',
      byNameConditional: 'bill {suggested} only {condition}, else {noc}; not {code} — the description names {drug}.',
    },
    why:
      'A "not otherwise classified" code is only for a drug that has no specific code. When the NDC on the line is listed under a ' +
      'specific code in the CMS ASP NDC–HCPCS crosswalk, or the description names a drug that has one, payers deny or manually review ' +
      'the NOC line and pay the specific code by its own dosage. The suggestion is the code in force on the service date (the ' +
      'October 2026 crosswalk lists CellCept under J7524; for earlier dates the oral code was J7517, 250 mg), with the units ' +
      "recomputed for that code's billing unit and rounded up to whole units. When the crosswalk row of the NDC contradicts " +
      'itself, or disagrees with the strength the description states, no units are computed. When an NDC is listed under ' +
      'several codes (cyclosporine 25 mg and 100 mg), each is offered and claimlint does not choose. A code with conditions of ' +
      'use in its descriptor (Q0162) is offered with them, next to the NOC code of its class.',
    sources: ['CMS ASP NDC–HCPCS crosswalk, October 2026', 'CMS HCPCS Alpha-Numeric files (code dates, dosages, descriptors)'],
  },
  checkLine(ctx, report) {
    const { line, knowledge, serviceDate } = ctx;
    const code = codeOf(line);
    if (!code || !line.procedure || !isNocDrugCode(code, knowledge)) return;
    const evidence = specificCodeEvidence(ctx);
    if (evidence.kind === 'none' || evidence.candidates.length === 0) return;
    const candidates = evidence.candidates;
    const one = candidates.length === 1 ? candidates[0] : undefined;
    const data: Record<string, string> = { code, suggested: candidates.map(withUnits).join(', '), date: serviceDate };
    if (one?.conditions) Object.assign(data, { condition: conditionClause(one.conditions), noc: classNoc(one.code, knowledge) });
    const fixes = codeFixes(ctx, candidates);
    const span = line.procedure.code.span;
    if (evidence.kind === 'ndc') {
      const messageId = !one ? 'byNdcChoice' : one.conditions ? 'byNdcConditional' : one.unsure ? 'byNdcUnsure' : one.units.status === 'ok' ? 'byNdc' : 'byNdcNoUnits';
      report({ span, messageId, data: { ...data, ndc: evidence.ndc11, drug: drugOfNdc(evidence.ndc11, knowledge), note: unitsNote(candidates) }, fixes });
      return;
    }
    const messageId = !one ? 'byNameChoice' : one.conditions ? 'byNameConditional' : 'byName';
    report({ span, messageId, data: { ...data, drug: evidence.match.matchedText }, fixes });
  },
};
