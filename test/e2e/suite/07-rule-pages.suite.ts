import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, waitForDiagnostics } from '../lib/vscodeHelpers';

describe('rule pages', () => {
  it('a diagnostic links to its rule page on a read-only file system, never the file inside the extension', async () => {
    const uri = fixture('j7599-no-ndc.837');
    await vscode.window.showTextDocument(uri);
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'ndc-missing'), 'ndc-missing');
    const finding = diagnostics.find((d) => codeOf(d) === 'ndc-missing')!;
    const target = (finding.code as { target: vscode.Uri }).target;
    assert.equal(target.scheme, 'claimlint-rule');
    assert.equal(target.path, '/ndc-missing.md');

    assert.equal(vscode.workspace.fs.isWritableFileSystem('claimlint-rule'), false, 'a read-only file system');
    const page = await vscode.workspace.openTextDocument(target);
    assert.match(page.getText(), /^# ndc-missing/m, 'the page is the rule page');
    assert.equal(page.languageId, 'markdown');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(target, new TextEncoder().encode('x'))), 'the page cannot be written');
    const shown = await vscode.workspace.fs.readFile(target);
    assert.match(new TextDecoder().decode(shown), /^# ndc-missing/m, 'and is unchanged');
  });
});

function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}
