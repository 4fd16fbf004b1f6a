import type { Rule } from './rule';
import { PROBLEM_MESSAGES, reportProblems } from './support/problems';

export const x12Envelope: Rule = {
  meta: {
    id: 'x12-envelope',
    description: 'X12 envelope problems: a damaged or missing ISA, trailers (SE/GE/IEA) missing, wrong counts or control numbers.',
    defaultSeverity: 'warning',
    fixable: false,
    formats: ['x12-837p', 'x12-837i'],
    messages: PROBLEM_MESSAGES,
    why: 'Clearinghouses and payers check the envelope (ISA/IEA, GS/GE, ST/SE) before they read any claim: a wrong segment count or an unmatched control number gets the whole file or transaction set rejected, usually with a 999 or TA1 acknowledgement.',
    sources: ['X12 005010X222A1 / X223A2 implementation guides: interchange, functional group and transaction set control segments'],
  },
  checkDocument: (ctx, report) => reportProblems('x12-envelope', ctx, report),
};
