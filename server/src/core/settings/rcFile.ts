/**
 * Reads `.claimlintrc.json`, the settings file the CLI (working directory) and the editor (workspace folder) share:
 * checked against schemas/claimlintrc.schema.json (the schema VS Code validates the file with), every problem
 * located by line and column. A file with errors yields no settings at all, so the caller keeps what was in force;
 * unknown keys are warnings and are ignored. Never throws, never writes.
 */
import schema from '../../../../schemas/claimlintrc.schema.json';
import { mergeConfig, type LintConfig } from '../config';
import { getNodeValue, parseTree, printParseErrorCode, type ParseError } from '../formats/json/jsonc';
import type { PayerPolicy } from '../payer/policy';
import { validateJson, type SchemaNode } from './jsonSchema';
import { problemLocator, type ConfigProblem } from './problems';

export const RC_FILE_NAME = '.claimlintrc.json';

export type RcProblem = ConfigProblem;

export interface RcSettings {
  /** The settings, when the file has no errors (warnings allowed); undefined keeps the settings already in force. */
  readonly config?: LintConfig;
  /** crosswalkPath as written (relative to the file's folder). */
  readonly crosswalkPath?: string;
  readonly problems: readonly RcProblem[];
}

/** The settings in `text` merged over `base`. */
export function readRcFile(text: string, base: LintConfig): RcSettings {
  const located = problemLocator(text);
  const errors: ParseError[] = [];
  // A BOM is not JSON, but editors write it; a space keeps every offset.
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const span = first ? { start: first.offset, end: first.offset + Math.max(1, first.length) } : { start: 0, end: 0 };
    return { problems: [located('error', span, `${RC_FILE_NAME} is not valid JSON (${first ? readableParseError(first) : 'empty file'})`)] };
  }
  const problems = validateJson(root, schema as SchemaNode).map((issue) => located(issue.severity, issue.span, issue.message));
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const raw = getNodeValue(root) as Record<string, unknown>;
  const { config } = mergeConfig(base, raw);
  const payers = (raw.payers as PayerPolicy[] | undefined) ?? [];
  const crosswalkPath = typeof raw.crosswalkPath === 'string' && raw.crosswalkPath.trim() ? raw.crosswalkPath.trim() : undefined;
  return { config: { ...config, payers }, crosswalkPath, problems };
}

function readableParseError(error: ParseError): string {
  // "CommaExpected" → "comma expected"
  return printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
