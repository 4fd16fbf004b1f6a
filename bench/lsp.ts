// Editor path over the protocol (bundled to out/bench/lsp.js):
//   node out/bench/lsp.js FILE [--edits N] [--hovers N] [--budget-ms N] [--settings JSON] [--verify each|last]
// Starts dist/server.js --stdio (a fresh server per file) as VS Code does with pull diagnostics, then:
//   1. open → first diagnostics, on a quiet server;
//   2. close, open again and hover every 25 ms until the first diagnostics arrive (hover while the check runs);
//   3. realistic edits (edits.ts), each followed by a diagnostics pull: edit → diagnostics;
//   4. hovers on a checked document, then hovers sent right after an edit (while the re-check runs);
//   5. correctness: the last diagnostics pulled must equal a full re-check of the final text by the core
//      (after every edit with --verify each).
// Server memory from /proc/<pid>/status. Prints one JSON object on stdout; a correctness failure is in it, and the
// runner (run.mjs) turns it into a non-zero exit.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Position } from '../server/src/core/text';
import { firstDifference, fullCheck } from './correctness';
import { EditableText, editSource, hoverTargets } from './edits';

const args = process.argv.slice(2);
const file = resolve(args[0]);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const editCount = Number(option('--edits') ?? 60);
const hoverCount = Number(option('--hovers') ?? 100);
/** Stop editing after this long (once MIN_EDITS are in), so a slow server cannot stall the whole bench. */
const budgetMs = Number(option('--budget-ms') ?? 90_000);
const settings = JSON.parse(option('--settings') ?? '{}') as Record<string, unknown>;
const verifyEach = option('--verify') === 'each';
const MIN_EDITS = 10;
const HOVER_EVERY_MS = 25;
const REQUEST_TIMEOUT_MS = 300_000;
const repo = resolve(__dirname, '..', '..');
const format = /\.json$/i.test(file) ? 'json' : 'x12';
const languageId = format;
const uri = pathToFileURL(file).href;

interface Stats {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly n: number;
}

function stats(samples: readonly number[]): Stats | undefined {
  if (samples.length === 0) return undefined;
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1], n: s.length };
}

