/**
 * Hover: hoverAt(doc, offset, knowledge) → markdown and the span it describes. Pure and fast (no I/O, no network):
 * the text comes from the syntax tree, the knowledge base and the rules' metadata only. The parts, in order: what
 * is under the cursor (the format's hover, answered for the line it sits on), the payer, the "Why" of the findings
 * there, and the findings ignored on the line.
 */
import type { LintConfig } from '../config';
import type { Finding } from '../findings';
import type { Knowledge } from '../knowledge/types';
import { placeAt, type LinePlace } from '../locateLine';
import type { ClaimDocument, Span } from '../model';
import type { SuppressedFinding } from '../suppression';
import { specOf } from '../formats/registry';
import { codeContextOf } from './context';
import { code, escapeMarkdown, RULE } from './markdown';
import { payerSection } from './payer';
import { whySection } from './why';

export interface HoverResult {
  readonly markdown: string;
  readonly span: Span;
}

export interface HoverContext {
  /** Findings ignored through .claimlint.json; those on the hovered line are listed. */
  readonly suppressed?: readonly SuppressedFinding[];
  /** The findings reported for the document: those under the cursor get their "Why". */
  readonly findings?: readonly Finding[];
  /** The settings the document was checked with: the line's date and the claim's payer are judged by them. */
  readonly config?: LintConfig;
  /** Where a rule's page opens (the editor gives a read-only address). */
  readonly ruleDocUri?: (ruleId: string) => string;
}

export function hoverAt(doc: ClaimDocument, offset: number, knowledge: Knowledge, context: HoverContext = {}): HoverResult | undefined {
  try {
    const spec = specOf(doc);
    const place = placeAt(doc, offset);
    const codeContext = codeContextOf(place, context.config, spec ? (line) => spec.field('description', line) : undefined);
    const parts = spec?.hover(doc, offset, knowledge, codeContext);
    const payer = payerSection(doc, offset, context.config);
    // Text a format has no notes on still gets the payer line when it names the payer (a FHIR Coverage's payor).
    const span = parts?.span ?? payer?.span;
    if (!span) return undefined;
    const sections = [
      parts?.markdown,
      payer?.markdown,
      whySection(context.findings ?? [], offset, context.ruleDocUri),
      suppressedOnLine(doc, place, context.suppressed ?? []),
    ].filter((part): part is string => part !== undefined);
    return { span, markdown: sections.join(RULE) };
  } catch {
    // A hover must never break the editor; a half-typed document can confuse a lookup.
    return undefined;
  }
}

function suppressedOnLine(doc: ClaimDocument, place: LinePlace | undefined, suppressed: readonly SuppressedFinding[]): string | undefined {
  if (suppressed.length === 0 || !place) return undefined;
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
