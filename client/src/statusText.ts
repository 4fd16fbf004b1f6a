// What the claimlint status bar item says about a file's summary. Pure (no vscode import), so it is unit-tested.
import type { FileSummaryResult } from '../../server/src/features/requests';

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The item's text, tooltip and screen-reader label for a summary. */
export function describeSummary(s: NonNullable<FileSummaryResult>): { text: string; tooltip: string; label: string } {
  const { error, warning, information, hint } = s.counts;
  const payer = s.payers.length === 1 ? s.payers[0] : s.payers.length > 1 ? `${s.payers.length} payers` : undefined;
  const parts = [`$(error) ${error} $(warning) ${warning} $(info) ${information + hint}`];
  if (payer) parts.push(payer);
  if (s.truncated) parts.push(`${s.shown} of ${s.total} shown`);
  const counts = `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${information + hint} information`;
  const tooltip = [
    `**claimlint** — ${s.format}, ${plural(s.claims, 'claim')}, ${plural(s.lines, 'service line')}`,
    counts + (s.ignored ? ` (${s.ignored} ignored in .claimlint.json)` : ''),
    s.payers.length ? `Judged as: ${s.payers.join(', ')}` : 'No claims, so no payer',
    s.truncated ? `Showing ${s.shown} of ${s.total} findings (claimlint.maxFindingsPerFile); every rule still ran.` : undefined,
    'Click to open the Problems panel.',
  ].filter(Boolean).join('\n\n');
  const label = `claimlint: ${counts}${payer ? `; ${payer}` : ''}${s.truncated ? `; ${s.shown} of ${s.total} findings shown` : ''}`;
  return { text: `claimlint ${parts.join(' · ')}`, tooltip, label };
}
