// PHI and trust: claimlint never talks to the network. Two checks:
//  1. claimlint-authored code (server/src/**, client/src/**) imports no network module and calls no fetch/WebSocket.
//  2. the built bundles (dist/*.js) contain no network module at all, except `net` inside vscode-jsonrpc's node
//     transport, which builds IPC pipes/sockets for the client↔server channel (claimlint uses stdio/IPC, never TCP).
//     The exception is per module, so `net` turning up anywhere else in a bundle fails this test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { DIST, REPO_ROOT } from '../helpers/paths';

const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dns', 'dgram', 'undici', 'ws', 'node-fetch', 'axios'];
const NETWORK_CALLS = /\bfetch\s*\(|\bnew\s+WebSocket\b|\bXMLHttpRequest\b|\bEventSource\b|\bnavigator\.sendBeacon\b/;

/** `net` is allowed only here: vscode-jsonrpc's node transport (createClientPipeTransport / createServerSocketTransport). */
const ALLOWED: Record<string, readonly string[]> = {
  net: ['node_modules/vscode-jsonrpc/lib/node/main.js'],
};

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs|cjs)$/.test(name) ? [full] : [];
  });
}

/** Module specifiers a file imports or requires (static and dynamic). */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1]);
  return found;
}

const bare = (specifier: string): string => specifier.replace(/^node:/, '').split('/')[0];

describe('claimlint code never uses the network', () => {
  const files = [...sourceFiles(join(REPO_ROOT, 'server', 'src')), ...sourceFiles(join(REPO_ROOT, 'client', 'src'))];

  it('finds the sources', () => {
    assert.ok(files.length > 20, `${files.length} source files`);
  });

  it('no source file imports a network module', () => {
    const offenders = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((s) => NETWORK_MODULES.includes(bare(s)))
        .map((s) => `${relative(REPO_ROOT, file)} imports ${s}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('no source file calls fetch, WebSocket, XMLHttpRequest, EventSource or sendBeacon', () => {
    const offenders = files.filter((file) => NETWORK_CALLS.test(stripComments(readFileSync(file, 'utf8')))).map((f) => relative(REPO_ROOT, f));
    assert.deepEqual(offenders, []);
  });
});

/** Removes // and /* *\/ comments well enough for a grep (documentation may mention fetch()). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

interface MetaInput {
  readonly imports: readonly { path: string; kind: string; external?: boolean }[];
}

/**
 * The module graph of each shipped bundle, from esbuild's metafile (built in memory, same options as esbuild.mjs):
 * for every bundled module, what it imports. Independent of whether dist/ was built minified.
 */
function bundleGraphs(): Record<string, Record<string, MetaInput>> {
  const script = `
    const esbuild = require('esbuild');
    const entries = { 'extension.js': 'client/src/extension.ts', 'server.js': 'server/src/server.ts', 'cli.js': 'server/src/cli.ts', 'cliWorker.js': 'server/src/cliWorker.ts' };
    (async () => {
      const out = {};
      for (const [name, entry] of Object.entries(entries)) {
        const result = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'],
          target: 'node20', external: ['vscode'], write: false, metafile: true, logLevel: 'silent', outfile: 'dist/' + name,
          define: { CLAIMLINT_VERSION: '"0.0.0"' } });
        out[name] = result.metafile.inputs;
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e.message); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.status, 0, `esbuild metafile build failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

describe('the shipped bundles reach no network', () => {
  it('module by module (esbuild metafile): network modules only where allowed', () => {
    const graphs = bundleGraphs();
    assert.deepEqual(Object.keys(graphs).sort(), ['cli.js', 'cliWorker.js', 'extension.js', 'server.js']);
    const offenders: string[] = [];
    let allowedSeen = 0;
    for (const [bundle, inputs] of Object.entries(graphs)) {
      for (const [module, input] of Object.entries(inputs)) {
        for (const imported of input.imports) {
          if (!imported.external) continue;
          const id = bare(imported.path);
          if (!NETWORK_MODULES.includes(id)) continue;
          if (ALLOWED[id]?.includes(module)) {
            allowedSeen++;
            continue;
          }
          offenders.push(`${bundle}: ${module} imports ${imported.path}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
    assert.ok(allowedSeen > 0, 'the documented exception still exists (else remove it from ALLOWED)');
  });

  const bundles = existsSync(DIST) ? readdirSync(DIST).filter((n) => n.endsWith('.js')) : [];

  it('dist/ holds the extension, server and CLI bundles', () => {
    for (const name of ['extension.js', 'server.js', 'cli.js', 'cliWorker.js']) assert.ok(bundles.includes(name), `dist/${name} (run node esbuild.mjs)`);
  });

  for (const name of bundles) {
    it(`dist/${name} as built (minified or not): no http/https/http2/tls/dns/dgram, net at most once, no fetch/WebSocket/XMLHttpRequest`, () => {
      const bundle = readFileSync(join(DIST, name), 'utf8');
      const required = [...bundle.matchAll(/require\(\s*["'](?:node:)?([a-z0-9_-]+)["']\s*\)/g)].map((m) => m[1]);
      assert.deepEqual(required.filter((id) => NETWORK_MODULES.includes(id) && id !== 'net'), []);
      assert.ok(required.filter((id) => id === 'net').length <= 1, 'net only from the vscode-jsonrpc transport');
      assert.doesNotMatch(stripComments(bundle), NETWORK_CALLS);
    });
  }
});
