// Rule pages as read-only documents: diagnostics and hovers link to `claimlint-rule:/<rule-id>.md`, which this
// provider answers from the docs/rules pages shipped inside the extension. The installed files are never opened
// as editable tabs.
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';

export const RULE_DOC_SCHEME = 'claimlint-rule';
const RULE_ID = /^\/([a-z0-9][a-z0-9-]{0,63})\.md$/;

export function registerRuleDocs(context: vscode.ExtensionContext): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const id = RULE_ID.exec(uri.path)?.[1];
      if (!id) return `# Not a claimlint rule page\n\n\`${uri.path}\` does not name a rule.\n`;
      try {
        return await readFile(context.asAbsolutePath(`docs/rules/${id}.md`), 'utf8');
      } catch {
        return `# ${id}\n\nclaimlint has no page for this rule in this installation.\n`;
      }
    },
  };
  return vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, provider);
}
