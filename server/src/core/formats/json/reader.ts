import { ParseErrorCode, parseTree, type ParseError, type ParseOptions } from './jsonc';
import type { Claim, ClaimDocument, ParseProblem, Span } from '../../model';
import { readChClaim, readStediNativeClaim } from '../claim-json/reader';
import { claimRoots, guessFamilyFromText, type JsonFamily } from './detect';
import { readFhirClaims } from '../fhir/reader';
import type { Node } from './nodes';
import { firstErrorSummary, syntaxProblems } from './syntaxErrors';
import { scanJsonTree, STRICT_JSON } from './tree';

export { jsonPathAt, type JsonPathHit } from './nodes';

/** Numbers the claims of one document in reading order (Claim.index). */
export interface ClaimCounter {
  next(): number;
}

export interface JsonReadOptions {
  /**
   * The user asked for this file to be checked (the CLI): JSON that is not a claim gets one notice saying so. In the
   * editor every open JSON file passes by, and one that is not a claim stays silent.
   */
  readonly requested?: boolean;
}

/**
 * jsonc-parser (used for invalid JSON) builds its tree recursively and overflows the stack a few thousand levels down. Real claims nest
 * about 15 levels (a Bundle's item detail coding); anything past this limit is not a claim worth the risk.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * Reads FHIR (Claim, ExplanationOfBenefit, Bundles of them) and claim JSON (Change Healthcare / Stedi CH shape, Stedi
 * native shape) into the claim model. Never throws. JSON that is not a claim (package.json, a Patient) costs nothing:
 * format 'unknown', no claims, no problems.
 */
export function readJsonClaim(text: string, options: JsonReadOptions = {}): ClaimDocument {
  try {
    return read(text, options);
  } catch {
    // Defensive only: the reader is written not to throw. Say nothing about the content (it may be PHI).
    return {
      format: 'none',
      text,
      claims: [],
      problems: [{ code: 'parse-error', severity: 'error', span: { start: 0, end: Math.min(1, text.length) }, message: 'claimlint could not read this JSON file (internal reader error): please report it with a de-identified copy.' }],
      syntax: undefined,
    };
  }
}

function read(text: string, options: JsonReadOptions): ClaimDocument {
  // Fast path: valid JSON (nearly every file, and every large one) is parsed by our own iterative parser, which also
  // enforces the depth limit. Anything else is re-parsed by jsonc-parser for its error list and recovered tree.
  const scan = scanJsonTree(text, MAX_JSON_DEPTH);
  let root: Node | undefined;
  let errors: ParseError[];
  if (scan.kind === 'tree') {
    root = scan.root;
    errors = scan.errors;
  } else {
    // A too-deep scan stops at the first bracket past the limit, and everything before it was valid JSON, so it is
    // the bracket maxNesting finds; for invalid text, maxNesting guards jsonc-parser's recursion as before.
    const depth = scan.kind === 'too-deep' ? { max: MAX_JSON_DEPTH + 1, at: scan.at } : maxNesting(text);
    if (depth.max > MAX_JSON_DEPTH) return tooDeep(text, depth.at);
    // Strict: claims go to payers as JSON, where comments and trailing commas are errors.
    ({ root, errors } = parseTreeCapped(text, STRICT_JSON));
  }
  dropBomError(text, errors);
  const roots = claimRoots(root);

  if (errors.length === 0) {
    if (roots.length === 0) return { format: 'none', text, claims: [], problems: options.requested ? notAClaim(root) : [], syntax: root };
    return claimDocument(text, roots, [], root);
  }

  const family = roots[0]?.family ?? guessFamilyFromText(text);
  if (family) {
    // A claim being edited is often briefly invalid. The parser recovers a tree, so lines still get linted while the
    // syntax errors are shown; rules judge what could be read.
    return claimDocument(text, roots, syntaxProblems(text, errors), root, family);
  }
  return { format: 'none', text, claims: [], problems: notJsonProblem(text, errors), syntax: root };
}

/**
 * The claims of every root, and one notice per FHIR release claimlint does not check (STU3, DSTU2). A root array
 * mixing FHIR and claim JSON is unusual; the first claim decides the format, as the outline can show only one.
 */
