import { CodeAction, CodeActionKind, type CodeActionParams } from 'vscode-languageserver/node';
import { collectSafeEdits } from '../core/fixAll';
import { toQuickFix, toWorkspaceEdit } from '../convert';
import type { DocumentState } from '../documentStore';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.claimlint`;

/** Quick fixes for the findings under the cursor, and "fix all safe problems". */
export function codeActionsFor(state: DocumentState, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const start = state.lines.offsetAt(params.range.start);
    const end = state.lines.offsetAt(params.range.end);
    for (const finding of state.result.findings) {
      const touches = finding.span.start <= end && start <= finding.span.end;
      if (!touches) continue;
      for (const fix of finding.fixes) actions.push(toQuickFix(state.uri, state.lines, finding, fix));
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const edits = collectSafeEdits(state.result.findings);
    if (edits.length > 0) {
      actions.push(CodeAction.create('claimlint: Fix all safe problems', toWorkspaceEdit(state.uri, state.lines, edits), FIX_ALL_KIND));
    }
  }
  return actions;
}
