// The requests behind the claim view, the status bar, "Check workspace" and "Ignore this finding…", over stdio.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { CheckFilesResult, ClaimViewResult, FileSummaryResult } from '../../server/src/features/requests';
import { LineIndex } from '../../server/src/core/text';
import { TestLspClient } from '../helpers/lspClient';
import { EXAMPLES } from '../helpers/paths';

const text = readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8');
const lines = new LineIndex(text);
const textAt = (range: Range): string => text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
const until = async (ok: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 30));
  assert.ok(ok(), `timed out waiting for ${what}`);
};

describe('claimlint requests over stdio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimlint-requests-'));
  const file = join(dir, 'claim.837');
  const uri = pathToFileURL(file).toString();
  const client = new TestLspClient();

  before(async () => {
    writeFileSync(file, text);
    await client.initialize({
      workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
      textDocument: { diagnostic: { dynamicRegistration: false } },
      window: { showDocument: { support: true } },
    }, { clientCommands: ['claimlint.ignoreFinding'] });
    await client.open(uri, 'x12', text);
  });
  after(async () => {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('claimlint/claimView: claims and lines with ranges to jump to, patients masked unless revealed', async () => {
    const view = await client.connection.sendRequest<ClaimViewResult>('claimlint/claimView', { uri, revealPatients: false });
    assert.ok(view);
    assert.equal(view.uri, uri);
    assert.equal(view.version, 1);
    assert.deepEqual(view.claims.map((c) => textAt(c.at)), ['TX-1001', 'TX-1002']);
    const line = view.claims[0].lines[1];
    assert.equal(textAt(line.at), 'J7599');
    assert.equal(textAt(line.drug!.at), '00378204601');
    assert.ok(line.findings.every((f) => textAt(f.at).length > 0));
    assert.doesNotMatch(JSON.stringify(view), /SAMPLE, PAT/);
    const revealed = await client.connection.sendRequest<ClaimViewResult>('claimlint/claimView', { uri, revealPatients: true });
    assert.equal(revealed?.claims[0].patient.name, 'SAMPLE, PAT');
  });

  it('claimlint/claimView and claimlint/fileSummary answer null for a document the server does not have', async () => {
    assert.equal(await client.connection.sendRequest('claimlint/claimView', { uri: 'file:///nowhere.837', revealPatients: false }), null);
    assert.equal(await client.connection.sendRequest('claimlint/fileSummary', { uri: 'file:///nowhere.837' }), null);
  });

  it('claimlint/fileSummary: the counts the Problems panel shows, and the payer in force', async () => {
    const summary = await client.connection.sendRequest<FileSummaryResult>('claimlint/fileSummary', { uri });
    const diagnostics = (await client.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    assert.ok(summary);
    assert.equal(summary.counts.error, diagnostics.filter((d) => d.severity === 1).length);
    assert.equal(summary.counts.warning, diagnostics.filter((d) => d.severity === 2).length);
    assert.deepEqual(summary.payers, ['Medicare A/B MAC']);
    assert.equal(summary.truncated, false);
  });

  it('claimlint/checkFiles: lints closed files from disk without touching them; non-claims and missing files say so', async () => {
    const other = join(dir, 'other.837i');
    writeFileSync(other, readFileSync(join(EXAMPLES, 'institutional-837i.837i')));
    const pkg = join(dir, 'package.json');
    writeFileSync(pkg, '{"name":"x","version":"1.0.0"}');
    const before = statSync(other).mtimeMs;
    const uris = [other, pkg, join(dir, 'missing.837')].map((p) => pathToFileURL(p).toString());
    const result = await client.connection.sendRequest<CheckFilesResult>('claimlint/checkFiles', { uris });
    const [claim, notClaim, missing] = result.files;
    assert.equal(claim.format, '837I');
    assert.ok(claim.diagnostics.some((d) => d.code === 'units-invalid'), JSON.stringify(claim.diagnostics.map((d) => d.code)));
    assert.equal(claim.diagnostics[0].source, 'claimlint');
    assert.deepEqual({ format: notClaim.format, n: notClaim.diagnostics.length, skipped: notClaim.skipped }, { format: undefined, n: 0, skipped: undefined });
    assert.ok(missing.skipped, 'a missing file is reported as not checked');
    assert.equal(statSync(other).mtimeMs, before, 'the checked file was not written');
  });

  it('"Ignore this finding…" runs the client command; the server command records the coder\'s reason', async () => {
    const diagnostics = (await client.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    const missing = diagnostics.find((d) => d.code === 'ndc-missing');
    assert.ok(missing);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: missing.range, context: { diagnostics: [missing], only: ['quickfix'] } });
    const ignore = actions.find((a) => a.title.startsWith('Ignore ndc-missing'));
    assert.ok(ignore?.command, 'a command, not an edit');
    assert.equal(ignore.edit, undefined);
    assert.equal(ignore.command.command, 'claimlint.ignoreFinding');
    const [args] = ignore.command.arguments as [{ documentUri: string; suppression: Record<string, unknown> }];
    assert.equal(args.documentUri, uri);
    assert.match(String(args.suppression.reason), /^reviewed: \d{4}-\d{2}-\d{2}$/, 'the default reason offered');
    const edit = await client.connection.sendRequest<WorkspaceEdit>('workspace/executeCommand', {
      command: 'claimlint.server.ignoreFinding',
      arguments: [{ ...args, suppression: { ...args.suppression, reason: 'payer waived NDC for this line' } }],
    });
    const write = edit.documentChanges?.[1] as { edits: { newText: string }[] };
    const recorded = JSON.parse(write.edits[0].newText);
    assert.equal(recorded.suppressions[0].reason, 'payer waived NDC for this line');
    assert.equal(recorded.suppressions[0].ruleId, 'ndc-missing');
  });

  it('the server command refuses arguments it cannot trust', async () => {
    const refuse = (args: unknown) => client.connection.sendRequest('workspace/executeCommand', { command: 'claimlint.server.ignoreFinding', arguments: [args] });
    assert.equal(await refuse(undefined), null);
    assert.equal(await refuse({ documentUri: uri, suppression: { file: 'someone-else.837', ruleId: 'ndc-missing' } }), null);
    assert.equal(await refuse({ documentUri: uri, suppression: { file: 'claim.837', ruleId: 'ndc-missing', line: -1 } }), null);
  });
});

