// The language server under stress, over stdio: a rule that throws, cancelled requests, closing documents,
// big documents, and its logs never holding claim content.
//
// The faulty rule comes from the test-only hook in server/src/core/lint.ts: CLAIMLINT_TEST_FAULTY_RULE=1 in the
// server's environment adds 'test-faulty-rule', which throws on every line with the patient name and line text in
// its message. Inert without the variable.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { EXAMPLES } from '../helpers/paths';
import { oneLineX12 } from '../unit/fuzz-support';

/** A distinctive fake patient and NDC: neither may ever show up in the server's own output. */
const PATIENT_LAST = 'QUIXOTEFAKE';
const PATIENT_FIRST = 'ZEBULON';
const FAKE_NDC = '99999888877';
const FAKE_DESCRIPTION = 'XYLOPHANTINE 7 MG';

function phiClaim(): string {
  return readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8')
    .replace('NM1*IL*1*SAMPLE*PAT', `NM1*IL*1*${PATIENT_LAST}*${PATIENT_FIRST}`)
    .replace('LIN**N4*00378204601', `LIN**N4*${FAKE_NDC}`)
    .replace('TACROLIMUS 1 MG CAPSULE', FAKE_DESCRIPTION);
}

const PHI = [PATIENT_LAST, PATIENT_FIRST, FAKE_NDC, FAKE_DESCRIPTION];

type Report = { kind: string; items: Diagnostic[] };

/** Server process id (the helper keeps the child process private; it is there at run time). */
const pidOf = (client: TestLspClient): number => (client as unknown as { process: { pid: number } }).process.pid;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

function withFaultyRule<T>(make: () => T): T {
  process.env.CLAIMLINT_TEST_FAULTY_RULE = '1';
  try {
    return make();
  } finally {
    delete process.env.CLAIMLINT_TEST_FAULTY_RULE;
  }
}

describe('a rule that throws (test hook), pull diagnostics', () => {
  // Invalid settings on purpose: they produce settings warnings, which must not carry claim content either.
  const client = withFaultyRule(() => new TestLspClient({ maxFindingsPerFile: -1, payerProfile: 'nobody', rules: { 'ndc-missing': 'loud' } }));
  const shown: string[] = [];
  const text = phiClaim();

  before(async () => {
    client.connection.onNotification('window/showMessage', (p: { message: string }) => {
      shown.push(p.message);
    });
    client.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      shown.push(p.message);
      return null;
    });
    await client.initialize({ workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } });
  });
  after(() => client.dispose());

  it('the other rules still answer; the failure is no diagnostic', async () => {
    await client.open('file:///phi/a.837', 'x12', text);
    const report = await client.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri: 'file:///phi/a.837' } });
    const codes = report.items.map((d) => d.code);
    assert.ok(codes.includes('ndc-missing'), `ndc-missing still reported: ${codes.join(', ')}`);
    assert.ok(!codes.includes('test-faulty-rule'));
  });

  it('is logged once, however many documents and requests hit it', async () => {
    await client.open('file:///phi/b.837', 'x12', text);
    for (const uri of ['file:///phi/a.837', 'file:///phi/b.837', 'file:///phi/b.837']) {
      await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    }
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///phi/b.837' }, position: { line: 22, character: 9 } });
    const output = [...client.logMessages, client.stderr].join('\n');
    const mentions = output.split('\n').filter((l) => l.includes('test-faulty-rule') && /failed/.test(l));
    assert.equal(mentions.length, 1, `logged once:\n${output}`);
  });

  it('no claim content in stderr, window/logMessage or window/showMessage (trace off)', async () => {
    // The outline and hovers do carry claim content: they are answers to the editor, not logs.
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///phi/a.837' } });
    await client.connection.sendRequest('workspace/executeCommand', { command: 'claimlint.no-such-command', arguments: [] }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    const output = [...client.logMessages, ...shown, client.stderr].join('\n');
    assert.ok(output.includes('test-faulty-rule'), 'the failure was logged (so the check below looked at real output)');
    assert.ok(shown.length > 0, 'the invalid settings were reported');
    for (const secret of PHI) assert.ok(!output.includes(secret), `server output contains "${secret}":\n${output}`);
  });
});

