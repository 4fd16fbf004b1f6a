import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Position,
  TextDocumentEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { EXAMPLES } from '../helpers/paths';

const text = readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8');

function positionOf(source: string, needle: string, delta = 0): Position {
  const offset = source.indexOf(needle) + delta;
  assert.ok(offset >= delta, `"${needle}" in the text`);
  const before = source.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function markdownOf(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  const contents = hover.contents as { kind: string; value: string };
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

describe('language features over stdio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimlint-features-'));
  const file = join(dir, 'claim.837');
  const uri = pathToFileURL(file).toString();
  const client = new TestLspClient({ inlayHints: { enable: true } });
  let capabilities: Record<string, unknown>;

  const request = <T>(method: string, params: object): Promise<T> =>
    client.connection.sendRequest<T>(method, { textDocument: { uri }, ...params });
  const diagnostics = async (): Promise<Diagnostic[]> =>
    (await request<{ items: Diagnostic[] }>('textDocument/diagnostic', {})).items;

  before(async () => {
    writeFileSync(file, text);
    const init = await client.initialize({
      workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
      textDocument: { diagnostic: { dynamicRegistration: false } },
    });
    capabilities = init.capabilities;
    await client.open(uri, 'x12', text);
  });
  after(async () => {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('advertises hover, completion, outline, folding, inlay hints, quick fixes, fix-all and the format command', () => {
    assert.equal(capabilities.hoverProvider, true);
    assert.ok(capabilities.completionProvider);
    assert.ok(capabilities.documentSymbolProvider);
    assert.ok(capabilities.foldingRangeProvider);
    assert.ok(capabilities.inlayHintProvider);
    const codeActions = capabilities.codeActionProvider as { codeActionKinds: string[] };
    assert.deepEqual(codeActions.codeActionKinds, ['quickfix', 'source.fixAll.claimlint']);
    assert.deepEqual((capabilities.executeCommandProvider as { commands: string[] }).commands, ['claimlint.server.formatSegmentPerLine', 'claimlint.server.ignoreFinding']);
  });

  it('hovers J7599, an NDC and CTP04', async () => {
    // Hovers answer from the document as read while its check runs; the "Why" of a finding comes once it is done.
    await diagnostics();
    const j7599 = markdownOf(await request<Hover>('textDocument/hover', { position: positionOf(text, 'J7599*120', 2) }));
    assert.match(j7599, /Immunosuppressive drug, not otherwise classified/);
    assert.match(j7599, /Use it only when no specific code fits/);
    // The finding on this J7599 (no NDC) brings its Why once, with a link to the rule page (a file URL for a client
    // that does not ask for the read-only scheme).
    assert.match(j7599, /\*\*Why\*\* `ndc-missing`[\s\S]*\[Rule page\]\(file:\/\/[^)]*\/docs\/rules\/ndc-missing\.md\)/);
    const payer = markdownOf(await request<Hover>('textDocument/hover', { position: positionOf(text, '*MB~', 1) }));
    assert.match(payer, /\*\*Payer for claim TX-1001:\*\* Medicare Part B \(Medicare A\/B MAC\) — the claim’s own filing indicator decides\./);
    const ndc = markdownOf(await request<Hover>('textDocument/hover', { position: positionOf(text, '00378204601', 3) }));
    assert.match(ndc, /00378-2046-01[\s\S]*Tacrolimus[\s\S]*J7507/);
    const ctp = await request<Hover>('textDocument/hover', { position: positionOf(text, 'CTP****60', 7) });
    assert.match(markdownOf(ctp), /CTP04 — Quantity/);
    assert.ok(ctp?.range, 'the hover names its range');
  });

  it('completes HCPCS codes in SV101-2', async () => {
    const items = await request<CompletionItem[]>('textDocument/completion', { position: positionOf(text, 'HC:J7599*120', 5) });
    const j7507 = items.find((i) => i.label === 'J7507');
    assert.ok(j7507, 'J7507 offered');
    assert.match(j7507.detail ?? '', /Tacrolimus/);
    // Every row shows its descriptor, not only the selected one.
    assert.match(j7507.labelDetails?.description ?? '', /Tacrolimus/);
    const bare = items.filter((i) => !i.labelDetails?.description?.trim());
    assert.deepEqual(bare.map((i) => i.label), [], 'items without a descriptor on their row');
    assert.ok(j7507.textEdit && 'range' in j7507.textEdit);
  });

  it('outlines the interchange, claims and lines', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', {});
    assert.equal(symbols[0].name, 'Interchange 000000001');
    assert.match(symbols[0].children?.[0].name ?? '', /^Claim TX-1001/);
    assert.equal(symbols[0].children?.[0].children?.[1].name, 'J7599 — TACROLIMUS 1 MG CAPSULE');
  });

  it('folds the loops and shows inlay hints when enabled', async () => {
    const folds = await request<FoldingRange[]>('textDocument/foldingRange', {});
    assert.ok(folds.some((f) => f.startLine === 0));
    // A folding range of kind "region" is what `#region` markers give; claims and envelopes are not that.
    assert.deepEqual(folds.filter((f) => f.kind !== undefined), []);
    const hints = await request<InlayHint[]>('textDocument/inlayHint', { range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } } });
    assert.ok(hints.some((h) => h.label === 'Tacrolimus'));
  });

  it('offers quick fixes, "ignore this finding" and fix-all', async () => {
    const found = await diagnostics();
    const ndcFormat = found.find((d) => d.code === 'ndc-format');
    assert.ok(ndcFormat, 'the hyphenated 10-digit NDC is reported');
    const fixes = await request<CodeAction[]>('textDocument/codeAction', { range: ndcFormat.range, context: { diagnostics: [ndcFormat], only: ['quickfix'] } });
    const ruleFix = fixes.find((a) => a.diagnostics?.[0].code === 'ndc-format' && !a.title.startsWith('Ignore'));
    // A client with documentChanges gets the document version the fix was computed for: a stale fix is refused.
    const [versioned] = (ruleFix?.edit?.documentChanges ?? []) as TextDocumentEdit[];
    assert.ok(versioned, `a rule quick fix, got ${JSON.stringify(fixes.map((a) => a.title))}`);
    assert.deepEqual(versioned.textDocument, { uri, version: 1 });
    const ignore = fixes.find((a) => a.title.startsWith('Ignore ndc-format'));
    assert.ok(ignore, 'ignore action offered');
    assert.match(ignore.title, /line 3 of claim TX-1001/);

    const all = await request<CodeAction[]>('textDocument/codeAction', {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.claimlint'] },
    });
    assert.equal(all.length, 1);
    assert.equal(all[0].kind, 'source.fixAll.claimlint');
    const [allEdit] = (all[0].edit?.documentChanges ?? []) as TextDocumentEdit[];
    assert.deepEqual(allEdit.textDocument, { uri, version: 1 });
    assert.ok(allEdit.edits.length > 0);
  });

  it('records an ignored finding in .claimlint.json, then stops reporting it and shows it in the hover', async () => {
    const missing = (await diagnostics()).find((d) => d.code === 'ndc-missing');
    assert.ok(missing);
    const actions = await request<CodeAction[]>('textDocument/codeAction', { range: missing.range, context: { diagnostics: [missing], only: ['quickfix'] } });
    const ignore = actions.find((a) => a.title.startsWith('Ignore ndc-missing'));
    assert.ok(ignore?.edit?.documentChanges, 'a documentChanges edit');
    const [create, write] = ignore.edit.documentChanges as [{ kind: string; uri: string }, TextDocumentEdit];
    assert.equal(create.kind, 'create');
    assert.equal(create.uri, pathToFileURL(join(dir, '.claimlint.json')).toString());
    const content = (write.edits[0] as { newText: string }).newText;
    const recorded = JSON.parse(content);
    assert.equal(recorded.version, 1);
    assert.deepEqual({ ...recorded.suppressions[0], reason: undefined }, { file: 'claim.837', ruleId: 'ndc-missing', claim: 'TX-1001', line: 1, code: 'J7599', reason: undefined });
    assert.match(recorded.suppressions[0].reason, /^reviewed: \d{4}-\d{2}-\d{2}$/);

    // What the editor does when the edit is applied and saved.
    writeFileSync(join(dir, '.claimlint.json'), content);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: create.uri, type: 1 }] });
    const after = await diagnostics();
    assert.equal(after.filter((d) => d.code === 'ndc-missing').length, 0);
    assert.ok(after.some((d) => d.code === 'ndc-format'), 'other findings stay');
    const hover = markdownOf(await request<Hover>('textDocument/hover', { position: positionOf(text, 'J7599*120', 2) }));
    assert.match(hover, /Ignored on this line[\s\S]*ndc-missing/);
  });

  it('formats one segment per line through workspace/executeCommand', async () => {
    const oneLine = text.replace(/~\n/g, '~');
    const otherUri = pathToFileURL(join(dir, 'one-line.837')).toString();
    await client.open(otherUri, 'x12', oneLine);
    const edit = await client.connection.sendRequest<WorkspaceEdit | null>('workspace/executeCommand', {
      command: 'claimlint.server.formatSegmentPerLine',
      arguments: [otherUri],
    });
    const edits = edit?.changes?.[otherUri] ?? [];
    assert.equal(edits.length, text.split('~\n').length - 1, 'one line break per segment');
    assert.ok(edits.every((e) => e.newText === '\n'));
    const none = await client.connection.sendRequest<WorkspaceEdit | null>('workspace/executeCommand', { command: 'claimlint.server.formatSegmentPerLine', arguments: [uri] });
    assert.equal(none, null, 'already one segment per line');
  });
});
