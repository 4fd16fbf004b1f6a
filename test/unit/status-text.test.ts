import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeSummary } from '../../client/src/statusText';

const summary = { format: '837P', claims: 2, lines: 6, counts: { error: 5, warning: 8, information: 1, hint: 0 }, shown: 14, total: 14, truncated: false, ignored: 0, payers: ['Medicare A/B MAC'], version: 1 };

describe('status bar text', () => {
  it('counts by severity and names the payer in force', () => {
    const s = describeSummary(summary);
    assert.equal(s.text, 'claimlint $(error) 5 $(warning) 8 $(info) 1 · Medicare A/B MAC');
    assert.match(s.label, /^claimlint: 5 errors, 8 warnings, 1 information; Medicare A\/B MAC$/);
    assert.match(s.tooltip, /Click to open the Problems panel/);
  });

  it('says "N of M shown" when the cap cut findings, and how many payers when claims differ', () => {
    const s = describeSummary({ ...summary, truncated: true, shown: 1000, total: 2412, payers: ['Medicare A/B MAC', 'commercial'] });
    assert.equal(s.text, 'claimlint $(error) 5 $(warning) 8 $(info) 1 · 2 payers · 1000 of 2412 shown');
    assert.match(s.tooltip, /Showing 1000 of 2412 findings/);
    assert.match(s.tooltip, /Judged as: Medicare A\/B MAC, commercial/);
  });
});
