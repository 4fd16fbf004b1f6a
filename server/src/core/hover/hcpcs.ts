/**
 * Hover text for an HCPCS code: the long descriptor first, then at most three lines (what kind of code and its
 * billing unit, whether it is valid on the line's date, then what matters most for the line). Facts come from the
 * knowledge base only; a date the CMS files do not give is said so, in a coder's words.
 */
import type { DateFact, DrugClass, DrugCodeEntry, HcpcsCode, Knowledge, Route } from '../knowledge/types';
import type { CodeContext } from './context';
import { descriptorsOf } from './descriptors';
import { code, escapeMarkdown, hoverLines, money } from './markdown';

export function hcpcsHover(raw: string, knowledge: Knowledge, context: CodeContext): string {
  const value = raw.trim().toUpperCase();
  const facts = knowledge.hcpcs(value);
  const names = descriptorsOf(value, knowledge);
  if (!facts || !names) {
    return hoverLines(`**${escapeMarkdown(value)}** — HCPCS/CPT code`, [
      'claimlint has no descriptor or dates for this code: its code table holds drug codes.',
      paymentLine(value, knowledge),
    ]);
  }
  const entry = facts.entry;
  const kindLine = [
    kindText(facts, entry),
    unitText(facts),
    names.short ? `CMS short form “${escapeMarkdown(names.short)}”` : undefined,
    names.shortOnly ? 'CMS short descriptor (the files claimlint has give no long one)' : undefined,
  ].filter(Boolean).join(' · ');
  return hoverLines(`**${escapeMarkdown(facts.code)}** — ${escapeMarkdown(names.main)}`, [
    kindLine,
    datesLine(facts, knowledge, context),
    facts.category === 'noc-drug' ? nocLine(facts, knowledge, context) : (conditionsLine(entry) ?? paymentLine(facts.code, knowledge)),
  ]);
}

const CLASS_LABEL: Readonly<Record<DrugClass, string>> = {
  immunosuppressive: 'immunosuppressive',
  antiemetic: 'anti-emetic',
  antineoplastic: 'anti-cancer',
  corticosteroid: 'corticosteroid',
  'clotting-factor': 'clotting factor',
  compounded: 'compounded',
};

const ROUTE_LABEL: Readonly<Record<Route, string>> = { oral: 'oral', injection: 'injected', inhalation: 'inhaled', rectal: 'rectal', any: '' };

function kindText(facts: HcpcsCode, entry: DrugCodeEntry | undefined): string {
  if (facts.category === 'noc-drug') return `Not otherwise classified: ${escapeMarkdown(facts.nocScope ?? 'drugs')} with no specific code`;
  const route = entry ? ROUTE_LABEL[entry.route.value] : '';
  const drugClass = entry?.drugClasses[0] ? CLASS_LABEL[entry.drugClasses[0].value] : '';
  const words = [route, drugClass].filter(Boolean).join(' ');
  return `${words ? `${words[0].toUpperCase()}${words.slice(1)} drug code` : 'Drug code'}${facts.drug ? ` (${escapeMarkdown(facts.drug)})` : ''}`;
}

function unitText(facts: HcpcsCode): string | undefined {
  const text = facts.dosage?.text ?? facts.dosageText;
  if (text) return `one unit = ${escapeMarkdown(text)}`;
  return facts.category === 'noc-drug' ? 'no billing unit of its own' : undefined;
}

function datesLine(facts: HcpcsCode, knowledge: Knowledge, context: CodeContext): string | undefined {
  const entry = facts.entry;
  if (!entry) return facts.end ? `**Ended ${facts.end}**${facts.replacedBy ? `: bill ${facts.replacedBy} for later dates` : ''}.` : undefined;
  const span = spanText(entry, facts);
  if (!context.date) return span ? `${span[0].toUpperCase()}${span.slice(1)}.` : undefined;
  const whose = context.dateIsLine ? 'this line’s date of service' : 'the date this line is judged on';
  const validity = knowledge.validityOn(facts.code, context.date).validity;
  switch (validity) {
    case 'valid':
      return `Valid on ${context.date}, ${whose}${span ? ` · ${span}` : ''}.`;
    case 'ended':
      return `**Not valid on ${context.date}**, ${whose}: ${span}.`;
    case 'not-yet-effective':
      return `**Not yet valid on ${context.date}**, ${whose}: ${span}.`;
    default:
      return `${span}, so claimlint cannot tell whether it is valid on ${context.date}, ${whose}.`;
  }
}

/** "in force since 1996-01-01", "ended 2015-12-31 (replaced by J7512)", "CMS files give no start date (…)". */
function spanText(entry: DrugCodeEntry, facts: HcpcsCode): string {
  const parts = [startText(entry.effective), endText(entry.termination, facts)].filter(Boolean);
  return parts.join(' · ');
}

function startText(start: DateFact | undefined): string | undefined {
  if (!start) return undefined;
  if (start.value) return `in force since ${start.value}`;
  const between = start.earliest && start.latest ? ` (it took effect between ${start.earliest} and ${start.latest})` : '';
  return `CMS files give no start date${between}`;
}

function endText(end: DateFact | undefined, facts: HcpcsCode): string | undefined {
  if (!end) return undefined;
  const replaced = facts.replacedBy ? ` (replaced by ${facts.replacedBy})` : '';
  if (end.value) return `ended ${end.value}${replaced}`;
  return `CMS files give no end date${end.earliest ? ` (still listed on ${end.earliest})` : ''}`;
}

/** For a NOC code: the specific code the CMS crosswalk lists this line's NDC under, else how many exist. */
function nocLine(facts: HcpcsCode, knowledge: Knowledge, context: CodeContext): string {
  const listed = context.lineNdc11
    ? knowledge.crosswalk.lookup(context.lineNdc11).map((e) => e.hcpcs).filter((c) => knowledge.hcpcs(c)?.category !== 'noc-drug')
    : [];
  const describe = `describe the drug, strength and quantity${context.descriptionField ? ` in ${context.descriptionField}` : ''} and give its NDC`;
  if (listed.length > 0) {
    const first = listed[0];
    const more = listed.length > 1 ? ` (and ${listed.slice(1).map(code).join(', ')})` : '';
    return `The CMS crosswalk (${escapeMarkdown(knowledge.crosswalk.quarter)}) lists this line’s NDC under ${code(first)}${more}: a NOC code is only for a drug with no specific code.`;
  }
  const siblings = facts.nocScope === 'immunosuppressive drugs' ? knowledge.allCodes().filter((c) => c.category === 'immunosuppressive' && !c.end).length : 0;
  return `Use it only when no specific code fits; ${describe}.${siblings ? ` claimlint knows ${siblings} specific immunosuppressive codes.` : ''}`;
}

function conditionsLine(entry: DrugCodeEntry | undefined): string | undefined {
  const conditions = entry?.conditions?.value;
  return conditions?.length ? `Conditions: ${escapeMarkdown(conditions.join(' '))}` : undefined;
}

function paymentLine(hcpcs: string, knowledge: Knowledge): string | undefined {
  const limit = knowledge.paymentLimit(hcpcs);
  if (!limit) return undefined;
  return `ASP payment limit, ${escapeMarkdown(limit.quarter)}: ${money(limit.limit)} per ${escapeMarkdown(limit.dosage || 'billing unit')}.`;
}
