// PHI and trust: claimlint never talks to the network. Two checks:
//  1. claimlint-authored code (server/src/**, client/src/**) imports no network module and calls no fetch/WebSocket.
//  2. the built bundles (dist/*.js) contain no network module at all, except `net` inside vscode-jsonrpc's node
//     transport, which builds IPC pipes/sockets for the client↔server channel (claimlint uses stdio/IPC, never TCP).
//     The exception is per module, so `net` turning up anywhere else in a bundle fails this test.
import assert from 'node:assert/strict';
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

/**
 * Splits an esbuild bundle into its modules. Non-minified esbuild output starts each module with a comment naming
 * its path (`// node_modules/vscode-jsonrpc/lib/node/main.js`, `// server/src/cli.ts`).
 */
function modulesOf(bundle: string): { path: string; text: string }[] {
  const marker = /^\/\/ ((?:node_modules|server|client|test)\/\S+\.(?:js|cjs|mjs|ts|json))$/gm;
  const marks = [...bundle.matchAll(marker)];
  const modules = [{ path: '(bundle prologue)', text: bundle.slice(0, marks[0]?.index ?? bundle.length) }];
  marks.forEach((m, i) => modules.push({ path: m[1], text: bundle.slice(m.index, marks[i + 1]?.index ?? bundle.length) }));
  return modules;
}

describe('the built bundles (dist/*.js) reach no network', () => {
  const bundles = existsSync(DIST) ? readdirSync(DIST).filter((n) => n.endsWith('.js')) : [];

  it('dist/ holds the extension, server and CLI bundles', () => {
    for (const name of ['extension.js', 'server.js', 'cli.js', 'cliWorker.js']) assert.ok(bundles.includes(name), `dist/${name} (run node esbuild.mjs)`);
  });

  for (const name of bundles) {
    it(`dist/${name}: network modules only where allowed, no fetch/WebSocket/XMLHttpRequest`, () => {
      const bundle = readFileSync(join(DIST, name), 'utf8');
      const modules = modulesOf(bundle);
      assert.ok(modules.length > 1, `dist/${name} has esbuild module markers (scan a non-minified build: node esbuild.mjs)`);
      const offenders: string[] = [];
      for (const module of modules) {
        for (const specifier of importsOf(module.text)) {
          const id = bare(specifier);
          if (!NETWORK_MODULES.includes(id) || specifier.startsWith('.')) continue;
          if (ALLOWED[id]?.includes(module.path)) continue;
          offenders.push(`${module.path} requires ${specifier}`);
        }
        const call = NETWORK_CALLS.exec(stripComments(module.text));
        if (call) offenders.push(`${module.path} uses ${call[0]}`);
      }
      assert.deepEqual(offenders, []);
    });
  }

  it('the language server and the CLI worker never load http, https, http2, tls or dns, even indirectly', () => {
    for (const name of ['server.js', 'cli.js', 'cliWorker.js']) {
      const bundle = readFileSync(join(DIST, name), 'utf8');
      assert.doesNotMatch(bundle, /require\(["'](?:node:)?(?:http|https|http2|tls|dns)["']\)/, name);
    }
  });
});
