/**
 * What each claim format is called and which files hold it — data only, no readers, so the extension client and the
 * CLI's file walker can use it without loading the checker. The behaviour of each format (reader, editor, hover,
 * outline…) is its entry in registry.ts; a test keeps the two lists and package.json in step.
 */
import type { ClaimFormat } from '../model';

export interface FormatInfo {
  readonly id: ClaimFormat;
  /** Short name in messages and the status bar: "837P", "FHIR R4". */
  readonly label: string;
  /** One line for docs and the claim view. */
  readonly title: string;
  /** The syntax family whose reader reads it (the reader tells 837P from 837I, FHIR from claim JSON). */
  readonly family: 'x12' | 'json';
  /** VS Code language id of its files. */
  readonly languageId: 'x12' | 'json';
  /** File name endings the editor opens as this family and the CLI picks up in a folder (lower case, with the dot). */
  readonly extensions: readonly string[];
}

export const FORMAT_CATALOG: readonly FormatInfo[] = [
  {
    id: 'x12-837p',
    label: '837P',
    title: 'X12 837P 5010 professional claim (005010X222A1)',
    family: 'x12',
    languageId: 'x12',
    extensions: ['.837', '.837p', '.x12', '.edi'],
  },
  {
    id: 'x12-837i',
    label: '837I',
    title: 'X12 837I 5010 institutional claim (005010X223A2)',
    family: 'x12',
    languageId: 'x12',
    extensions: ['.837i'],
  },
  {
    id: 'fhir',
    label: 'FHIR R4',
    title: 'FHIR R4 Claim, ExplanationOfBenefit, or a Bundle of them',
    family: 'json',
    languageId: 'json',
    extensions: ['.json'],
  },
  {
    id: 'claim-json',
    label: 'claim JSON',
    title: 'Change Healthcare / Stedi professional or institutional claim JSON',
    family: 'json',
    languageId: 'json',
    extensions: ['.json'],
  },
];

export function formatInfo(id: ClaimFormat): FormatInfo {
  return FORMAT_CATALOG.find((f) => f.id === id) as FormatInfo;
}

/** Every file name ending of a family (or of all formats), without duplicates. */
export function extensionsOf(family?: 'x12' | 'json'): string[] {
  return [...new Set(FORMAT_CATALOG.filter((f) => !family || f.family === family).flatMap((f) => f.extensions))];
}

/** The family a file name's ending belongs to, if any. */
export function familyOfFileName(fileName: string): 'x12' | 'json' | undefined {
  const lower = fileName.toLowerCase();
  return FORMAT_CATALOG.find((f) => f.extensions.some((ext) => lower.endsWith(ext)))?.family;
}

/** The editor language ids claim files open as. */
export function claimLanguageIds(): string[] {
  return [...new Set(FORMAT_CATALOG.map((f) => f.languageId))];
}
