// "Ignore this finding…" asks why; "Show ignored findings" lists what .claimlint.json files ignore; "Remove ignored
// findings…" takes entries out again. Nothing is written except the edit the coder chose (left unsaved, like a fix).
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { parseSuppressions, SUPPRESSION_FILE_NAME, type Suppression } from '../../server/src/core/suppression';
import { removeSuppressions } from '../../server/src/core/suppressionRemoval';
import { IGNORE_FINDING_SERVER } from '../../server/src/features/commands';

interface IgnoreArgs {
  readonly documentUri: string;
  readonly suppression: Suppression;
}

/** The code action's command: asks for a reason (the default offered), then applies the server's edit. */
export async function ignoreFinding(client: LanguageClient | undefined, args: IgnoreArgs | undefined): Promise<boolean> {
  if (!client || !args?.suppression) return false;
  const s = args.suppression;
  const where = s.line !== undefined ? `line ${s.line} of claim ${s.claim}` : `claim ${s.claim}`;
  const reason = await vscode.window.showInputBox({
    title: `Ignore ${s.ruleId} on ${where}`,
    prompt: `Why is it ignored? The reason is recorded in ${SUPPRESSION_FILE_NAME} next to ${s.file}, for whoever reads the claim next.`,
    value: s.reason ?? '',
    valueSelection: [0, (s.reason ?? '').length],
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'Give a reason (or press Escape to keep the finding).' : undefined),
  });
  if (reason === undefined) return false;
  const result = await client.sendRequest(ExecuteCommandRequest.type, { command: IGNORE_FINDING_SERVER, arguments: [{ ...args, suppression: { ...s, reason } }] });
  const edit = result ? await client.protocol2CodeConverter.asWorkspaceEdit(result) : undefined;
  if (!edit || !(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(`claimlint: could not record this in ${SUPPRESSION_FILE_NAME} (it is already ignored there, or the file cannot be read).`);
    return false;
  }
  return true;
}

export interface IgnoredFinding {
  readonly fileUri: vscode.Uri;
  readonly suppression: Suppression;
  /** Position in the file's "suppressions" list, and where the entry is written. */
  readonly index: number;
  readonly range: vscode.Range;
}

/** Every entry of every .claimlint.json in the workspace (the open text when a file is open, unsaved edits included). */
export async function ignoredFindings(): Promise<IgnoredFinding[]> {
  const files = await vscode.workspace.findFiles(`**/${SUPPRESSION_FILE_NAME}`);
  const out: IgnoredFinding[] = [];
  for (const fileUri of files.sort((a, b) => a.path.localeCompare(b.path))) {
    const document = await vscode.workspace.openTextDocument(fileUri).then((d) => d, () => undefined);
    if (!document) continue;
    const set = parseSuppressions(document.getText());
    set.suppressions.forEach((suppression, i) => {
      const place = set.entries?.[i];
      if (!place) return;
      out.push({ fileUri, suppression, index: place.index, range: new vscode.Range(document.positionAt(place.span.start), document.positionAt(place.span.end)) });
    });
  }
  return out;
}

interface IgnoredItem extends vscode.QuickPickItem {
  readonly entry: IgnoredFinding;
}

function itemOf(entry: IgnoredFinding): IgnoredItem {
  const s = entry.suppression;
  const place = [s.claim !== undefined ? `claim ${s.claim}` : 'every claim', s.line !== undefined ? `line ${s.line}` : undefined, s.code].filter(Boolean).join(' · ');
  return {
    label: s.ruleId,
    description: `${s.file} · ${place}`,
    detail: s.reason ? `Reason: ${s.reason}` : 'No reason given',
    entry,
  };
}

const REMOVE_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('trash'), tooltip: 'Stop ignoring this finding' };

/** Lists the ignored findings; picking one opens its entry, the trash button removes it. */
export async function showIgnoredFindings(): Promise<void> {
  const entries = await ignoredFindings();
  if (entries.length === 0) {
    void vscode.window.showInformationMessage(`claimlint: no findings are ignored (no entries in any ${SUPPRESSION_FILE_NAME} of this workspace).`);
    return;
  }
  const pick = vscode.window.createQuickPick<IgnoredItem>();
  pick.title = `Ignored findings (${entries.length})`;
  pick.placeholder = 'Pick one to see its entry; the trash button stops ignoring it';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = entries.map((e) => ({ ...itemOf(e), buttons: [REMOVE_BUTTON] }));
  pick.onDidTriggerItemButton(async ({ item }) => {
    pick.hide();
    await removeIgnored([item.entry]);
  });
  pick.onDidAccept(async () => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) await vscode.window.showTextDocument(chosen.entry.fileUri, { selection: chosen.entry.range });
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

/** Asks which ignored findings to report again (several may be chosen) and removes only those. */
export async function chooseAndRemoveIgnored(): Promise<number> {
  const entries = await ignoredFindings();
  if (entries.length === 0) {
    void vscode.window.showInformationMessage(`claimlint: no findings are ignored, so there is nothing to remove.`);
    return 0;
  }
  const chosen = await vscode.window.showQuickPick(entries.map(itemOf), {
    title: 'Stop ignoring findings',
    placeHolder: `Choose the findings to report again; their entries are removed from ${SUPPRESSION_FILE_NAME}`,
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!chosen?.length) return 0;
  return removeIgnored(chosen.map((c) => c.entry));
}

/** Removes the entries as one edit per file (the files are left unsaved, to be saved or undone). */
async function removeIgnored(entries: readonly IgnoredFinding[]): Promise<number> {
  const edit = new vscode.WorkspaceEdit();
  let removed = 0;
  for (const fileUri of new Set(entries.map((e) => e.fileUri.toString()))) {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(fileUri));
    const indices = entries.filter((e) => e.fileUri.toString() === fileUri).map((e) => e.index);
    const edits = removeSuppressions(document.getText(), indices);
    if (edits.length === 0) continue;
    removed += indices.length;
    edit.set(document.uri, edits.map((e) => new vscode.TextEdit(new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText)));
  }
  if (removed === 0 || !(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(`claimlint: nothing was removed (${SUPPRESSION_FILE_NAME} changed or cannot be edited).`);
    return 0;
  }
  void vscode.window.showInformationMessage(`claimlint: ${removed} finding${removed === 1 ? ' is' : 's are'} reported again. Save ${SUPPRESSION_FILE_NAME} to keep the change.`);
  return removed;
}
