// Shared invariants and generators for the property-based tests (test/unit/fuzz-*.test.ts) and the bad-input tests.
// Not a test file itself (no .test.ts suffix): the fuzz tests import it.
import assert from 'node:assert/strict';
import { checkMessageShape } from '../helpers/ruleHarness';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEFAULT_CONFIG, type LintConfig } from '../../server/src/core/config';
import { applyEdits, collectSafeEdits } from '../../server/src/core/fixAll';
import type { Finding } from '../../server/src/core/findings';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { lint, type LintResult } from '../../server/src/core/lint';
import type { ClaimDocument, Span, Valued } from '../../server/src/core/model';
import { parseDocument } from '../../server/src/core/parse';
import type { FormatHint } from '../../server/src/core/formats/sniff';
import { EXAMPLES, FIXTURES } from '../helpers/paths';

/** One fixed seed for every property: failures reproduce exactly. Override with CLAIMLINT_FUZZ_SEED to explore. */
export const SEED = Number(process.env.CLAIMLINT_FUZZ_SEED ?? 7599);
/** Run-count multiplier (CLAIMLINT_FUZZ_SCALE=10 for a long local run). Default keeps every fuzz file well under 20 s. */
export const SCALE = Number(process.env.CLAIMLINT_FUZZ_SCALE ?? 1);
export const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

/** A fixed service date keeps date-dependent rules deterministic. */
export const CONFIG: LintConfig = { ...DEFAULT_CONFIG, serviceDateFallback: '2026-10-15' };
export const KNOWLEDGE = defaultKnowledge();

export interface Seed {
  readonly name: string;
  readonly text: string;
  readonly hint: FormatHint;
}

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && !/\.md$/i.test(n))
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile() && statSync(p).size < 512 * 1024);
}

/** examples/* and test/fixtures/samples/* as text (UTF-8; UTF-16 samples come through as the NUL-laden text an editor would show). */
export function seedCorpus(): Seed[] {
  // The public-sample corpus brings the other formats: 837D, 835, 278, EDIFACT, FHIR STU3/DSTU2, Blue Button EOBs.
  return [...filesIn(EXAMPLES), ...filesIn(join(FIXTURES, 'samples')), ...filesIn(join(FIXTURES, 'corpus'))].map((path) => ({
    name: path.slice(path.lastIndexOf('/') + 1),
    text: readFileSync(path, 'utf8'),
    hint: { fileName: path },
  }));
}

// ---------------------------------------------------------------- invariants

function checkSpan(text: string, span: Span | undefined, what: string): void {
  if (!span) return;
  assert.ok(
    Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length,
    `${what}: span ${JSON.stringify(span)} outside 0..${text.length}`,
  );
}

function checkValued(text: string, v: Valued | undefined, what: string): void {
  if (!v) return;
  assert.equal(typeof v.value, 'string', `${what}: value is a string`);
  checkSpan(text, v.span, what);
}

