import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { summarizeAnalysis } from '../../server/src/core/fileSummary';
import { defaultKnowledge } from '../../server/src/core/knowledge';
import { EXAMPLES } from '../helpers/paths';

const knowledge = defaultKnowledge();
const text = readFileSync(join(EXAMPLES, 'professional-837p.837'), 'utf8');

describe('file summary', () => {
  it('counts the shown findings by severity and names the payer in force', () => {
    const analysis = analyze(text, { fileName: 'a.837' }, DEFAULT_CONFIG, knowledge);
    const summary = summarizeAnalysis(analysis, DEFAULT_CONFIG);
    const bySeverity = (s: string) => analysis.result.findings.filter((f) => f.severity === s).length;
    assert.deepEqual(summary.counts, { error: bySeverity('error'), warning: bySeverity('warning'), information: bySeverity('information'), hint: bySeverity('hint') });
    assert.ok(summary.counts.error > 0);
    assert.deepEqual({ format: summary.format, claims: summary.claims, lines: summary.lines, truncated: summary.truncated }, { format: '837P', claims: 2, lines: 6, truncated: false });
    assert.equal(summary.shown, summary.total);
    assert.deepEqual(summary.payers, ['Medicare A/B MAC']);
  });

  it('says how many of how many are shown when the cap cuts, without counting the cap notice', () => {
    const config = { ...DEFAULT_CONFIG, maxFindingsPerFile: 3 };
    const analysis = analyze(text, { fileName: 'a.837' }, config, knowledge);
    const summary = summarizeAnalysis(analysis, config);
    assert.equal(summary.truncated, true);
    // Lint keeps at least one finding of every rule, so a small cap may show more than its number, never all.
    assert.equal(summary.shown, analysis.result.findings.length - 1, 'everything shown but the notice');
    assert.ok(summary.shown < summary.total, `${summary.shown} of ${summary.total}`);
    assert.equal(summary.counts.error + summary.counts.warning + summary.counts.information + summary.counts.hint, summary.shown);
  });

  it('a policy in .claimlintrc.json names the payer by the policy', () => {
    const config = { ...DEFAULT_CONFIG, payers: [{ name: 'Demo Payer policy', match: { payerIds: ['DEMOPAYER'] }, type: 'commercial' as const }] };
    const summary = summarizeAnalysis(analyze(text, { fileName: 'a.837' }, config, knowledge), config);
    assert.deepEqual(summary.payers, ['Demo Payer policy']);
  });
});
