// Opening an X12 file written on one line offers, once per file, to format it one segment per line. The offer runs
// the standard Format Document provider (the server's X12 formatter) and applies its edits only when the coder says so.
import * as vscode from 'vscode';

const ASKED_KEY = 'claimlint.formatOffer.asked';
/** Files remembered per workspace; the oldest are forgotten first. */
const MAX_REMEMBERED = 500;
/** Longer than an ISA segment (106 characters): the line holds more than the interchange header. */
const MIN_ONE_LINE_LENGTH = 120;

export const FORMAT_BUTTON = 'Format';

/** True for an X12 document whose text is one line (perhaps with a trailing line break) longer than an ISA. */
export function isOneLineX12(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'x12' || document.lineCount > 2) return false;
  const lines = [document.lineAt(0).text, document.lineCount > 1 ? document.lineAt(1).text : ''];
  return lines[1].trim() === '' && lines[0].length > MIN_ONE_LINE_LENGTH;
}

export class FormatOffer {
  private readonly pending = new Set<string>();

  constructor(private readonly memento: vscode.Memento) {}

  /** Offers formatting if the document is a one-line X12 file not asked about before in this workspace. */
  async consider(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (!isOneLineX12(document) || this.pending.has(key) || this.asked().includes(key)) return;
    this.pending.add(key);
    try {
      await this.remember(key);
      const name = document.uri.path.split('/').pop() ?? 'This file';
      const choice = await vscode.window.showInformationMessage(
        `claimlint: ${name} is written on one line. Format it one segment per line (Format Document)?`,
        FORMAT_BUTTON,
        'Not now',
      );
      if (choice === FORMAT_BUTTON) await formatDocument(document);
    } finally {
      this.pending.delete(key);
    }
  }

  private asked(): string[] {
    return this.memento.get<string[]>(ASKED_KEY, []);
  }

  private async remember(key: string): Promise<void> {
    await this.memento.update(ASKED_KEY, [...this.asked().filter((k) => k !== key), key].slice(-MAX_REMEMBERED));
  }
}

/** Runs the document's formatting provider and applies its edits as one undoable edit. */
async function formatDocument(document: vscode.TextDocument): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const options: vscode.FormattingOptions = { tabSize: Number(editor?.options.tabSize) || 4, insertSpaces: editor?.options.insertSpaces !== false };
  const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', document.uri, options);
  if (!edits?.length) return;
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, edits);
  await vscode.workspace.applyEdit(edit);
}
