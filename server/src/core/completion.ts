/**
 * Completion for code positions: HCPCS codes where a procedure code goes, modifiers in modifier positions, drug
 * units and the LIN02 qualifier — in X12 and in the matching claim JSON / FHIR fields. Pure: returns plain data.
 */
import { specOf } from './formats/registry';
import type { CompletionEntry, CompletionSource } from './formats/spec';
import { NO_CONTEXT } from './hover/context';
import { bestDescriptor } from './hover/descriptors';
import { hcpcsHover } from './hover/hcpcs';
import { modifierHover } from './hover/modifier';
import type { HcpcsCode, Knowledge } from './knowledge/types';
import type { ClaimDocument, Span } from './model';

export type { CompletionEntry, CompletionKind } from './formats/spec';

export function completionsAt(doc: ClaimDocument, offset: number, knowledge: Knowledge): CompletionEntry[] {
  try {
    const source: CompletionSource = {
      codes: (span) => codeItems(knowledge, span),
      modifiers: (span) => modifierItems(knowledge, span),
      values: valueItems,
    };
    return specOf(doc)?.completion(doc, offset, knowledge, source) ?? [];
  } catch {
    // Half-typed text must never break completion for the editor.
    return [];
  }
}

function codeRank(c: HcpcsCode): string {
  if (c.end) return '9';
  if (c.category === 'immunosuppressive') return '1';
  if (c.category === 'noc-drug') return c.code === 'J7599' ? '2' : '3';
  return '4';
}

function codeItems(knowledge: Knowledge, span: Span): CompletionEntry[] {
  return knowledge.allCodes().map((c) => ({
    label: c.code,
    kind: 'code' as const,
    detail: `${bestDescriptor(c.code, knowledge) ?? c.descriptor}${c.dosage ? ` — ${c.dosage.text}` : ''}${c.end ? ` (ended ${c.end}${c.replacedBy ? `, use ${c.replacedBy}` : ''})` : ''}`,
    documentation: hcpcsHover(c.code, knowledge, NO_CONTEXT),
    span,
    sortText: `${codeRank(c)}${c.code}`,
    ...(c.end ? { deprecated: true } : {}),
  }));
}

function modifierItems(knowledge: Knowledge, span: Span): CompletionEntry[] {
  const rank = { drug: '1', neutral: '2', questionable: '3' } as const;
  return knowledge.allModifiers().map((m) => ({
    label: m.code,
    kind: 'modifier' as const,
    detail: `${m.meaning}${m.onDrugLine === 'questionable' ? ' (questionable on a drug line)' : ''}`,
    documentation: modifierHover(m.code, knowledge),
    span,
    sortText: `${rank[m.onDrugLine]}${m.code}`,
  }));
}

function valueItems(values: Readonly<Record<string, string>>, span: Span): CompletionEntry[] {
  return Object.entries(values).map(([value, meaning], i) => ({
    label: value,
    kind: 'value' as const,
    detail: meaning,
    span,
    sortText: String(i).padStart(3, '0'),
  }));
}
