import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found from wherever the bundled test runs (out/test/...). */
export const REPO_ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'esbuild.mjs'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('repository root not found');
    dir = parent;
  }
  return dir;
})();

export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
export const EXAMPLES = join(REPO_ROOT, 'examples');
export const DIST = join(REPO_ROOT, 'dist');
