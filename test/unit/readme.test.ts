// The README is the extension page: it starts with what a coder does, shows PNG screenshots (VS Code blocks SVG
// there), links only to files that exist, and keeps the set-up commands and the generated rule table markers.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const prose = readme.replace(/```[\s\S]*?```/g, '');
const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

describe('README', () => {
  it('starts with install, open a claim, read a finding, apply a quick fix; development comes after', () => {
    assert.deepEqual(headings.slice(0, 4), ['Install', 'Open a claim', 'Read a finding', 'Apply a quick fix']);
    assert.ok(headings.indexOf('Development') > headings.indexOf('Apply a quick fix'));
  });

  it('keeps the two set-up commands and the generated sections\' markers', () => {
    assert.match(readme, /npm ci && npm run demo/);
    assert.match(readme, /^npm test\b/m);
    assert.ok(readme.includes('<!-- rules:start -->') && readme.includes('<!-- rules:end -->'));
  });

  it('shows PNG images only, each in the repository', () => {
    const images = [...prose.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)];
    assert.ok(images.length >= 4, `${images.length} images`);
    for (const [, alt, target] of images) {
      assert.match(target, /\.png$/, target);
      assert.ok(alt.trim().length > 10, `image ${target} needs alt text`);
      const bytes = readFileSync(join(REPO_ROOT, target));
      assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', target);
    }
  });

  it('links only to files that exist', () => {
    const links = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^(https?:|mailto:|#)/.test(t));
    assert.deepEqual(links.filter((t) => !existsSync(join(REPO_ROOT, t.split('#')[0]))), []);
  });

  it('summarises performance and links to the full numbers (no target table on the extension page)', () => {
    assert.match(readme, /\[docs\/performance\.md\]\(docs\/performance\.md\)/);
    assert.doesNotMatch(readme, /❌|perf:start/);
    const perf = readFileSync(join(REPO_ROOT, 'docs', 'performance.md'), 'utf8');
    assert.ok(perf.includes('<!-- perf:start -->') && perf.includes('<!-- perf:end -->'));
    assert.doesNotMatch(perf, /!\[[^\]]*\]\([^)]*\.svg\)/);
    for (const [, target] of perf.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) assert.ok(existsSync(join(REPO_ROOT, 'docs', target)), `docs/performance.md shows ${target}`);
  });
});
