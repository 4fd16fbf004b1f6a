import type { Rule } from './rule';
import { PROBLEM_MESSAGES, reportProblems } from './support/problems';

export const jsonSyntax: Rule = {
  meta: {
    id: 'json-syntax',
    description: 'A claim JSON or FHIR file is not valid JSON (a missing comma, a trailing comma, a comment, an unclosed string…).',
    defaultSeverity: 'error',
    fixable: false,
    formats: ['fhir', 'claim-json'],
    messages: PROBLEM_MESSAGES,
    why: 'Claim APIs and FHIR servers parse strict JSON: one syntax error rejects the whole submission. While a file is being edited claimlint still checks what it can read.',
    sources: ['IETF RFC 8259 (JSON)'],
  },
  checkDocument: (ctx, report) => reportProblems('json-syntax', ctx, report),
};
