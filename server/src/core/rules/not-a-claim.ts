import type { Rule } from './rule';
import { PROBLEM_MESSAGES, reportProblems } from './support/problems';

/** A file (or an X12 transaction set, or a FHIR resource) claimlint recognises but does not check: said once, never a cascade. */
export const notAClaim: Rule = {
  meta: {
    id: 'not-a-claim',
    description: 'Says once that a file or part of it is not something claimlint checks: another X12 set (835, 837D, 278…), EDIFACT, FHIR STU3/DSTU2, JSON that is not a claim.',
    defaultSeverity: 'information',
    fixable: false,
    messages: PROBLEM_MESSAGES,
    why: 'claimlint checks 837P and 837I 5010 claims, FHIR R4 Claim/ExplanationOfBenefit, and Change Healthcare/Stedi claim JSON. Anything else gets this one notice, so a quiet file is never mistaken for a checked one.',
  },
  checkDocument: (ctx, report) => reportProblems('not-a-claim', ctx, report),
};
