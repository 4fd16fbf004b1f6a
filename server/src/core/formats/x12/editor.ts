import type { TextEdit } from '../../findings';
import type { Claim, ServiceLine, Valued, X12Document, X12LineAnchor } from '../../model';
import type { X12Delimiters } from './delimiters';
import type { X12SegmentTable } from './segmentTable';
import type { ClaimEditor } from '../../editor';

/** SV101 / SV202 component positions (0-based): qualifier, code, modifiers 1–4, description. */
const FIRST_MODIFIER = 2;
const LAST_MODIFIER = 5;
const DESCRIPTION = 6;
/** How many segments to sample when working out the file's line-break style. */
const STYLE_SAMPLE = 400;

/**
 * Builds edits in the file's own X12 dialect: its delimiters, its terminator, its line breaks and indentation.
 * Any edit that cannot be placed with certainty comes back empty rather than risking a broken file.
 */
export function createX12Editor(doc: X12Document): ClaimEditor {
  const table = doc.syntax.segments;
  const text = table.text;

  const anchorOf = (line: ServiceLine): X12LineAnchor | undefined => {
    const a = line.anchor;
    if (a.kind !== 'x12-line' || a.lx >= table.count || a.last2400 >= table.count) return undefined;
    // A line from another parse of different text would point at the wrong segments.
    return table.start(a.lx) === line.span.start ? a : undefined;
  };

  /** The service composite (SV101 / SV202) as component texts, or undefined if it is not a qualifier:code composite. */
  const procedureParts = (a: X12LineAnchor): { seg: number; n: number; parts: string[] } | undefined => {
    if (a.service === undefined) return undefined;
    const n = a.serviceId === 'SV1' ? 1 : 2;
    const spans = table.componentSpans(a.service, n);
    if (spans.length < 2 || spans[1].end === spans[1].start) return undefined;
    return { seg: a.service, n, parts: spans.map((s) => text.slice(s.start, s.end)) };
  };

  const replaceComposite = (seg: number, n: number, parts: string[]): TextEdit[] => {
    const span = table.elementSpan(seg, n);
    if (!span) return [];
    const component = table.delimitersOf(seg).component;
    while (parts.length > 2 && parts[parts.length - 1] === '') parts.pop();
    return [{ span, newText: parts.join(component) }];
  };

  const joiners = new Map<number, string>();
  return {
    layoutKey(claim: Claim): string {
      const seg = table.segmentAt(claim.span.start);
      const d = seg >= 0 ? table.delimitersOf(seg) : undefined;
      const a = claim.lines[0]?.anchor;
      let joiner = '';
      if (d && a?.kind === 'x12-line') {
        const key = a.st ?? -1;
        joiner = joiners.get(key) ?? segmentJoiner(table, a, d);
        joiners.set(key, joiner);
      }
      return d ? `${d.element}${d.component}${d.repetition ?? ''}${d.segment}|${joiner}` : '';
    },

    replaceValue(value: Valued, newText: string): TextEdit[] {
      const seg = table.segmentAt(value.span.start);
      const d = seg >= 0 ? table.delimitersOf(seg) : doc.syntax.interchanges[0]?.delimiters;
      if (!d || breaksStructure(newText, d, false)) return [];
      return [{ span: value.span, newText }];
    },

    setDescription(line: ServiceLine, description: string): TextEdit[] {
      const a = anchorOf(line);
      const proc = a && procedureParts(a);
      if (!proc || breaksStructure(description, table.delimitersOf(proc.seg), true)) return [];
      const parts = proc.parts.slice();
      while (parts.length <= DESCRIPTION) parts.push('');
      parts[DESCRIPTION] = description;
      return replaceComposite(proc.seg, proc.n, parts);
    },

    removeModifier(line: ServiceLine, modifier: Valued): TextEdit[] {
      const a = anchorOf(line);
      const proc = a && procedureParts(a);
      if (!proc) return [];
      const spans = table.componentSpans(proc.seg, proc.n);
      const index = spans.findIndex((s, k) => k >= FIRST_MODIFIER && k <= LAST_MODIFIER && s.start === modifier.span.start && s.end === modifier.span.end);
      if (index < 0) return [];
      const kept = proc.parts.slice(FIRST_MODIFIER, LAST_MODIFIER + 1).filter((m, k) => m !== '' && k + FIRST_MODIFIER !== index);
      return replaceComposite(proc.seg, proc.n, withModifiers(proc.parts, kept));
    },

    addModifier(line: ServiceLine, modifier: string): TextEdit[] {
      const a = anchorOf(line);
      const proc = a && procedureParts(a);
      if (!proc || !/^[A-Za-z0-9]{2}$/.test(modifier)) return [];
      const parts = proc.parts.slice();
      const current = parts.slice(FIRST_MODIFIER, LAST_MODIFIER + 1);
      if (current.includes(modifier)) return [];
      let slot = FIRST_MODIFIER;
      while (slot <= LAST_MODIFIER && slot < parts.length && parts[slot] !== '') slot++;
      if (slot > LAST_MODIFIER) return [];
      while (parts.length <= slot) parts.push('');
      parts[slot] = modifier;
      return replaceComposite(proc.seg, proc.n, parts);
    },

    setUnits(line: ServiceLine, units: string): TextEdit[] {
      const a = anchorOf(line);
      if (!a || a.service === undefined) return [];
      const d = table.delimitersOf(a.service);
      if (units === '' || breaksStructure(units, d, true)) return [];
      const n = a.serviceId === 'SV1' ? 4 : 5;
      const span = table.elementSpan(a.service, n);
      if (span) return [{ span, newText: units }];
      const end = table.end(a.service);
      const missing = n - (table.elementCount(a.service) - 1);
      return [{ span: { start: end, end }, newText: d.element.repeat(missing) + units }];
    },

    insertDrug(line: ServiceLine, drug: { ndc11: string; quantity: string; unit: string }): TextEdit[] {
      const a = anchorOf(line);
      if (!a || a.service === undefined || a.lin !== undefined || line.drug) return [];
      const d = table.delimitersOf(a.last2400);
      if ([drug.ndc11, drug.quantity, drug.unit].some((v) => v === '' || breaksStructure(v, d, true))) return [];
      const e = d.element;
      const joiner = segmentJoiner(table, a, d);
      const indent = /[\r\n]/.test(joiner) ? table.indentOf(a.last2400) : '';
      const lin = `LIN${e}${e}N4${e}${drug.ndc11}`;
      const ctp = `CTP${e}${e}${e}${e}${drug.quantity}${e}${drug.unit}`;
      const at = table.end(a.last2400);
      const edits: TextEdit[] = [{ span: { start: at, end: at }, newText: `${joiner}${indent}${lin}${joiner}${indent}${ctp}` }];
      const count = a.se !== undefined ? table.elementSpan(a.se, 1) : undefined;
      if (count) {
        const old = text.slice(count.start, count.end);
        if (!/^\d+$/.test(old)) return [];
        edits.push({ span: count, newText: String(Number(old) + 2).padStart(old.length, '0') });
      }
      return edits;
    },
  };
}

