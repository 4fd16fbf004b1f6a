/**
 * Hover text for code values (HCPCS, NDC, modifier), the same whichever format the code was read from.
 * Every fact comes from the knowledge base, which records where it comes from; nothing is invented here.
 */
import { formatNdc542, normalizeNdc } from '../knowledge/ndc';
import type { CrosswalkEntry, HcpcsCode, Knowledge } from '../knowledge/types';
import { code, escapeMarkdown, money, paragraphs } from './markdown';

const NOC_NOTE = 'Not otherwise classified: use only when no specific code exists.';

/** Markdown for an HCPCS code, or a plain "not in claimlint's table" note. */
export function hcpcsFacts(raw: string, knowledge: Knowledge): string {
  const value = raw.trim().toUpperCase();
  const facts = knowledge.hcpcs(value);
  if (!facts) {
    return paragraphs([
      `**${escapeMarkdown(value)}** — HCPCS/CPT code`,
      'Not in claimlint\'s code table (it holds the NOC drug codes and the specific immunosuppressive drug codes). claimlint has no descriptor or dates for it.',
      paymentLine(value, knowledge),
    ]);
  }
  return paragraphs([
    `**${escapeMarkdown(facts.code)}** — ${escapeMarkdown(facts.descriptor)}`,
    categoryLine(facts),
    dosageLine(facts),
    datesLine(facts),
    facts.category === 'noc-drug' ? nocLines(facts, knowledge) : undefined,
    paymentLine(facts.code, knowledge),
    facts.uncertain ? `_Not verified:_ ${escapeMarkdown(facts.uncertain)}` : undefined,
    `_Source:_ ${escapeMarkdown(facts.source)}`,
  ]);
}

function categoryLine(facts: HcpcsCode): string {
  switch (facts.category) {
    case 'noc-drug':
      return `HCPCS Level II · not otherwise classified (NOC) drug code${facts.nocScope ? ` for ${escapeMarkdown(facts.nocScope)}` : ''}`;
    case 'immunosuppressive':
      return `HCPCS Level II · specific immunosuppressive drug code${facts.drug ? ` (${escapeMarkdown(facts.drug)})` : ''}`;
    case 'drug':
      return `HCPCS Level II · drug code${facts.drug ? ` (${escapeMarkdown(facts.drug)})` : ''}`;
    default:
      return 'HCPCS code';
  }
}

function dosageLine(facts: HcpcsCode): string | undefined {
  const text = facts.dosage?.text ?? facts.dosageText;
  if (!text) return facts.category === 'noc-drug' ? 'Billing unit: none defined for a NOC code — describe the dose given on the line.' : undefined;
  return `Billing unit: one unit = ${escapeMarkdown(text)}`;
}

function datesLine(facts: HcpcsCode): string | undefined {
  const parts: string[] = [];
  const start = facts.entry?.effective;
  if (start && start.value === undefined && (start.earliest || start.latest)) {
    parts.push(`effective date not confirmed (between ${start.earliest ?? '?'} and ${start.latest ?? '?'})`);
  } else if (facts.effective) parts.push(`effective ${facts.effective}`);
  const end = facts.entry?.termination;
  if (end && end.value === undefined) parts.push(`end date not confirmed${end.earliest ? ` (still valid on ${end.earliest})` : ''}`);
  if (facts.revised) parts.push(`descriptor revised ${facts.revised}`);
  if (facts.end) parts.push(`**ended ${facts.end}**${facts.replacedBy ? ` — use ${facts.replacedBy} for later dates of service` : ''}`);
  return parts.length ? `Dates: ${parts.join(' · ')}` : undefined;
}

function nocLines(facts: HcpcsCode, knowledge: Knowledge): string {
  const lines = [
    `**${NOC_NOTE}** A NOC line needs a description of the drug (name, strength, quantity) in SV101-7 / SV202-7 or the JSON description, and the NDC.`,
  ];
  if (facts.nocScope === 'immunosuppressive drugs') {
    const specific = knowledge
      .allCodes()
      // Entries without a CMS descriptor (J7514, J7519) are not worth suggesting.
      .filter((c) => c.category === 'immunosuppressive' && !c.end && !c.descriptor.startsWith(c.code))
      .map((c) => `${code(c.code)} ${escapeMarkdown(c.descriptor)}${c.dosage ? ` (${escapeMarkdown(c.dosage.text)})` : ''}`);
    if (specific.length) lines.push(`Specific immunosuppressive codes to consider first:\n\n${specific.map((s) => `- ${s}`).join('\n')}`);
  }
  return lines.join('\n\n');
}

function paymentLine(hcpcs: string, knowledge: Knowledge): string | undefined {
  const limit = knowledge.paymentLimit(hcpcs);
  if (!limit) return undefined;
  return `ASP payment limit (${escapeMarkdown(limit.quarter)}): ${money(limit.limit)} per ${escapeMarkdown(limit.dosage || 'billing unit')} — _${escapeMarkdown(limit.source)}_`;
}

