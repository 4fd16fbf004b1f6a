import type { FileReport } from './report';

/** Compiler-style lines: file:line:col severity message [rule-id] (1-based line and column). */
export function formatText(reports: readonly FileReport[], quiet: boolean): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    if (report.error) {
      out.push(`${report.path}: error ${report.error}`);
      continue;
    }
    for (const f of report.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      if (quiet && f.severity !== 'error') continue;
      out.push(`${report.path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} [${f.ruleId}]`);
    }
    if (!quiet && report.claims === 0 && report.findings.length === 0) {
      // Say so rather than print nothing: an empty or non-claim file was not checked at all.
      out.push(`${report.path}: note: no claim found (empty file, or not X12 837 / FHIR / claim JSON); nothing to check`);
    }
    if (report.truncated) {
      const shown = report.findings.filter((f) => f.ruleId !== 'findings-capped').length;
      out.push(`${report.path}: note: ${shown} of ${report.totalFindings} findings shown (every rule ran on every line): raise --max-findings to see them all`);
    }
    if (report.fixesApplied) out.push(`${report.path}: fixed ${report.fixesApplied} problem(s)`);
    for (const note of report.notes ?? []) out.push(`${report.path}: note: ${note}`);
    for (const rule of report.ruleFailures ?? []) out.push(`${report.path}: note: rule ${rule} failed internally and was skipped`);
  }
  const files = reports.length;
  out.push(`${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return out.join('\n') + '\n';
}