/** The wording of the readers' last-resort catch blocks (parse/x12/reader.ts, parse/json/reader.ts). */
export const INTERNAL_ERROR = /\(internal\b|internal reader error/i;

const PROBLEM_CODES = new Set(['parse-error', 'x12-envelope', 'x12-syntax', 'x12-version', 'json-syntax', 'not-a-claim']);

/** Every span the reader produced lies inside the text. */
export function checkDocument(doc: ClaimDocument, text: string): void {
  assert.equal(doc.text, text, 'doc.text is the input text');
  for (const p of doc.problems) {
    checkSpan(text, p.span, 'problem');
    assert.ok(p.severity === 'error' || p.severity === 'warning' || p.severity === 'information', 'problem severity');
    assert.ok(PROBLEM_CODES.has(p.code), `problem code ${p.code}`);
    assert.ok(p.message.length > 0, 'problem message');
    // The readers catch their own exceptions and turn them into an "internal …" problem: that is still a reader bug.
    assert.doesNotMatch(p.message, INTERNAL_ERROR, 'a reader threw internally (caught by its safety net)');
  }
  doc.claims.forEach((claim, c) => {
    const at = `claim ${c}`;
    checkSpan(text, claim.span, at);
    checkValued(text, claim.id, `${at} id`);
    checkValued(text, claim.serviceDate, `${at} serviceDate`);
    claim.priorAuthorizations.forEach((v) => checkValued(text, v, `${at} priorAuth`));
    assert.equal(claim.index, c, `${at} index`);
    for (const key of ['filingCode', 'name', 'id'] as const) checkValued(text, claim.payer[key], `${at} payer ${key}`);
    if (claim.payer.span) checkSpan(text, claim.payer.span, `${at} payer`);
    claim.diagnoses.forEach((d) => checkValued(text, d.code, `${at} diagnosis`));
    [...claim.notes, ...claim.attachments].forEach((v) => checkValued(text, v, `${at} note/attachment`));
    claim.lines.forEach((line, l) => {
      const lat = `${at} line ${l}`;
      checkSpan(text, line.span, lat);
      if (line.procedure) {
        checkSpan(text, line.procedure.span, `${lat} procedure`);
        checkValued(text, line.procedure.code, `${lat} code`);
        checkValued(text, line.procedure.qualifier, `${lat} qualifier`);
        checkValued(text, line.procedure.description, `${lat} description`);
        line.procedure.modifiers.forEach((m) => checkValued(text, m, `${lat} modifier`));
      }
      for (const key of ['revenueCode', 'units', 'unitOfMeasure', 'charge', 'serviceDate'] as const) checkValued(text, line[key], `${lat} ${key}`);
      line.priorAuthorizations.forEach((v) => checkValued(text, v, `${lat} priorAuth`));
      line.diagnosisPointers.forEach((p) => checkValued(text, p.pointer, `${lat} diagnosis pointer`));
      line.notes.forEach((v) => checkValued(text, v, `${lat} note`));
      if (line.drug) {
        checkSpan(text, line.drug.span, `${lat} drug`);
        for (const key of ['code', 'qualifier', 'quantity', 'unit'] as const) checkValued(text, line.drug[key], `${lat} drug ${key}`);
      }
    });
  });
}

export function checkFindings(findings: readonly Finding[], text: string): void {
  for (const f of findings) {
    checkSpan(text, f.span, `finding ${f.ruleId}`);
    checkMessageShape(f);
    for (const fix of f.fixes) {
      for (const edit of fix.edits) checkSpan(text, edit.span, `fix "${fix.title}" of ${f.ruleId}`);
      const sorted = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
      for (let i = 1; i < sorted.length; i++) {
        assert.ok(sorted[i - 1].span.end <= sorted[i].span.start, `fix "${fix.title}" of ${f.ruleId} has overlapping edits`);
      }
    }
  }
}

export function errorProblems(doc: ClaimDocument): number {
  return doc.problems.filter((p) => p.severity === 'error').length;
}

export interface Checked {
  readonly doc: ClaimDocument;
  readonly result: LintResult;
}

/** parse + lint with every invariant asserted; returns the analysis for further checks. */
export function checkAll(text: string, hint: FormatHint = {}): Checked {
  const doc = parseDocument(text, hint);
  checkDocument(doc, text);
  const result = lint(doc, CONFIG, KNOWLEDGE);
  assert.deepEqual(
    result.failures.map((f) => `${f.ruleId}: ${f.error.split('\n').slice(0, 3).join(' | ')}`),
    [],
    'no rule failed internally',
  );
  checkFindings(result.findings, text);
  return { doc, result };
}

const MAX_FIX_PASSES = 8;

/**
 * Applies fix-all until nothing changes (as the CLI's --fix does); asserts it settles, never adds an 'error' parse
 * problem, and that one more fix-all is a no-op. Returns the fixed text.
 */
export function checkFixAll(text: string, hint: FormatHint, start: Checked): string {
  let current = text;
  let checked = start;
  const baseErrors = errorProblems(start.doc);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = collectSafeEdits(checked.result.findings);
    const next = applyEdits(current, edits);
    if (next === current) return current;
    checked = checkAll(next, hint);
    assert.ok(errorProblems(checked.doc) <= baseErrors, `fix-all pass ${pass + 1} added parse errors: ${checked.doc.problems.map((p) => p.message).join('; ')}`);
    current = next;
  }
  assert.equal(applyEdits(current, collectSafeEdits(checked.result.findings)), current, `fix-all did not settle within ${MAX_FIX_PASSES} passes`);
  return current;
}

/** Each offered fix (safe or not) on its own yields text with no more 'error' parse problems than before. */
export function checkEachFix(text: string, hint: FormatHint, start: Checked, limit = 12): void {
  const baseErrors = errorProblems(start.doc);
  let n = 0;
  for (const finding of start.result.findings) {
    for (const fix of finding.fixes) {
      if (n++ >= limit) return;
      const fixed = applyEdits(text, fix.edits);
      const after = checkAll(fixed, hint);
      assert.ok(
        errorProblems(after.doc) <= baseErrors,
        `fix "${fix.title}" (${finding.ruleId}) added parse errors: ${after.doc.problems.filter((p) => p.severity === 'error').map((p) => p.message).join('; ')}`,
      );
    }
  }
}

// ---------------------------------------------------------------- generators

