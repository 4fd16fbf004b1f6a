import type { Hover, Position, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ChangeTrail } from '../changeTrail';
import { placeInEarlierRead } from '../core/earlierRead';
import { foldChanges, spanAfter } from '../core/textChanges';
import type { DocumentStore, ParsedState } from '../documentStore';
import { hoverAtOffset } from './languageFeatures';
import type { FindingsView } from './suppressions';

export interface EarlierHoverSources {
  readonly documents: TextDocuments<TextDocument>;
  readonly store: DocumentStore;
  readonly trail: ChangeTrail;
  findingsOf(state: ParsedState): FindingsView;
}

/**
 * While a newer version is being read, a hover outside the claim the edits changed is answered from the earlier
 * read (its place and range moved with the edits); undefined when it must wait for the new read.
 */
export function hoverFromEarlierRead(uri: string, position: Position, sources: EarlierHoverSources): Hover | null | undefined {
  const document = sources.documents.get(uri);
  const earlier = sources.store.lastRead(uri);
  if (!document || !earlier?.settings.enable || earlier.version === document.version) return undefined;
  const changes = sources.trail.since(uri, earlier.version, document.version);
  const change = changes && foldChanges(changes, earlier.doc.text, document.getText());
  const offset = change && placeInEarlierRead(earlier.doc, change, document.offsetAt(position));
  if (change === undefined || offset === undefined) return undefined;
  return hoverAtOffset(earlier, offset, sources.findingsOf(earlier), (span) => {
    const moved = spanAfter(change, span);
    return moved && { start: document.positionAt(moved.start), end: document.positionAt(moved.end) };
  });
}
