/**
 * Completion for code positions: HCPCS codes where a procedure code goes, modifiers in modifier positions, drug
 * units and the LIN02 qualifier — in X12 and in the matching claim JSON / FHIR fields. Pure: returns plain data.
 */
import { hcpcsFacts, modifierFacts } from './hover/codeFacts';
import { isPropertyKey, jsonValueKind } from './hover/jsonHover';
import { jsonFieldInfo } from './hover/jsonFields';
import { codeKindOf } from './hover/x12Hover';
import { codeValuesFor } from './hover/x12Dictionary';
import type { HcpcsCode, Knowledge } from './knowledge/types';
import type { ClaimDocument, Span } from './model';
import { jsonPathAt } from './parse/json/reader';
import { stringContentSpan } from './parse/json/nodes';
import { isX12Syntax, locate } from './parse/x12/syntax';

export type CompletionKind = 'code' | 'modifier' | 'value';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line shown next to the label (descriptor, meaning). */
  readonly detail: string;
  /** Markdown shown when the item is selected. */
  readonly documentation?: string;
  /** The text the item replaces (the code typed so far). */
  readonly span: Span;
  readonly sortText: string;
  readonly deprecated?: boolean;
}

/** X12 element positions with a fixed list of values worth offering. */
const X12_VALUE_POSITIONS = new Set(['CTP05-1', 'CTP05', 'LIN02', 'SV101-1', 'SV202-1', 'SV103', 'SV204', 'DTP02', 'REF01']);

export function completionsAt(doc: ClaimDocument, offset: number, knowledge: Knowledge): CompletionEntry[] {
  try {
    if (doc.format === 'x12-837p' || doc.format === 'x12-837i') return x12Completions(doc, offset, knowledge);
    if (doc.format === 'fhir' || doc.format === 'claim-json') return jsonCompletions(doc, offset, knowledge);
  } catch {
    // Half-typed text must never break completion for the editor.
  }
  return [];
}

function x12Completions(doc: ClaimDocument, offset: number, knowledge: Knowledge): CompletionEntry[] {
  if (!isX12Syntax(doc.syntax)) return [];
  const location = locate(doc.syntax, offset);
  if (!location?.element || location.element.index === 0) return [];
  const span = (location.component ?? location.element).span;
  const kind = codeKindOf(location);
  if (kind === 'hcpcs') return codeItems(knowledge, span);
  if (kind === 'modifier') return modifierItems(knowledge, span);
  const ref = location.ref;
  if (X12_VALUE_POSITIONS.has(ref)) {
    const values = codeValuesFor(ref);
    if (ref === 'LIN02') return valueItems({ N4: values?.N4 ?? 'National Drug Code' }, span);
    return values ? valueItems(values, span) : [];
  }
  return [];
}

function jsonCompletions(doc: ClaimDocument, offset: number, knowledge: Knowledge): CompletionEntry[] {
  const hit = jsonPathAt(doc, offset);
  if (!hit || hit.node.type !== 'string' || isPropertyKey(hit.node)) return [];
  const span = stringContentSpan(doc.text, hit.node);
  const info = jsonFieldInfo(hit.path);
  const kind = jsonValueKind(hit.path, hit.node, info);
  if (kind === 'hcpcs') return codeItems(knowledge, span);
  if (kind === 'modifier') return modifierItems(knowledge, span);
  if (info?.values) return valueItems(info.values, span);
  return [];
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
    detail: `${c.descriptor}${c.dosage ? ` — ${c.dosage.text}` : ''}${c.end ? ` (ended ${c.end}${c.replacedBy ? `, use ${c.replacedBy}` : ''})` : ''}`,
    documentation: hcpcsFacts(c.code, knowledge),
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
    documentation: modifierFacts(m.code, knowledge),
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
