// What the extension page and the command palette show: every command titled in the "claimlint" category, menus
// that name real commands, the commands the client registers all contributed, a 128×128 PNG icon that is packaged.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const contributed: { command: string; title: string; category?: string }[] = manifest.contributes.commands;
const ids = new Set(contributed.map((c) => c.command));

/** Command ids the client registers (registerCommand with a COMMANDS entry or an imported constant). */
function registeredCommands(): string[] {
  const client = readFileSync(join(REPO_ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  const shared = readFileSync(join(REPO_ROOT, 'server', 'src', 'features', 'commands.ts'), 'utf8');
  const constants = new Map([...shared.matchAll(/export const (\w+) = '([^']+)'/g)].map((m) => [m[1], m[2]]));
  const table = new Map([...client.matchAll(/^\s+(\w+): '(claimlint\.[^']+)',$/gm)].map((m) => [m[1], m[2]]));
  return [...client.matchAll(/registerCommand\((COMMANDS\.(\w+)|(\w+))/g)].map((m) => (m[2] ? table.get(m[2]) : constants.get(m[3])) ?? `unresolved ${m[1]}`);
}

describe('package.json contributions', () => {
  it('titles every command in the claimlint category', () => {
    for (const c of contributed) {
      assert.equal(c.category, 'claimlint', c.command);
      assert.ok(c.title.trim().length > 3 && !c.title.startsWith('claimlint'), `${c.command}: "${c.title}"`);
    }
  });

  it('contributes exactly the commands the client registers', () => {
    const registered = registeredCommands();
    assert.ok(registered.length >= 8, registered.join(', '));
    assert.deepEqual([...registered].sort(), [...ids].sort());
  });

  it('names only contributed commands in menus; the internal ignore command stays out of the palette', () => {
    for (const [menu, entries] of Object.entries(manifest.contributes.menus as Record<string, { command: string; when?: string }[]>)) {
      for (const e of entries) assert.ok(ids.has(e.command), `${menu}: ${e.command}`);
    }
    const palette = manifest.contributes.menus.commandPalette as { command: string; when?: string }[];
    assert.equal(palette.find((e) => e.command === 'claimlint.ignoreFinding')?.when, 'false');
  });

  it('has a 128×128 PNG icon, and packages it and the claim view media', () => {
    assert.equal(manifest.icon, 'images/icon.png');
    const png = readFileSync(join(REPO_ROOT, manifest.icon));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    const ignore = readFileSync(join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!images/icon.png') && ignore.includes('!media/**'), 'the icon and media/ are shipped');
    assert.match(manifest.scripts.package, /node scripts\/package-readme\.mjs && vsce package .*--readme-path dist\/README\.md/);
  });

  it('documents every setting it contributes', () => {
    for (const [key, spec] of Object.entries(manifest.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>)) {
      assert.ok((spec.description ?? spec.markdownDescription ?? '').length > 20, key);
    }
  });
});