describe('a broken .claimlint.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimlint-broken-suppressions-'));
  const client = new TestLspClient();
  const broken = '{\n  "version": 1,\n  "suppressions": [\n    { "file": "a.837", "ruleId": "ndc-missing" ]\n}\n';
  after(async () => {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is said once, naming its line and column, with a way to open it; claim files get no diagnostic about it', async () => {
    writeFileSync(join(dir, '.claimlint.json'), broken);
    await client.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } }, window: { showDocument: { support: true } } });
    const diagnosticsOf = async (name: string): Promise<Diagnostic[]> => {
      const u = pathToFileURL(join(dir, name)).toString();
      await client.open(u, 'x12', text);
      return (await client.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: u } })).items;
    };
    const first = await diagnosticsOf('a.837');
    const second = await diagnosticsOf('b.837');
    await until(() => client.shownMessages.some((m) => m.message.includes('.claimlint.json')), 'the warning');
    await new Promise((r) => setTimeout(r, 200));
    const about = client.shownMessages.filter((m) => m.message.includes('.claimlint.json'));
    assert.equal(about.length, 1, JSON.stringify(about));
    assert.match(about[0].message, /line 4, column \d+/);
    assert.deepEqual(about[0].actions?.map((a) => a.title), ['Open .claimlint.json']);
    for (const d of [...first, ...second]) assert.doesNotMatch(String(d.message), /claimlint\.json/);
  });
});
