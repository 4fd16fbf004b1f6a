// Hovers answer for the line they sit on, in every format: the long descriptor first, one header and at most three
// lines of facts, the line's own code first, dates judged on the line's date, the payer, and the "Why" of findings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, type LintConfig } from '../../server/src/core/config';
import { hoverAt } from '../../server/src/core/hover';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { lint } from '../../server/src/core/lint';
import { parseDocument } from '../../server/src/core/parse';
import { claimText, FORMATS, oneLine, TACRO, type ClaimSpec, type LineSpec } from './rules/claimTexts';
import { offsetOf } from './hover-support';
import { sentencesOf } from '../../server/src/core/hover/why';

const knowledge = defaultKnowledge();
const FILE_NAME = { 'x12-837p': 'c.837', 'x12-837i': 'c.837i', fhir: 'c.json', 'claim-json': 'c.json' } as const;

function hoverIn(format: (typeof FORMATS)[number], spec: ClaimSpec, needle: string, config: LintConfig = DEFAULT_CONFIG, nth = 1) {
  const text = claimText(format, spec);
  const doc = parseDocument(text, { fileName: FILE_NAME[format] });
  assert.equal(doc.format, format);
  const findings = lint(doc, config, knowledge).findings;
  const offset = offsetOf(text, needle, needle.startsWith('"') ? 1 : 0, nth);
  const result = hoverAt(doc, offset, knowledge, { config, findings, ruleDocUri: (id) => `claimlint-rule:/${id}.md` });
  assert.ok(result, `a hover at ${needle} in ${format}`);
  return result.markdown;
}

/** The facts block: everything before the first "---" (payer, Why and ignored findings follow it). */
function factsOf(markdown: string): string[] {
  return markdown.split('\n\n---\n\n')[0].split('\n\n');
}

