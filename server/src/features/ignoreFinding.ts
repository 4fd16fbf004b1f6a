// Reads the arguments of the "ignore this finding" server command: data from the client, so checked field by field.
import type { Suppression } from '../core/suppression';
import type { IgnoreFindingArgs } from './codeActions';

/** A reason longer than this is cut: it is a note for colleagues, not a document. */
const MAX_REASON = 500;

export function readSuppressionArgs(raw: unknown): IgnoreFindingArgs | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { documentUri, suppression } = raw as { documentUri?: unknown; suppression?: unknown };
  if (typeof documentUri !== 'string' || !suppression || typeof suppression !== 'object') return undefined;
  const s = suppression as Record<string, unknown>;
  if (typeof s.file !== 'string' || typeof s.ruleId !== 'string' || !s.file || !s.ruleId) return undefined;
  if (s.claim !== undefined && typeof s.claim !== 'string') return undefined;
  if (s.line !== undefined && !(typeof s.line === 'number' && Number.isInteger(s.line) && s.line > 0)) return undefined;
  if (s.code !== undefined && typeof s.code !== 'string') return undefined;
  const reason = typeof s.reason === 'string' ? s.reason.trim().slice(0, MAX_REASON) : '';
  const clean: Suppression = {
    file: s.file,
    ruleId: s.ruleId,
    ...(s.claim !== undefined ? { claim: s.claim as string } : {}),
    ...(s.line !== undefined ? { line: s.line as number } : {}),
    ...(s.code !== undefined ? { code: s.code as string } : {}),
    reason,
  };
  return { documentUri, suppression: clean };
}
