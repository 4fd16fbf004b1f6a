/** Document outline: claim → service lines, placed by each format in its own structure. Pure data with offsets. */
import type { LintConfig } from './config';
import { bestDescriptor } from './hover/descriptors';
import type { Knowledge } from './knowledge/types';
import { payerContextOf, payerLabel } from './payer/context';
import type { Claim, ClaimDocument, ServiceLine, Span } from './model';
import { specOf } from './formats/registry';
import type { OutlineSymbol } from './formats/spec';

export type { OutlineKind, OutlineSymbol } from './formats/spec';

const MAX_NAME = 60;

function clip(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1)}…` : clean;
}

/** The claims and their lines, placed by the format in its own structure (X12 interchanges). */
export function documentSymbols(doc: ClaimDocument, knowledge: Knowledge, config?: LintConfig): OutlineSymbol[] {
  const claims = doc.claims.map((claim) => claimSymbol(claim, claim.index, knowledge, config));
  return specOf(doc)?.outline(doc, claims) ?? claims;
}

function claimSymbol(claim: Claim, index: number, knowledge: Knowledge, config: LintConfig | undefined): OutlineSymbol {
  const id = claim.id?.value.trim();
  const name = `Claim ${id || `#${index + 1}`}${claim.patientName ? ` — ${claim.patientName}` : ''}`;
  return {
    name: clip(name),
    // The payer the claim is judged as (its policy, else its filing indicator), next to its size.
    detail: [`${claim.lines.length} line${claim.lines.length === 1 ? '' : 's'}`, config ? payerLabel(payerContextOf(claim, config)) : undefined]
      .filter(Boolean)
      .join(' · '),
    kind: 'claim',
    span: claim.span,
    selectionSpan: within(claim.id?.span, claim.span),
    children: claim.lines.map((line) => lineSymbol(line, knowledge)),
  };
}

function lineSymbol(line: ServiceLine, knowledge: Knowledge): OutlineSymbol {
  const code = line.procedure?.code.value.trim();
  const label = line.procedure?.description?.value.trim() || (code ? bestDescriptor(code, knowledge) : undefined);
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
