// The X12 language configuration must not give VS Code folding markers: VS Code turns the text after a start marker
// into a minimap section header, which showed segment remnants like "2*1*22*0~" (issue 15). Folding comes from the
// language server instead.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths';

const config = JSON.parse(readFileSync(join(REPO_ROOT, 'language-configuration.json'), 'utf8')) as { folding?: { markers?: unknown } };
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));

describe('X12 language configuration', () => {
  it('is the configuration of the x12 language (needed for onLanguage activation)', () => {
    const x12 = manifest.contributes.languages.find((l: { id: string }) => l.id === 'x12');
    assert.equal(x12.configuration, './language-configuration.json');
  });

  it('declares no folding markers, so the minimap shows no section headers made of segment text', () => {
    assert.equal(config.folding?.markers, undefined);
  });
});
