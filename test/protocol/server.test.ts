import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { EXAMPLES } from '../helpers/paths';

const EXAMPLE_837P = join(EXAMPLES, 'professional-837p.837');
const URI_837P = 'file:///claims/professional-837p.837';

function textAt(text: string, d: Diagnostic): string {
  const lines = text.split(/\r\n|\r|\n/);
  assert.equal(d.range.start.line, d.range.end.line, 'finding spans one line');
  return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
}

describe('language server over stdio (push diagnostics)', () => {
  const client = new TestLspClient({});
  const text = readFileSync(EXAMPLE_837P, 'utf8');

  before(async () => {
    const init = await client.initialize({ workspace: { configuration: true } });
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'no pull diagnostics offered to a push-only client');
  });
  after(() => client.dispose());

  it('publishes ndc-missing on the J7599 line without an NDC, with the rule id as code', async () => {
    await client.open(URI_837P, 'x12', text);
    const diagnostics = await client.waitForPublished(URI_837P, (p) => p.diagnostics.length > 0);
    const missing = diagnostics.filter((d) => d.code === 'ndc-missing');
    assert.equal(missing.length, 1, `one ndc-missing finding, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    assert.equal(textAt(text, missing[0]), 'J7599');
    assert.equal(missing[0].range.start.line, text.split('\n').findIndex((l) => l.startsWith('SV1*HC:J7599*120.00')));
    assert.equal(missing[0].severity, 1);
    assert.equal(missing[0].source, 'claimlint');
    assert.match(missing[0].codeDescription?.href ?? '', /docs\/rules\/ndc-missing\.md$/);
  });

  it('re-lints after an incremental edit that adds an NDC', async () => {
    const lines = text.split('\n');
    const dtpLine = lines.findIndex((l) => l.startsWith('SV1*HC:J7599*120.00')) + 1;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI_837P, version: 2 },
      contentChanges: [{ range: { start: { line: dtpLine + 1, character: 0 }, end: { line: dtpLine + 1, character: 0 } }, text: 'LIN**N4*00378204601~\nCTP****60*UN~\n' }],
    });
    const diagnostics = await client.waitForPublished(URI_837P, (p) => p.version === 2);
    assert.equal(diagnostics.filter((d) => d.code === 'ndc-missing').length, 0);
  });

  it('gives a non-claim JSON document no findings', async () => {
    const uri = 'file:///project/package.json';
    await client.open(uri, 'json', '{ "name": "not-a-claim", "version": "1.0.0" }');
    const diagnostics = await client.waitForPublished(uri);
    assert.deepEqual(diagnostics, []);
  });

  it('clears diagnostics when a document closes', async () => {
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI_837P } });
    const diagnostics = await client.waitForPublished(URI_837P, (p) => p.diagnostics.length === 0);
    assert.deepEqual(diagnostics, []);
  });
});

describe('language server over stdio (pull diagnostics and settings)', () => {
  const client = new TestLspClient({ rules: { 'ndc-missing': 'warning' } });
  const text = readFileSync(EXAMPLE_837P, 'utf8');

  before(async () => {
    const init = await client.initialize({ workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } });
    assert.ok(init.capabilities.diagnosticProvider, 'pull diagnostics offered');
  });
  after(() => client.dispose());

  it('answers textDocument/diagnostic with the configured severity', async () => {
    await client.open(URI_837P, 'x12', text);
    const report = await client.connection.sendRequest<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: URI_837P } });
    assert.equal(report.kind, 'full');
    const missing = report.items.find((d) => d.code === 'ndc-missing');
    assert.ok(missing, 'ndc-missing reported');
    assert.equal(missing.severity, 2, 'severity from claimlint.rules setting');
  });
});

describe('rule links for a client with a read-only scheme (the VS Code client)', () => {
  const client = new TestLspClient({});
  const text = readFileSync(EXAMPLE_837P, 'utf8');

  before(() => client.initialize({}, { ruleDocScheme: 'claimlint-rule' }));
  after(() => client.dispose());

  it('links every diagnostic to claimlint-rule:/<rule-id>.md, never to a file in the extension folder', async () => {
    await client.open(URI_837P, 'x12', text);
    const diagnostics = await client.waitForPublished(URI_837P, (p) => p.diagnostics.length > 0);
    for (const d of diagnostics) assert.equal(d.codeDescription?.href, `claimlint-rule:/${d.code}.md`);
  });
});
