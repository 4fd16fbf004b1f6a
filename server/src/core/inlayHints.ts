/**
 * Inline hints (off by default, `claimlint.inlayHints.enable`): the code descriptor after each procedure code, the
 * drug name after each NDC, and in X12 the name of every element after its value. The format decides where a hint
 * goes (after the whole X12 element, after a JSON string's closing quote), so a value never looks changed.
 */
import { specOf } from './formats/registry';
import type { InlineHint } from './formats/spec';
import { ndc11Of } from './knowledge/ndc';
import type { Knowledge } from './knowledge/types';
import type { ClaimDocument, Span } from './model';

export type InlayHintData = InlineHint;

const MAX_LABEL = 40;

export function inlayHints(doc: ClaimDocument, knowledge: Knowledge, range: Span = { start: 0, end: doc.text.length }): InlayHintData[] {
  const spec = specOf(doc);
  if (!spec) return [];
  const facts: InlayHintData[] = [];
  const inRange = (span: Span): boolean => span.end >= range.start && span.start <= range.end;
  for (const claim of doc.claims) {
    for (const line of claim.lines) {
      if (!inRange(line.span)) continue;
      const code = line.procedure?.code;
      const hcpcs = code ? knowledge.hcpcs(code.value.trim().toUpperCase()) : undefined;
      if (code && hcpcs) {
        const label = hcpcs.descriptor + (hcpcs.dosage ? ` ${hcpcs.dosage.text}` : '');
        facts.push({ offset: spec.hintOffset(doc, code.span), label: short(label), tooltip: `${hcpcs.code}: ${hcpcs.descriptor}` });
      }
      const ndc = line.drug?.code;
      const ndc11 = ndc ? ndc11Of(ndc.value) : undefined;
      const entry = ndc11 ? knowledge.crosswalk.lookup(ndc11)[0] : undefined;
      if (ndc && entry) {
        facts.push({ offset: spec.hintOffset(doc, ndc.span), label: short(entry.drugName), tooltip: `${entry.drugName} (${entry.labeler}) → ${entry.hcpcs}` });
      }
    }
  }
  // An element that carries a descriptor or drug name shows that instead of its name: one hint per place.
  const shown = facts.filter((h) => h.offset >= range.start && h.offset <= range.end);
  const taken = new Set(shown.map((h) => h.offset));
  const names = (spec.elementNameHints?.(doc, range) ?? []).filter((h) => !taken.has(h.offset)).map((h) => ({ ...h, label: short(h.label) }));
  return [...shown, ...names].sort((a, b) => a.offset - b.offset);
}

function short(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_LABEL ? `${clean.slice(0, MAX_LABEL - 1)}…` : clean;
}
