import type { ClaimDocument } from '../../model';
import type { CompletionEntry, CompletionSource } from '../spec';
import { codeValuesFor } from './dictionary';
import { codeKindOf } from './hover';
import { isX12Syntax, locate } from './syntax';

/** X12 element positions with a fixed list of values worth offering. */
const VALUE_POSITIONS = new Set(['CTP05-1', 'CTP05', 'LIN02', 'SV101-1', 'SV202-1', 'SV103', 'SV204', 'DTP02', 'REF01']);

/** Completion at an X12 element or component: codes, modifiers, or the values the dictionary lists for the position. */
export function x12Completions(doc: ClaimDocument, offset: number, source: CompletionSource): CompletionEntry[] {
  if (!isX12Syntax(doc.syntax)) return [];
  const location = locate(doc.syntax, offset);
  if (!location?.element || location.element.index === 0) return [];
  const span = (location.component ?? location.element).span;
  const kind = codeKindOf(location);
  if (kind === 'hcpcs') return source.codes(span);
  if (kind === 'modifier') return source.modifiers(span);
  const ref = location.ref;
  if (!VALUE_POSITIONS.has(ref)) return [];
  const values = codeValuesFor(ref);
  if (ref === 'LIN02') return source.values({ N4: values?.N4 ?? 'National Drug Code' }, span);
  return values ? source.values(values, span) : [];
}
