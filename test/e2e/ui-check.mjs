#!/usr/bin/env node
// UI check: installs the packaged .vsix into a private code-server, opens the workspace in headless Chromium and
// checks what a person sees: the squiggle, the Problems panel row, the hover, the language in the status bar.
// usage: node test/e2e/ui-check.mjs --vsix claimlint.vsix --workspace <dir> [--out test-artifacts/e2e]
// Env: CODE_SERVER_ENTRY (required), CHROMIUM_PATH, E2E_RESULT_FILE (writes { passed, failed, failures }).
// The CSS classes read here are VS Code 1.100.3 internals; code-server is pinned for that reason.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({ options: { vsix: { type: 'string' }, workspace: { type: 'string' }, out: { type: 'string' } } });
const ENTRY = process.env.CODE_SERVER_ENTRY;
if (!values.vsix || !values.workspace || !ENTRY) {
  console.error('usage: CODE_SERVER_ENTRY=… node ui-check.mjs --vsix <file> --workspace <dir> [--out <dir>]');
  process.exit(2);
}
const OUT = resolve(values.out ?? 'test-artifacts/e2e');
const FILE = 'j7599-no-ndc.837';
// Where ndc-missing must be reported in FILE: the J7599 on "SV1*HC:J7599…", 1-based as the Problems panel shows it.
const EXPECTED_POSITION = '[Ln 26, Col 8]';
mkdirSync(OUT, { recursive: true });

const checks = { passed: 0, failed: 0, failures: [] };
async function check(name, fn) {
  try {
    await fn();
    checks.passed++;
    console.log(`  ✓ ${name}`);
    saveResult();
  } catch (error) {
    checks.failed++;
    checks.failures.push(`${name}: ${String(error.message).split('\n')[0]}`);
    console.log(`  ✗ ${name}\n      ${error.message}`);
    saveResult();
  }
}
// Written after every check, so a run killed by the launcher's timeout still reports what it got through.
function saveResult() {
  if (process.env.E2E_RESULT_FILE) writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify(checks));
}
const expect = (ok, message) => { if (!ok) throw new Error(message); };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const freePort = () => new Promise((r) => { const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => r(port)); }); });

const tmp = mkdtempSync(join(tmpdir(), 'claimlint-ui-'));
const user = join(tmp, 'user');
const ext = join(tmp, 'ext');
const config = join(tmp, 'config.yaml');
mkdirSync(join(user, 'User'), { recursive: true });
writeFileSync(join(user, 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false, 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
  'git.enabled': false, 'npm.autoDetect': 'off', 'editor.hover.delay': 100,
}));

let server;
let browser;
let serverLog = '';
async function cleanup() {
  await browser?.close().catch(() => {});
  if (server?.pid) {
    try { process.kill(-server.pid, 'SIGTERM'); } catch {}
    await sleep(500);
    try { process.kill(-server.pid, 'SIGKILL'); } catch {}
  }
  rmSync(tmp, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => cleanup().finally(() => process.exit(130)));

try {
  let page;
  await check('the .vsix installs into a fresh profile', async () => {
    const r = spawnSync(process.execPath, [ENTRY, '--config', config, '--user-data-dir', user, '--extensions-dir', ext,
      '--install-extension', resolve(values.vsix)], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status === 0, `exit ${r.status ?? r.signal}: ${r.stdout}${r.stderr}`);
  });

  await check('the workbench opens the workspace', async () => {
    const port = await freePort();
    server = spawn(process.execPath, [ENTRY, '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', user, '--extensions-dir', ext, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    server.stdout.on('data', (d) => { serverLog += d; });
    server.stderr.on('data', (d) => { serverLog += d; });
    const t0 = Date.now();
    while (!(await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false))) {
      expect(Date.now() - t0 < 30_000 && server.exitCode === null, `code-server did not start:\n${serverLog.slice(-2000)}`);
      await sleep(100);
    }
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(resolve(values.workspace))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
  });
  if (!page) throw new Error('no workbench; stopping');

  await check(`${FILE} opens from the Explorer and shows an error squiggle`, async () => {
    const item = page.getByRole('treeitem', { name: FILE });
    if (await item.waitFor({ state: 'visible', timeout: 20_000 }).then(() => true, () => false)) {
      await item.click();
    } else { // Explorer not shown: use Quick Open
      await page.keyboard.press('Control+P');
      await page.keyboard.type(FILE);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: FILE }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
    }
    await page.locator('.monaco-editor .view-line', { hasText: 'SV1*HC:J7599' }).first().waitFor({ timeout: 15_000 });
    await page.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
  });
  await page.screenshot({ path: join(OUT, 'ui-1-squiggle.png') });

  await check('the status bar shows the X12 language', async () => {
    const mode = await page.locator('[id="status.editor.mode"]').innerText({ timeout: 5000 });
    expect(/x12/i.test(mode), `language mode shows "${mode}"`);
  });

  await check(`the Problems panel lists ndc-missing at ${EXPECTED_POSITION}`, async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 10_000 });
    await sleep(300);
    const texts = await rows.allInnerTexts();
    writeFileSync(join(OUT, 'ui-problems.txt'), texts.join('\n----\n'));
    const row = texts.find((t) => t.includes('ndc-missing'));
    expect(row, `no row mentions ndc-missing; rows:\n${texts.join('\n----\n')}`);
    expect(row.includes(EXPECTED_POSITION), `ndc-missing row is not at ${EXPECTED_POSITION}: ${row}`);
    expect(/claimlint/.test(row) && /NDC/.test(row), `row lacks source or message: ${row}`);
  });
  await page.screenshot({ path: join(OUT, 'ui-2-problems.png') });

  await check('hovering J7599 shows the HCPCS descriptor', async () => {
    // Hide the panel again (it covers the lower lines) and put the cursor at the top of the editor.
    await page.keyboard.press('Control+J');
    await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    await page.locator('.monaco-editor .view-line', { hasText: 'SV1*HC:J7599' }).first().waitFor({ timeout: 5000 });
    // Point at the middle of the text "J7599" itself (a token span may be longer than the code).
    const box = await page.evaluate(() => {
      for (const span of document.querySelectorAll('.monaco-editor .view-line span span')) {
        const node = span.firstChild;
        const at = node?.textContent?.indexOf('J7599') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 5);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    });
    expect(box, 'no "J7599" text rendered in the editor');
    await page.mouse.move(box.x - 40, box.y - 40);
    await page.mouse.move(box.x, box.y, { steps: 5 });
    const hover = page.locator('.monaco-hover:visible');
    let text = '';
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && !/not otherwise classified/i.test(text);) {
      await sleep(500);
      text = (await hover.allInnerTexts().catch(() => [text])).join('\n');
      if (process.env.E2E_DEBUG) console.log('HOVER>', Date.now(), JSON.stringify(text.slice(-300)));
    }
    writeFileSync(join(OUT, 'ui-hover.txt'), text);
    expect(/immunosuppressive drug, not otherwise classified/i.test(text), `hover text: ${text || '(no hover)'}`);
  });
  await page.screenshot({ path: join(OUT, 'ui-3-hover.png') });
} catch (error) {
  checks.failed++;
  checks.failures.push(String(error.message));
  console.log(`  ✗ ${error.message}`);
}
if (checks.failed) writeFileSync(join(OUT, 'ui-code-server.log'), serverLog);
saveResult();
console.log(`ui: ${checks.passed} passed, ${checks.failed} failed (screenshots in ${OUT})`);
await cleanup();
process.exit(checks.failed ? 1 : 0);
