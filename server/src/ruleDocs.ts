import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Rule pages ship with the extension and the CLI (docs/rules next to dist/), so the link in a diagnostic
 * opens locally and works offline.
 */
const RULE_DOCS_DIR = join(__dirname, '..', 'docs', 'rules');

export function ruleDocUri(ruleId: string): string {
  return pathToFileURL(join(RULE_DOCS_DIR, `${ruleId}.md`)).href;
}
