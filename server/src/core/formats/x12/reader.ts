import type { ClaimDocument, ParseProblem } from '../../model';
import { finish, type Steps } from '../../steps';
import { readClaimsInSteps } from './claims';
import { buildEnvelopes } from './envelopes';
import type { X12Syntax } from './syntax';
import { tokenize } from './tokenizer';

/**
 * Reads an X12 file into the claim model: the 837P/837I transaction sets become claims (5010, or 4010 with one
 * warning); other sets (835, 837D, 278…) get one notice each and are not read further. Never throws: anything it
 * cannot understand becomes a ParseProblem and reading goes on with the rest of the file.
 */
export function readX12(text: string): ClaimDocument {
  return finish(readX12InSteps(text));
}

/** The same reading, yielding between the tokenizer, the envelopes and every few thousand segments of claims. */
export function* readX12InSteps(text: string): Steps<ClaimDocument> {
  try {
    return yield* read(text);
  } catch (error) {
    // A reader bug must not take the server down; report it without echoing file content.
    const reason = error instanceof Error ? error.name : 'error';
    return {
      format: 'none',
      text,
      claims: [],
      problems: [{ code: 'parse-error', severity: 'error', span: { start: 0, end: Math.min(3, text.length) }, message: `claimlint could not read this X12 file (internal ${reason}): please report it with a de-identified copy.` }],
      syntax: undefined,
    };
  }
}

function* read(text: string): Steps<ClaimDocument> {
  const tokens = tokenize(text);
  yield;
  const envelopes = buildEnvelopes(text, tokens);
  yield;
  const syntax: X12Syntax = { kind: 'x12', segments: envelopes.table, interchanges: envelopes.interchanges, transactions: envelopes.transactions };
  const problems: ParseProblem[] = [...tokens.problems, ...envelopes.problems];
  const format = decideFormat(syntax, problems);
  if (format === 'none') {
    // A file claimlint does not check gets its notice and nothing about its envelope: never a cascade.
    const notices = problems.filter((p) => p.code === 'not-a-claim' || p.code === 'parse-error').sort((a, b) => a.span.start - b.span.start);
    return { format, text, claims: [], problems: notices, syntax };
  }
  const claims = yield* readClaimsInSteps(syntax);
  problems.push(...claims.problems);
  problems.sort((a, b) => a.span.start - b.span.start);
  return { format, text, claims: claims.claims, problems, syntax };
}

/**
 * The format of the sets claimlint checks; 'none' when the file holds only sets it does not check (they have their
 * notice). An interchange with no transaction set at all is still an 837 file being written. A file is one format,
 * so professional and institutional sets together are flagged.
 */
function decideFormat(syntax: X12Syntax, problems: ParseProblem[]): 'x12-837p' | 'x12-837i' | 'none' {
  const checked = syntax.transactions.filter((t) => t.format !== undefined);
  if (checked.length === 0) return syntax.transactions.length > 0 ? 'none' : 'x12-837p';
  const first = checked[0].format as 'x12-837p' | 'x12-837i';
  const other = checked.find((t) => t.format !== first);
  if (other) {
    problems.push({
      code: 'x12-version',
      severity: 'warning',
      span: syntax.segments.span(other.st),
      message: `Send professional (837P) and institutional (837I) claims in separate files: claimlint checks this file as ${first === 'x12-837p' ? '837P' : '837I'}.`,
    });
  }
  return first;
}
