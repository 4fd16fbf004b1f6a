// Custom requests between the claimlint client and server: method names and shapes. Type imports only: the client
// bundles this file too, and must not pull the checker in with it.
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import type { ClaimView } from '../core/claimView/types';
import type { FileSummary } from '../core/fileSummary';

/** The claim view model of an open document, with editor ranges to jump to. */
export const CLAIM_VIEW_REQUEST = 'claimlint/claimView';
export interface ClaimViewParams {
  readonly uri: string;
  /** Include patient names (the coder chose to show them). */
  readonly revealPatients: boolean;
}
export type ClaimViewResult = (ClaimView<Range> & { readonly uri: string; readonly version: number }) | null;

/** Counts and payers of an open document, for the status bar. */
export const FILE_SUMMARY_REQUEST = 'claimlint/fileSummary';
export interface FileSummaryParams {
  readonly uri: string;
}
export type FileSummaryResult = (FileSummary & { readonly version: number }) | null;

/** Checks files by URI (read from disk, or the open text), for "Check workspace". Never changes a file. */
export const CHECK_FILES_REQUEST = 'claimlint/checkFiles';
export interface CheckFilesParams {
  readonly uris: readonly string[];
}
export interface CheckedFile {
  readonly uri: string;
  /** "837P", "FHIR R4"…; undefined when the file is not a claim (it then has no diagnostics). */
  readonly format?: string;
  readonly diagnostics: Diagnostic[];
  /** Why the file was not checked (too large, unreadable). */
  readonly skipped?: string;
}
export interface CheckFilesResult {
  readonly files: CheckedFile[];
}
