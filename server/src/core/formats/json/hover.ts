/** Hovers over claim JSON and FHIR: what the field means, plus code facts for code values. */
import type { Knowledge } from '../../knowledge/types';
import type { ClaimDocument } from '../../model';
import { jsonPathAt } from './nodes';
import { child, stringContentSpan, stringValue, spanOf, type Node } from './nodes';
import type { CodeContext } from '../../hover/context';
import { hcpcsHover } from '../../hover/hcpcs';
import { modifierHover } from '../../hover/modifier';
import { ndcHover } from '../../hover/ndc';
import { jsonFieldInfo, pathKey, type FieldTable, type JsonFieldInfo, type JsonValueKind } from './fields';
import { code, escapeMarkdown, paragraphs } from '../../hover/markdown';
import type { HoverParts } from '../spec';

export const HCPCS_SYSTEM = /hcpcs|cms\.gov\/medicare\/coding|ama-assn\.org\/go\/cpt/i;
export const NDC_SYSTEM = /hl7\.org\/fhir\/sid\/ndc/i;

export function isPropertyKey(node: Node): boolean {
  return node.parent?.type === 'property' && node.parent.children?.[0] === node;
}

/** What kind of code a value node holds, resolving FHIR codings by their system. */
export function jsonValueKind(path: readonly (string | number)[], node: Node, info: JsonFieldInfo | undefined): Exclude<JsonValueKind, 'coding-code'> | undefined {
  if (!info?.kind) return undefined;
  if (info.kind !== 'coding-code') return info.kind;
  const coding = node.parent?.parent;
  const system = stringValue(child(coding, 'system')) ?? '';
  if (pathKey(path).includes('modifier[]') || pathKey(path).includes('.modifier.')) return 'modifier';
  if (NDC_SYSTEM.test(system)) return 'ndc';
  if (HCPCS_SYSTEM.test(system)) return 'hcpcs';
  return undefined;
}

export function jsonHover(doc: ClaimDocument, offset: number, knowledge: Knowledge, table: FieldTable, context: CodeContext): HoverParts | undefined {
  const hit = jsonPathAt(doc, offset);
  if (!hit) return undefined;
  const { path, node } = hit;
  const info = jsonFieldInfo(table, path);
  const fieldName = typeof path[path.length - 1] === 'string' ? String(path[path.length - 1]) : pathKey(path.slice(-2));
  if (isPropertyKey(node)) {
    if (!info) return undefined;
    return { span: spanOf(node), markdown: paragraphs([`**${escapeMarkdown(fieldName)}**`, escapeMarkdown(info.text), valuesList(info)]) };
  }
  if (node.type !== 'string' && node.type !== 'number') return undefined;
  const value = node.type === 'string' ? String(node.value ?? '') : doc.text.slice(node.offset, node.offset + node.length);
  const span = node.type === 'string' ? stringContentSpan(doc.text, node) : spanOf(node);
  const kind = jsonValueKind(path, node, info);
  if (value.trim() !== '' && (kind === 'hcpcs' || kind === 'modifier' || kind === 'ndc')) {
    // A code value: the code's own facts lead; the field it sits in closes the hover.
    const facts =
      kind === 'hcpcs'
        ? hcpcsHover(value, knowledge, context)
        : kind === 'modifier'
          ? modifierHover(value, knowledge)
          : ndcHover(value, knowledge, context, { tenDigitAllowed: doc.format === 'fhir' });
    return { span, markdown: paragraphs([facts, `_Field_ ${code(pathKey(path))}`]) };
  }
  const header = info ? `**${escapeMarkdown(fieldName)}** — ${escapeMarkdown(info.text)}` : undefined;
  let body: string | undefined;
  if (value.trim() !== '') {
    if (kind === 'description') body = `${value.length} of 80 characters${value.length > 80 ? ' — **too long**: payers truncate or reject descriptions over 80 characters' : ''}.`;
    else if (info?.values) {
      const meaning = info.values[value.trim()] ?? info.values[value.trim().toUpperCase()];
      body = meaning ? `${code(value)} = ${escapeMarkdown(meaning)}` : `${code(value)} is not one of: ${Object.keys(info.values).map(code).join(', ')}`;
    }
  }
  if (!header && !body) return undefined;
  return { span, markdown: paragraphs([header, body]) };
}

function valuesList(info: JsonFieldInfo): string | undefined {
  if (!info.values) return undefined;
  return Object.entries(info.values).map(([k, v]) => `${code(k)} ${escapeMarkdown(v)}`).join(' · ');
}
