// Command ids shared by the client and the server (no imports: the client bundles this file too).

/** Client command in the palette. */
export const FORMAT_SEGMENT_PER_LINE = 'claimlint.formatSegmentPerLine';
/** Server command the client command asks; returns the WorkspaceEdit to apply. */
export const FORMAT_SEGMENT_PER_LINE_SERVER = 'claimlint.server.formatSegmentPerLine';
