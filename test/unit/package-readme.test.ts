import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs script without type declarations
import { packagedReadme } from '../../scripts/lib/packagedReadme.mjs';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const pack = (text: string): string => (packagedReadme as (t: string, read: (p: string) => Buffer) => string)(text, (path) => {
  if (path !== 'images/a.png') throw new Error(`read ${path}`);
  return png;
});

describe('packaged README', () => {
  it('inlines relative PNG images as data: URIs and leaves https images alone', () => {
    assert.equal(pack('![A shot](images/a.png)'), `![A shot](data:image/png;base64,${png.toString('base64')})`);
    assert.equal(pack('![x](https://example.org/x.png)'), '![x](https://example.org/x.png)');
  });

  it('refuses an SVG image (VS Code blocks it on the extension page)', () => {
    assert.throws(() => pack('![chart](bench/chart.svg)'), /only PNG/);
  });

  it('turns relative links into text naming the file; keeps anchors, web links and code blocks', () => {
    assert.equal(pack('[docs](docs/rules/ndc-missing.md)'), "docs (`docs/rules/ndc-missing.md` in the extension's folder)");
    assert.equal(pack('see [docs/performance.md](docs/performance.md).'), 'see `docs/performance.md`.');
    assert.equal(pack('[Development](#development) and [CMS](https://www.cms.gov/)'), '[Development](#development) and [CMS](https://www.cms.gov/)');
    const code = '```\n[a](b.md) ![c](d.svg)\n```';
    assert.equal(pack(code), code);
  });
});
