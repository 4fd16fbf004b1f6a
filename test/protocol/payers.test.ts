// A batch with four payers (Medicare Part B, Medicaid, two commercial payers with different example policies in
// .claimlintrc.json) is judged claim by claim by each claim's own payer, and identically by the CLI and the editor.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { DIST, FIXTURES } from '../helpers/paths';

const DIR = join(FIXTURES, 'payers');
const FILE = join(DIR, 'mixed-batch.837');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

interface Seen {
  rule: string;
  severity: string;
  line: number;
  character: number;
  message: string;
}

const byPosition = (a: Seen, b: Seen) => a.line - b.line || a.character - b.character || a.rule.localeCompare(b.rule);

function fromCli(): Seen[] {
  // A billing office runs the CLI in the folder that holds its .claimlintrc.json.
  const result = spawnSync(process.execPath, [join(DIST, 'cli.js'), '--format', 'json', 'mixed-batch.837'], { cwd: DIR, encoding: 'utf8' });
  assert.equal(result.stderr, '');
  const report = JSON.parse(result.stdout) as { files: { findings: { ruleId: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[] };
  return report.files[0].findings
    .map((f) => ({ rule: f.ruleId, severity: f.severity, line: f.range.start.line, character: f.range.start.character, message: f.message }))
    .sort(byPosition);
}

describe('a mixed-payer batch: each claim by its own payer, the same in the CLI and the editor', () => {
  const client = new TestLspClient({});
  let editor: Seen[] = [];

  before(async () => {
    const root = pathToFileURL(DIR).toString();
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'payers' }],
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    await client.connection.sendNotification('initialized', {});
    const uri = pathToFileURL(FILE).toString();
    await client.open(uri, 'x12', readFileSync(FILE, 'utf8'));
    const report = await client.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    editor = report.items
      .map((d) => ({ rule: String(d.code), severity: SEVERITY[d.severity ?? 0], line: d.range.start.line, character: d.range.start.character, message: typeof d.message === "string" ? d.message : d.message.value }))
      .sort(byPosition);
  });
  after(() => client.dispose());

  it('the CLI and the editor report the same findings', () => {
    assert.ok(editor.length > 0);
    assert.deepEqual(editor, fromCli());
  });

  it('Medicare Part B: the DME MAC note; Medicaid: neither the DME MAC nor a prior authorization', () => {
    const of = (claim: string) => editor.filter((f) => f.message.startsWith(`Claim ${claim},`)).map((f) => f.rule);
    assert.deepEqual(of('MIX-MB').sort(), ['dme-mac-jurisdiction', 'hcpcs-more-specific']);
    assert.deepEqual(of('MIX-MC'), ['hcpcs-more-specific']);
  });

  it('each commercial payer gets its own policy: Acme asks for prior authorization, Beta raises a rule and refuses UN', () => {
    const acme = editor.filter((f) => f.message.startsWith('Claim MIX-ACME,'));
    assert.deepEqual(acme.map((f) => [f.rule, f.severity]).sort(), [['hcpcs-more-specific', 'warning'], ['prior-auth-missing', 'warning']]);
    assert.match(acme.find((f) => f.rule === 'prior-auth-missing')!.message, /Acme Health \(example policy\) requires one for this code/);
    const beta = editor.filter((f) => f.message.startsWith('Claim MIX-BETA,'));
    assert.deepEqual(beta.map((f) => [f.rule, f.severity]).sort(), [['hcpcs-more-specific', 'error'], ['ndc-quantity', 'error']]);
    assert.match(beta.find((f) => f.rule === 'ndc-quantity')!.message, /convert the NDC quantity to ME or ML: Beta Care \(example policy\) does not accept UN/);
  });
});
