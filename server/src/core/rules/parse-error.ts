import type { Rule } from './rule';

/** Surfaces what the readers could not understand. The readers never throw; this is where their problems show. */
export const parseError: Rule = {
  meta: {
    id: 'parse-error',
    description: 'The file (or a segment / JSON value in it) cannot be read as a claim.',
    defaultSeverity: 'error',
    fixable: false,
  },
  checkDocument({ doc }, report) {
    for (const problem of doc.problems) {
      report({ span: problem.span, message: problem.message, severity: problem.severity });
    }
  },
};
