import type { ClaimDocument } from './model';
import { readerOf } from './formats/registry';
import { mayBeClaimJson, sniffFormat, type FormatHint } from './formats/sniff';

/**
 * Reads any supported claim text into the claim model: the sniffed family's reader decides the format. Never throws.
 * Text claimlint does not check comes back as format 'none', with at most one notice saying what it is.
 */
export function parseDocument(text: string, hint: FormatHint = {}): ClaimDocument {
  const sniffed = sniffFormat(text, hint);
  switch (sniffed.kind) {
    case 'x12':
      return readerOf('x12').read(text, hint);
    case 'json':
      // In the editor every open JSON file passes by; one without claim markers costs nothing.
      if (!hint.requested && !mayBeClaimJson(text)) return none(text);
      return readerOf('json').read(text, hint);
    case 'unreadable':
      return { ...none(text), problems: [sniffed.problem] };
    default:
      return none(text);
  }
}

function none(text: string): ClaimDocument {
  return { format: 'none', text, claims: [], problems: [], syntax: undefined };
}
