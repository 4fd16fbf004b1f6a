// Format Document over the protocol: one segment per line for X12 (terminator and line break kept), nothing for JSON;
// registered for the x12 language only when the client allows, so JSON files keep the editor's own formatter.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { applyLspEdits } from '../helpers/applyEdits';
import { TestLspClient } from '../helpers/lspClient';
import { EXAMPLES } from '../helpers/paths';

const multi = readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8');
const oneLine = multi.replace(/~\n/g, '~');
const options = { tabSize: 4, insertSpaces: true };

describe('Format Document', () => {
  const clients: TestLspClient[] = [];
  after(async () => Promise.all(clients.map((c) => c.dispose())));

  async function started(dynamicRegistration: boolean): Promise<{ client: TestLspClient; capabilities: Record<string, unknown> }> {
    const client = new TestLspClient();
    clients.push(client);
    const init = await client.initialize({ textDocument: { formatting: { dynamicRegistration } } });
    return { client, capabilities: init.capabilities };
  }

  it('formats a one-line X12 file one segment per line, and a formatted file not at all', async () => {
    const { client, capabilities } = await started(false);
    assert.equal(capabilities.documentFormattingProvider, true);
    await client.open('untitled:one-line.837', 'x12', oneLine);
    const edits = await client.connection.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri: 'untitled:one-line.837' }, options });
    assert.ok(edits.length > 50, `${edits.length} edits`);
    assert.equal(applyLspEdits(oneLine, edits), multi);
    await client.open('untitled:formatted.837', 'x12', multi);
    assert.deepEqual(await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri: 'untitled:formatted.837' }, options }), []);
  });

  it('keeps a CRLF file CRLF', async () => {
    const { client } = await started(false);
    const crlf = oneLine.replace('~GS*', '~\r\nGS*');
    await client.open('untitled:crlf.837', 'x12', crlf);
    const edits = await client.connection.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri: 'untitled:crlf.837' }, options });
    const formatted = applyLspEdits(crlf, edits);
    assert.equal(formatted, multi.replace(/~\n/g, '~\r\n'));
  });

  it('leaves JSON alone', async () => {
    const { client } = await started(false);
    const json = readFileSync(join(EXAMPLES, 'claim-json-professional.json'), 'utf8');
    await client.open('untitled:claim.json', 'json', json);
    assert.deepEqual(await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri: 'untitled:claim.json' }, options }), []);
  });

  it('registers for x12 only when the client supports dynamic registration', async () => {
    const { client, capabilities } = await started(true);
    assert.equal(capabilities.documentFormattingProvider, undefined);
    for (let i = 0; i < 50 && !client.registrations.some((r) => r.method === 'textDocument/formatting'); i++) await new Promise((r) => setTimeout(r, 20));
    const registration = client.registrations.find((r) => r.method === 'textDocument/formatting');
    assert.deepEqual(registration?.registerOptions, { documentSelector: [{ language: 'x12' }] });
  });
});
