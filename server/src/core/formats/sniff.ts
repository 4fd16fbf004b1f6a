import type { ParseProblem } from '../model';
import { familyOfFileName } from './catalog';

export interface FormatHint {
  /** File name or URI path, used only for its extension. */
  readonly fileName?: string;
  /** Editor language id ('x12', 'json'…). */
  readonly languageId?: string;
  /**
   * The user asked for this file to be checked (the CLI): a JSON file that is not a claim is still read, so broken
   * JSON is reported. In the editor every open JSON file passes by, and one without claim markers costs nothing.
   */
  readonly requested?: boolean;
}

/** A syntax family has one reader, which decides the concrete format (837P or 837I; FHIR or claim JSON). */
export type SyntaxFamily = 'x12' | 'json';

export type Sniffed =
  | { kind: SyntaxFamily }
  | { kind: 'other' }
  /** Recognised, but not something claimlint checks (EDIFACT, binary, UTF-16): `problem` says so, once. */
  | { kind: 'unreadable'; problem: ParseProblem };

const SNIFF_WINDOW = 4096;

/** Decides which reader gets the text, from content first and the file name second. Cheap: looks at the head only. */
export function sniffFormat(text: string, hint: FormatHint = {}): Sniffed {
  const head = text.slice(0, SNIFF_WINDOW);
  const nulCount = countNul(head);
  if (nulCount > 0) {
    const looksUtf16 = nulCount * 3 >= head.length && /I\u0000S\u0000A\u0000|\u0000I\u0000S\u0000A|\{\u0000|\u0000\{/.test(head);
    return {
      kind: 'unreadable',
      problem: {
        code: 'parse-error',
        severity: 'error',
        span: { start: 0, end: Math.min(text.length, 3) },
        message: looksUtf16
          ? 'Re-save this file as UTF-8 and check it again: it is UTF-16 text, and claimlint reads UTF-8 (or ASCII) claims.'
          : 'This file holds binary data (NUL bytes), not claim text: check that you opened the right file.',
      },
    };
  }
  const body = head.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) return { kind: 'json' };
  // EDIFACT: the service string advice UNA:+.? ' or the interchange header UNB+.
  if (/^UNA.{6}/s.test(body) || /^UNB\+/.test(body)) {
    const at = text.length - body.length;
    return {
      kind: 'unreadable',
      problem: {
        code: 'not-a-claim',
        severity: 'information',
        span: { start: at, end: at + 3 },
        message: 'This is an EDIFACT interchange, not an X12 837 or JSON claim, so claimlint did not check it.',
      },
    };
  }
  if (/^ISA/.test(body)) return { kind: 'x12' };
  // A claim file whose ISA header was lost (starts at GS or ST): still X12, and the reader says the header is missing.
  const headless = /^(?:GS|ST)([^A-Za-z0-9\s])/.exec(body);
  if (headless && head.includes(`ST${headless[1]}837`)) return { kind: 'x12' };
  if (hint.languageId === 'x12') return { kind: 'x12' };
  if (hint.fileName && familyOfFileName(hint.fileName) === 'x12') return { kind: 'x12' };
  if (/(^|[\r\n~])\s*ISA[^A-Za-z0-9\s]/.test(head)) return { kind: 'x12' };
  if (hint.languageId === 'json' || hint.languageId === 'jsonc' || (hint.fileName && familyOfFileName(hint.fileName) === 'json')) {
    return { kind: 'json' };
  }
  return { kind: 'other' };
}

function countNul(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0) n++;
  return n;
}

const CLAIM_JSON_MARKERS = /"resourceType"\s*:\s*"(Claim|ExplanationOfBenefit|Bundle)"|"claimInformation"\s*:|"serviceLines"\s*:/;

/**
 * Cheap test the editor uses before starting the language server for a JSON file:
 * true when the head of the text carries a claim marker. The full decision is the JSON reader's.
 */
export function mayBeClaimJson(text: string): boolean {
  return CLAIM_JSON_MARKERS.test(text.length > 65536 ? text.slice(0, 65536) : text);
}
