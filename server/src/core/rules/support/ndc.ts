import { ndc11Of } from '../../knowledge/ndc';
import type { CrosswalkEntry, Knowledge } from '../../knowledge/types';
import type { ServiceLine } from '../../model';
import { itemStrength } from './units';

/** The line's NDC (11 digits) and its CMS crosswalk rows; empty when there is no usable NDC or it is not listed. */
export function crosswalkFor(line: ServiceLine, knowledge: Knowledge): { ndc11?: string; entries: readonly CrosswalkEntry[] } {
  const raw = line.drug?.code.value;
  const ndc11 = raw === undefined ? undefined : ndc11Of(raw);
  if (!ndc11) return { entries: [] };
  return { ndc11, entries: knowledge.crosswalk.lookup(ndc11) };
}

/** Distinct HCPCS codes of crosswalk rows, in file order. */
export function codesOf(entries: readonly CrosswalkEntry[]): string[] {
  return [...new Set(entries.map((e) => e.hcpcs.trim().toUpperCase()))];
}

/** "Prograf 1 mg": the crosswalk drug name of an NDC, with the strength of one item when every row says the same one. */
export function drugOfNdc(ndc11: string, knowledge: Knowledge): string {
  const entries = knowledge.crosswalk.lookup(ndc11);
  const names = [...new Set(entries.map((e) => e.drugName.trim()).filter((n) => n !== ''))];
  const name = names.length === 1 ? names[0] : names.length > 1 ? names.join(' / ') : 'not in the crosswalk';
  const strengths = new Set(entries.map((e) => itemStrength(e, knowledge) ?? ''));
  const [strength] = [...strengths];
  return strengths.size === 1 && strength ? `${name} ${strength}` : name;
}
