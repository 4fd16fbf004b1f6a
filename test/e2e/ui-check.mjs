#!/usr/bin/env node
// UI check: installs the packaged .vsix into a private code-server, opens the workspace in headless Chromium and
// checks what a person sees: the squiggle, the Problems panel row, the hover, the language and the claimlint item in
// the status bar, the quick-fix menu, the claim view (webview), "Check workspace", Format Document on a one-line X12
// file (the offer and the palette command) and the ignored-findings commands. Saves a screenshot of each.
// usage: node test/e2e/ui-check.mjs --vsix claimlint.vsix --workspace <dir> [--out test-artifacts/e2e]
// Env: CODE_SERVER_ENTRY (required), CHROMIUM_PATH, E2E_RESULT_FILE (writes { passed, failed, failures }).
// The CSS classes read here are VS Code 1.100.3 internals; code-server is pinned for that reason.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    // What the page looked like when the check failed (the page exists once the workbench is open).
    await globalThis.uiPage?.screenshot({ path: join(OUT, `ui-failed-${checks.failed}.png`) }).catch(() => {});
    saveResult();
  }
}
// Written after every check, so a run killed by the launcher's timeout still reports what it got through.
function saveResult() {
  if (process.env.E2E_RESULT_FILE) writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify(checks));
}
const expect = (ok, message) => { if (!ok) throw new Error(message); };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Polls `get` until `ok` holds; fails with the last value seen. */
async function until(get, ok, what, ms = 15_000) {
  let last;
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    last = await get().catch(() => undefined);
    if (ok(last)) return last;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 500)}`);
}
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

// Fixtures made here rather than committed: a second one-line file (one is formatted through the offer, the other
// through the palette) and a .claimlint.json in a folder of its own (other layers' suppressions stay unaffected).
const WORKSPACE = resolve(values.workspace);
copyFileSync(join(WORKSPACE, 'one-line.837'), join(WORKSPACE, 'one-line-b.837'));
mkdirSync(join(WORKSPACE, 'reviewed'), { recursive: true });
writeFileSync(join(WORKSPACE, 'reviewed', '.claimlint.json'), `${JSON.stringify({ version: 1, suppressions: [
  { file: 'batch-a.837', ruleId: 'charge-zero', claim: 'A-1', line: 1, reason: 'free sample, agreed with the payer' },
  { file: 'batch-a.837', ruleId: 'prior-auth-missing', claim: 'A-1', line: 2, reason: 'authorization on file' },
] }, null, 2)}\n`);

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
    globalThis.uiPage = page;
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

  // --- issue 15: what a coder does beyond squiggles ------------------------------------------------------------------
  const palette = async (title) => {
    const input = page.locator('.quick-input-widget input');
    for (let attempt = 0; ; attempt++) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      if (await input.waitFor({ timeout: 5000 }).then(() => true, () => false)) break;
      if (attempt > 0) throw new Error('the command palette did not open');
    }
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  };
  const quickOpen = async (name) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.keyboard.type(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  };
  const cursor = () => page.locator('[id="status.editor.selection"]').innerText({ timeout: 2000 });
  const claimlintItem = page.locator('.statusbar-item[aria-label^="claimlint:"]');
  const toast = (text) => page.locator('.notification-toast', { hasText: text });
  const editorLines = () => page.locator('.editor-group-container.active .monaco-editor .view-line').allInnerTexts();

  await check('the claimlint status bar item counts the findings and names the payer in force', async () => {
    const label = await until(() => claimlintItem.first().getAttribute('aria-label'), (l) => /errors?/.test(l ?? ''), 'the claimlint item');
    // j7599-no-ndc.837: SBR09 CI (commercial), ndc-missing and noc-description-missing are errors.
    expect(/^claimlint: [1-9]\d* errors?, \d+ warnings?, \d+ information; commercial$/.test(label), `item label: ${label}`);
    writeFileSync(join(OUT, 'ui-status-bar.txt'), `${label}\n${await claimlintItem.first().innerText()}`);
  });

  await check('clicking the claimlint item opens the Problems panel', async () => {
    await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 3000 }).catch(() => {});
    await claimlintItem.first().click();
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+J');
  });

  await check('the quick-fix menu on J7599 offers the fix and "Ignore this finding…"', async () => {
    await page.locator('.monaco-editor .view-line', { hasText: 'SV1*HC:J7599' }).first().click();
    await page.keyboard.press('Home');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight'); // onto the J7599 at Ln 26, Col 8
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget .monaco-list-row');
    await menu.first().waitFor({ timeout: 10_000 });
    await sleep(300);
    const items = await menu.allInnerTexts();
    writeFileSync(join(OUT, 'ui-quick-fix.txt'), items.join('\n'));
    expect(items.some((t) => /^Ignore ndc-missing on line 2 of claim E2ECLM001 .*…$/.test(t.trim())), `menu: ${items.join(' | ')}`);
    await page.screenshot({ path: join(OUT, 'ui-4-quick-fix.png') });
    await page.keyboard.press('Escape');
  });

  let view;
  await check('"claimlint: Open claim view" shows the claims beside the editor, patients masked', async () => {
    await palette('claimlint: Open claim view');
    view = await until(async () => {
      for (const frame of page.frames()) if (await frame.locator('table.claims').count().catch(() => 0)) return frame;
      return undefined;
    }, Boolean, 'the claim view webview');
    const headers = await view.locator('thead th').allInnerTexts();
    expect(['Service date', 'Code', 'Modifiers', 'NDC and drug', 'Units', 'Charge'].every((h) => headers.includes(h)), `columns: ${headers}`);
    const rows = view.locator('tr.line');
    expect((await rows.count()) === 2, `${await rows.count()} line rows`);
    const second = await rows.nth(1).innerText();
    expect(/J7599/.test(second) && /Immunosuppressive drug, not otherwise classified/.test(second) && /TACROLIMUS 1MG CAPSULE/.test(second), `row 2: ${second}`);
    const findings = await view.locator('tr.line-findings').allInnerTexts();
    expect(findings.length === 1 && /Error\s+add the NDC/.test(findings[0]) && /ndc-missing/.test(findings[0]), `findings rows: ${findings.join(' | ')}`);
    const claim = await view.locator('tr.claim').first().innerText();
    expect(/Claim E2ECLM001/.test(claim) && /•••••/.test(claim) && !/DOE/.test(claim) && /commercial/.test(claim), `claim row: ${claim}`);
    // Theme colours, not hard-coded ones: the page's foreground is the workbench's.
    const colour = await view.locator('body').evaluate((b) => getComputedStyle(b).getPropertyValue('--vscode-foreground').trim());
    expect(colour !== '', 'no --vscode-foreground in the webview');
    writeFileSync(join(OUT, 'ui-claim-view.txt'), `${claim}\n${await rows.allInnerTexts().then((t) => t.join('\n'))}`);
    await page.keyboard.press('Control+B'); // the Explorer aside, so the screenshot shows the whole table
    await sleep(500);
    await page.screenshot({ path: join(OUT, 'ui-5-claim-view.png') });
    await page.keyboard.press('Control+B');
  });

  if (view) {
    await check('clicking a finding in the claim view selects it in the editor', async () => {
      await view.locator('button.finding', { hasText: 'ndc-missing' }).click();
      // The jump selects the code: J7599 at Ln 26, Col 8–13.
      await until(cursor, (c) => /Ln 26, Col 13 \(5 selected\)/.test(c ?? ''), 'J7599 of line 2 selected');
    });

    await check('the claim view works from the keyboard: Down then Enter jumps to the next line\'s code', async () => {
      await view.locator('tr.line').first().focus();
      await page.keyboard.press('Enter');
      await until(cursor, (c) => /Ln 23, Col 13 \(5 selected\)/.test(c ?? ''), '99213 (line 1) selected');
      await view.locator('tr.line').first().focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await until(cursor, (c) => /Ln 26, Col 13 \(5 selected\)/.test(c ?? ''), 'J7599 (line 2) selected');
    });

    await check('the claim view follows edits: J7599 typed over as J7507 shows J7507\'s descriptor, undo brings J7599 back', async () => {
      await view.locator('button.finding', { hasText: 'ndc-missing' }).click(); // selects the J7599
      await until(cursor, (c) => /Ln 26, Col 13 \(5 selected\)/.test(c ?? ''), 'J7599 selected');
      // The click was in the webview: make sure the keys go to the editor (group 1), selection kept.
      await page.keyboard.press('Control+1');
      await until(() => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')), Boolean, 'the editor to have the keyboard');
      await page.keyboard.type('J7507');
      const row = () => view.locator('tr.line').nth(1).innerText();
      await until(row, (t) => /J7507/.test(t ?? '') && /Tacrolimus, immediate release, oral, 1 mg/.test(t), 'the row to show J7507');
      await page.keyboard.press('Control+Z');
      await until(row, (t) => /J7599/.test(t ?? '') && /Immunosuppressive drug, not otherwise classified/.test(t), 'the row back to J7599');
      const tab = await page.locator('.tab', { hasText: 'j7599-no-ndc.837' }).first().getAttribute('class');
      expect(!/\bdirty\b/.test(tab ?? ''), 'the file is still marked as changed after the undo');
    });

    await check('"Show patient names" reveals the patient only when asked', async () => {
      await view.locator('#reveal').click();
      await until(() => view.locator('tr.claim').first().innerText(), (t) => /DOE, JANE/.test(t ?? ''), 'the revealed name');
      await view.locator('#reveal').click();
      await until(() => view.locator('tr.claim').first().innerText(), (t) => /•••••/.test(t ?? '') && !/DOE/.test(t), 'the name masked again');
    });
  }

  await check('"claimlint: Check workspace" puts findings of files never opened in Problems', async () => {
    await palette('View: Close All Editors');
    await palette('claimlint: Check workspace');
    await toast('claimlint: checked').waitFor({ timeout: 30_000 });
    const text = await toast('claimlint: checked').innerText();
    expect(/checked \d+ claim files: [1-9]\d* errors?/.test(text), `summary: ${text}`);
    const rows = page.locator('.markers-panel .monaco-list-row');
    const texts = await until(() => rows.allInnerTexts(), (t) => (t ?? []).some((r) => r.includes('institutional.837i')), 'institutional.837i in Problems');
    writeFileSync(join(OUT, 'ui-workspace-check.txt'), `${text}\n----\n${texts.join('\n----\n')}`);
    await toast('Checking the workspace').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
    await page.screenshot({ path: join(OUT, 'ui-6-workspace-check.png') });
    await page.keyboard.press('Control+J');
  });

  await check('a one-line X12 file is offered formatting once; "Format" puts one segment per line', async () => {
    await palette('Notifications: Clear All Notifications');
    await quickOpen('one-line.837');
    const offer = toast('is written on one line');
    await offer.waitFor({ timeout: 20_000 });
    await sleep(600); // let the toast finish sliding in
    await page.screenshot({ path: join(OUT, 'ui-7-format-offer.png') });
    await offer.locator('.monaco-button', { hasText: /^Format$/ }).click();
    const lines = await until(editorLines, (l) => (l ?? []).some((t) => /^GS\*HC\*/.test(t)), 'GS on a line of its own');
    expect(lines.some((t) => /^ST\*837\*0001\*005010X222A1~$/.test(t)), `lines: ${lines.slice(0, 4).join(' | ')}`);
  });

  await check('Format Document from the palette formats X12 (the standard command, not a claimlint one)', async () => {
    await quickOpen('one-line-b.837');
    const offer = toast('one-line-b.837 is written on one line');
    if (await offer.waitFor({ timeout: 15_000 }).then(() => true, () => false)) await offer.locator('.monaco-button', { hasText: 'Not now' }).click();
    await page.locator('.monaco-editor .view-line', { hasText: 'ISA*00*' }).first().click();
    await palette('Format Document');
    const lines = await until(editorLines, (l) => (l ?? []).filter((t) => /~$/.test(t)).length > 20, 'one segment per line');
    expect(lines[0].startsWith('ISA*00*') && lines[1].startsWith('GS*HC*'), `lines: ${lines.slice(0, 3).join(' | ')}`);
    await page.screenshot({ path: join(OUT, 'ui-8-format-document.png') });
  });

  await check('"Remove ignored findings…" removes only the entry chosen; "Show ignored findings" lists the rest', async () => {
    await palette('claimlint: Remove ignored findings…');
    const rows = page.locator('.quick-input-list .monaco-list-row', { hasText: 'batch-a.837' });
    await rows.first().waitFor({ timeout: 15_000 });
    expect((await rows.count()) === 2, `${await rows.count()} ignored findings listed`);
    const checkbox = rows.filter({ hasText: 'charge-zero' }).locator('.monaco-checkbox').first();
    await until(async () => {
      if ((await checkbox.getAttribute('aria-checked')) !== 'true') await checkbox.click({ timeout: 5000 });
      return checkbox.getAttribute('aria-checked');
    }, (v) => v === 'true', 'charge-zero checked');
    await page.keyboard.press('Enter');
    await toast('reported again').waitFor({ timeout: 10_000 });
    await palette('claimlint: Show ignored findings');
    await rows.first().waitFor({ timeout: 15_000 });
    await sleep(300);
    const left = await rows.allInnerTexts();
    expect(left.length === 1 && /prior-auth-missing/.test(left[0]) && /authorization on file/.test(left[0]), `left: ${left.join(' | ')}`);
    await page.screenshot({ path: join(OUT, 'ui-9-ignored-findings.png') });
    await page.keyboard.press('Escape');
  });

  await check('the extension page shows the icon and the README with every image loaded (no SVG)', async () => {
    await palette('Extensions: Focus on Extensions View'); // lists the installed extensions (the gallery is offline)
    const item = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'claimlint' }).first();
    await item.waitFor({ timeout: 15_000 });
    const listIcon = await until(() => item.locator('img.icon').evaluate((i) => ({ src: i.getAttribute('src'), w: i.naturalWidth })), (v) => v?.w === 128, 'the icon in the list');
    expect(/icon\.png/.test(listIcon.src ?? ''), `list icon: ${listIcon.src}`);
    await item.click();
    const readme = await until(async () => {
      for (const frame of page.frames()) if (await frame.locator('h2', { hasText: 'Apply a quick fix' }).count().catch(() => 0)) return frame;
      return undefined;
    }, Boolean, 'the README on the extension page', 20_000);
    const images = await until(
      () => readme.locator('img').evaluateAll((list) => list.map((i) => ({ src: i.getAttribute('src') ?? '', loaded: i.complete && i.naturalWidth > 0 }))),
      (list) => (list ?? []).length >= 5 && list.every((i) => i.loaded), 'every README image loaded');
    expect(!images.some((i) => /\.svg/i.test(i.src)), `SVG on the page: ${images.map((i) => i.src).join(', ')}`);
    const first = await readme.locator('h2').first().innerText();
    expect(first === 'Install', `first section on the page: ${first}`);
    await page.screenshot({ path: join(OUT, 'ui-10-extension-page.png') });
  });
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
