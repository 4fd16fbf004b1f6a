import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { AppliedChange } from './core/textChanges';

/** One didChange: the version it started from, the one it made, and its changes in order. */
interface Step {
  readonly from: number;
  readonly to: number;
  readonly changes: readonly AppliedChange[];
}

/** Steps kept per document: enough for a burst of typing; older ones are dropped (hovers then wait for the read). */
const MAX_STEPS = 512;

/**
 * The edits of each open document, version by version, as offsets: what lets a hover answer from an earlier read of
 * the file while the newest version is being read. Holds positions and lengths only, never the text typed.
 */
export class ChangeTrail {
  private readonly steps = new Map<string, Step[]>();

  /** Applies a didChange the way TextDocuments does (one change after another), recording where each one went. */
  update(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
    const from = document.version;
    const applied: AppliedChange[] = [];
    let current = document;
    for (const change of changes) {
      const length = current.getText().length;
      const whole = !('range' in change);
      const start = whole ? 0 : current.offsetAt(change.range.start);
      const end = whole ? length : current.offsetAt(change.range.end);
      applied.push({ start: Math.min(start, end), end: Math.max(start, end), insertedLength: change.text.length, length });
      current = TextDocument.update(current, [change], version);
    }
    let list = this.steps.get(document.uri);
    if (!list) this.steps.set(document.uri, (list = []));
    list.push({ from, to: version, changes: applied });
    if (list.length > MAX_STEPS) list.splice(0, list.length - MAX_STEPS);
    return current;
  }

  /** The changes from `version` to `current`, in order; undefined when the trail does not reach back that far. */
  since(uri: string, version: number, current: number): AppliedChange[] | undefined {
    const list = this.steps.get(uri) ?? [];
    const first = list.findIndex((step) => step.from === version);
    if (first < 0) return undefined;
    const out: AppliedChange[] = [];
    let at = version;
    for (let i = first; i < list.length; i++) {
      if (list[i].from !== at) return undefined;
      out.push(...list[i].changes);
      at = list[i].to;
    }
    return at === current ? out : undefined;
  }

  forget(uri: string): void {
    this.steps.delete(uri);
  }
}
