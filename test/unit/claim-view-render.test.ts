// The claim view's HTML: every value from the claim is escaped, patients are masked unless revealed, every jump
// target is an index into `targets`, nothing is styled inline (the webview CSP would block it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-protocol';
import { claimViewShell } from '../../client/src/claimView/html';
import { escapeHtml, renderClaimView } from '../../client/src/claimView/render';
import { analyze } from '../../server/src/core/analyze';
import { buildClaimView } from '../../server/src/core/claimView';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { LineIndex } from '../../server/src/core/text';
import type { ClaimViewResult } from '../../server/src/features/requests';
import { EXAMPLES } from '../helpers/paths';

const knowledge = defaultKnowledge();
function viewOf(text: string, fileName: string, revealPatients = false): ClaimViewResult {
  const lines = new LineIndex(text);
  const analysis = analyze(text, { fileName }, DEFAULT_CONFIG, knowledge);
  const view = buildClaimView(analysis, DEFAULT_CONFIG, knowledge, { revealPatients, maxLines: 2000 }, (s): Range => ({ start: lines.positionAt(s.start), end: lines.positionAt(s.end) }));
  return { ...view, uri: `file:///${fileName}`, version: 1 };
}
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

describe('claim view HTML', () => {
  const text = example('professional-837p.837');
  const rendered = renderClaimView(viewOf(text, 'professional-837p.837'), 'professional-837p.837');

  it('has the columns a coder reads, one row per service line, each row focusable', () => {
    for (const column of ['Service date', 'Code', 'Modifiers', 'NDC and drug', 'Drug quantity', 'Units', 'Charge']) {
      assert.ok(rendered.html.includes(`<th scope="col">${column}</th>`), column);
    }
    assert.equal(rendered.html.match(/<tr class="line[^"]*" tabindex="0"/g)?.length, 6);
    // Each line with findings is followed by its findings row (full width), severity labelled in words.
    assert.match(rendered.html, /<tr class="line has-error" [^>]*aria-label="Line 1, J7599, 2 findings">(?:(?!<tr).)*<\/tr><tr class="line-findings has-error"><td><\/td><td colspan="7" aria-label="Findings on line 1"><ul class="findings"><li><button type="button" class="finding error" data-jump="\d+"><span class="severity">Error<\/span> add the NDC/);
    assert.match(rendered.html, /Immunosuppressive drug, not otherwise classified/);
    assert.match(rendered.html, /Tacrolimus/);
    assert.match(rendered.html, /Medicare A\/B MAC/);
  });

  it('masks patient names unless they are revealed', () => {
    assert.doesNotMatch(rendered.html, /SAMPLE, PAT/);
    assert.match(rendered.html, /class="patient masked"/);
    assert.match(rendered.html, /aria-pressed="false">Show patient names/);
    const shown = renderClaimView(viewOf(text, 'p.837', true), 'p.837');
    assert.match(shown.html, /SAMPLE, PAT/);
    assert.match(shown.html, /aria-pressed="true">Hide patient names/);
  });

  it('gives every jump a target, and the targets select the code, NDC or finding place', () => {
    const indices = [...rendered.html.matchAll(/data-jump="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual([...indices].sort((a, b) => a - b), rendered.targets.map((_, i) => i), 'each target used once');
    const lines = new LineIndex(text);
    const selected = rendered.targets.map((r) => text.slice(lines.offsetAt(r.start), lines.offsetAt(r.end)));
    assert.ok(selected.includes('TX-1001') && selected.includes('J7599'), selected.slice(0, 8).join(' | '));
  });

  it('uses no inline style or script (the CSP allows only the stylesheet and the nonce\'d script)', () => {
    assert.doesNotMatch(rendered.html, /style=|<script|on[a-z]+=/i);
  });

  it('escapes what the file says: markup in a description or a payer name stays text', () => {
    const hostile = text.replace('TACROLIMUS 1 MG CAPSULE', '<img src=x onerror=alert(1)>').replaceAll('DEMO PAYER', 'A&B "payer"');
    const html = renderClaimView(viewOf(hostile, 'h.837'), '<b>h.837</b>').html;
    assert.doesNotMatch(html, /<img|<b>/);
    assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62;/);
    assert.match(html, /A&#38;B &#34;payer&#34;/);
    assert.equal(escapeHtml(`<>&"'`), '&#60;&#62;&#38;&#34;&#39;');
  });

  it('says so for a file that is not a claim, or that the server does not have', () => {
    assert.match(renderClaimView(viewOf('{"name":"x"}', 'package.json'), 'package.json').html, /is not a claim file claimlint checks/);
    assert.match(renderClaimView(null, 'x.837').html, /not checking this file/);
  });

  it('renders all four formats', () => {
    for (const name of ['institutional-837i.837i', 'fhir-claim-j7599.json', 'claim-json-professional.json']) {
      const html = renderClaimView(viewOf(example(name), name), name).html;
      assert.match(html, /<tr class="line/, name);
      assert.match(html, /J7599/, name);
    }
  });
});

describe('claim view page', () => {
  it('has a strict CSP: nothing by default, the stylesheet from the extension, one script by nonce', () => {
    const html = claimViewShell({ cspSource: 'https://webview.test', scriptUri: 'https://webview.test/claimView.js', styleUri: 'https://webview.test/claimView.css' });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /style-src https:\/\/webview\.test;/);
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce && nonce.length >= 16, csp);
    assert.ok(html.includes(`<script nonce="${nonce}" src="https://webview.test/claimView.js"></script>`));
    assert.doesNotMatch(csp, /unsafe|\*/);
    assert.notEqual(claimViewShell({ cspSource: 'x', scriptUri: 'y', styleUri: 'z' }).match(/nonce-([^']+)/)?.[1], nonce, 'a fresh nonce each time');
  });

  it('the webview script loads nothing from anywhere', () => {
    const script = readFileSync(join(__dirname, '..', '..', '..', 'media', 'claimView.js'), 'utf8');
    assert.doesNotMatch(script, /fetch\(|XMLHttpRequest|WebSocket|import\(|src\s*=/);
  });
});
