/**
 * Hover text for an NDC: the drug it is, its 11-digit and 5-4-2 forms, and the HCPCS code the CMS crosswalk lists
 * it under — the line's own code first, the others collapsed into one line.
 */
import { formatNdc542, normalizeNdc } from '../knowledge/ndc';
import type { CrosswalkEntry, Knowledge } from '../knowledge/types';
import type { CodeContext } from './context';
import { bestDescriptor } from './descriptors';
import { code, escapeMarkdown, hoverLines } from './markdown';

export function ndcHover(raw: string, knowledge: Knowledge, context: CodeContext, options: { tenDigitAllowed?: boolean } = {}): string {
  const written = raw.trim();
  const n = normalizeNdc(written);
  if (n.kind === 'invalid') return hoverLines(`**NDC ${code(written)}**`, [`Not a valid NDC: it ${escapeMarkdown(n.reason)}. Claims need the 11-digit NDC (5-4-2) without hyphens.`]);
  if (n.kind === 'ambiguous10') {
    return hoverLines(`**NDC ${code(written)}**`, [
      '10 digits without hyphens: claimlint cannot pad it to 11 safely, because it cannot tell which segment needs the leading zero. Take the 11-digit NDC from the package label.',
    ]);
  }
  const entries = ordered(knowledge.crosswalk.lookup(n.ndc11), context.lineCode);
  const first = entries[0];
  const header = first
    ? `**NDC ${code(formatNdc542(n.ndc11))}** — ${escapeMarkdown(first.drugName)}, ${escapeMarkdown(first.labeler)}`
    : `**NDC ${code(formatNdc542(n.ndc11))}**`;
  const forms = `11 digits ${code(n.ndc11)} · 5-4-2 ${code(formatNdc542(n.ndc11))}${formNote(n.kind, n.kind === 'hyphenated10' ? n.pattern : '', options.tenDigitAllowed)}`;
  const quarter = escapeMarkdown(knowledge.crosswalk.quarter);
  if (!first) {
    return hoverLines(header, [forms, `Not in the CMS ASP NDC–HCPCS crosswalk (${quarter}): claimlint cannot tell the drug from it; check the NDC on the package.`]);
  }
  const others = entries.slice(1).map((e) => code(e.hcpcs));
  return hoverLines(header, [
    forms,
    `CMS crosswalk (${quarter}): ${entryText(first, knowledge)}`,
    others.length ? `Also listed under ${[...new Set(others)].join(', ')}: bill the code whose unit matches the dose given.` : undefined,
  ]);
}

/** The line's own code first, then the crosswalk's order. */
function ordered(entries: readonly CrosswalkEntry[], lineCode: string | undefined): CrosswalkEntry[] {
  if (!lineCode) return [...entries];
  return [...entries.filter((e) => e.hcpcs === lineCode), ...entries.filter((e) => e.hcpcs !== lineCode)];
}

function entryText(e: CrosswalkEntry, knowledge: Knowledge): string {
  const name = bestDescriptor(e.hcpcs, knowledge) ?? e.shortDescription;
  const perPackage = e.billUnitsPerPackage !== undefined ? `, **${e.billUnitsPerPackage}** billing units per package` : '';
  const pack = e.packageSize !== undefined ? ` (package size ${e.packageSize}${e.packageQuantity !== undefined ? ` × ${e.packageQuantity}` : ''})` : '';
  return `${code(e.hcpcs)} ${escapeMarkdown(name)} — one unit = ${escapeMarkdown(e.hcpcsDosage.trim())}${perPackage}${pack}.`;
}

function formNote(kind: string, pattern: string, tenDigitAllowed: boolean | undefined): string {
  if (kind === 'hyphenated10') {
    return ` · written as a 10-digit NDC (${pattern})${tenDigitAllowed ? '; FHIR accepts it, an 837 needs the 11 digits' : '; claims need the 11 digits'}`;
  }
  if (kind === 'hyphenated11') return ' · an 837 writes it without hyphens';
  return '';
}
