// Trust and memory safety that needs no running server: untrusted-workspace declaration, settings that never
// point claimlint at a file from an untrusted workspace, rule failures that never carry claim text, and
// DocumentStore releasing closed documents.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, it } from 'node:test';
import type { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { lint } from '../../server/src/core/lint';
import { parseDocument } from '../../server/src/core/parse';
import { ALL_RULES } from '../../server/src/core/rules';
import type { Rule } from '../../server/src/core/rules/rule';
import { DocumentStore } from '../../server/src/documentStore';
import { readSettings } from '../../server/src/settings';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));

describe('untrusted workspaces', () => {
  it('package.json declares limited support and restricts claimlint.crosswalkPath', () => {
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.deepEqual(untrusted.restrictedConfigurations, ['claimlint.crosswalkPath']);
    assert.match(untrusted.description, /crosswalkPath/);
  });

  it('crosswalkPath cannot be set per folder/resource (machine-overridable) and says untrusted workspaces are ignored', () => {
    const setting = pkg.contributes.configuration.properties['claimlint.crosswalkPath'];
    assert.equal(setting.scope, 'machine-overridable');
    assert.match(setting.markdownDescription, /untrusted/i);
  });

  it('the trace setting warns that traces contain PHI and defaults to off', () => {
    const trace = pkg.contributes.configuration.properties['claimlint.trace.server'];
    assert.equal(trace.default, 'off');
    assert.match(trace.description, /PHI/);
  });

  it('settings of the wrong type are dropped with a warning, never thrown', () => {
    for (const raw of [null, 42, 'x', [], { rules: 'off' }, { crosswalkPath: 7 }, { maxFindingsPerFile: -1 }, { payerProfile: {} }]) {
      const settings = readSettings(raw);
      assert.equal(typeof settings.crosswalkPath, 'string');
      assert.ok(settings.config.maxFindingsPerFile > 0);
    }
  });
});

describe('rule failures carry no claim content', () => {
  it('a rule that throws with claim text in its message: reported in failures, other rules still run, message withheld', () => {
    const text = readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8');
    const doc = parseDocument(text, { fileName: 'x.837' });
    const leaky: Rule = {
      meta: { id: 'leaky', description: 'test', defaultSeverity: 'error', fixable: false, messages: {}, why: '' },
      checkLine({ line }) {
        throw new Error(`cannot handle ${JSON.stringify(line.procedure?.code.value)} for SAMPLE PAT`);
      },
    };
    const normal = lint(doc, DEFAULT_CONFIG, defaultKnowledge());
    const result = lint(doc, DEFAULT_CONFIG, defaultKnowledge(), { rules: [...ALL_RULES, leaky] });
    assert.deepEqual(result.failures.map((f) => f.ruleId), ['leaky']);
    assert.deepEqual(result.findings, normal.findings, 'the other rules still answered');
    assert.doesNotMatch(result.failures[0].error, /SAMPLE PAT|J7599/, 'the error text holds no claim content');
    assert.match(result.failures[0].error, /Error/, 'the error kind is kept for diagnosis');
  });
});

describe('DocumentStore releases closed documents', () => {
  /** `gc()` without --expose-gc on the command line. */
  const gc = (): (() => void) => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  };

  it('forget() drops the analysis: the next get() analyses again, a closed document gives undefined', async () => {
    const open = new Map<string, TextDocument>();
    const documents = { get: (uri: string) => open.get(uri) } as unknown as TextDocuments<TextDocument>;
    let analysed = 0;
    const store = new DocumentStore(documents, {
      settingsFor: async () => {
        analysed++;
        return readSettings({});
      },
      knowledgeFor: () => defaultKnowledge(),
      languageIdOf: () => 'x12',
      suppressionsFor: () => undefined,
    });
    const uri = 'file:///big.837';
    open.set(uri, TextDocument.create(uri, 'x12', 1, readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8')));
    const first = await store.get(uri);
    assert.ok(first);
    assert.equal(await store.get(uri), first, 'cached while open');
    store.forget(uri);
    assert.notEqual(await store.get(uri), first, 'analysed again after forget');
    assert.equal(analysed, 2);
    open.delete(uri);
    store.forget(uri);
    assert.equal(await store.get(uri), undefined);
  });

  it('a forgotten 5 MB document is garbage-collectable (nothing in the store holds it)', async () => {
    const collect = gc();
    const open = new Map<string, TextDocument>();
    const documents = { get: (uri: string) => open.get(uri) } as unknown as TextDocuments<TextDocument>;
    const store = new DocumentStore(documents, { settingsFor: async () => readSettings({}), knowledgeFor: () => defaultKnowledge(), languageIdOf: () => 'x12', suppressionsFor: () => undefined });
    const uri = 'file:///big.837';
    const base = readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8');
    open.set(uri, TextDocument.create(uri, 'x12', 1, base.repeat(Math.ceil(5e6 / base.length))));
    const state = new WeakRef((await store.get(uri))!);
    open.delete(uri);
    store.forget(uri);
    for (let i = 0; i < 3 && state.deref(); i++) {
      await new Promise((r) => setImmediate(r));
      collect();
    }
    assert.equal(state.deref(), undefined, 'the analysis of the closed document was collected');
  });
});