/** The qualifier and code, the given modifiers packed to the left, and the description kept in position 7. */
function withModifiers(parts: readonly string[], modifiers: readonly string[]): string[] {
  const out = parts.slice(0, FIRST_MODIFIER);
  for (let k = 0; k < 4; k++) out.push(modifiers[k] ?? '');
  for (let k = DESCRIPTION; k < parts.length; k++) out.push(parts[k]);
  return out;
}

/** True when `value` would split or end a segment (or, inside a composite, add a component). */
function breaksStructure(value: string, d: X12Delimiters, inComponent: boolean): boolean {
  if (/[\r\n]/.test(value)) return true;
  if (value.includes(d.element) || value.includes(d.segment)) return true;
  if (d.repetition !== undefined && value.includes(d.repetition)) return true;
  return inComponent && value.includes(d.component);
}

/**
 * What goes between two segments in this file: the terminator plus the usual line break ("~\n", "~\r\n", "~",
 * "\r" …). The line break is the most common one after terminators in the transaction, so a file with a few stray
 * breaks (or none) keeps its style.
 */
function segmentJoiner(table: X12SegmentTable, a: X12LineAnchor, d: X12Delimiters): string {
  const text = table.text;
  const newlineTerminated = d.segment === '\n' || d.segment === '\r';
  if (newlineTerminated) {
    const end = table.end(a.last2400);
    if (text.startsWith('\r\n', end)) return '\r\n';
    return text[end] === '\r' || text[end] === '\n' ? text[end] : d.segment;
  }
  const counts = new Map<string, number>();
  const first = a.st ?? a.lx;
  const last = Math.min(a.se ?? table.count - 1, first + STYLE_SAMPLE, table.count - 2);
  for (let s = first; s <= last; s++) {
    const gap = table.gapAfter(s);
    const m = /^(\r\n|\n|\r)?/.exec(gap);
    const br = m?.[1] ?? '';
    counts.set(br, (counts.get(br) ?? 0) + 1);
  }
  let best = '';
  let bestCount = -1;
  for (const [br, n] of counts) if (n > bestCount) [best, bestCount] = [br, n];
  return d.segment + best;
}
