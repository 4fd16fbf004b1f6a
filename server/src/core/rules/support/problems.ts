import type { ProblemCode } from '../../model';
import type { DocumentContext, Reporter } from '../rule';

/** Reports the readers' problems of one kind: a reader never judges, so each kind surfaces through its own rule. */
export function reportProblems(code: ProblemCode, { doc }: DocumentContext, report: Reporter): void {
  for (const problem of doc.problems) {
    if (problem.code === code) report({ span: problem.span, messageId: 'problem', data: { text: problem.message }, severity: problem.severity });
  }
}

/** The one template of a problem rule: the reader's own sentence. */
export const PROBLEM_MESSAGES = { problem: '{text}' } as const;
