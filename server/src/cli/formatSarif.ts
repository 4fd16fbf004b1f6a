import { pathToFileURL } from 'node:url';
import { ruleDocFileUri } from '../ruleDocs';
import type { Severity } from '../core/findings';
import type { RuleMeta } from '../core/rules/rule';
import type { FileReport } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 for code-scanning tools. Regions are 1-based; columns count UTF-16 code units. */
export function formatSarif(reports: readonly FileReport[], rules: readonly RuleMeta[], version: string): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) =>
    report.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: pathToFileURL(report.path).href },
            region: {
              startLine: f.range.start.line + 1,
              startColumn: f.range.start.character + 1,
              endLine: f.range.end.line + 1,
              endColumn: f.range.end.character + 1,
            },
          },
        },
      ],
      ...(f.fixes.length
        ? {
            fixes: f.fixes.map((fix) => ({
              description: { text: fix.title },
              artifactChanges: [
                {
                  artifactLocation: { uri: pathToFileURL(report.path).href },
                  replacements: fix.edits.map((edit) => ({
                    deletedRegion: {
                      startLine: edit.range.start.line + 1,
                      startColumn: edit.range.start.character + 1,
                      endLine: edit.range.end.line + 1,
                      endColumn: edit.range.end.character + 1,
                    },
                    insertedContent: { text: edit.newText },
                  })),
                },
              ],
            })),
          }
        : {}),
    })),
  );
  const notifications = reports
    .filter((r) => r.error)
    .map((r) => ({ level: 'error', message: { text: `${r.path}: ${r.error}` } }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimlint',
            version,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: ruleDocFileUri(rule.id),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
