import type { ClaimDocument } from '../../model';
import type { CompletionEntry, CompletionSource } from '../spec';
import { jsonFieldInfo, type FieldTable } from './fields';
import { isPropertyKey, jsonValueKind } from './hover';
import { jsonPathAt, stringContentSpan } from './nodes';

/** Completion inside a JSON string value: codes and modifiers where the field table says they go, else its listed values. */
export function jsonCompletions(doc: ClaimDocument, offset: number, table: FieldTable, source: CompletionSource): CompletionEntry[] {
  const hit = jsonPathAt(doc, offset);
  if (!hit || hit.node.type !== 'string' || isPropertyKey(hit.node)) return [];
  const span = stringContentSpan(doc.text, hit.node);
  const info = jsonFieldInfo(table, hit.path);
  const kind = jsonValueKind(hit.path, hit.node, info);
  if (kind === 'hcpcs') return source.codes(span);
  if (kind === 'modifier') return source.modifiers(span);
  if (info?.values) return source.values(info.values, span);
  return [];
}
