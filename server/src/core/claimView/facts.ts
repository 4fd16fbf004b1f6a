/** What the claim view says about codes, modifiers and NDCs: only what claimlint's knowledge data holds, with its caveats. */
import { ndc11Of } from '../knowledge/ndc';
import type { Knowledge } from '../knowledge/types';

export interface CodeFacts {
  readonly descriptor: string;
  readonly descriptorKind: 'long' | 'short';
  readonly source?: string;
  readonly caveat?: string;
}

export function codeFacts(code: string, knowledge: Knowledge): CodeFacts | undefined {
  const key = code.trim().toUpperCase();
  const hcpcs = knowledge.hcpcs(key);
  const long = knowledge.entry(key)?.longDescriptor;
  if (long) {
    return {
      descriptor: long.value,
      descriptorKind: 'long',
      source: knowledge.source(long.source)?.title ?? hcpcs?.source,
      caveat: long.caveat ?? (long.unverified ? 'This descriptor is not confirmed by a CMS file.' : hcpcs?.uncertain),
    };
  }
  if (!hcpcs) return undefined;
  return { descriptor: hcpcs.descriptor, descriptorKind: 'short', source: hcpcs.source, caveat: hcpcs.uncertain };
}

export function modifierMeaning(modifier: string, knowledge: Knowledge): string | undefined {
  return knowledge.modifier(modifier.trim().toUpperCase())?.meaning;
}

export interface DrugFacts {
  readonly drugName: string;
  readonly labeler: string;
  readonly source: string;
}

/** The drug an NDC is, from the CMS crosswalk; undefined for an NDC that is malformed or not in it. */
export function drugFacts(ndc: string, knowledge: Knowledge): DrugFacts | undefined {
  const ndc11 = ndc11Of(ndc);
  const entry = ndc11 ? knowledge.crosswalk.lookup(ndc11)[0] : undefined;
  if (!entry) return undefined;
  return { drugName: entry.drugName, labeler: entry.labeler, source: `CMS ASP NDC–HCPCS crosswalk, ${knowledge.crosswalk.quarter}` };
}
