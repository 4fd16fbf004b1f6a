import type { Rule } from './rule';
import { PROBLEM_MESSAGES, reportProblems } from './support/problems';

export const x12Syntax: Rule = {
  meta: {
    id: 'x12-syntax',
    description: 'X12 segment syntax: a segment without its terminator, a file cut off inside a segment, stray text, a bad segment id, a component separator that disagrees with ISA16.',
    defaultSeverity: 'warning',
    fixable: false,
    formats: ['x12-837p', 'x12-837i'],
    messages: PROBLEM_MESSAGES,
    why: 'A payer splits the file on the delimiters the ISA header declares. A segment without its terminator swallows the next one, and text that is not a segment makes the file unreadable from that point: the claims in it are rejected.',
    sources: ['X12 005010X222A1 / X223A2 implementation guides: delimiters and segment structure'],
  },
  checkDocument: (ctx, report) => reportProblems('x12-syntax', ctx, report),
};
