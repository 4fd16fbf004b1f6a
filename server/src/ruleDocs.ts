import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Rule pages ship with the extension and the CLI (docs/rules next to dist/), so the link in a diagnostic
 * opens locally and works offline.
 */
const RULE_DOCS_DIR = join(__dirname, '..', 'docs', 'rules');

const uris = new Map<string, string>();

/** Every diagnostic carries one; a large file can have a thousand, so each rule's URI is built once. */
export function ruleDocUri(ruleId: string): string {
  let uri = uris.get(ruleId);
  if (uri === undefined) {
    uri = pathToFileURL(join(RULE_DOCS_DIR, `${ruleId}.md`)).href;
    uris.set(ruleId, uri);
  }
  return uri;
}
