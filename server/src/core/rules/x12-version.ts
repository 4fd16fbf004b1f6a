import type { Rule } from './rule';
import { PROBLEM_MESSAGES, reportProblems } from './support/problems';

export const x12Version: Rule = {
  meta: {
    id: 'x12-version',
    description: 'X12 version: a 4010 claim file (flagged once), GS08 and ST03 naming different guides, 837P and 837I sets in one file.',
    defaultSeverity: 'warning',
    fixable: false,
    formats: ['x12-837p', 'x12-837i'],
    messages: PROBLEM_MESSAGES,
    why: 'HIPAA has required version 5010 (005010X222A1 professional, 005010X223A2 institutional) for electronic claims since 2012; payers reject 4010 files. claimlint reads a 4010 file as best it can, but its checks are written for 5010.',
    sources: ['CMS, HIPAA Version 5010 transition (45 CFR 162.1102)'],
  },
  checkDocument: (ctx, report) => reportProblems('x12-version', ctx, report),
};
