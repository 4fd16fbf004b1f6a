// Command ids shared by the client and the server (no imports: the client bundles this file too).

/** Client command in the palette. */
export const FORMAT_SEGMENT_PER_LINE = 'claimlint.formatSegmentPerLine';
/** Server command the client command asks; returns the WorkspaceEdit to apply. */
export const FORMAT_SEGMENT_PER_LINE_SERVER = 'claimlint.server.formatSegmentPerLine';

/** Client command an "Ignore this finding…" code action runs: asks for a reason, then applies the server's edit. */
export const IGNORE_FINDING = 'claimlint.ignoreFinding';
/** Server command: the WorkspaceEdit that records a suppression (with the coder's reason) in `.claimlint.json`. */
export const IGNORE_FINDING_SERVER = 'claimlint.server.ignoreFinding';

/** What the client says it can do, in initializationOptions.clientCommands (other editors get plain edits). */
export const CLIENT_COMMANDS_OPTION = 'clientCommands';

/** The "fix all safe problems" code action kind (source.fixAll, as ESLint's). */
export const FIX_ALL_KIND = 'source.fixAll.claimlint';
