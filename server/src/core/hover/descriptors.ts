/** A code's descriptors as a coder reads them: the CMS long descriptor first, the short form after it. */
import type { Knowledge } from '../knowledge/types';

export interface Descriptors {
  /** The long descriptor, or the short one when the CMS files claimlint has give only that. */
  readonly main: string;
  /** The CMS short form, when it differs from `main`. */
  readonly short?: string;
  /** True when only the short form is known. */
  readonly shortOnly: boolean;
}

export function descriptorsOf(code: string, knowledge: Knowledge): Descriptors | undefined {
  const entry = knowledge.entry(code);
  if (entry) {
    const long = entry.longDescriptor?.value;
    const short = entry.shortDescriptorInHcpcs?.value ?? entry.shortDescriptor.value;
    if (!long) return { main: short, shortOnly: true };
    return { main: long, ...(sameWords(long, short) ? {} : { short }), shortOnly: false };
  }
  const facts = knowledge.hcpcs(code);
  return facts ? { main: facts.descriptor, shortOnly: false } : undefined;
}

/** The long descriptor when known, else the short one: for one-line mentions (completion, outline). */
export function bestDescriptor(code: string, knowledge: Knowledge): string | undefined {
  return descriptorsOf(code, knowledge)?.main;
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return norm(a) === norm(b);
}
