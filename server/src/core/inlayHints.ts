/** Inline hints (off by default): the code descriptor after each procedure code, the drug name after each NDC. */
import { ndc11Of } from './knowledge/ndc';
import type { Knowledge } from './knowledge/types';
import type { ClaimDocument, Span } from './model';

export interface InlayHintData {
  /** Offset the hint is shown at (after the code). */
  readonly offset: number;
  readonly label: string;
  readonly tooltip?: string;
}

const MAX_LABEL = 40;

export function inlayHints(doc: ClaimDocument, knowledge: Knowledge, range?: Span): InlayHintData[] {
  const hints: InlayHintData[] = [];
  const inRange = (span: Span): boolean => !range || (span.end >= range.start && span.start <= range.end);
  for (const claim of doc.claims) {
    for (const line of claim.lines) {
      if (!inRange(line.span)) continue;
      const code = line.procedure?.code;
      const facts = code ? knowledge.hcpcs(code.value.trim().toUpperCase()) : undefined;
      if (code && facts) {
        hints.push({ offset: code.span.end, label: short(facts.descriptor + (facts.dosage ? ` ${facts.dosage.text}` : '')), tooltip: `${facts.code}: ${facts.descriptor}` });
      }
      const ndc = line.drug?.code;
      const ndc11 = ndc ? ndc11Of(ndc.value) : undefined;
      const entry = ndc11 ? knowledge.crosswalk.lookup(ndc11)[0] : undefined;
      if (ndc && entry) hints.push({ offset: ndc.span.end, label: short(entry.drugName), tooltip: `${entry.drugName} (${entry.labeler}) → ${entry.hcpcs}` });
    }
  }
  return hints;
}

function short(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_LABEL ? `${clean.slice(0, MAX_LABEL - 1)}…` : clean;
}
