/** What a drug line's product is, from its code, its NDC and its description: which drug, and whether it comes in a container. */
import { productKind } from '../../knowledge';
import type { Container } from '../../knowledge/types';
import type { ServiceLine } from '../../model';
import type { LineContext } from '../rule';
import { codeOf, isNocDrugCode } from './lines';
import { codesOf, crosswalkFor } from './ndc';

/**
 * Which drug a line bills, for telling lines of the same drug apart: the NDC (11 digits) when it has one, else for a NOC
 * code the drug its description names (else the description itself), else the code. Specific codes name their drug.
 */
export function drugIdentity(line: ServiceLine, ctx: LineContext): string | undefined {
  const code = codeOf(line);
  if (!code) return undefined;
  const { ndc11 } = crosswalkFor(line, ctx.knowledge);
  const ndc = ndc11 ?? line.drug?.code.value.trim();
  if (ndc) return `ndc:${ndc}`;
  if (!isNocDrugCode(code, ctx.knowledge)) return `code:${code}`;
  const description = line.procedure?.description?.value.trim() ?? '';
  const named = ctx.knowledge.findDrugNames(description)[0]?.drug;
  if (named) return `drug:${named}`;
  return description ? `text:${description.toUpperCase()}` : undefined;
}

/**
 * How the line's product is packaged, for JW/JZ: from the code's data (oral products are never single-dose containers),
 * else for a NOC code from the codes its NDC is listed under, else from its description ("TABS", "ORAL SUSP" → oral).
 */
export function containerOfLine(ctx: LineContext): Container | undefined {
  const code = codeOf(ctx.line);
  if (!code) return undefined;
  const own = ctx.knowledge.containerOf(code)?.container.value;
  if (own && own !== 'either-or-unknown' && !isNocDrugCode(code, ctx.knowledge)) return own;
  if (isNocDrugCode(code, ctx.knowledge)) {
    const listed = codesOf(crosswalkFor(ctx.line, ctx.knowledge).entries).map((c) => ctx.knowledge.containerOf(c)?.container.value);
    if (listed.length && listed.every((c) => c === 'oral-product')) return 'oral-product';
    const description = ctx.line.procedure?.description?.value ?? '';
    const kind = productKind(undefined, description);
    if ((kind === 'countable' || kind === 'liquid') && !/\b(inj|injection|vial|iv)\b/i.test(description)) return 'oral-product';
  }
  return own;
}

/**
 * The route of a code: from the code data, else (for the many CMS ASP codes outside it) from its CMS short descriptor,
 * which starts "Inj" for injections; undefined when neither says.
 */
export function routeOfCode(code: string, ctx: LineContext): 'oral' | 'injection' | undefined {
  const route = ctx.knowledge.containerOf(code)?.route.value;
  if (route === 'oral' || route === 'injection') return route;
  const descriptor = ctx.knowledge.hcpcs(code)?.descriptor ?? '';
  if (/^inj\b|\binjection\b/i.test(descriptor)) return 'injection';
  if (/\boral\b/i.test(descriptor)) return 'oral';
  return undefined;
}