function procStatus(pid: number): { rssMB?: number; peakRssMB?: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number | undefined => {
      const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
      return m ? Number(m[1]) / 1024 : undefined;
    };
    return { rssMB: kb('VmRSS'), peakRssMB: kb('VmHWM') };
  } catch {
    return {};
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function request<T>(connection: MessageConnection, method: string, params: unknown): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${method}: no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)), REQUEST_TIMEOUT_MS);
  });
  return Promise.race([connection.sendRequest<T>(method, params), timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<void> {
  const original = readFileSync(file, 'utf8');
  const doc = new EditableText(original);
  const server = spawn(process.execPath, [join(repo, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  server.stderr.on('data', (d) => (stderr += d));
  let exited: string | undefined;
  server.on('exit', (code, signal) => (exited = `server exited (${code ?? signal})`));
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', () => undefined);
  connection.onNotification('textDocument/publishDiagnostics', () => undefined);
  connection.listen();

  const init = await request<{ capabilities: Record<string, unknown> }>(connection, 'initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false },
        diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
        hover: { dynamicRegistration: false, contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: {},
      },
      workspace: { configuration: true },
    },
  });
  await connection.sendNotification('initialized', {});
  if (!init.capabilities.diagnosticProvider) throw new Error('the server offers no pull diagnostics (textDocument/diagnostic)');
  const hoverSupported = !!init.capabilities.hoverProvider;
  const idle = procStatus(server.pid ?? 0);

  let version = 1;
  let last: Diagnostic[] = [];
  const pull = async (): Promise<Diagnostic[]> => {
    if (exited) throw new Error(exited);
    const report = await request<{ items?: Diagnostic[] }>(connection, 'textDocument/diagnostic', { textDocument: { uri } });
    return (last = report.items ?? []);
  };
  const open = (): Promise<void> => connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text: doc.text } });
  const hover = async (position: Position): Promise<number> => {
    const t = performance.now();
    await request(connection, 'textDocument/hover', { textDocument: { uri }, position });
    return performance.now() - t;
  };
  const targets = hoverSupported ? hoverTargets(doc, format, hoverCount, 0x837) : [];
  let nextTarget = 0;
  const target = (): Position => targets[nextTarget++ % targets.length];

  // Correctness: the server's last diagnostics against a full check of the text the bench believes it has.
  let checks = 0;
  let mismatch: string | undefined;
  const verify = (when: string): void => {
    if (mismatch) return;
    checks++;
    const difference = firstDifference(last, fullCheck(doc.text, uri, languageId, settings));
    if (difference) mismatch = `${when}: ${difference}`;
  };

  // 1. Open → first diagnostics, nothing else asked.
  let t0 = performance.now();
  await open();
  await pull();
  const openMs = performance.now() - t0;
  const firstDiagnostics = last.length;
  const afterOpen = procStatus(server.pid ?? 0);

  // 2. Open again, hovering while the first check runs.
  const duringOpen: number[] = [];
  let reopenMs: number | undefined;
  if (hoverSupported && targets.length) {
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    t0 = performance.now();
    await open();
    let done = false;
    const first = pull().then(() => (done = true));
    const pending: Promise<number>[] = [];
    while (!done) {
      pending.push(hover(target()));
      await Promise.race([first, sleep(HOVER_EVERY_MS)]);
    }
    await first;
    reopenMs = performance.now() - t0;
    duringOpen.push(...(await Promise.all(pending)));
  }

  // 3. Edits, each followed by a diagnostics pull.
  const next = editSource(doc, format, 0x837 ^ doc.lines.length);
  const editMs: number[] = [];
  const kinds: Record<string, number> = {};
  const editsStarted = performance.now();
  while (editMs.length < editCount && (editMs.length < MIN_EDITS || performance.now() - editsStarted < budgetMs)) {
    const edit = next();
    kinds[edit.kind] = (kinds[edit.kind] ?? 0) + 1;
    const change = doc.apply(edit);
    const t = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
    await pull();
    editMs.push(performance.now() - t);
    if (verifyEach) verify(`after edit ${editMs.length} (${edit.kind}, line ${edit.line + 1})`);
  }

  // 4. Hovers on the checked document, then one right after each of a few edits (while the re-check runs).
  const checked: number[] = [];
  for (let i = 0; i < Math.min(hoverCount, targets.length); i++) checked.push(await hover(target()));
  const duringEdit: number[] = [];
  const editWithHoverMs: number[] = [];
  const hoveredEdits = targets.length ? Math.max(3, Math.min(10, editMs.length >> 1)) : 0;
  for (let i = 0; i < hoveredEdits; i++) {
    const edit = next();
    const change = doc.apply(edit);
    const t = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
    const hovered = hover(target());
    await pull();
    editWithHoverMs.push(performance.now() - t);
    duringEdit.push(await hovered);
    if (verifyEach) verify(`after edit ${editMs.length + i + 1} with a hover (${edit.kind}, line ${edit.line + 1})`);
  }

  // 5. The final state.
  await pull();
  verify(`after all ${version - 1} edits`);
  const end = procStatus(server.pid ?? 0);

  try {
    await Promise.race([connection.sendRequest('shutdown'), sleep(2000)]);
    await connection.sendNotification('exit');
  } catch {
    // gone already
  }
  connection.dispose();
  server.kill();

  process.stdout.write(
    JSON.stringify({
      file,
      bytes: Buffer.byteLength(original),
      settings,
      hoverSupported,
      firstDiagnostics,
      openMs,
      reopenWithHoversMs: reopenMs,
      edit: stats(editMs),
      editKinds: kinds,
      editWithHover: stats(editWithHoverMs),
      hover: { duringFirstCheck: stats(duringOpen), checked: stats(checked), duringRecheck: stats(duringEdit) },
      correctness: { ok: !mismatch, checks, diagnostics: last.length, mismatch },
      serverIdleRssMB: idle.rssMB,
      serverRssAfterOpenMB: afterOpen.rssMB,
      serverPeakAfterOpenMB: afterOpen.peakRssMB,
      serverRssMB: end.rssMB,
      serverPeakRssMB: end.peakRssMB,
      stderr: stderr.slice(-500) || undefined,
    }) + '\n',
  );
}

main().catch((error: Error) => {
  process.stderr.write(`lsp bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
