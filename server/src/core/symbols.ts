/** Document outline: interchange → claim → service lines for X12; claim → lines for JSON. Pure data with offsets. */
import type { Knowledge } from './knowledge/types';
import type { Claim, ClaimDocument, ServiceLine, Span } from './model';
import { isX12Syntax } from './parse/x12/syntax';

export type OutlineKind = 'interchange' | 'claim' | 'line';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: OutlineKind;
  readonly span: Span;
  /** What to select when the symbol is picked (the claim id, the procedure code). */
  readonly selectionSpan: Span;
  readonly children: OutlineSymbol[];
}

const MAX_NAME = 60;

function clip(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1)}…` : clean;
}

export function documentSymbols(doc: ClaimDocument, knowledge: Knowledge): OutlineSymbol[] {
  const claims = doc.claims.map((claim, i) => claimSymbol(claim, i, knowledge));
  if (!isX12Syntax(doc.syntax) || doc.syntax.interchanges.length === 0) return claims;
  const syntax = doc.syntax;
  const outline: OutlineSymbol[] = [];
  const placed = new Set<OutlineSymbol>();
  for (const interchange of syntax.interchanges) {
    const control = interchange.isa !== undefined ? syntax.segments.elementText(interchange.isa, 13).trim() : '';
    const inside = claims.filter((c) => c.span.start >= interchange.span.start && c.span.start <= interchange.span.end);
    inside.forEach((c) => placed.add(c));
    const selection = interchange.isa !== undefined ? syntax.segments.span(interchange.isa) : interchange.span;
    outline.push({
      name: control ? `Interchange ${control}` : 'Interchange',
      detail: `${inside.length} claim${inside.length === 1 ? '' : 's'}`,
      kind: 'interchange',
      span: interchange.span,
      selectionSpan: { start: selection.start, end: Math.min(selection.end, selection.start + 3) },
      children: inside,
    });
  }
  return [...outline, ...claims.filter((c) => !placed.has(c))];
}

function claimSymbol(claim: Claim, index: number, knowledge: Knowledge): OutlineSymbol {
  const id = claim.id?.value.trim();
  const name = `Claim ${id || `#${index + 1}`}${claim.patientName ? ` — ${claim.patientName}` : ''}`;
  return {
    name: clip(name),
    detail: `${claim.lines.length} line${claim.lines.length === 1 ? '' : 's'}`,
    kind: 'claim',
    span: claim.span,
    selectionSpan: within(claim.id?.span, claim.span),
    children: claim.lines.map((line) => lineSymbol(line, knowledge)),
  };
}

function lineSymbol(line: ServiceLine, knowledge: Knowledge): OutlineSymbol {
  const code = line.procedure?.code.value.trim();
  const label = line.procedure?.description?.value.trim() || (code ? knowledge.hcpcs(code)?.descriptor : undefined);
  const name = code ? `${code}${label ? ` — ${label}` : ''}` : `Line ${line.number}`;
  const details = [`line ${line.number}`];
  if (line.units?.value) details.push(`${line.units.value} units`);
  if (line.drug?.code.value) details.push(`NDC ${line.drug.code.value.trim()}`);
  return {
    name: clip(name),
    detail: details.join(' · '),
    kind: 'line',
    span: line.span,
    selectionSpan: within(line.procedure?.code.span, line.span),
    children: [],
  };
}

/** LSP requires the selection range inside the full range. */
function within(inner: Span | undefined, outer: Span): Span {
  if (inner && inner.start >= outer.start && inner.end <= outer.end) return inner;
  return { start: outer.start, end: outer.start };
}
