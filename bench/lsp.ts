// Editor path over the protocol (bundled to out/bench/lsp.js):
//   node out/bench/lsp.js FILE [--edits N] [--hovers N]
// Starts dist/server.js --stdio (a fresh server per file), as VS Code does with pull diagnostics, and measures
// open → first diagnostics, one-character edit → fresh diagnostics, hover latency, and the server's memory.
// Prints one JSON object on stdout.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { LineIndex } from '../server/src/core/text';

const args = process.argv.slice(2);
const file = resolve(args[0]);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const editCount = flag('--edits', 100);
const hoverCount = flag('--hovers', 100);
/** Stop editing after this long (once 20 edits are in), so a slow build cannot stall the whole bench. */
const budgetMs = flag('--budget-ms', 90_000);
const repo = resolve(__dirname, '..', '..');
const isJson = /\.json$/i.test(file);

interface Stats {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly n: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1], n: s.length };
}

/** Offsets of `count` matches of `pattern` spread evenly over the text (deterministic). */
function spreadOffsets(text: string, pattern: RegExp, count: number, delta: number): number[] {
  const all: number[] = [];
  const re = new RegExp(pattern.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) all.push(m.index + delta);
  if (all.length === 0) return [];
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(all[Math.floor(((k * 7919) % count) * (all.length / count))]);
  return out;
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

async function main(): Promise<void> {
  const text = readFileSync(file, 'utf8');
  const lines = new LineIndex(text);
  const uri = pathToFileURL(file).href;
  const server = spawn(process.execPath, [join(repo, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  server.stderr.on('data', (d) => (stderr += d));
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('textDocument/publishDiagnostics', () => undefined);
  connection.listen();

  const init = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
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
  const pull = !!init.capabilities.diagnosticProvider;
  const hoverSupported = !!init.capabilities.hoverProvider;
  const idle = procStatus(server.pid ?? 0);

  const diagnose = (): Promise<{ items: unknown[] }> =>
    connection.sendRequest<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });

  // Open → first diagnostics (includes shipping the text over the pipe, as the editor does).
  const t0 = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: isJson ? 'json' : 'x12', version: 1, text } });
  const first = await diagnose();
  const openMs = performance.now() - t0;

  // One-character edits, each followed by a diagnostics pull. Digits inside member ids / claim ids flip 1 ↔ 2,
  // spread over the whole file; the document keeps its size and shape.
  const targets = isJson ? spreadOffsets(text, /"id": "bench-claim-\d/, editCount, '"id": "bench-claim-'.length) : spreadOffsets(text, /\*MI\*\d/, editCount, 4);
  const current = new Map<number, string>();
  let version = 1;
  const editSamples: number[] = [];
  const editsStarted = performance.now();
  for (const offset of targets) {
    if (editSamples.length >= 20 && performance.now() - editsStarted > budgetMs) break;
    const was = current.get(offset) ?? text[offset];
    const next = was === '1' ? '2' : '1';
    current.set(offset, next);
    const start = lines.positionAt(offset);
    const t = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start, end: { line: start.line, character: start.character + 1 } }, text: next }],
    });
    await diagnose();
    editSamples.push(performance.now() - t);
  }

  // Hover on procedure codes (after the last analysis: the document state is cached).
  let hover: Stats | 'n/a' = 'n/a';
  let hoverSample: string | undefined;
  if (hoverSupported) {
    const hoverTargets = isJson ? spreadOffsets(text, /"code": "J\d{4}"/, hoverCount, 10) : spreadOffsets(text, /\*HC:J\d{4}/, hoverCount, 5);
    const samples: number[] = [];
    for (const offset of hoverTargets) {
      const t = performance.now();
      const result = await connection.sendRequest<{ contents?: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: lines.positionAt(offset) });
      samples.push(performance.now() - t);
      if (!hoverSample && result?.contents) hoverSample = JSON.stringify(result.contents).slice(0, 120);
    }
    if (samples.length) hover = stats(samples);
  }

  const memory = procStatus(server.pid ?? 0);
  try {
    await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
    await connection.sendNotification('exit');
  } catch {
    // gone already
  }
  connection.dispose();
  server.kill();

  process.stdout.write(
    JSON.stringify({
      file,
      bytes: Buffer.byteLength(text),
      pull,
      hoverSupported,
      firstDiagnostics: first.items.length,
      openMs,
      edit: stats(editSamples),
      hover,
      hoverSample: hoverSample ? 'yes' : undefined,
      serverIdleRssMB: idle.rssMB,
      serverRssMB: memory.rssMB,
      serverPeakRssMB: memory.peakRssMB,
      stderr: stderr.slice(-500) || undefined,
    }) + '\n',
  );
}

main().catch((error: Error) => {
  process.stderr.write(`lsp bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
