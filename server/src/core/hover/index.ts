/**
 * Hover: hoverAt(doc, offset, knowledge) → markdown and the span it describes. Pure and fast (no I/O, no network):
 * the text comes from the syntax tree and the knowledge base only.
 */
import type { Knowledge } from '../knowledge/types';
import { placeAt } from '../locateLine';
import type { ClaimDocument, Span } from '../model';
import type { SuppressedFinding } from '../suppression';
import { specOf } from '../formats/registry';
import { code, escapeMarkdown, RULE } from './markdown';

export interface HoverResult {
  readonly markdown: string;
  readonly span: Span;
}

export interface HoverContext {
  /** Findings ignored through .claimlint.json; those on the hovered line are listed. */
  readonly suppressed?: readonly SuppressedFinding[];
}

export function hoverAt(doc: ClaimDocument, offset: number, knowledge: Knowledge, context: HoverContext = {}): HoverResult | undefined {
  let parts: HoverResult | undefined;
  try {
    parts = specOf(doc)?.hover(doc, offset, knowledge);
  } catch {
    // A hover must never break the editor; a half-typed document can confuse a lookup.
    parts = undefined;
  }
  if (!parts) return undefined;
  const ignored = suppressedOnLine(doc, offset, context.suppressed ?? []);
  return ignored ? { span: parts.span, markdown: `${parts.markdown}${RULE}${ignored}` } : parts;
}

function suppressedOnLine(doc: ClaimDocument, offset: number, suppressed: readonly SuppressedFinding[]): string | undefined {
  if (suppressed.length === 0) return undefined;
  const place = placeAt(doc, offset);
  if (!place) return undefined;
  const region = place.line?.span ?? place.claim.span;
  const here = suppressed.filter(({ finding }) => {
    const at = placeAt(doc, finding.span.start);
    if (!at || at.claim !== place.claim) return false;
    return place.line ? at.line === place.line : finding.span.start >= region.start && finding.span.start <= region.end;
  });
  if (here.length === 0) return undefined;
  const items = here.map(
    ({ finding, suppression }) =>
      `- ${code(finding.ruleId)} ${escapeMarkdown(finding.message)} — _reason:_ ${escapeMarkdown(suppression.reason?.trim() || '(none given)')}`,
  );
  return `**Ignored on this ${place.line ? 'line' : 'claim'}** (.claimlint.json):\n\n${items.join('\n')}`;
}
