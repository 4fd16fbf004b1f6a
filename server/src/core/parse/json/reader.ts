import { ParseErrorCode, parseTree, type ParseError, type ParseOptions } from './jsonc';
import type { Claim, ClaimDocument, DocumentFormat, ParseProblem } from '../../model';
import { readChClaim, readStediNativeClaim } from './claimJson';
import { claimRoots, guessFamilyFromText, type JsonFamily } from './detect';
import { readFhirClaims } from './fhir';
import type { Node } from './nodes';
import { firstErrorSummary, syntaxProblems } from './syntaxErrors';
import { scanJsonTree, STRICT_JSON } from './tree';

export { jsonPathAt, type JsonPathHit } from './nodes';
export { jsonAnchorOf, type JsonLineAnchor, type JsonLineShape } from './anchor';

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
export function readJsonClaim(text: string): ClaimDocument {
  try {
    return read(text);
  } catch {
    // Defensive only: the reader is written not to throw. Say nothing about the content (it may be PHI).
    return {
      format: formatOf(guessFamilyFromText(text)),
      text,
      claims: [],
      problems: [{ severity: 'error', span: { start: 0, end: Math.min(1, text.length) }, message: 'claimlint could not read this JSON file (internal reader error). Please report it with a de-identified copy of the file.' }],
    };
  }
}

function read(text: string): ClaimDocument {
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
    return { format: formatOfRoots(roots.map((r) => r.family)), text, claims: readClaims(text, roots), problems: [], syntax: root };
  }

  const family = roots[0]?.family ?? guessFamilyFromText(text);
  if (family) {
    // A claim being edited is often briefly invalid. The parser recovers a tree, so lines still get linted while the
    // syntax errors are shown; rules judge what could be read.
    return { format: formatOf(family), text, claims: readClaims(text, roots), problems: syntaxProblems(text, errors), syntax: root };
  }
  return { format: 'unknown', text, claims: [], problems: notJsonProblem(text, errors), syntax: root };
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
  if (!family) return { format: 'unknown', text, claims: [], problems: [] };
  return {
    format: formatOf(family),
    text,
    claims: [],
    problems: [
      {
        severity: 'error',
        span: { start: at, end: at + 1 },
        message: `This JSON nests more than ${MAX_JSON_DEPTH} levels deep, so claimlint did not read it. No claim format nests anywhere near this deep: the file is probably damaged or generated by mistake.`,
      },
    ],
  };
}

function readClaims(text: string, roots: { node: Node; family: JsonFamily }[]): Claim[] {
  const claims: Claim[] = [];
  for (const { node, family } of roots) {
    if (family === 'fhir') claims.push(...readFhirClaims(text, node));
    else if (family === 'ch') claims.push(readChClaim(text, node));
    else claims.push(readStediNativeClaim(text, node));
  }
  return claims;
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
      severity: 'error',
      span: first.span,
      message: `This file is not valid JSON (${first.what}), and nothing in it looks like a claim. claimlint reads FHIR Claim/ExplanationOfBenefit resources and Change Healthcare/Stedi claim JSON.`,
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

function formatOf(family: JsonFamily | undefined): DocumentFormat {
  if (family === 'fhir') return 'fhir';
  if (family === 'ch' || family === 'stedi-native') return 'claim-json';
  return 'unknown';
}

/** A root array mixing FHIR and claim JSON is unusual; the first claim decides, as the outline can show only one. */
function formatOfRoots(families: JsonFamily[]): DocumentFormat {
  return formatOf(families[0]);
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
