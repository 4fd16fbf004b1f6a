// Hovers sent right after an edit, before the new version is read: a hover on another claim may answer from the
// earlier read, so it must say exactly what it says once the new version is checked, at the place the text moved to;
// a hover on the claim just edited must describe the new text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover, Position } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lspClient';
import { EXAMPLES } from '../helpers/paths';

const URI = 'file:///claims/edit-hovers.837';

function positionOf(source: string, needle: string, delta = 0): Position {
  const offset = source.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" in the text`);
  const lines = source.slice(0, offset + delta).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** A hover answered before the check ends has no "Why" section yet (the findings are not known); the rest is the same. */
function withoutWhy(hover: Hover | null): unknown {
  const contents = hover?.contents as { value: string } | undefined;
  return hover && { ...hover, contents: { ...contents, value: contents?.value.split('\n\n---\n\n**Why**')[0] } };
}

describe('hovers right after an edit', () => {
  const client = new TestLspClient({});
  let text = readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8');
  let version = 1;

  const hover = (position: Position) => client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position });
  const checked = () => client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } });
  /** Types `typed` at `delta` characters into the first `needle` (one incremental change), then hovers at once on `target`. */
  async function typeThenHover(needle: string, delta: number, typed: string, remove: number, target: string, targetDelta: number): Promise<{ early: Hover | null; late: Hover | null }> {
    const start = positionOf(text, needle, delta);
    const end = { line: start.line, character: start.character + remove };
    const at = text.indexOf(needle) + delta;
    text = text.slice(0, at) + typed + text.slice(at + remove);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: ++version }, contentChanges: [{ range: { start, end }, text: typed }] });
    const early = await hover(positionOf(text, target, targetDelta));
    await checked();
    return { early, late: await hover(positionOf(text, target, targetDelta)) };
  }

  before(async () => {
    await client.initialize({ workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } });
    await client.open(URI, 'x12', text);
    await checked();
  });
  after(() => client.dispose());

  it('on another claim: the same hover as after the check, moved with the text', async () => {
    // Typing in claim TX-1001's charge, hovering claim TX-1002's code (further down, so its range moves by one).
    const { early, late } = await typeThenHover('SV1*HC:J7599*120.00', 13, '1', 0, 'SV1*HC:J7507*95.00', 8);
    assert.ok(late, 'a hover on J7507');
    assert.deepEqual(withoutWhy(early), withoutWhy(late));
    assert.equal(early?.range?.start.character, 7);
  });

  it('on the claim just edited: the new text', async () => {
    const { early, late } = await typeThenHover('SV1*HC:J7507*95.00', 11, '6', 1, 'SV1*HC:J7506*95.00', 8);
    assert.match(JSON.stringify(early), /J7506/);
    assert.doesNotMatch(JSON.stringify(early), /J7507/);
    assert.deepEqual(withoutWhy(early), withoutWhy(late));
  });
});
