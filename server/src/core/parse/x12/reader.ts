import type { ClaimDocument, DocumentFormat, ParseProblem } from '../../model';
import { readClaims } from './claims';
import { buildEnvelopes } from './envelopes';
import type { X12Syntax } from './syntax';
import { tokenize } from './tokenizer';

/**
 * Reads an X12 837P/837I (5010, or 4010 with a warning) into the claim model. Never throws: anything it cannot
 * understand becomes a ParseProblem and reading goes on with the rest of the file.
 */
export function readX12(text: string): ClaimDocument {
  try {
    return read(text);
  } catch (error) {
    // A reader bug must not take the server down; report it without echoing file content.
    const reason = error instanceof Error ? error.name : 'error';
    return {
      format: 'x12-837p',
      text,
      claims: [],
      problems: [{ severity: 'error', span: { start: 0, end: Math.min(3, text.length) }, message: `claimlint could not read this X12 file (internal ${reason}). Please report it with a de-identified copy.` }],
    };
  }
}

function read(text: string): ClaimDocument {
  const tokens = tokenize(text);
  const envelopes = buildEnvelopes(text, tokens);
  const syntax: X12Syntax = { kind: 'x12', segments: envelopes.table, interchanges: envelopes.interchanges, transactions: envelopes.transactions };
  const claims = readClaims(syntax);
  const problems: ParseProblem[] = [...tokens.problems, ...envelopes.problems, ...claims.problems];
  const format = decideFormat(syntax, claims.sv1Count, claims.sv2Count, problems);
  problems.sort((a, b) => a.span.start - b.span.start);
  return { format, text, claims: claims.claims, problems, syntax };
}

/** ST03/GS08 first; SV1 vs SV2 when the envelope does not say. A file is one format, so disagreement is flagged. */
function decideFormat(syntax: X12Syntax, sv1: number, sv2: number, problems: ParseProblem[]): DocumentFormat {
  const declared = syntax.transactions.map((t) => t.format).filter((f): f is 'x12-837p' | 'x12-837i' => f !== undefined);
  if (declared.length > 0) {
    const first = declared[0];
    const other = syntax.transactions.find((t) => t.format !== undefined && t.format !== first);
    if (other) {
      problems.push({ severity: 'warning', span: syntax.segments.span(other.st), message: `This file mixes professional (837P) and institutional (837I) transaction sets; claimlint checks it as ${first === 'x12-837p' ? '837P' : '837I'}. Send them in separate files.` });
    }
    return first;
  }
  if (sv2 > sv1) return 'x12-837i';
  return 'x12-837p';
}
