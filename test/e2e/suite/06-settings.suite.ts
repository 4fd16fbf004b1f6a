import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { showDiagnostics as show, fixture, open, ruleOf, setRules, waitForDiagnostics, waitForNoRule, waitForRule } from '../lib/vscodeHelpers';

describe('settings', () => {
  const uri = () => fixture('j7599-no-ndc.837');
  afterEach(async () => {
    await setRules(undefined);
  });

  it('claimlint.rules {"ndc-missing":"off"} removes its diagnostics; restoring brings them back', async () => {
    await open(uri());
    await waitForRule(uri(), 'ndc-missing');
    await setRules({ 'ndc-missing': 'off' });
    await waitForNoRule(uri(), 'ndc-missing');
    await setRules(undefined);
    await waitForRule(uri(), 'ndc-missing');
  });

  it('claimlint.rules {"ndc-missing":"warning"} changes its severity', async () => {
    await open(uri());
    await waitForRule(uri(), 'ndc-missing');
    await setRules({ 'ndc-missing': 'warning' });
    const isWarning = (d: vscode.Diagnostic): boolean => ruleOf(d) === 'ndc-missing' && d.severity === vscode.DiagnosticSeverity.Warning;
    const found = await waitForDiagnostics(uri(), (ds) => ds.some(isWarning), 'ndc-missing as a warning');
    assert.ok(!found.some((d) => ruleOf(d) === 'ndc-missing' && !isWarning(d)), show(found));
    await setRules(undefined);
    await waitForDiagnostics(uri(), (ds) => ds.some((d) => ruleOf(d) === 'ndc-missing' && d.severity === vscode.DiagnosticSeverity.Error),
      'ndc-missing back to an error');
  });
});
