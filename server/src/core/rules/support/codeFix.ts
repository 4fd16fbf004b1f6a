import type { Fix, TextEdit } from '../../findings';
import type { CrosswalkEntry } from '../../knowledge/types';
import type { LineContext } from '../rule';
import { unitsForCode, unitsText, type UnitsEstimate } from './units';

export interface CodeSuggestion {
  readonly code: string;
  readonly estimate: UnitsEstimate;
  readonly fix: Fix | undefined;
}

/**
 * A replacement of the line's code by `code`, with the billed units recomputed for the new code's dosage
 * when the NDC quantity allows it. Never preferred, never safe: choosing a code is the coder's call.
 */
export function suggestCode(ctx: LineContext, code: string, entry: CrosswalkEntry | undefined): CodeSuggestion {
  const estimate = unitsForCode(ctx.line, code, ctx.knowledge, ctx.doc.format, entry);
  const current = ctx.line.procedure?.code;
  if (!ctx.editor || !current) return { code, estimate, fix: undefined };
  const edits: TextEdit[] = [...ctx.editor.replaceValue(current, code)];
  if (estimate.units !== undefined) edits.push(...ctx.editor.setUnits(ctx.line, unitsText(estimate.units)));
  const title =
    estimate.units !== undefined ? `Bill ${code} with ${unitsText(estimate.units)} units` : `Bill ${code} (check the units yourself)`;
  return { code, estimate, fix: edits.length > 0 ? { title, isPreferred: false, safe: false, edits: sortEdits(edits) } : undefined };
}

/** Edits in document order; the two edits (code, units) never overlap. */
function sortEdits(edits: TextEdit[]): TextEdit[] {
  return edits.sort((a, b) => a.span.start - b.span.start);
}

export function fixesOf(suggestions: readonly CodeSuggestion[]): Fix[] {
  return suggestions.flatMap((s) => (s.fix ? [s.fix] : []));
}
