/**
 * "Ignore this finding": suppressions recorded in `.claimlint.json` next to the claim file (X12 has no comments).
 * A suppression is keyed by file name + rule + claim id + line number (+ the line's procedure code), never by
 * offsets, so it survives edits elsewhere in the file and stops applying when the line itself changes code.
 */
import { findNodeAtLocation, getNodeValue, modify, parseTree, printParseErrorCode, type Node, type ParseError } from './formats/json/jsonc';
import { problemLocator, type ConfigProblem } from './settings/problems';
import type { Finding, TextEdit } from './findings';
import { placeAt } from './locateLine';
import type { Claim, ClaimDocument, ServiceLine, Span } from './model';

export const SUPPRESSION_FILE_NAME = '.claimlint.json';
export const SUPPRESSION_RULE_ID = 'suppression-file';

export interface Suppression {
  /** File name (no folder) the suppression applies to. */
  readonly file: string;
  readonly ruleId: string;
  /** Claim id (CLM01, patientControlNumber, Claim.id) or "#n" (1-based position) for a claim without an id. */
  readonly claim?: string;
  /** Service line number within the claim (LX01 / array position). */
  readonly line?: number;
  /** The line's procedure code when recorded; the suppression lapses when the line is recoded. */
  readonly code?: string;
  readonly reason?: string;
}

export interface SuppressionSet {
  readonly suppressions: readonly Suppression[];
  /** Where each of `suppressions` is written: its position in the "suppressions" list and its text. */
  readonly entries?: readonly SuppressionEntryPlace[];
  /** One plain-English sentence when the file is unusable or partly ignored. */
  readonly problem?: string;
  /** Where in `.claimlint.json` the problem is. */
  readonly problemSpan?: Span;
}

export interface SuppressionEntryPlace {
  /** 0-based index in the "suppressions" array of the file (counting entries claimlint could not read). */
  readonly index: number;
  readonly span: Span;
}

export const NO_SUPPRESSIONS: SuppressionSet = { suppressions: [] };

/** Reads `.claimlint.json`. Never throws: an unreadable file yields no suppressions and one located problem. */
export function parseSuppressions(text: string): SuppressionSet {
  const errors: ParseError[] = [];
  const unusable = (problem: string, span: Span): SuppressionSet => ({ suppressions: [], problem, problemSpan: span });
  let root: Node | undefined;
  try {
    root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: true, disallowComments: false });
  } catch {
    return unusable(`${SUPPRESSION_FILE_NAME} could not be read; no findings are ignored.`, { start: 0, end: 0 });
  }
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const what = first ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'empty file';
    return unusable(`${SUPPRESSION_FILE_NAME} is not valid JSON (${what}); no findings are ignored until it is fixed.`, first ? { start: first.offset, end: first.offset + Math.max(1, first.length) } : { start: 0, end: 0 });
  }
  const whole = { start: root.offset, end: root.offset + root.length };
  if (root.type !== 'object') return unusable(`${SUPPRESSION_FILE_NAME} must hold an object like {"version":1,"suppressions":[…]}; no findings are ignored.`, whole);
  const version = findNodeAtLocation(root, ['version']);
  if (version && version.value !== 1) {
    return unusable(`${SUPPRESSION_FILE_NAME} has version ${JSON.stringify(version.value)}; this claimlint reads version 1, so no findings are ignored.`, nodeSpan(version));
  }
  const list = findNodeAtLocation(root, ['suppressions']);
  if (!list) return NO_SUPPRESSIONS;
  if (list.type !== 'array') return unusable(`"suppressions" in ${SUPPRESSION_FILE_NAME} must be a list; no findings are ignored.`, nodeSpan(list));
  const suppressions: Suppression[] = [];
  const entries: SuppressionEntryPlace[] = [];
  const skipped: Node[] = [];
  for (const [index, entry] of (list.children ?? []).entries()) {
    const s = readEntry(getNodeValue(entry));
    if (s) {
      suppressions.push(s);
      entries.push({ index, span: nodeSpan(entry) });
    } else skipped.push(entry);
  }
  if (skipped.length === 0) return { suppressions, entries };
  const numbers = skipped.map((entry) => (list.children ?? []).indexOf(entry) + 1);
  return {
    suppressions,
    entries,
    problem: `${SUPPRESSION_FILE_NAME}: suppression entr${skipped.length === 1 ? 'y' : 'ies'} ${numbers.join(', ')} ignored — each needs "file" and "ruleId" text, "line" a whole number, "claim" and "code" text.`,
    problemSpan: nodeSpan(skipped[0]),
  };
}

/** The problems of a `.claimlint.json` text, located by line and column (the editor shows them on that file). */
export function suppressionFileProblems(text: string): ConfigProblem[] {
  const set = parseSuppressions(text);
  if (!set.problem) return [];
  const severity = set.suppressions.length > 0 ? 'warning' : 'error';
  return [problemLocator(text)(severity, set.problemSpan ?? { start: 0, end: 0 }, set.problem)];
}

