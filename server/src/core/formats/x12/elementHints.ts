/** Inlay hints that name each X12 element after its value ("60⟨Quantity⟩"), for the segments in a range. */
import type { ClaimDocument, Span } from '../../model';
import type { InlineHint } from '../spec';
import { elementName } from './elements';
import { isX12Syntax } from './syntax';
import type { X12SegmentTable } from './segmentTable';

export function x12ElementNameHints(doc: ClaimDocument, range: Span): InlineHint[] {
  if (!isX12Syntax(doc.syntax)) return [];
  const table = doc.syntax.segments;
  const hints: InlineHint[] = [];
  for (let seg = firstSegmentEndingAtOrAfter(table, range.start); seg < table.count && table.start(seg) <= range.end; seg++) {
    const id = table.id(seg);
    for (let n = 1; n < table.elementCount(seg); n++) {
      const name = elementName(id, n);
      const start = table.elementStart(seg, n);
      const end = table.elementEnd(seg, n);
      if (!name || end < range.start || start > range.end || isBlank(table.text, start, end)) continue;
      hints.push({ offset: end, label: name, tooltip: `${id}${String(n).padStart(2, '0')} — ${name}` });
    }
  }
  return hints;
}

/** Empty or only spaces (ISA's padded fields): nothing there to name. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (text.charCodeAt(p) !== 32) return false;
  return true;
}

/** Binary search: the first segment whose content ends at or after `offset` (segments are in text order). */
function firstSegmentEndingAtOrAfter(table: X12SegmentTable, offset: number): number {
  let lo = 0;
  let hi = table.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.end(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
