/** What a code hover knows about the service line it sits on, so it can answer for that line. */
import type { LintConfig } from '../config';
import { serviceDateOf } from '../lint';
import { ndc11Of } from '../knowledge/ndc';
import type { LinePlace } from '../locateLine';
import type { ServiceLine } from '../model';

export interface CodeContext {
  /** The date the line is judged on (YYYY-MM-DD), and whether it is the line's own date of service. */
  readonly date?: string;
  readonly dateIsLine?: boolean;
  /** The line's procedure code, upper case. */
  readonly lineCode?: string;
  /** The line's NDC as 11 digits, when it reads as one. */
  readonly lineNdc11?: string;
  /** How the format names the line's NOC description field (SV101-7, description). */
  readonly descriptionField?: string;
}

export const NO_CONTEXT: CodeContext = Object.freeze({});

export function codeContextOf(place: LinePlace | undefined, config: LintConfig | undefined, field?: (line: ServiceLine) => string): CodeContext {
  const line = place?.line;
  if (!place || !line) return NO_CONTEXT;
  const code = line.procedure?.code.value.trim().toUpperCase();
  const ndc = line.drug ? ndc11Of(line.drug.code.value) : undefined;
  return {
    ...(config ? { date: serviceDateOf(line, place.claim, config), dateIsLine: line.serviceDate?.iso !== undefined } : {}),
    ...(code ? { lineCode: code } : {}),
    ...(ndc ? { lineNdc11: ndc } : {}),
    ...(field ? { descriptionField: field(line) } : {}),
  };
}
