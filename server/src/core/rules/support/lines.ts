import { canonicalCode } from '../../codeText';
import type { Knowledge } from '../../knowledge/types';
import type { ServiceLine } from '../../model';

/** The billed procedure code, upper-cased and trimmed; undefined when the line has none. */
export function codeOf(line: ServiceLine): string | undefined {
  const procedure = line.procedure;
  if (!procedure) return undefined;
  return canonicalCode(procedure.code.value);
}

export function isJCode(code: string): boolean {
  return /^J\d{4}$/.test(code);
}

/** A "not otherwise classified" drug code (J7599, J3490, J3590, J8499, J9999, C9399…), per the knowledge base. */
export function isNocDrugCode(code: string, knowledge: Knowledge): boolean {
  return knowledge.hcpcs(code)?.category === 'noc-drug';
}

/**
 * A drug code: a J-code, or a drug Q, C or S code that the CMS ASP files or the code data list (a NOC drug code
 * included). A line is a drug line by its code, never because it carries an NDC: procedure and E/M lines with an NDC
 * are not judged by the drug rules.
 */
export function isDrugCode(code: string, knowledge: Knowledge): boolean {
  if (isJCode(code)) return true;
  const category = knowledge.hcpcs(code)?.category;
  return category === 'noc-drug' || category === 'immunosuppressive' || category === 'drug';
}

export function isDrugLine(line: ServiceLine, knowledge: Knowledge): boolean {
  const code = codeOf(line);
  return code !== undefined && isDrugCode(code, knowledge);
}

/** A plain decimal number as claims write them ("30", "1.5", "-2", ".5"); undefined for anything else. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** Why a count the payer pays by (units, NDC quantity) is unusable — "zero", "negative", "not a number" — or undefined when positive. */
export function notPositiveNumber(text: string): 'zero' | 'negative' | 'not a number' | undefined {
  const n = parseDecimal(text);
  return n === undefined ? 'not a number' : n === 0 ? 'zero' : n < 0 ? 'negative' : undefined;
}

/** A value quoted in a message: trimmed and cut to `max` characters. */
export function shown(text: string, max = 20): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

/** Numbers in messages: no float noise ("7.5", "0.25", "30"). */
export function formatNumber(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
