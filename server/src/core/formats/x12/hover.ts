/** Hovers over X12: the segment, element and component under the cursor, and code facts for code values. */
import type { Knowledge } from '../../knowledge/types';
import type { ClaimDocument } from '../../model';
import type { HoverParts } from '../spec';
import { isX12Syntax, locate, type X12Location } from './syntax';
import type { CodeContext } from '../../hover/context';
import { hcpcsHover } from '../../hover/hcpcs';
import { code, escapeMarkdown, paragraphs } from '../../hover/markdown';
import { modifierHover } from '../../hover/modifier';
import { ndcHover } from '../../hover/ndc';
import { codeValueMeaning, codeValuesFor, SEGMENTS } from './dictionary';


/** Which kind of code value an element position holds. */
export type X12CodeKind = 'hcpcs' | 'modifier' | 'ndc' | 'description';

const PROCEDURE_COMPOSITES = new Set(['SV101', 'SV202', 'SVD03']);

export function codeKindOf(location: X12Location): X12CodeKind | undefined {
  const element = location.element;
  if (!element || element.index === 0) return undefined;
  const elementRef = element.ref;
  if (PROCEDURE_COMPOSITES.has(elementRef)) {
    const component = location.component?.index ?? 1;
    if (component === 2) return 'hcpcs';
    if (component >= 3 && component <= 6) return 'modifier';
    if (component === 7) return 'description';
    return undefined;
  }
  if (elementRef === 'LIN03') {
    const qualifier = location.segment.elements[2]?.value.trim().toUpperCase();
    return !qualifier || qualifier === 'N4' ? 'ndc' : undefined;
  }
  return undefined;
}

export function x12Hover(doc: ClaimDocument, offset: number, knowledge: Knowledge, context: CodeContext): HoverParts | undefined {
  if (!isX12Syntax(doc.syntax)) return undefined;
  const location = locate(doc.syntax, offset);
  if (!location) return undefined;
  const { segment, element, component } = location;
  const info = SEGMENTS[segment.id];
  const where = /^\d/.test(segment.loop) ? `loop ${segment.loop} ${escapeMarkdown(segment.loopName)}` : escapeMarkdown(segment.loopName);

  if (!element || element.index === 0) {
    const idSpan = segment.elements[0]?.span ?? segment.span;
    return {
      span: idSpan,
      markdown: paragraphs([
        `**${escapeMarkdown(segment.id)}** — ${escapeMarkdown(info?.name ?? 'segment')} · ${where}`,
        info?.purpose ? escapeMarkdown(info.purpose) : 'claimlint has no notes on this segment.',
      ]),
    };
  }

  const span = component ?? element;
  const value = (component ?? element).value;
  const name = location.description.replace(/ in loop .*$/, '');
  const header = `**${escapeMarkdown(name)}** · ${escapeMarkdown(segment.id)} ${escapeMarkdown(info?.name ?? '')} · ${where}`;
  const kind = codeKindOf(location);
  if (value.trim() !== '' && (kind === 'hcpcs' || kind === 'modifier' || kind === 'ndc')) {
    // A code value: the code's own facts lead; the element it sits in closes the hover.
    const facts = kind === 'hcpcs' ? hcpcsHover(value, knowledge, context) : kind === 'modifier' ? modifierHover(value, knowledge) : ndcHover(value, knowledge, context);
    return { span: span.span, markdown: paragraphs([facts, `_${escapeMarkdown(name)} · ${escapeMarkdown(segment.id)} · ${where}_`]) };
  }
  let body: string | undefined;
  if (value.trim() !== '') {
    if (kind === 'description') body = descriptionNote(value);
    else body = valueNote(lookupRef(location), value, segment.id, element.index);
  } else {
    body = emptyNote(lookupRef(location));
  }
  return { span: span.span, markdown: paragraphs([header, body]) };
}

/** The reference the code-value tables use: HI02..HI12 share HI01's code lists. */
function lookupRef(location: X12Location): string {
  if (location.segment.id === 'HI' && location.element) return `HI01${location.component ? `-${location.component.index}` : ''}`;
  return location.ref;
}

function valueNote(ref: string, value: string, segmentId: string, elementIndex: number): string | undefined {
  const meaning = codeValueMeaning(ref, value);
  if (meaning) return `${code(value)} = ${escapeMarkdown(meaning)}`;
  const known = codeValuesFor(ref);
  if (known) {
    const list = Object.keys(known).slice(0, 12).map((k) => code(k)).join(', ');
    return `${code(value)} is not one of the values claimlint knows here (${list}${Object.keys(known).length > 12 ? ', …' : ''}).`;
  }
  if (segmentId === 'CTP' && elementIndex === 4) return 'How much of the NDC was given, in the unit of CTP05-1. Must be greater than zero.';
  return undefined;
}

function emptyNote(ref: string): string | undefined {
  const known = codeValuesFor(ref);
  if (!known) return undefined;
  return `Empty. Values: ${Object.entries(known).slice(0, 12).map(([k, v]) => `${code(k)} ${escapeMarkdown(v)}`).join(' · ')}`;
}

function descriptionNote(value: string): string {
  const length = value.length;
  return paragraphs([
    'Free-text description of the service. For a NOC code (J7599 and its siblings) the payer needs the drug name, strength and quantity here.',
    `${length} of 80 characters${length > 80 ? ' — **too long**: payers truncate or reject descriptions over 80 characters' : ''}.`,
  ]);
}
