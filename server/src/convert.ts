// The only place that turns core results (offsets, findings, fixes) into LSP objects.
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  TextDocumentEdit,
  type Diagnostic,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { Finding, Fix, Severity, TextEdit } from './core/findings';
import type { Span } from './core/model';
import type { LineIndex } from './core/text';
import type { ConfigProblem } from './core/settings/problems';
import { ruleDocUri } from './ruleDocs';

export const SOURCE = 'claimlint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toDiagnostic(lines: LineIndex, finding: Finding): Diagnostic {
  return {
    range: toRange(lines, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocUri(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
  };
}

/** A problem in one of claimlint's own settings files, on that file. */
export function configDiagnostic(lines: LineIndex, problem: ConfigProblem): Diagnostic {
  return {
    range: toRange(lines, problem.span),
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: problem.message.replace(/^line \d+, column \d+: /, ''),
  };
}

export function toTextEdits(lines: LineIndex, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: toRange(lines, edit.span), newText: edit.newText }));
}

/**
 * Edits of one document. With `version` (clients that support documentChanges), a TextDocumentEdit that carries the
 * version the edits were computed for, so the client refuses them once the document has changed.
 */
export function toWorkspaceEdit(uri: string, lines: LineIndex, edits: readonly TextEdit[], version?: number): WorkspaceEdit {
  if (version === undefined) return { changes: { [uri]: toTextEdits(lines, edits) } };
  return { documentChanges: [TextDocumentEdit.create({ uri, version }, toTextEdits(lines, edits))] };
}

export function toQuickFix(uri: string, lines: LineIndex, finding: Finding, fix: Fix, version?: number): CodeAction {
  const action = CodeAction.create(fix.title, toWorkspaceEdit(uri, lines, fix.edits, version), CodeActionKind.QuickFix);
  action.diagnostics = [toDiagnostic(lines, finding)];
  action.isPreferred = fix.isPreferred;
  return action;
}