function nodeSpan(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

function readEntry(raw: unknown): Suppression | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const e = raw as Record<string, unknown>;
  if (typeof e.file !== 'string' || e.file.trim() === '' || typeof e.ruleId !== 'string' || e.ruleId.trim() === '') return undefined;
  if (e.claim !== undefined && typeof e.claim !== 'string') return undefined;
  if (e.line !== undefined && !(typeof e.line === 'number' && Number.isInteger(e.line) && e.line > 0)) return undefined;
  if (e.code !== undefined && typeof e.code !== 'string') return undefined;
  return {
    file: e.file.trim(),
    ruleId: e.ruleId.trim(),
    ...(typeof e.claim === 'string' ? { claim: e.claim } : {}),
    ...(typeof e.line === 'number' ? { line: e.line } : {}),
    ...(typeof e.code === 'string' ? { code: e.code.trim().toUpperCase() } : {}),
    ...(typeof e.reason === 'string' ? { reason: e.reason } : {}),
  };
}

/** How a claim is named in a suppression. */
export function claimKey(claim: Claim, claimIndex: number): string {
  const id = claim.id?.value.trim();
  return id ? id : `#${claimIndex + 1}`;
}

/** The suppression that would ignore `finding`, or undefined when it does not sit in a claim. */
export function suppressionFor(doc: ClaimDocument, finding: Finding, fileName: string, reason: string): Suppression | undefined {
  const place = placeOf(doc, finding);
  if (!place) return undefined;
  const code = place.line?.procedure?.code.value.trim().toUpperCase();
  return {
    file: fileName,
    ruleId: finding.ruleId,
    claim: claimKey(place.claim, place.claim.index),
    ...(place.line ? { line: place.line.number } : {}),
    ...(code ? { code } : {}),
    reason,
  };
}

/** The claim and line a finding is about: from the finding when a line rule made it, else by its position. */
function placeOf(doc: ClaimDocument, finding: Finding): { claim: Claim; line?: ServiceLine } | undefined {
  if (finding.claimIndex !== undefined) {
    const claim = doc.claims[finding.claimIndex];
    if (claim) return { claim, line: claim.lines.find((l) => l.number === finding.lineNumber) };
  }
  return placeAt(doc, finding.span.start);
}

function matches(s: Suppression, doc: ClaimDocument, finding: Finding): boolean {
  if (s.ruleId !== finding.ruleId) return false;
  if (s.claim === undefined && s.line === undefined && s.code === undefined) return true;
  const place = placeOf(doc, finding);
  if (!place) return false;
  if (s.claim !== undefined && s.claim !== claimKey(place.claim, place.claim.index)) return false;
  if (s.line !== undefined && place.line?.number !== s.line) return false;
  if (s.code !== undefined && place.line?.procedure?.code.value.trim().toUpperCase() !== s.code) return false;
  return true;
}

/** The suppressions that apply to one file: what lint needs to drop ignored findings before the cap. */
export interface SuppressionScope {
  /** File name without folder. */
  readonly fileName: string;
  readonly set: SuppressionSet;
}

/** The suppression that ignores `finding` in this file, if any. */
export function suppressionOf(doc: ClaimDocument, finding: Finding, scope: SuppressionScope): Suppression | undefined {
  for (const s of scope.set.suppressions) if (s.file === scope.fileName && matches(s, doc, finding)) return s;
  return undefined;
}

export interface SuppressedFinding {
  readonly finding: Finding;
  readonly suppression: Suppression;
}

function sameKey(a: Suppression, b: Suppression): boolean {
  return a.file === b.file && a.ruleId === b.ruleId && a.claim === b.claim && a.line === b.line && a.code === b.code;
}

export type SuppressionFileEdit =
  | { readonly kind: 'create'; readonly text: string }
  | { readonly kind: 'edit'; readonly edits: TextEdit[] }
  /** Already suppressed, or the existing file cannot be edited safely. */
  | { readonly kind: 'none'; readonly reason: string };

/**
 * How to record `suppression`: a new file, or edits that append to the existing one (its formatting kept).
 * `existing` is the current text of `.claimlint.json`, or undefined when there is none.
 */
export function recordSuppression(existing: string | undefined, suppression: Suppression): SuppressionFileEdit {
  const entry = entryJson(suppression);
  if (existing === undefined || existing.trim() === '') {
    return { kind: 'create', text: `${JSON.stringify({ version: 1, suppressions: [entry] }, null, 2)}\n` };
  }
  const set = parseSuppressions(existing);
  if (set.problem && set.suppressions.length === 0) return { kind: 'none', reason: set.problem };
  if (set.suppressions.some((s) => sameKey(s, suppression))) return { kind: 'none', reason: 'already ignored in .claimlint.json' };
  const indent = /\n([ \t]+)"/.exec(existing)?.[1] ?? '  ';
  const formattingOptions = { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol: existing.includes('\r\n') ? '\r\n' : '\n' };
  const hasList = /"suppressions"\s*:/.test(existing);
  const edits = hasList
    ? modify(existing, ['suppressions', -1], entry, { formattingOptions, isArrayInsertion: true })
    : modify(existing, ['suppressions'], [entry], { formattingOptions });
  return { kind: 'edit', edits: edits.map((e) => ({ span: { start: e.offset, end: e.offset + e.length }, newText: e.content })) };
}

function entryJson(s: Suppression): Record<string, unknown> {
  return {
    file: s.file,
    ruleId: s.ruleId,
    ...(s.claim !== undefined ? { claim: s.claim } : {}),
    ...(s.line !== undefined ? { line: s.line } : {}),
    ...(s.code !== undefined ? { code: s.code } : {}),
    reason: s.reason ?? '',
  };
}