describe('cancellation, closing, big documents (pull diagnostics)', () => {
  const client = new TestLspClient({});
  const small = readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8');
  const SMALL_URI = 'file:///claims/small.837';

  before(async () => {
    await client.initialize({ workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } });
    await client.open(SMALL_URI, 'x12', small);
  });
  after(() => client.dispose());

  const diagnose = (uri: string) => client.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri } });

  it('cancelled requests on a slow (5 MB) document settle, and the server keeps answering', { timeout: 120_000 }, async () => {
    const uri = 'file:///claims/slow.837';
    await client.open(uri, 'x12', oneLineX12(5 * 1024 * 1024));
    const pending = Array.from({ length: 4 }, (_, i) => {
      const source = new CancellationTokenSource();
      const request = client.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri } }, source.token);
      if (i % 2 === 0) source.cancel();
      else setTimeout(() => source.cancel(), 5);
      return request.then(
        () => 'answered',
        (error: { code?: number }) => {
          assert.equal(error.code, -32800, `a cancelled request fails only as RequestCancelled, got ${JSON.stringify(error)}`);
          return 'cancelled';
        },
      );
    });
    const outcomes = await Promise.all(pending);
    assert.equal(outcomes.length, 4);
    const report = await diagnose(SMALL_URI);
    assert.ok(report.items.some((d) => d.code === 'ndc-missing'), 'a later request is answered normally');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('an edit arriving while a slow request runs: the next request sees the new version', { timeout: 120_000 }, async () => {
    const uri = 'file:///claims/edited.837';
    await client.open(uri, 'x12', oneLineX12(2 * 1024 * 1024));
    const slow = diagnose(uri);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: small }] });
    await slow;
    const after = await diagnose(uri);
    assert.deepEqual(
      after.items.map((d) => d.code),
      (await diagnose(SMALL_URI)).items.map((d) => d.code),
      'diagnostics of the edited (small) text',
    );
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('closing a document: a diagnostic request for it answers empty', async () => {
    const uri = 'file:///claims/closing.837';
    await client.open(uri, 'x12', small);
    assert.ok((await diagnose(uri)).items.length > 0);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await diagnose(uri)).items, []);
  });

  it('memory returns after closing 20 MB documents (RSS does not grow cycle after cycle)', { timeout: 300_000 }, async () => {
    const pid = pidOf(client);
    const big = oneLineX12(20 * 1024 * 1024);
    const afterClose: number[] = [];
    let peak = 0;
    for (let cycle = 0; cycle < 3; cycle++) {
      const uri = `file:///claims/big-${cycle}.837`;
      await client.open(uri, 'x12', big);
      const report = await diagnose(uri);
      assert.ok(report.items.length > 0);
      peak = Math.max(peak, rssMb(pid));
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      // Some ordinary traffic so the server allocates (and collects) after the close.
      for (let i = 0; i < 20; i++) await diagnose(SMALL_URI);
      await new Promise((r) => setTimeout(r, 300));
      afterClose.push(rssMb(pid));
    }
    const growth = afterClose[2] - afterClose[0];
    // A leak would keep every 20 MB text and its analysis (hundreds of MB each); GC timing varies, so the slack is wide.
    console.log(`RSS after closes: ${afterClose.map((m) => m.toFixed(0)).join(', ')} MB, peak ${peak.toFixed(0)} MB`);
    assert.ok(growth < 250, `RSS after closes: ${afterClose.map((m) => m.toFixed(0)).join(', ')} MB (peak ${peak.toFixed(0)} MB); grew ${growth.toFixed(0)} MB`);
    assert.ok((await diagnose(SMALL_URI)).items.length > 0, 'still answering');
  });
});

describe('closing a document clears pushed diagnostics', () => {
  const client = new TestLspClient({});
  before(() => client.initialize({ workspace: { configuration: true } }).then(() => undefined));
  after(() => client.dispose());

  it('publishes [] for a closed document, also one closed right after opening', async () => {
    const text = readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8');
    const uri = 'file:///claims/push.837';
    await client.open(uri, 'x12', text);
    await client.waitForPublished(uri, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.waitForPublished(uri, (p) => p.diagnostics.length === 0);

    const quick = 'file:///claims/quick.837';
    await client.open(quick, 'x12', text);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: quick } });
    await client.waitForPublished(quick, (p) => p.diagnostics.length === 0);
    // No late publish of the closed document's findings.
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(await client.waitForPublished(quick), []);
  });
});
