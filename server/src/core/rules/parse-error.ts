import type { Rule } from './rule';
import { PROBLEM_MESSAGES, reportProblems } from './support/problems';

/** Input claimlint cannot read at all: binary data, UTF-16, an empty file, JSON nested past any claim, a reader fault. */
export const parseError: Rule = {
  meta: {
    id: 'parse-error',
    description: 'The file cannot be read as a claim at all (binary, UTF-16, empty, damaged beyond reading).',
    defaultSeverity: 'error',
    fixable: false,
    messages: PROBLEM_MESSAGES,
    why: 'A file claimlint cannot read is a file a payer cannot read either: it is rejected before any claim in it is looked at.',
  },
  checkDocument: (ctx, report) => reportProblems('parse-error', ctx, report),
};
