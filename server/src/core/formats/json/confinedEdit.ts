/**
 * When an edit of a JSON claim file changes one claim's values and nothing else: inside one string value (never a
 * key) of one claim, typing or deleting no quote, backslash or control character, in a value that names nothing
 * other resources point at (id, reference, fullUrl, resourceType). Every other claim then reads exactly as before.
 */
import type { Claim, ClaimDocument } from '../../model';
import type { TextChange } from '../../textChanges';
import { soleClaimHolding } from '../../locateLine';
import { jsonPathAt, spanOf } from './nodes';

const NAMES_A_RESOURCE = new Set(['id', 'reference', 'fullUrl', 'resourceType', 'url']);

export function jsonConfinedClaim(doc: ClaimDocument, change: TextChange): Claim | undefined {
  const hit = jsonPathAt(doc, change.start);
  const node = hit?.node;
  if (!node || node.type !== 'string') return undefined;
  // Inside the quotes, and the value of a property or an array element (a key is a property's first child).
  if (change.start <= node.offset || change.end >= node.offset + node.length) return undefined;
  const parent = node.parent;
  if (parent?.type === 'property' && parent.children?.[0] === node) return undefined;
  const key = hit.path[hit.path.length - 1];
  if (typeof key === 'string' && NAMES_A_RESOURCE.has(key)) return undefined;
  const touched = doc.text.slice(change.start, change.end) + change.inserted;
  // eslint-disable-next-line no-control-regex
  if (/["\\\u0000-\u001f]/.test(touched)) return undefined;
  return soleClaimHolding(doc, spanOf(node));
}
