// Runs against claimlint installed from the packaged .vsix (the session's development extension is an empty stub),
// so it checks what users get: the bundle, the shipped data, the manifest, and nothing from the repository.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixture, hoverText, open, rangeOf, sameRange, waitForRule } from '../lib/vscodeHelpers';

describe('packaged .vsix (installed copy)', () => {
  it('is the installed copy, not the repository', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const repo = process.env.E2E_REPO_ROOT;
    assert.ok(repo, 'E2E_REPO_ROOT not set by the launcher');
    assert.ok(!ext.extensionPath.startsWith(repo + sep), `loaded from the repository: ${ext.extensionPath}`);
    assert.match(ext.extensionPath, new RegExp(`${EXTENSION_ID.replace('.', '\\.')}-`), ext.extensionPath);
  });

  it('ships the bundles and no sources, tests or node_modules', () => {
    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    for (const f of ['package.json', 'dist/extension.js', 'dist/server.js']) assert.ok(existsSync(join(root, f)), `missing ${f}`);
    const top = readdirSync(root);
    for (const banned of ['node_modules', 'test', 'client', 'server', 'out', '.vscode-test', 'test-artifacts']) {
      assert.ok(!top.includes(banned), `the .vsix contains ${banned}/ (top level: ${top.join(', ')})`);
    }
    assert.ok(!readdirSync(join(root, 'dist')).some((f) => f.endsWith('.ts')), 'TypeScript sources in dist/');
  });

  it('ships the icon and the claim view media', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const icon = join(ext.extensionPath, ext.packageJSON.icon);
    assert.ok(existsSync(icon), `icon ${ext.packageJSON.icon} not in the package`);
    assert.deepEqual([...readFileSync(icon).subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
    for (const f of ['media/claimView.js', 'media/claimView.css']) assert.ok(existsSync(join(ext.extensionPath, f)), `missing ${f}`);
  });

  it('the README shows on the extension page: PNG images inline, no SVG, no relative link left to break', () => {
    // The extension page resolves no relative path for an installed .vsix and allows only https: and data: images.
    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    const name = readdirSync(root).find((f) => f.toLowerCase() === 'readme.md');
    assert.ok(name, `no README in the package: ${readdirSync(root).join(', ')}`);
    const readme = readFileSync(join(root, name), 'utf8').replace(/```[\s\S]*?```/g, '');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length >= 4, `${images.length} images`);
    assert.deepEqual(images.filter((t) => !t.startsWith('data:image/png;base64,')).map((t) => t.slice(0, 60)), [], 'images that are not inline PNGs');
    const links = [...readme.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.deepEqual(links.filter((t) => !/^(https?:|mailto:|#)/.test(t)), [], 'relative links');
    assert.match(readme, /^## Install$/m);
    // The full performance numbers the README points to ship too, with their chart.
    const perf = readFileSync(join(root, 'docs', 'performance.md'), 'utf8');
    for (const [, target] of perf.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) assert.ok(existsSync(join(root, 'docs', target)), `docs/performance.md shows ${target}, not in the package`);
  });

  it('opens .837 as x12, activates and reports ndc-missing on J7599', async () => {
    const uri = fixture('j7599-no-ndc.837');
    const { document } = await open(uri);
    assert.equal(document.languageId, 'x12');
    const [d] = await waitForRule(uri, 'ndc-missing', 30_000);
    assert.ok(sameRange(d.range, rangeOf(document, 'J7599')));
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)!.isActive, true);
  });

  it('hovers J7599 with the shipped descriptor data', async () => {
    const uri = fixture('j7599-no-ndc.837');
    const { document } = await open(uri);
    const text = await hoverText(uri, rangeOf(document, 'J7599').start.translate(0, 1));
    assert.match(text, /immunosuppressive drug, not otherwise classified/i, `hover was: ${text || '(none)'}`);
  });

  it('finds the more specific code from the shipped crosswalk (J7599 + Prograf NDC → J7507)', async () => {
    const uri = fixture('j7599-hyphen-ndc.837');
    await open(uri);
    const found = await waitForRule(uri, 'hcpcs-more-specific', 30_000);
    assert.ok(found.some((d) => /J7507/.test(d.message)));
  });
});
