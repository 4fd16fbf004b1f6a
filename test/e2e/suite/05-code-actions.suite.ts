// Each test edits its own scratch copy of a fixture (inside the temp workspace), never the shared fixture.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  applyAction, codeActions, showDiagnostics as show, open, rangeOf, scratchCopy, waitForNoRule, waitForRule, withRule,
} from '../lib/vscodeHelpers';

const newTexts = (a: vscode.CodeAction): string[] => (a.edit?.entries() ?? []).flatMap(([, edits]) => edits.map((e) => e.newText));
const titles = (actions: readonly vscode.CodeAction[]): string => actions.map((a) => `"${a.title}" [${a.kind?.value}]`).join(', ') || '(none)';

describe('code actions', () => {
  it('J7599 → J7507 quick fix replaces the code and the finding goes away', async () => {
    const uri = scratchCopy('j7599-hyphen-ndc.837');
    const { document: doc } = await open(uri);
    const [finding] = await waitForRule(uri, 'hcpcs-more-specific');
    const actions = await codeActions(uri, finding.range);
    const fix = actions.find((a) => /J7507/.test(a.title));
    assert.ok(fix, `no action mentioning J7507 among ${titles(actions)}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is ${fix.kind?.value}`);
    const svLine = rangeOf(doc, 'SV1*').start.line;
    await applyAction(fix);
    const after = doc.lineAt(svLine).text;
    assert.match(after, /^SV1\*HC:J7507[*:]/, `SV1 after the fix: ${after}`);
    assert.doesNotMatch(doc.getText(), /J7599/);
    await waitForNoRule(uri, 'hcpcs-more-specific');
  });

  it('NDC normalization quick fix writes the 11-digit NDC and the document re-lints clean of ndc-format', async () => {
    const uri = scratchCopy('j7599-hyphen-ndc.837');
    const { document: doc } = await open(uri);
    const [finding] = await waitForRule(uri, 'ndc-format');
    const actions = await codeActions(uri, finding.range);
    // (vscode.executeCodeActionProvider does not return action.diagnostics, so the fix is recognised by its edit.)
    const fixes = actions.filter((a) => a.kind?.value === 'quickfix' && newTexts(a).some((t) => t.includes('00469060773')));
    assert.ok(fixes.length > 0, `no quick fix writing 00469060773 among ${titles(actions)}`);
    await applyAction(fixes.find((a) => a.isPreferred) ?? fixes[0]);
    assert.match(doc.getText(), /LIN\*\*N4\*00469060773~/, `LIN after the fix: ${doc.lineAt(rangeOf(doc, 'LIN*').start.line).text}`);
    await waitForNoRule(uri, 'ndc-format');
    // The document was re-linted (not just wiped): the other finding on the line is still there.
    assert.ok(withRule(uri, 'hcpcs-more-specific').length > 0, 'hcpcs-more-specific disappeared too: was the document re-linted?');
  });

  it('source.fixAll.claimlint applies safe fixes only (NDC normalized, J7599 kept)', async () => {
    const uri = scratchCopy('j7599-hyphen-ndc.837');
    const { document: doc } = await open(uri);
    await waitForRule(uri, 'ndc-format');
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const actions = await codeActions(uri, whole, 'source.fixAll.claimlint');
    const fixAll = actions.find((a) => a.kind && vscode.CodeActionKind.SourceFixAll.append('claimlint').contains(a.kind));
    assert.ok(fixAll, `no source.fixAll.claimlint action among ${titles(actions)}`);
    await applyAction(fixAll);
    assert.match(doc.getText(), /LIN\*\*N4\*00469060773~/, 'fix-all did not normalize the NDC');
    assert.match(doc.getText(), /SV1\*HC:J7599/, 'fix-all must not replace the procedure code (not a safe fix)');
    await waitForNoRule(uri, 'ndc-format');
  });

  it('the fix-all action is offered through the editor source-action path too', async () => {
    const uri = scratchCopy('j7599-hyphen-ndc.837');
    const { document: doc } = await open(uri);
    await waitForRule(uri, 'ndc-format');
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const actions = await codeActions(uri, whole, vscode.CodeActionKind.SourceFixAll.value);
    assert.ok(actions.some((a) => a.kind?.value === 'source.fixAll.claimlint'), `source.fixAll request returned ${titles(actions)}`);
    assert.ok(withRule(uri, 'ndc-format').length > 0, show(withRule(uri, 'ndc-format')));
  });
});
