import type { ClaimDocument } from './model';
import { readerOf } from './formats/registry';
import { mayBeClaimJson, sniffFormat, type FormatHint } from './formats/sniff';
import type { FormatSpec } from './formats/spec';
import { finish, type Steps } from './steps';

/**
 * Reads any supported claim text into the claim model: the sniffed family's reader decides the format. Never throws.
 * Text claimlint does not check comes back as format 'none', with at most one notice saying what it is.
 */
export function parseDocument(text: string, hint: FormatHint = {}): ClaimDocument {
  return finish(parseInSteps(text, hint));
}

/** parseDocument in steps: the editor reads a big file a few milliseconds at a time, answering hovers in between. */
export function* parseInSteps(text: string, hint: FormatHint = {}): Steps<ClaimDocument> {
  const sniffed = sniffFormat(text, hint);
  switch (sniffed.kind) {
    case 'x12':
      return yield* readInSteps(readerOf('x12'), text, hint);
    case 'json':
      // In the editor every open JSON file passes by; one without claim markers costs nothing.
      if (!hint.requested && !mayBeClaimJson(text)) return none(text);
      return yield* readInSteps(readerOf('json'), text, hint);
    case 'unreadable':
      return { ...none(text), problems: [sniffed.problem] };
    default:
      return none(text);
  }
}

function* readInSteps(spec: FormatSpec, text: string, hint: FormatHint): Steps<ClaimDocument> {
  return spec.readInSteps ? yield* spec.readInSteps(text, hint) : spec.read(text, hint);
}

function none(text: string): ClaimDocument {
  return { format: 'none', text, claims: [], problems: [], syntax: undefined };
}
