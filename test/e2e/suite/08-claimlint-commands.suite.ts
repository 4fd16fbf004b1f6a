// The claimlint commands and editor features of issue 15, in the real extension host: Format Document for X12,
// "Fix all safe problems", "Check workspace", "Ignore this finding…" with a reason, the claim view, the status bar,
// inlay hints and completion rows.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID, codeActions, fixture, lintDiagnostics, open, rangeOf, ruleOf, scratchCopy, sleep, waitForNoRule, waitForRule, workspaceRoot,
} from '../lib/vscodeHelpers';

interface Api {
  statusBarText(): { text: string; visible: boolean };
}
const api = (): Api => vscode.extensions.getExtension<Api>(EXTENSION_ID)!.exports;

async function until<T>(get: () => T | Thenable<T>, ok: (v: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last = await get();
  while (!ok(last)) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await sleep(100);
    last = await get();
  }
  return last;
}

describe('claimlint commands', () => {
  // Each test may run alone (--grep): the API needs the extension active.
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.workspace.getConfiguration('claimlint').update('maxFindingsPerFile', undefined, vscode.ConfigurationTarget.Global);
  });

  it('Format Document puts a one-line X12 file one segment per line, keeping the terminators', async () => {
    const uri = scratchCopy('one-line.837');
    const { document } = await open(uri);
    const before = document.getText();
    assert.equal(document.lineCount, 1);
    await waitForRule(uri, 'ndc-missing'); // the server is up and has read the file
    const edits = await until(
      () => vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 4, insertSpaces: true }),
      (e) => (e?.length ?? 0) > 0, 'formatting edits');
    assert.ok(edits.every((e) => e.newText === '\n' && e.range.isEmpty), 'only line breaks are inserted');
    await vscode.commands.executeCommand('editor.action.formatDocument');
    await until(() => document.lineCount, (n) => n > 20, 'the document to be formatted');
    assert.equal(document.getText().replace(/\n/g, ''), before, 'nothing but line breaks changed');
    assert.match(document.lineAt(1).text, /^GS\*.*~$/);
  });

  it('"Fix all safe problems" applies the safe fixes and says how many edits it made', async () => {
    const uri = scratchCopy('j7599-hyphen-ndc.837');
    const { document } = await open(uri);
    await waitForRule(uri, 'ndc-format');
    const made = await vscode.commands.executeCommand<number>('claimlint.fixAll', uri);
    assert.ok(made && made >= 1, `edits made: ${made}`);
    assert.match(document.getText(), /LIN\*\*N4\*00469060773~/);
    assert.match(document.getText(), /SV1\*HC:J7599/, 'an unsafe fix (the code change) was applied');
    await waitForNoRule(uri, 'ndc-format');
  });

  it('"Check workspace" reports closed claim files in Problems, honours files.exclude and writes nothing', async () => {
    const root = workspaceRoot();
    const closed = join(root, `closed-${process.pid}.837`);
    copyFileSync(join(root, 'j7599-no-ndc.837'), closed);
    mkdirSync(join(root, 'excluded'), { recursive: true });
    const excluded = join(root, 'excluded', 'hidden.837');
    copyFileSync(join(root, 'j7599-no-ndc.837'), excluded);
    const bytes = readFileSync(closed);
    await vscode.workspace.getConfiguration('files').update('exclude', { '**/excluded': true }, vscode.ConfigurationTarget.Workspace);
    try {
      const report = await vscode.commands.executeCommand<{ files: number; claimFiles: number; cancelled: boolean; counts: { error: number } }>('claimlint.checkWorkspace');
      assert.ok(report && !report.cancelled, JSON.stringify(report));
      assert.ok(report.claimFiles >= 5, `claim files: ${report.claimFiles}`);
      assert.ok(report.counts.error > 0);
      const found = vscode.languages.getDiagnostics(vscode.Uri.file(closed)).filter((d) => d.source === 'claimlint');
      assert.ok(found.some((d) => ruleOf(d) === 'ndc-missing'), `closed file: ${found.map(ruleOf).join(', ')}`);
      assert.deepEqual(vscode.languages.getDiagnostics(vscode.Uri.file(excluded)), [], 'an excluded file was checked');
      assert.deepEqual(vscode.languages.getDiagnostics(fixture('not-a-claim/package.json')).filter((d) => d.source === 'claimlint'), []);
      assert.ok(readFileSync(closed).equals(bytes), 'the checked file changed');
      assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.fsPath === closed), false, 'the check opened the file');
    } finally {
      await vscode.workspace.getConfiguration('files').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('"Ignore this finding…" asks for a reason, records it in .claimlint.json and the finding goes away; Escape records nothing', async () => {
    const uri = scratchCopy('j7599-no-ndc.837');
    await open(uri);
    const [missing] = await waitForRule(uri, 'ndc-missing');
    const actions = await codeActions(uri, missing.range);
    const ignore = actions.find((a) => a.title.startsWith('Ignore ndc-missing'));
    assert.ok(ignore?.command, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(ignore.edit, undefined, 'the edit is made only after the reason is given');
    const suppressions = join(workspaceRoot(), '.claimlint.json');

    // Escape: nothing is recorded.
    const cancelled = vscode.commands.executeCommand<boolean>(ignore.command.command, ...(ignore.command.arguments ?? []));
    await sleep(500);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await cancelled, false);
    assert.ok(lintDiagnostics(uri).some((d) => ruleOf(d) === 'ndc-missing'));

    // Accept the offered reason.
    const accepted = vscode.commands.executeCommand<boolean>(ignore.command.command, ...(ignore.command.arguments ?? []));
    await sleep(500);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await accepted, true);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === suppressions);
    assert.ok(doc, '.claimlint.json is open with the new entry');
    const entry = JSON.parse(doc.getText()).suppressions.find((s: { file: string }) => uri.fsPath.endsWith(s.file));
    assert.match(entry.reason, /^reviewed: \d{4}-\d{2}-\d{2}$/);
    await waitForNoRule(uri, 'ndc-missing');
    await doc.save();
  });

  it('the claim view opens beside the editor as a webview', async () => {
    await open(fixture('j7599-no-ndc.837'));
    await waitForRule(fixture('j7599-no-ndc.837'), 'ndc-missing');
    await vscode.commands.executeCommand('claimlint.showClaimView');
    const tab = await until(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Claims:')),
      (t) => !!t, 'the claim view tab');
    assert.equal(tab?.label, 'Claims: j7599-no-ndc.837');
    assert.notEqual(tab?.group.viewColumn, vscode.window.activeTextEditor?.viewColumn, 'beside the editor');
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  });

  it('the status bar counts the findings, names the payer, and says "N of M shown" when capped', async () => {
    // The fixture's claim twice: every finding twice, so a cap of 1 (which still keeps one finding per rule) cuts.
    const text = readFileSync(fixture('j7599-hyphen-ndc.837').fsPath, 'utf8');
    const claim = text.slice(text.indexOf('HL*2*1*22*0~'), text.indexOf('SE*'));
    const twice = join(workspaceRoot(), `twice-${process.pid}.837`);
    writeFileSync(twice, text.replace(claim, claim + claim.replace('HL*2*1*22*0~', 'HL*3*1*22*0~')));
    const uri = vscode.Uri.file(twice);
    await open(uri);
    await waitForRule(uri, 'ndc-format');
    const full = await until(() => api().statusBarText(), (s) => s.visible && /\$\(error\) \d+/.test(s.text), 'the status bar item');
    assert.match(full.text, /^claimlint \$\(error\) \d+ \$\(warning\) \d+ \$\(info\) \d+ · commercial/);
    assert.doesNotMatch(full.text, /shown/);
    const rules = new Set(lintDiagnostics(uri).map(ruleOf)).size;
    await vscode.workspace.getConfiguration('claimlint').update('maxFindingsPerFile', 1, vscode.ConfigurationTarget.Global);
    const capped = await until(() => api().statusBarText(), (s) => / of \d+ shown/.test(s.text), '"N of M shown"');
    const [, shown, total] = / · (\d+) of (\d+) shown$/.exec(capped.text) ?? [];
    assert.equal(Number(shown), rules, `one finding per rule is kept: ${capped.text}`);
    assert.ok(Number(total) > rules, capped.text);
    await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
    await until(() => api().statusBarText(), (s) => !s.visible, 'the item to hide on a non-claim editor');
  });

  it('the status bar says "checking…" while a big file is checked, then its counts', async () => {
    // About 2 MB: the claim of the fixture repeated (the SE count is then wrong, which only adds a finding).
    const text = readFileSync(fixture('j7599-no-ndc.837').fsPath, 'utf8');
    const claim = text.slice(text.indexOf('HL*2*1*22*0~'), text.indexOf('SE*'));
    const big = join(workspaceRoot(), `big-${process.pid}.837`);
    writeFileSync(big, text.slice(0, text.indexOf('HL*2*1*22*0~')) + claim.repeat(4_000) + text.slice(text.indexOf('SE*')));
    const seen = new Set<string>();
    const watch = setInterval(() => seen.add(api().statusBarText().text), 25);
    try {
      await open(vscode.Uri.file(big));
      // Its own counts, not the previous file's: a file this size has more findings than the cap shows.
      const done = await until(() => api().statusBarText(), (s) => s.visible && /\$\(error\) \d+.* of \d+ shown$/.test(s.text), 'the big file\'s counts', 60_000);
      assert.ok([...seen].some((t) => /checking…/.test(t)), `never showed checking…; saw: ${[...seen].join(' | ')}`);
      assert.match(done.text, /^claimlint \$\(error\) [1-9]\d* /);
    } finally {
      clearInterval(watch);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('inlay hints name X12 elements after the element, never between a code and its components', async () => {
    const uri = fixture('j7599-no-ndc.837');
    const { document } = await open(uri);
    await waitForRule(uri, 'ndc-missing');
    await vscode.workspace.getConfiguration('claimlint').update('inlayHints.enable', true, vscode.ConfigurationTarget.Global);
    try {
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const hints = await until(() => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, whole), (h) => (h?.length ?? 0) > 0, 'inlay hints');
      const label = (h: vscode.InlayHint): string => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
      const sv1 = rangeOf(document, 'SV1*HC:J7599:::::TACROLIMUS 1MG CAPSULE').end;
      const onSv1 = hints.filter((h) => h.position.line === sv1.line);
      assert.ok(onSv1.some((h) => h.position.isEqual(sv1) && /Immunosuppressive/.test(label(h))), onSv1.map(label).join(' | '));
      assert.ok(hints.some((h) => label(h) === 'Line Item Charge Amount'), 'element names shown');
      for (const h of hints) {
        const next = document.lineAt(h.position.line).text.charAt(h.position.character);
        assert.ok(next === '*' || next === '~' || next === '', `hint "${label(h)}" before "${next}" at ${h.position.line}:${h.position.character}`);
      }
    } finally {
      await vscode.workspace.getConfiguration('claimlint').update('inlayHints.enable', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('completion shows each code\'s descriptor on its row', async () => {
    const uri = scratchCopy('j7599-no-ndc.837');
    const { document } = await open(uri);
    await waitForRule(uri, 'ndc-missing');
    const at = rangeOf(document, 'HC:J7599').start.translate(0, 3);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at);
    const j7507 = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'J7507');
    assert.ok(j7507 && typeof j7507.label === 'object', 'J7507 offered with label details');
    assert.match(j7507.label.description ?? '', /Tacrolimus/);
  });
});

