// Shared assertions for the X12 tests (not a test file itself).
import assert from 'node:assert/strict';
import type { ClaimDocument, Valued } from '../../server/src/core/model';

/** Every Valued in the document must slice out of the text exactly as its value says. */
export function assertSpansExact(doc: ClaimDocument): void {
  const check = (v: Valued | undefined, what: string): void => {
    if (!v) return;
    assert.equal(doc.text.slice(v.span.start, v.span.end), v.value, `${what} span does not slice to its value`);
  };
  for (const claim of doc.claims) {
    check(claim.id, 'claim id');
    check(claim.serviceDate, 'claim date');
    claim.priorAuthorizations.forEach((v) => check(v, 'claim auth'));
    assert.ok(doc.text.slice(claim.span.start, claim.span.end).startsWith('CLM'), 'claim span starts at CLM');
    for (const line of claim.lines) {
      assert.ok(doc.text.slice(line.span.start, line.span.end).startsWith('LX'), 'line span starts at LX');
      check(line.procedure?.code, 'code');
      check(line.procedure?.qualifier, 'qualifier');
      check(line.procedure?.description, 'description');
      line.procedure?.modifiers.forEach((m) => check(m, 'modifier'));
      check(line.revenueCode, 'revenue code');
      check(line.units, 'units');
      check(line.unitOfMeasure, 'unit of measure');
      check(line.charge, 'charge');
      check(line.serviceDate, 'service date');
      line.priorAuthorizations.forEach((v) => check(v, 'line auth'));
      if (line.drug) {
        check(line.drug.code, 'ndc');
        check(line.drug.qualifier, 'ndc qualifier');
        check(line.drug.quantity, 'ndc quantity');
        check(line.drug.unit, 'ndc unit');
        assert.ok(doc.text.slice(line.drug.span.start, line.drug.span.end).startsWith('LIN'), 'drug span starts at LIN');
      }
    }
  }
}

export function slice(doc: ClaimDocument, v: { span: { start: number; end: number } } | undefined): string | undefined {
  return v ? doc.text.slice(v.span.start, v.span.end) : undefined;
}

export function errors(doc: ClaimDocument): string[] {
  return doc.problems.filter((p) => p.severity === 'error').map((p) => p.message);
}

export function messages(doc: ClaimDocument): string[] {
  return doc.problems.map((p) => p.message);
}