/** Markdown for an NDC as written: its 11-digit and 5-4-2 forms and what the crosswalk says about it. */
export function ndcFacts(raw: string, knowledge: Knowledge, options: { tenDigitAllowed?: boolean } = {}): string {
  const n = normalizeNdc(raw);
  const title = `**NDC ${code(raw.trim())}**`;
  switch (n.kind) {
    case 'invalid':
      return paragraphs([title, `Not a valid NDC: ${escapeMarkdown(n.reason)}. Claims need the 11-digit NDC, 5-4-2, without hyphens.`]);
    case 'ambiguous10':
      return paragraphs([
        title,
        '10 digits without hyphens: the NDC cannot be padded to 11 digits safely, because the segment that needs the leading zero is unknown. Take the 11-digit NDC from the package label (5-4-2).',
      ]);
    default: {
      const forms = `11-digit: ${code(n.ndc11)} · 5-4-2: ${code(formatNdc542(n.ndc11))}`;
      const note =
        n.kind === 'hyphenated10'
          ? `A 10-digit NDC (${n.pattern}), padded with a leading zero in its short segment. ${options.tenDigitAllowed ? 'FHIR accepts this form, but the 837 built from it needs the 11 digits.' : 'Claims need the 11 digits.'}`
          : n.kind === 'hyphenated11'
            ? 'On an 837 the NDC is written without hyphens.'
            : undefined;
      return paragraphs([title, forms, note, crosswalkLines(n.ndc11, knowledge)]);
    }
  }
}

function crosswalkLines(ndc11: string, knowledge: Knowledge): string {
  const cw = knowledge.crosswalk;
  const entries = cw.lookup(ndc11);
  if (entries.length === 0) {
    return `**Not in the CMS ASP NDC–HCPCS crosswalk (${escapeMarkdown(cw.quarter)}).** claimlint cannot tell the drug or which HCPCS code it belongs to; check the NDC on the package.`;
  }
  const first = entries[0];
  const head = [
    `Drug: **${escapeMarkdown(first.drugName)}** · labeler: ${escapeMarkdown(first.labeler)}`,
    packageText(first),
  ];
  const codes = entries.map((e) => `- ${code(e.hcpcs)} ${escapeMarkdown(e.shortDescription)} (one unit = ${escapeMarkdown(e.hcpcsDosage.trim())}) — ${billUnitsText(e)}`);
  const several = entries.length > 1 ? 'This NDC maps to more than one code: pick the one whose dosage matches what was given, with its units.' : undefined;
  return paragraphs([
    head.filter(Boolean).join('  \n'),
    `HCPCS code${entries.length > 1 ? 's' : ''} for this NDC:\n\n${codes.join('\n')}`,
    several,
    `_Source:_ ${escapeMarkdown(cw.source.includes(cw.quarter) ? cw.source : `${cw.source} (${cw.quarter})`)}`,
  ]);
}

function packageText(e: CrosswalkEntry): string | undefined {
  if (e.packageSize === undefined && e.packageQuantity === undefined) return undefined;
  const parts: string[] = [];
  if (e.packageSize !== undefined) parts.push(`size ${e.packageSize}`);
  if (e.packageQuantity !== undefined) parts.push(`quantity ${e.packageQuantity}`);
  return `Package: ${parts.join(', ')}`;
}

function billUnitsText(e: CrosswalkEntry): string {
  const parts: string[] = [];
  if (e.billUnitsPerPackage !== undefined) parts.push(`**${e.billUnitsPerPackage}** billing units per package`);
  if (e.billUnits !== undefined && e.billUnits !== e.billUnitsPerPackage) parts.push(`${e.billUnits} per package item`);
  return parts.length ? parts.join(', ') : 'billing units not given';
}

/** Markdown for a modifier: meaning and whether it belongs on a drug line. */
export function modifierFacts(raw: string, knowledge: Knowledge): string {
  const value = raw.trim().toUpperCase();
  const info = knowledge.modifier(value);
  if (!info) return paragraphs([`**Modifier ${escapeMarkdown(value)}**`, 'Not in claimlint\'s modifier table; claimlint has nothing to say about it on a drug line.']);
  const fit =
    info.onDrugLine === 'drug'
      ? 'Belongs on drug lines.'
      : info.onDrugLine === 'questionable'
        ? '**Questionable on a drug supply line** (a claimlint heuristic, not a CMS edit).'
        : 'Neither drug-specific nor out of place on a drug line.';
  return paragraphs([
    `**Modifier ${escapeMarkdown(info.code)}** — ${escapeMarkdown(info.meaning)}`,
    `${fit} ${escapeMarkdown(info.note)}`,
    `_Source:_ ${escapeMarkdown(info.source)}`,
  ]);
}
