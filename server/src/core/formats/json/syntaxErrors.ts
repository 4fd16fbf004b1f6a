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
    problems.push({ code: 'json-syntax', severity: 'error', span: described.span, message: described.message });
  }
  if (dropped > 0 && problems.length > 0) {
    const last = problems[problems.length - 1];
    problems[problems.length - 1] = { ...last, message: `${last.message} (${dropped} more JSON syntax errors follow: fix these first.)` };
  }
  return problems;
}

/** The first error as a phrase with its line and column, for the single "not valid JSON" problem on files that are not claims. */
export function firstErrorSummary(text: string, errors: readonly ParseError[]): { what: string; span: Span } | undefined {
  if (errors.length === 0) return undefined;
  const d = describe(text, errors[0]);
  const pos = new LineIndex(text).positionAt(d.span.start);
  return { what: `${d.what} at line ${pos.line + 1}, column ${pos.character + 1}`, span: d.span };
}

interface Described {
  /** What is wrong, as a phrase. */
  readonly what: string;
  /** One sentence, the action first. */
  readonly message: string;
  readonly span: Span;
}

function describe(text: string, error: ParseError): Described {
  const start = Math.min(error.offset, text.length);
  const span: Span = { start, end: Math.min(text.length, start + Math.max(error.length, 0)) };
  const token = text.slice(span.start, span.end);
  const at = nonEmpty(text, span);
  const d = (what: string, message: string, where: Span = at): Described => ({ what, message, span: where });

  // Everything after this point is whitespace: the document stops before its objects/arrays are closed.
  if (text.slice(start).trim() === '') {
    const last = lastNonSpace(text);
    return d(
      'the text ends before the JSON is complete',
      'Restore the end of this file: the JSON stops before its strings, arrays or objects are closed.',
      last >= 0 ? { start: last, end: last + 1 } : { start: 0, end: 0 },
    );
  }

  if ((token === '}' || token === ']') && (error.error === ParseErrorCode.ValueExpected || error.error === ParseErrorCode.PropertyNameExpected)) {
    const comma = previousNonSpace(text, start);
    if (comma >= 0 && text[comma] === ',') {
      return d(`a trailing comma before "${token}"`, `Remove this comma: JSON allows none after the last item.`, { start: comma, end: comma + 1 });
    }
  }

  switch (error.error) {
    case ParseErrorCode.CommaExpected:
      return d('a missing comma', 'Add a comma before this value: two values or properties follow each other without one.');
    case ParseErrorCode.ColonExpected:
      return d('a missing colon', 'Add a colon after the property name: JSON writes "name": value.');
    case ParseErrorCode.PropertyNameExpected:
      return d('a missing property name', 'Write a property name in double quotes here.');
    case ParseErrorCode.ValueExpected:
      return d('a missing value', 'Write a value here: a "string", a number, an object, an array, true, false or null.');
    case ParseErrorCode.CloseBraceExpected:
      return d('an object that is not closed', 'Add the "}" that closes this object.');
    case ParseErrorCode.CloseBracketExpected:
      return d('an array that is not closed', 'Add the "]" that closes this array.');
    case ParseErrorCode.EndOfFileExpected:
      return d('text after the end of the JSON value', 'Remove the text after the end of the JSON value: a claim file holds exactly one value.');
    case ParseErrorCode.InvalidCommentToken:
    case ParseErrorCode.UnexpectedEndOfComment:
      return d('a comment', 'Remove this comment: payers and clearinghouses reject comments in claim JSON.');
    case ParseErrorCode.UnexpectedEndOfString:
      return d('a string that is never closed', 'Close this string with a double quote on the same line.');
    case ParseErrorCode.UnexpectedEndOfNumber:
    case ParseErrorCode.InvalidNumberFormat:
      return d('a number JSON cannot read', 'Write this number as digits with an optional "." and no leading zeros (quote codes that start with 0).');
    case ParseErrorCode.InvalidUnicode:
      return d('an invalid \\u escape', 'Fix this \\u escape: it needs exactly four hexadecimal digits.');
    case ParseErrorCode.InvalidEscapeCharacter:
      return d('an invalid escape sequence', 'Fix this escape: JSON strings allow only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u.');
    case ParseErrorCode.InvalidCharacter:
      return d('a tab or line break inside a string', 'Write this tab or line break as \\t or \\n, or remove it: JSON strings cannot hold it raw.');
    case ParseErrorCode.InvalidSymbol:
    default:
      if (token.startsWith("'")) return d('a single-quoted string', 'Use double quotes for this string: JSON does not allow single quotes.');
      return d(`unexpected text "${shorten(token)}"`, `Remove "${shorten(token)}", or quote it if it is meant to be a string.`);
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