function assertTrim(markdown: string): void {
  const facts = factsOf(markdown);
  // Header + at most three lines + the italic field line that closes a code hover.
  assert.ok(facts.length <= 5, `at most a header, three lines and the field: ${facts.length}\n${markdown}`);
  assert.match(facts[facts.length - 1], /^_.*_$|^_Field_ `[^`]+`$/, 'the field line closes the hover');
  for (const banned of [/docs\//, /sources\.md/i, /not verified/i, /_Source:_/, /\.json\b/]) assert.doesNotMatch(markdown, banned);
}

const quoted = (format: string, value: string) => (format === 'fhir' || format === 'claim-json' ? `"${value}"` : value);

describe('hovers answer for their line', () => {
  for (const format of FORMATS) {
    it(`${format}: J7599 with a tacrolimus NDC names the crosswalk's specific code, the long descriptor first`, () => {
      const markdown = hoverIn(format, oneLine({ ...TACRO, ndc: '00378204601' }), quoted(format, 'J7599'));
      assertTrim(markdown);
      const facts = factsOf(markdown);
      assert.match(facts[0], /^\*\*J7599\*\* — Immunosuppressive drug, not otherwise classified$/);
      assert.match(markdown, /CMS short form “Immunosuppressive drug noc”/, 'the short form comes after the long one');
      assert.match(markdown, /lists this line’s NDC under `J7507`/);
      assert.doesNotMatch(markdown, /`J7502`|`J7515`/, 'other codes are not listed');
      assert.match(markdown, /Valid on 2026-11-05, this line’s date of service/);
    });

    it(`${format}: an NDC listed under two codes puts the line's own code first`, () => {
      for (const [code, other] of [['J7515', 'J7502'], ['J7502', 'J7515']]) {
        const markdown = hoverIn(format, oneLine({ ...TACRO, code, description: undefined, ndc: '00093901865' }), '00093901865');
        assertTrim(markdown);
        const line = factsOf(markdown).find((l) => l.startsWith('CMS crosswalk'));
        assert.ok(line, markdown);
        assert.match(line, new RegExp(`^CMS crosswalk \\(October 2026\\): \`${code}\``));
        assert.match(markdown, new RegExp(`Also listed under \`${other}\``));
      }
    });

    it(`${format}: a code is judged on the line's date of service`, () => {
      const ended = hoverIn(format, oneLine({ ...TACRO, code: 'J7506', description: undefined, date: '2026-11-05' }), quoted(format, 'J7506'));
      assert.match(ended, /\*\*Not valid on 2026-11-05\*\*, this line’s date of service: in force since .* · ended 2015-12-31 \(replaced by J7512\)/);
      const earlier = hoverIn(format, oneLine({ ...TACRO, code: 'J7506', description: undefined, date: '2015-06-01' }), quoted(format, 'J7506'));
      assert.match(earlier, /Valid on 2015-06-01, this line’s date of service/);
      const open = hoverIn(format, oneLine({ ...TACRO, code: 'J7524', description: undefined, date: '2026-05-01' }), quoted(format, 'J7524'));
      assert.match(open, /CMS files give no start date \(it took effect between 2026-04-01 and 2026-10-01\), so claimlint cannot tell whether it is valid on 2026-05-01/);
      assert.match(factsOf(open)[0], /^\*\*J7524\*\* — Mycophenol mofetil oral 5 mg$/);
      assert.match(open, /CMS short descriptor \(the files claimlint has give no long one\)/);
    });

    it(`${format}: the payer's text says which payer type and policy the claim is judged by`, () => {
      const spec = oneLine(TACRO, { filingCode: 'CI', payerName: 'ACME HEALTH', payerId: 'ACME1' });
      const needle = quoted(format, 'ACME HEALTH');
      assert.match(hoverIn(format, spec, needle), /\*\*Payer for claim .*:\*\* .*\(commercial\) — the claim’s own filing indicator decides\./);
      const config: LintConfig = { ...DEFAULT_CONFIG, payers: [{ name: 'Acme', match: { payerIds: ['ACME1'] }, type: 'commercial' }] };
      assert.match(hoverIn(format, spec, needle, config), /\*\*Payer for claim .*:\*\* Acme \(policy: commercial\) — the payer policy in \.claimlintrc\.json that matches it decides\./);
    });

    it(`${format}: a finding under the cursor gets its Why once, with its sources and the rule page`, () => {
      const line: LineSpec = { ...TACRO, ndc: '00378204601' };
      const markdown = hoverIn(format, oneLine(line), quoted(format, 'J7599'));
      const why = markdown.split('\n\n---\n\n').slice(1).join('\n');
      assert.match(why, /\*\*Why\*\* `hcpcs-more-specific`/);
      assert.equal(why.match(/\*\*Why\*\* `hcpcs-more-specific`/g)?.length, 1);
      assert.match(why, /_Sources:_ CMS ASP NDC–HCPCS crosswalk/);
      assert.match(why, /\[Rule page\]\(claimlint-rule:\/hcpcs-more-specific\.md\)/);
    });
  }

  it('a heuristic rule says so in its Why, not in its message', () => {
    const spec = oneLine({ ...TACRO, description: 'IMMUNOSUPPRESSANT' });
    const markdown = hoverIn('x12-837p', spec, 'IMMUNOSUPPRESSANT');
    assert.match(markdown, /\*\*Why\*\* `noc-description-vague` — _a claimlint heuristic, not a payer or CMS edit_/);
  });

  it('without settings (no line date), a code hover gives the code’s dates alone', () => {
    const text = claimText('x12-837p', oneLine({ ...TACRO, code: 'J7506' }));
    const doc = parseDocument(text, { fileName: 'c.837' });
    const markdown = hoverAt(doc, offsetOf(text, 'J7506'), knowledge)?.markdown ?? '';
    assert.match(markdown, /In force since .* · ended 2015-12-31 \(replaced by J7512\)\./);
    assert.doesNotMatch(markdown, /---/, 'no payer or Why section without settings and findings');
  });
});

describe('the Why of a finding', () => {
  it('keeps whole sentences: a file name such as `.claimlintrc.json` does not end one', () => {
    assert.deepEqual(sentencesOf('One. When a policy in `.claimlintrc.json` lists it, two. Three'), ['One.', ' When a policy in `.claimlintrc.json` lists it, two.', ' Three']);
    const spec = oneLine({ ...TACRO, ndc: '00378204601' }, { filingCode: 'CI' });
    const markdown = hoverIn('x12-837p', spec, 'J7599');
    const why = markdown.slice(markdown.indexOf('**Why** `prior-auth-missing`'));
    assert.match(why, /^\*\*Why\*\* `prior-auth-missing`[^\n]*\n\n[^\n]*(\.|More on the rule page\.)\n/);
    assert.match(why.split('\n\n')[1], /When a payer policy in `\.claimlintrc\.json` lists the code \(`priorAuthRequired`\), the finding states that policy\./, 'no sentence cut inside a code span');
  });
});
