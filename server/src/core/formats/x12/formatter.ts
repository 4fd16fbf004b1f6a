/**
 * "Format X12 one segment per line": inserts the file's line break after every segment terminator that is not
 * already followed by one. Only ever run on explicit request; nothing else in the file changes.
 */
import type { TextEdit } from '../../findings';
import type { ClaimDocument } from '../../model';
import { isX12Syntax } from './syntax';

/** The line break the file already uses (CRLF, LF or CR); LF for a file with none. */
export function lineBreakOf(text: string): string {
  const at = text.search(/[\r\n]/);
  if (at < 0) return '\n';
  return text[at] === '\r' ? (text[at + 1] === '\n' ? '\r\n' : '\r') : '\n';
}

export function formatSegmentPerLine(doc: ClaimDocument): TextEdit[] {
  if (!isX12Syntax(doc.syntax)) return [];
  const table = doc.syntax.segments;
  const text = doc.text;
  const eol = lineBreakOf(text);
  const edits: TextEdit[] = [];
  for (let seg = 0; seg < table.count; seg++) {
    const terminator = table.delimitersOf(seg).segment;
    if (terminator === '\n' || terminator === '\r') continue;
    const end = table.end(seg);
    if (text[end] !== terminator) continue;
    const after = end + 1;
    // Already followed by a line break (perhaps after trailing spaces): the segment ends its line.
    if (/^[ \t]*(\r|\n)/.test(text.slice(after, after + 256))) continue;
    edits.push({ span: { start: after, end: after }, newText: eol });
  }
  return edits;
}
