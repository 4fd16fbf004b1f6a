import type { Knowledge } from '../../knowledge/types';
import type { ServiceLine } from '../../model';
import { codeOf, isNocDrugCode } from './lines';

const ORAL = /\b(oral|tabs?|tablets?|caps?|capsules?|po)\b/i;
const CONTAINER = /\b(inj|injection|injectable|vials?|sdv|infusion|iv|intravenous|subcutaneous|sc|im)\b/i;

/**
 * Whether the line's drug plausibly comes in a container (vial, syringe) rather than as tablets or capsules.
 * Specific codes: the knowledge base's form, else the CMS descriptor ("Inj…" / "…oral…"). NOC codes: the line's own description says injection/vial.
 * Undefined when nothing on the claim or in the knowledge base tells.
 */
export function looksInjectable(line: ServiceLine, knowledge: Knowledge): boolean | undefined {
  const code = codeOf(line);
  if (!code) return undefined;
  if (isNocDrugCode(code, knowledge)) {
    const description = line.procedure?.description?.value ?? '';
    const descriptor = knowledge.hcpcs(code)?.descriptor ?? '';
    if (ORAL.test(descriptor) || ORAL.test(description)) return false;
    return CONTAINER.test(description) ? true : undefined;
  }
  const info = knowledge.hcpcs(code);
  if (!info) return undefined;
  if (info.form) return info.form === 'injection';
  if (CONTAINER.test(info.descriptor)) return true;
  if (ORAL.test(info.descriptor)) return false;
  return undefined;
}