function claimDocument(text: string, roots: { node: Node; family: JsonFamily }[], problems: ParseProblem[], root: Node | undefined, guessed?: JsonFamily): ClaimDocument {
  let index = 0;
  const counter: ClaimCounter = { next: () => index++ };
  const claims: Claim[] = [];
  for (const { node, family } of roots) {
    if (family === 'fhir') {
      const read = readFhirClaims(text, node, counter);
      claims.push(...read.claims);
      problems.push(...read.problems);
    } else if (family === 'ch') claims.push(readChClaim(text, node, counter));
    else claims.push(readStediNativeClaim(text, node, counter));
  }
  const family = roots[0]?.family ?? guessed;
  if (claims.length === 0 && problems.some((p) => p.code === 'not-a-claim')) return { format: 'none', text, claims: [], problems, syntax: root };
  return { format: family === 'fhir' ? 'fhir' : 'claim-json', text, claims, problems, syntax: root };
}

/** Valid JSON the user asked to check that holds no claim: one notice, at the start. */
function notAClaim(root: Node | undefined): ParseProblem[] {
  const span: Span = root ? { start: root.offset, end: root.offset + 1 } : { start: 0, end: 0 };
  return [{ code: 'not-a-claim', severity: 'information', span, message: 'This JSON file is not a claim (no FHIR Claim/ExplanationOfBenefit or claim JSON in it), so claimlint did not check it.' }];
}

/** jsonc-parser reports an error per bad token: on a large junk file that is millions of objects. */
const MAX_PARSE_ERRORS = 1000;
const TOO_MANY_ERRORS = new Error('too many JSON syntax errors');

/**
 * parseTree that gives up after MAX_PARSE_ERRORS errors (throwing out of the parser from its error callback).
 * A file that broken has no useful partial tree, so none is returned; the errors so far are enough to report.
 */
function parseTreeCapped(text: string, options: ParseOptions): { root: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  errors.push = (...items: ParseError[]): number => {
    if (errors.length >= MAX_PARSE_ERRORS) throw TOO_MANY_ERRORS;
    return Array.prototype.push.apply(errors, items);
  };
  try {
    return { root: parseTree(text, errors, options), errors };
  } catch (error) {
    if (error !== TOO_MANY_ERRORS) throw error;
    return { root: undefined, errors };
  }
}

function tooDeep(text: string, at: number): ClaimDocument {
  const family = guessFamilyFromText(text);
  if (!family) return { format: 'none', text, claims: [], problems: [], syntax: undefined };
  return {
    format: family === 'fhir' ? 'fhir' : 'claim-json',
    text,
    claims: [],
    problems: [
      {
        code: 'parse-error',
        severity: 'error',
        span: { start: at, end: at + 1 },
        message: `claimlint did not read this JSON: it nests more than ${MAX_JSON_DEPTH} levels deep, which no claim format does (the file is probably damaged).`,
      },
    ],
    syntax: undefined,
  };
}

/**
 * Text that is not a claim and not valid JSON. JSONC files (VS Code settings, tsconfig) with comments or trailing
 * commas are fine as what they are, so they stay silent; anything broken even by JSONC's rules gets one problem,
 * because someone asked claimlint to lint it.
 */
function notJsonProblem(text: string, strictErrors: readonly ParseError[]): ParseProblem[] {
  const lenientErrors = parseTreeCapped(text, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false }).errors;
  dropBomError(text, lenientErrors);
  if (lenientErrors.length === 0) return [];
  const first = firstErrorSummary(text, lenientErrors) ?? firstErrorSummary(text, strictErrors);
  if (!first) return [];
  return [
    {
      code: 'parse-error',
      severity: 'error',
      span: first.span,
      message: `This file is not valid JSON (${first.what}) and nothing in it looks like a claim, so claimlint did not check it.`,
    },
  ];
}

/**
 * Windows tools save JSON with a UTF-8 byte order mark; every JSON parser payers use skips it, so it is not a
 * syntax error here. Offsets stay those of the original text (the BOM is one UTF-16 unit at offset 0).
 */
function dropBomError(text: string, errors: ParseError[]): void {
  if (text.charCodeAt(0) !== 0xfeff) return;
  const index = errors.findIndex((e) => e.offset === 0 && e.error === ParseErrorCode.InvalidSymbol);
  if (index >= 0) errors.splice(index, 1);
}

/**
 * Deepest nesting of objects/arrays, found without recursion. Strings are skipped the way the JSON scanner skips
 * them (a string also ends at a line break), so brackets inside strings do not count; comments are counted, which
 * can only over-estimate — the safe direction for a guard.
 */
function maxNesting(text: string): { max: number; at: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */ || c === 0x0a || c === 0x0d) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        at = i;
        // Once past the limit the answer is known; stop scanning a possibly huge file.
        if (max > MAX_JSON_DEPTH) break;
      }
    } else if ((c === 0x7d /* } */ || c === 0x5d /* ] */) && depth > 0) depth--;
  }
  return { max, at };
}
