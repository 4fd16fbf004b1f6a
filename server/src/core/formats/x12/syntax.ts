/**
 * The X12 syntax tree that readX12 puts in ClaimDocument.syntax: interchanges → groups → transactions over a flat
 * segment table. Segment/element/component views are built on demand (hover, completion, editors).
 */
import type { DocumentFormat, Span } from '../../model';
import type { X12Delimiters } from './delimiters';
import { componentName, elementName, isCompositeElement } from './elements';
import { loopName, type X12Variant } from './loops';
import type { X12SegmentTable } from './segmentTable';
import type { TransactionKind } from './transactionSets';

export interface X12Transaction {
  /** Segment index of ST (every transaction has one; text without ST is not a transaction). */
  readonly st: number;
  /** Segment index of SE; undefined when the trailer is missing. */
  readonly se: number | undefined;
  /** First and last segment index (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly span: Span;
  /** ST01, e.g. "837". */
  readonly setId: string;
  /** ST02. */
  readonly controlNumber: string;
  /** ST03, or GS08 when ST03 is empty. */
  readonly version: string;
  /** What the set is (837P, 837I, 837D, 835…) and, for the sets claimlint checks, the claim format it is read as. */
  readonly kind: TransactionKind;
  /** kind.format, for the loops: the guide of the set (undefined: not checked). */
  readonly format: 'x12-837p' | 'x12-837i' | undefined;
}

export interface X12Group {
  readonly gs: number | undefined;
  readonly ge: number | undefined;
  readonly first: number;
  readonly last: number;
  readonly span: Span;
  /** GS08. */
  readonly version: string;
  readonly transactions: readonly X12Transaction[];
}

export interface X12Interchange {
  /** Segment index of ISA; undefined for text read without a header. */
  readonly isa: number | undefined;
  readonly iea: number | undefined;
  readonly first: number;
  readonly last: number;
  readonly span: Span;
  readonly delimiters: X12Delimiters;
  readonly groups: readonly X12Group[];
}

export interface X12Syntax {
  readonly kind: 'x12';
  readonly segments: X12SegmentTable;
  readonly interchanges: readonly X12Interchange[];
  /** Every transaction in document order (also reachable through interchanges/groups). */
  readonly transactions: readonly X12Transaction[];
}

export interface X12Component {
  /** 1-based, as in "SV101-2". */
  readonly index: number;
  readonly span: Span;
  readonly value: string;
}

export interface X12Element {
  /** 0 is the segment id; 1 is the first data element. */
  readonly index: number;
  /** Reference designator, e.g. "CTP04". */
  readonly ref: string;
  readonly span: Span;
  readonly value: string;
  /** True when the element contains the component separator. */
  readonly composite: boolean;
  readonly components: readonly X12Component[];
}

export interface X12Segment {
  readonly index: number;
  readonly id: string;
  readonly span: Span;
  readonly loop: string;
  readonly loopName: string;
  readonly elements: readonly X12Element[];
}

export interface X12Location {
  readonly segment: X12Segment;
  readonly element?: X12Element;
  readonly component?: X12Component;
  /** "CTP04", "SV101-2", or the segment id when the offset is on it. */
  readonly ref: string;
  /** e.g. "CTP04 — Quantity in loop 2410 Drug Identification". */
  readonly description: string;
}

export function isX12Syntax(value: unknown): value is X12Syntax {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'x12';
}

export function transactionOf(syntax: X12Syntax, seg: number): X12Transaction | undefined {
  const list = syntax.transactions;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = list[mid];
    if (seg < t.first) hi = mid - 1;
    else if (seg > t.last) lo = mid + 1;
    else return t;
  }
  return undefined;
}

export function variantOfFormat(format: DocumentFormat | undefined): X12Variant {
  return format === 'x12-837i' ? 'i' : 'p';
}

/** Builds the view of one segment with all its elements and components. */
export function segmentView(syntax: X12Syntax, seg: number): X12Segment {
  const table = syntax.segments;
  const text = table.text;
  const id = table.id(seg);
  const elements: X12Element[] = [];
  const count = table.elementCount(seg);
  for (let n = 0; n < count; n++) {
    const span = { start: table.elementStart(seg, n), end: table.elementEnd(seg, n) };
    const parts = table.componentSpans(seg, n);
    elements.push({
      index: n,
      ref: n === 0 ? id : id + String(n).padStart(2, '0'),
      span,
      value: text.slice(span.start, span.end),
      composite: parts.length > 1,
      components: parts.map((s, k) => ({ index: k + 1, span: s, value: text.slice(s.start, s.end) })),
    });
  }
  const loop = table.loop(seg);
  const variant = variantOfFormat(transactionOf(syntax, seg)?.format);
  return { index: seg, id, span: table.span(seg), loop, loopName: loopName(loop, variant), elements };
}

/** The segment, element and component at a text offset (an offset at an element's end counts as inside it). */
export function locate(syntax: X12Syntax, offset: number): X12Location | undefined {
  const seg = syntax.segments.segmentAt(offset);
  if (seg < 0) return undefined;
  const segment = segmentView(syntax, seg);
  const element = segment.elements.find((e) => e.span.start <= offset && offset <= e.span.end);
  const loopText = `loop ${segment.loop} ${segment.loopName}`;
  if (!element || element.index === 0) {
    return { segment, element, ref: segment.id, description: `${segment.id} segment in ${loopText}` };
  }
  const component = element.composite || isCompositeElement(segment.id, element.index) ? element.components.find((c) => c.span.start <= offset && offset <= c.span.end) : undefined;
  const ref = component ? `${element.ref}-${component.index}` : element.ref;
  const name = component ? componentName(segment.id, element.index, component.index) : elementName(segment.id, element.index);
  return { segment, element, component, ref, description: `${ref}${name ? ` — ${name}` : ''} in ${loopText}` };
}