const X12_NOISE = ['*', '~', ':', '^', '>', '|', '\n', '\r\n', '\r', ' ', '', 'ISA', 'SE', 'IEA', 'LIN', 'CTP', 'SV1', 'N4', 'HC:J7599', '\u0000', '\uFEFF', 'é', '\uD800'];
const JSON_NOISE = ['{', '}', '[', ']', ',', ':', '"', '\\', 'null', '"resourceType"', '"Claim"', '"item"', '"serviceLines"', '\n', ' ', '1e999', '-', '\uD83D'];

/** One mutation of a text, picked at random positions. */
export type Mutation =
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'dropDelimiter'; delimiter: string; nth: number }
  | { kind: 'doubleDelimiter'; delimiter: string; nth: number }
  | { kind: 'dropAllDelimiter'; delimiter: string }
  | { kind: 'duplicateSegment'; nth: number; times: number }
  | { kind: 'swapSegments'; a: number; b: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, char: fc.oneof(fc.constantFrom(...X12_NOISE, ...JSON_NOISE).map((s) => s.slice(0, 1) || '~'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...X12_NOISE, ...JSON_NOISE), fc.string({ maxLength: 12, unit: 'binary' })) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('dropDelimiter' as const), delimiter: fc.constantFrom('*', '~', ':', '^', '\n', '"', ',', '{', '}', '[', ']'), nth: fc.nat(200) }),
  fc.record({ kind: fc.constant('doubleDelimiter' as const), delimiter: fc.constantFrom('*', '~', ':', '^', '\n', '"', ',', '{', '}', '[', ']'), nth: fc.nat(200) }),
  fc.record({ kind: fc.constant('dropAllDelimiter' as const), delimiter: fc.constantFrom('*', '~', ':', '\n', '"', ',') }),
  fc.record({ kind: fc.constant('duplicateSegment' as const), nth: fc.nat(80), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('swapSegments' as const), a: fc.nat(80), b: fc.nat(80) }),
);

function nthIndex(text: string, needle: string, nth: number): number {
  const count = text.split(needle).length - 1;
  if (count === 0) return -1;
  let at = -1;
  for (let k = 0; k <= nth % count; k++) at = text.indexOf(needle, at + 1);
  return at;
}

/** Segments by '~' for X12, by line for anything else. */
function segments(text: string): { parts: string[]; sep: string } {
  return text.includes('~') ? { parts: text.split('~'), sep: '~' } : { parts: text.split('\n'), sep: '\n' };
}

export function mutate(text: string, m: Mutation): string {
  const at = (x: number): number => Math.min(text.length, Math.floor(x * (text.length + 1)));
  switch (m.kind) {
    case 'flip': {
      const i = Math.min(at(m.at), Math.max(0, text.length - 1));
      return text.slice(0, i) + m.char + text.slice(i + 1);
    }
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case 'dropDelimiter': {
      const i = nthIndex(text, m.delimiter, m.nth);
      return i < 0 ? text : text.slice(0, i) + text.slice(i + m.delimiter.length);
    }
    case 'doubleDelimiter': {
      const i = nthIndex(text, m.delimiter, m.nth);
      return i < 0 ? text : text.slice(0, i) + m.delimiter + text.slice(i);
    }
    case 'dropAllDelimiter':
      return text.split(m.delimiter).join('');
    case 'duplicateSegment': {
      const { parts, sep } = segments(text);
      if (parts.length === 0) return text;
      const i = m.nth % parts.length;
      parts.splice(i, 0, ...Array.from({ length: m.times }, () => parts[i]));
      return parts.join(sep);
    }
    case 'swapSegments': {
      const { parts, sep } = segments(text);
      if (parts.length < 2) return text;
      const a = m.a % parts.length;
      const b = m.b % parts.length;
      [parts[a], parts[b]] = [parts[b], parts[a]];
      return parts.join(sep);
    }
  }
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(mutate, text);
}

// ---------------------------------------------------------------- big inputs

/** Generates ~20 MB on one line (no line breaks) from a claim by repeating its body. */
export function oneLineX12(targetBytes: number): string {
  const text = readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8').replace(/\r?\n/g, '');
  const segments = text.split('~');
  const head = segments.slice(0, 3).join('~') + '~';
  const body = segments.slice(3, segments.findIndex((s) => s.startsWith('SE*'))).join('~') + '~';
  const parts = [head];
  let size = head.length;
  while (size < targetBytes) {
    parts.push(body);
    size += body.length;
  }
  return parts.join('') + 'SE*1*0001~GE*1*1~IEA*1*000000001~';
}

export function oneLineFhir(targetBytes: number): string {
  const item = JSON.stringify({
    sequence: 1,
    productOrService: { coding: [{ system: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'J7599' }] },
    quantity: { value: 60 },
  });
  const items = Array.from({ length: Math.ceil(targetBytes / (item.length + 1)) }, () => item);
  return `{"resourceType":"Claim","id":"big","item":[${items.join(',')}]}`;
}

