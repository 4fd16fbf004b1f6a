import type { Fix, TextEdit } from '../../findings';
import type { LineContext } from '../rule';
import type { Candidate } from './candidates';

/** "J7507 (150 units)", or the bare code when the units cannot be worked out. */
export function withUnits(c: Candidate): string {
  return c.units.status === 'ok' ? `${c.code} (${c.units.toBill} unit${c.units.toBill === 1 ? '' : 's'})` : c.code;
}

/**
 * A replacement of the line's code by the candidate, with the service units set to its whole billing units when they
 * could be worked out. Never preferred, never safe: choosing a code is the coder's call.
 */
export function codeFix(ctx: LineContext, c: Candidate): Fix | undefined {
  const current = ctx.line.procedure?.code;
  if (!ctx.editor || !current) return undefined;
  const edits: TextEdit[] = [...ctx.editor.replaceValue(current, c.code)];
  if (edits.length === 0) return undefined;
  if (c.units.status === 'ok') edits.push(...ctx.editor.setUnits(ctx.line, String(c.units.toBill)));
  const title = c.units.status === 'ok' ? `Bill ${c.code} with ${c.units.toBill} units` : `Bill ${c.code} (work out the units from the dose)`;
  // The two edits (code, units) never overlap; keep them in document order.
  return { title, isPreferred: false, safe: false, edits: edits.sort((a, b) => a.span.start - b.span.start) };
}

export function codeFixes(ctx: LineContext, candidates: readonly Candidate[]): Fix[] {
  return candidates.flatMap((c) => codeFix(ctx, c) ?? []);
}
