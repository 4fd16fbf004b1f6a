/** Hover text for a modifier: what it means and whether it belongs on a drug line. */
import type { Knowledge } from '../knowledge/types';
import { escapeMarkdown, hoverLines } from './markdown';

export function modifierHover(raw: string, knowledge: Knowledge): string {
  const value = raw.trim().toUpperCase();
  const info = knowledge.modifier(value);
  if (!info) return hoverLines(`**Modifier ${escapeMarkdown(value)}**`, ['Not in claimlint’s modifier table: claimlint does not judge it on a drug line.']);
  const fit =
    info.onDrugLine === 'drug'
      ? 'Belongs on drug lines.'
      : info.onDrugLine === 'questionable'
        ? '**Questionable on a drug supply line** (a claimlint heuristic).'
        : 'Neither drug-specific nor out of place on a drug line.';
  return hoverLines(`**Modifier ${escapeMarkdown(info.code)}** — ${escapeMarkdown(info.meaning)}`, [`${fit} ${escapeMarkdown(info.note)}`]);
}
