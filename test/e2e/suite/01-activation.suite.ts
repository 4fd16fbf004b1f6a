// Runs first (files are sorted): nothing has opened a claim yet, so the extension must still be inactive.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixture, open, sleep } from '../lib/vscodeHelpers';

describe('activation', () => {
  it('is installed but not active before any claim file is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    // Give eager activation events ("*", onStartupFinished) a chance to fire; they must not be used.
    await sleep(1500);
    assert.equal(ext.isActive, false, 'claimlint activated before any claim file was opened (check activationEvents)');
  });

  it('stays inactive when a non-claim plain-text document is opened', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'shopping list: milk, eggs\n' });
    await vscode.window.showTextDocument(doc);
    await sleep(1000);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, false);
  });

  it('activates when an .837 claim file is opened', async () => {
    await open(fixture('j7599-no-ndc.837'));
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const deadline = Date.now() + 15_000;
    while (!ext.isActive && Date.now() < deadline) await sleep(100);
    assert.equal(ext.isActive, true, 'claimlint did not activate within 15 s of opening an .837 file');
  });
});
