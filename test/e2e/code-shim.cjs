#!/usr/bin/env node
// Stand-in for the VS Code executable, for @vscode/test-electron's runTests() (see test/e2e/README.md).
// runTests() spawns it as: code-shim.cjs [folder] --extensionTestsPath=… --extensionDevelopmentPath=… (+ flags we ignore).
// It starts a private code-server (real VS Code 1.100.3), opens the workbench in headless Chromium with the test
// payload, relays the extension host's console output, and exits with the code the workbench reports when the
// test module's run() settles (0 = passed).
//
// Env: CODE_SERVER_ENTRY (required), CHROMIUM_PATH, E2E_INSTALL_VSIX (install this .vsix into the fresh profile
// first), E2E_SESSION_TIMEOUT_MS (default 300000), E2E_ARTIFACTS_DIR + E2E_SESSION_NAME (server log and screenshot
// on failure), E2E_VERBOSE=1 (keep the workbench's own noise).
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');
const util = require('node:util');
const { chromium } = require('playwright-core');

const ENTRY = process.env.CODE_SERVER_ENTRY;
const TIMEOUT_MS = Number(process.env.E2E_SESSION_TIMEOUT_MS) || 300_000;
const VERBOSE = process.env.E2E_VERBOSE === '1';
// Workbench log lines that are expected offline and say nothing about the extension under test.
const NOISE = [/open-vsx\.org/, /vsda/, /code-server-ipc\.sock/, /marketplace|gallery/i, /\[Extension Host\] debugger listening/i];

const argValues = (name) => process.argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const folder = process.argv.slice(2).find((a) => !a.startsWith('-'));
const devPaths = argValues('extensionDevelopmentPath');
const testsPath = argValues('extensionTestsPath')[0];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let server;
let browser;
let tmp;
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  await Promise.race([browser?.close().catch(() => {}), sleep(5000)]);
  if (server?.pid) {
    // code-server runs detached in its own process group; the extension host and the language server are in it.
    try { process.kill(-server.pid, 'SIGTERM'); } catch {}
    for (let i = 0; i < 30 && isGroupAlive(server.pid); i++) await sleep(100);
    try { process.kill(-server.pid, 'SIGKILL'); } catch {}
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
function isGroupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => { console.error(`shim: ${sig}, shutting down`); cleanup().finally(() => process.exit(130)); });
}

async function main() {
  if (!ENTRY || !fs.existsSync(ENTRY)) throw new Error(`CODE_SERVER_ENTRY not set or missing (${ENTRY}); run scripts/setup-e2e.sh`);
  if (!testsPath) throw new Error('no --extensionTestsPath given');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-shim-'));
  const userDir = path.join(tmp, 'user');
  const extDir = path.join(tmp, 'ext');
  const config = path.join(tmp, 'config.yaml'); // else code-server writes ~/.config/code-server/config.yaml
  fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'npm.autoDetect': 'off',
    'git.enabled': false,
  }, null, 2));

  const vsix = process.env.E2E_INSTALL_VSIX;
  if (vsix) {
    const r = spawnSync(process.execPath, [ENTRY, '--config', config, '--user-data-dir', userDir, '--extensions-dir', extDir,
      '--install-extension', path.resolve(vsix)], { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`installing ${vsix} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
    console.log(`shim: installed ${path.basename(vsix)} into a fresh profile`);
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [ENTRY, '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDir, '--extensions-dir', extDir, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let serverLog = '';
  const keep = (d) => { serverLog = (serverLog + d).slice(-200_000); };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  const serverExited = new Promise((resolve) => server.once('exit', (code, signal) => resolve(`code-server exited (${code ?? signal})`)));

  let code = 1;
  let page;
  try {
    const started = Date.now();
    while (!(await fetch(`${base}/healthz`).then((r) => r.ok, () => false))) {
      if (Date.now() - started > 30_000) throw new Error('code-server did not answer /healthz within 30 s');
      if (server.exitCode !== null) throw new Error(await serverExited);
      await sleep(100);
    }
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
    const payload = [...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(testsPath)]];
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (c) => resolve(Number(c))));
    let chain = Promise.resolve(); // keep the extension host's output in order
    page.on('console', (msg) => {
      chain = chain.then(async () => {
        const args = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => String(a))));
        if (typeof args[0] === 'string' && args[0].startsWith('%c')) args.splice(0, 2); // "%c INFO", "color: …"
        const text = args.length ? util.format(...args) : msg.text();
        if (!VERBOSE && NOISE.some((re) => re.test(text))) return;
        (msg.type() === 'error' ? console.error : console.log)(text);
      });
    });
    await page.goto(`${base}/?${folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true'}` +
      `&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    code = await Promise.race([
      exited,
      serverExited.then((why) => { throw new Error(why); }),
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`session timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS); }),
    ]).finally(() => clearTimeout(timer));
    await chain;
  } catch (error) {
    console.error(`shim: ${error.message}`);
    console.error(`shim: last code-server output:\n${serverLog.slice(-3000)}`);
    code = 1;
  }
  if (code !== 0 && process.env.E2E_ARTIFACTS_DIR) {
    const dir = process.env.E2E_ARTIFACTS_DIR;
    const name = process.env.E2E_SESSION_NAME || 'session';
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}-code-server.log`), serverLog);
    await page?.screenshot({ path: path.join(dir, `${name}-failure.png`) }).catch(() => {});
  }
  return code;
}

main().then(
  async (code) => { await cleanup(); process.exit(code); },
  async (error) => { console.error(`shim: ${error.stack || error}`); await cleanup(); process.exit(1); },
);
