import { ParseErrorCode, type ParseError } from './jsonc';
import type { ParseProblem, Span } from '../../model';
import { LineIndex } from '../../text';

/** A badly broken file can yield an error per token; past this many the rest are noise. */
const MAX_SYNTAX_PROBLEMS = 50;

/**
 * Turns jsonc-parser errors into problems a biller can act on: what is wrong, where (line and column, 1-based, as
 * editors show them), and the usual fix. One problem per offset: the parser often reports a single mistake twice.
 */
export function syntaxProblems(text: string, errors: readonly ParseError[]): ParseProblem[] {
  const lines = new LineIndex(text);
  const seen = new Set<number>();
  const problems: ParseProblem[] = [];
  let dropped = 0;
  for (const error of errors) {
    const described = describe(text, error);
    if (seen.has(described.span.start)) continue;
    seen.add(described.span.start);
    if (problems.length >= MAX_SYNTAX_PROBLEMS) {
      dropped++;
      continue;
    }
    const pos = lines.positionAt(described.span.start);
    problems.push({
      severity: 'error',
      span: described.span,
      message: `Invalid JSON: ${described.what} at line ${pos.line + 1}, column ${pos.character + 1}. ${described.fix}`.trim(),
    });
  }
  if (dropped > 0 && problems.length > 0) {
    const last = problems[problems.length - 1];
    problems[problems.length - 1] = { ...last, message: `${last.message} (${dropped} more JSON syntax errors not shown; fix these first.)` };
  }
  return problems;
}

/** The first error as a phrase, for the single "not valid JSON" problem on files that are not claims. */
export function firstErrorSummary(text: string, errors: readonly ParseError[]): { what: string; span: Span } | undefined {
  if (errors.length === 0) return undefined;
  const d = describe(text, errors[0]);
  const pos = new LineIndex(text).positionAt(d.span.start);
  return { what: `${d.what} at line ${pos.line + 1}, column ${pos.character + 1}`, span: d.span };
}

interface Described {
  readonly what: string;
  readonly fix: string;
  readonly span: Span;
}

function describe(text: string, error: ParseError): Described {
  const start = Math.min(error.offset, text.length);
  const span: Span = { start, end: Math.min(text.length, start + Math.max(error.length, 0)) };
  const token = text.slice(span.start, span.end);

  // Everything after this point is whitespace: the document stops before its objects/arrays are closed.
  if (text.slice(start).trim() === '' ) {
    const last = lastNonSpace(text);
    return {
      what: 'the text ends before the JSON is complete',
      fix: 'The file looks cut off: restore the missing end (closing quotes, brackets and braces).',
      span: last >= 0 ? { start: last, end: last + 1 } : { start: 0, end: 0 },
    };
  }

  if ((token === '}' || token === ']') && (error.error === ParseErrorCode.ValueExpected || error.error === ParseErrorCode.PropertyNameExpected)) {
    const comma = previousNonSpace(text, start);
    if (comma >= 0 && text[comma] === ',') {
      return {
        what: `a trailing comma before "${token}"`,
        fix: 'JSON does not allow a comma after the last item: remove it.',
        span: { start: comma, end: comma + 1 },
      };
    }
  }

  switch (error.error) {
    case ParseErrorCode.CommaExpected:
      return { what: 'expected a comma after the value', fix: 'Put a comma between the two values (or properties).', span: nonEmpty(text, span) };
    case ParseErrorCode.ColonExpected:
      return { what: 'expected a colon after the property name', fix: 'Write "name": value.', span: nonEmpty(text, span) };
    case ParseErrorCode.PropertyNameExpected:
      return { what: 'expected a property name in double quotes', fix: 'Property names must be written "like this".', span: nonEmpty(text, span) };
    case ParseErrorCode.ValueExpected:
      return {
        what: 'expected a value',
        fix: 'A value is a "string", a number, an object, an array, true, false or null.',
        span: nonEmpty(text, span),
      };
    case ParseErrorCode.CloseBraceExpected:
      return { what: 'expected "}" to close the object', fix: 'Add the missing closing brace.', span: nonEmpty(text, span) };
    case ParseErrorCode.CloseBracketExpected:
      return { what: 'expected "]" to close the array', fix: 'Add the missing closing bracket.', span: nonEmpty(text, span) };
    case ParseErrorCode.EndOfFileExpected:
      return { what: 'unexpected text after the end of the JSON value', fix: 'A claim file holds exactly one JSON value.', span: nonEmpty(text, span) };
    case ParseErrorCode.InvalidCommentToken:
      return { what: 'a comment', fix: 'Claim JSON must be strict JSON: payers and clearinghouses reject comments. Remove it.', span: nonEmpty(text, span) };
    case ParseErrorCode.UnexpectedEndOfComment:
      return { what: 'a comment that is never closed', fix: 'Remove the comment: claim JSON cannot contain comments.', span: nonEmpty(text, span) };
    case ParseErrorCode.UnexpectedEndOfString:
      return { what: 'a string that is never closed', fix: 'Add the closing double quote on the same line.', span: nonEmpty(text, span) };
    case ParseErrorCode.UnexpectedEndOfNumber:
    case ParseErrorCode.InvalidNumberFormat:
      return {
        what: 'a number JSON cannot read',
        fix: 'Write digits with an optional "." and decimals, no leading zeros; quote codes that start with 0.',
        span: nonEmpty(text, span),
      };
    case ParseErrorCode.InvalidUnicode:
      return { what: 'an invalid \\u escape', fix: 'A \\u escape needs exactly four hexadecimal digits.', span: nonEmpty(text, span) };
    case ParseErrorCode.InvalidEscapeCharacter:
      return { what: 'an invalid escape sequence in a string', fix: 'Write a backslash as \\\\; only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u are allowed.', span: nonEmpty(text, span) };
    case ParseErrorCode.InvalidCharacter:
      return {
        what: 'a control character (tab or line break) inside a string',
        fix: 'Write it as \\t or \\n, or remove it.',
        span: nonEmpty(text, span),
      };
    case ParseErrorCode.InvalidSymbol:
    default:
      if (token.startsWith("'")) {
        return { what: 'a single-quoted string', fix: 'JSON strings use double quotes.', span: nonEmpty(text, span) };
      }
      return { what: `unexpected text "${shorten(token)}"`, fix: 'Remove it, or quote it if it is meant to be a string.', span: nonEmpty(text, span) };
  }
}

/** Zero-length spans are invisible in an editor; widen to the character at the offset when there is one. */
function nonEmpty(text: string, span: Span): Span {
  if (span.end > span.start || span.start >= text.length) return span;
  return { start: span.start, end: span.start + 1 };
}

function shorten(token: string): string {
  // The token may be claim content (a misquoted name): keep it short; it is shown to the user only, never logged.
  return token.length > 20 ? `${token.slice(0, 20)}…` : token;
}

function lastNonSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (!/\s/.test(text[i])) return i;
  return -1;
}

function previousNonSpace(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (!/\s/.test(text[i])) return i;
  return -1;
}
