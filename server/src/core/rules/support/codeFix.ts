import type { Fix, TextEdit } from '../../findings';
import type { CrosswalkEntry } from '../../knowledge/types';
import type { LineContext } from '../rule';
import { unitsForCode, type UnitsEstimate } from './units';

export interface CodeSuggestion {
  readonly code: string;
  readonly estimate: UnitsEstimate;
  /** Whole billing units to bill (the estimate rounded up), when the units could be worked out. */
  readonly units: number | undefined;
  readonly fix: Fix | undefined;
}

/** Billing units are whole: a dose that is not a multiple of the code's dosage rounds up to the next unit. */
export function wholeUnits(exact: number): number {
  return Math.max(1, Math.ceil(exact - 1e-9));
}

/**
 * A replacement of the line's code by `code`, with the billed units recomputed for the new code's dosage
 * when the NDC quantity allows it. Never preferred, never safe: choosing a code is the coder's call.
 */
export function suggestCode(ctx: LineContext, code: string, entry: CrosswalkEntry | undefined): CodeSuggestion {
  const estimate = unitsForCode(ctx.line, code, ctx.knowledge, ctx.doc.format, entry);
  const units = estimate.units !== undefined && estimate.units > 0 ? wholeUnits(estimate.units) : undefined;
  const current = ctx.line.procedure?.code;
  if (!ctx.editor || !current) return { code, estimate, units, fix: undefined };
  const edits: TextEdit[] = [...ctx.editor.replaceValue(current, code)];
  if (units !== undefined) edits.push(...ctx.editor.setUnits(ctx.line, String(units)));
  const title = units !== undefined ? `Bill ${code} with ${units} units` : `Bill ${code} (work out the units from the dose)`;
  return { code, estimate, units, fix: edits.length > 0 ? { title, isPreferred: false, safe: false, edits: sortEdits(edits) } : undefined };
}

/** Edits in document order; the two edits (code, units) never overlap. */
function sortEdits(edits: TextEdit[]): TextEdit[] {
  return edits.sort((a, b) => a.span.start - b.span.start);
}

export function fixesOf(suggestions: readonly CodeSuggestion[]): Fix[] {
  return suggestions.flatMap((s) => (s.fix ? [s.fix] : []));
}
