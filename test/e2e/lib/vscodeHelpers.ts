// Helpers for suites that run inside the VS Code extension host. They only read what VS Code itself reports.
import * as assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'claimlint.claimlint';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e session must open test/e2e/workspace (a temp copy of it) as its folder');
  return folder.uri.fsPath;
}

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.file(join(workspaceRoot(), name));
}

let scratchCount = 0;
/** A private copy of a fixture (inside the temp workspace), so a test can edit it without affecting other tests. */
export function scratchCopy(name: string): vscode.Uri {
  const target = join(workspaceRoot(), `scratch-${process.pid}-${++scratchCount}-${basename(name)}`);
  copyFileSync(join(workspaceRoot(), name), target);
  return vscode.Uri.file(target);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The rule id of a diagnostic; `code` is `{ value, target }` when the rule has a docs link. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Diagnostics claimlint published for a document (other extensions' diagnostics are ignored). */
export function lintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => /claimlint/i.test(d.source ?? ''));
}

export function withRule(uri: vscode.Uri, rule: string): vscode.Diagnostic[] {
  return lintDiagnostics(uri).filter((d) => ruleOf(d) === rule);
}

export function showDiagnostics(diags: readonly vscode.Diagnostic[]): string {
  if (diags.length === 0) return '(no claimlint diagnostics)';
  return diags
    .map((d) => `${ruleOf(d)} ${vscode.DiagnosticSeverity[d.severity]} @${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message.slice(0, 90)}`)
    .join('\n    ');
}

// Waits that already timed out once (same fixture, same wait): later tests fail after a short grace period instead of
// paying the full timeout again. They still fail, so a missing feature shows in every test that needs it.
const timedOut = new Set<string>();
const DEFAULT_WAIT_MS = Number(process.env.E2E_WAIT_MS) || 10_000;

/** Polls until `accept` holds for the document's claimlint diagnostics; fails with what was last seen. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = DEFAULT_WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  const key = `${basename(uri.fsPath).replace(/^scratch-\d+-\d+-/, '')}|${what}`;
  const limit = timedOut.has(key) ? Math.min(timeoutMs, 3000) : timeoutMs;
  const deadline = Date.now() + limit;
  for (;;) {
    const diags = lintDiagnostics(uri);
    if (accept(diags)) return diags;
    if (Date.now() > deadline) {
      timedOut.add(key);
      assert.fail(`timed out after ${limit} ms waiting for ${what} on ${basename(uri.fsPath)}; last seen:\n    ${showDiagnostics(diags)}`);
    }
    await sleep(100);
  }
}

export const waitForRule = (uri: vscode.Uri, rule: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> =>
  waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === rule), `a "${rule}" diagnostic`, timeoutMs).then((ds) =>
    ds.filter((d) => ruleOf(d) === rule),
  );

export const waitForNoRule = (uri: vscode.Uri, rule: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> =>
  waitForDiagnostics(uri, (ds) => !ds.some((d) => ruleOf(d) === rule), `the "${rule}" diagnostic to go away`, timeoutMs);

/** Range of the n-th occurrence of `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `fixture ${basename(doc.uri.fsPath)} has no occurrence #${nth + 1} of ${JSON.stringify(needle)}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** The document line (text) a position is on; handy in failure messages. */
export function lineText(doc: vscode.TextDocument, pos: vscode.Position): string {
  return doc.lineAt(pos.line).text;
}

export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  // itemResolveCount > 0 makes VS Code resolve lazily computed edits, as the lightbulb would.
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind, 50)) ?? [];
  // A bare Command has a string `command`; a CodeAction's `command` (if any) is an object.
  return actions.filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit || action.command, `code action "${action.title}" has neither an edit nor a command`);
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `VS Code refused the edit of "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export function sameRange(a: vscode.Range, b: vscode.Range): boolean {
  return a.start.isEqual(b.start) && a.end.isEqual(b.end);
}

export async function setRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('claimlint').update('rules', rules, vscode.ConfigurationTarget.Global);
}
