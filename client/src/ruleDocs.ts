// Rule pages as read-only documents: diagnostics and hovers link to `claimlint-rule:/<rule-id>.md`, a read-only file
// system over the docs/rules pages shipped inside the extension. VS Code opens them as read-only editors (with the
// Markdown preview a click away); the installed files are never opened as editable tabs.
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';

export const RULE_DOC_SCHEME = 'claimlint-rule';
const RULE_ID = /^\/([a-z0-9][a-z0-9-]{0,63})\.md$/;

class RulePages implements vscode.FileSystemProvider {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(private readonly context: vscode.ExtensionContext) {}

  private pathOf(uri: vscode.Uri): string {
    const id = RULE_ID.exec(uri.path)?.[1];
    if (!id) throw vscode.FileSystemError.FileNotFound(uri);
    return this.context.asAbsolutePath(`docs/rules/${id}.md`);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const content = await this.readFile(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: content.byteLength, permissions: vscode.FilePermission.Readonly };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    try {
      return await readFile(this.pathOf(uri));
    } catch {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

export function registerRuleDocs(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.workspace.registerFileSystemProvider(RULE_DOC_SCHEME, new RulePages(context), { isReadonly: true, isCaseSensitive: true });
}
