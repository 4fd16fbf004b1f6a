import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Rule pages ship with the extension and the CLI (docs/rules next to dist/), so the link in a diagnostic works
 * offline. By default a link is the page's file URL (SARIF, other LSP clients). The VS Code client asks for its
 * own read-only scheme instead (initializationOptions.ruleDocScheme), so a coder who follows the link gets the page
 * as a read-only document, never as an editable file inside the installed extension.
 */
const RULE_DOCS_DIR = join(__dirname, '..', 'docs', 'rules');
const SCHEME = /^[a-z][a-z0-9+.-]{1,31}$/;

let scheme: string | undefined;
const uris = new Map<string, string>();

/** Links point at `<scheme>:/<rule-id>.md` from now on (an invalid scheme name is ignored). */
export function useRuleDocScheme(name: unknown): void {
  if (typeof name !== 'string' || !SCHEME.test(name) || name === 'file') return;
  scheme = name;
  uris.clear();
}

/** Every diagnostic carries one; a large file can have a thousand, so each rule's URI is built once. */
export function ruleDocUri(ruleId: string): string {
  let uri = uris.get(ruleId);
  if (uri === undefined) {
    uri = scheme ? `${scheme}:/${encodeURIComponent(ruleId)}.md` : ruleDocFileUri(ruleId);
    uris.set(ruleId, uri);
  }
  return uri;
}

/** The file URL of a rule page, whatever scheme the editor uses (for SARIF and the CLI). */
export function ruleDocFileUri(ruleId: string): string {
  return pathToFileURL(join(RULE_DOCS_DIR, `${ruleId}.md`)).href;
}
