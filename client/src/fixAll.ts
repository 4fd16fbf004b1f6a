// "claimlint: Fix all safe problems": applies the file's source.fixAll.claimlint action (only fixes that restate
// what the claim already says) and says how many edits it made.
import * as vscode from 'vscode';
import { FIX_ALL_KIND } from '../../server/src/features/commands';

export async function fixAllSafeProblems(document: vscode.TextDocument | undefined): Promise<number | undefined> {
  if (!document) {
    void vscode.window.showInformationMessage('claimlint: open a claim file to fix its safe problems.');
    return undefined;
  }
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND)) ?? [];
  const fixAll = actions.find((a): a is vscode.CodeAction => 'kind' in a && a.kind?.value === FIX_ALL_KIND && !!a.edit);
  const edits = fixAll?.edit ? fixAll.edit.entries().reduce((n, [, list]) => n + list.length, 0) : 0;
  if (!fixAll?.edit || edits === 0) {
    void vscode.window.showInformationMessage('claimlint: this file has no problems claimlint can fix safely.');
    return 0;
  }
  if (!(await vscode.workspace.applyEdit(fixAll.edit))) {
    void vscode.window.showWarningMessage('claimlint: the fixes were not applied (the file changed meanwhile); try again.');
    return 0;
  }
  void vscode.window.showInformationMessage(`claimlint: Fix all safe problems made ${edits} edit${edits === 1 ? '' : 's'}.`);
  return edits;
}
