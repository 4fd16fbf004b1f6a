import type { ClaimDocument } from '../model';
import { readJsonClaim } from './json/reader';
import { readX12 } from './x12/reader';
import { mayBeClaimJson, sniffFormat, type FormatHint } from './sniff';

/**
 * Reads any supported claim text into the claim model. Never throws.
 * Non-claim JSON and unrelated text come back as format 'unknown' with no claims.
 */
export function parseDocument(text: string, hint: FormatHint = {}): ClaimDocument {
  const sniffed = sniffFormat(text, hint);
  switch (sniffed.kind) {
    case 'x12':
      return readX12(text);
    case 'json':
      if (!hint.requested && !mayBeClaimJson(text)) return { format: 'unknown', text, claims: [], problems: [] };
      return readJsonClaim(text);
    case 'unreadable':
      return { format: 'unknown', text, claims: [], problems: [sniffed.problem] };
    default:
      return { format: 'unknown', text, claims: [], problems: [] };
  }
}
