import {
  CodeAction,
  CodeActionKind,
  CreateFile,
  TextDocumentEdit,
  type CodeActionParams,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { collectSafeEdits } from '../core/fixAll';
import type { Finding } from '../core/findings';
import { recordSuppression, SUPPRESSION_FILE_NAME, SUPPRESSION_RULE_ID, suppressionFor, type Suppression } from '../core/suppression';
import { FIX_ALL_KIND, IGNORE_FINDING } from './commands';
import { LineIndex } from '../core/text';
import { toDiagnostic, toQuickFix, toTextEdits, toWorkspaceEdit } from '../convert';
import type { DocumentState } from '../documentStore';
import type { FindingsView, SuppressionContext } from './suppressions';

export { FIX_ALL_KIND };

/** Findings that cannot be meaningfully ignored per line (unreadable input, the suppression file itself). */
const NOT_IGNORABLE = new Set(['parse-error', SUPPRESSION_RULE_ID]);

export interface CodeActionOptions {
  readonly view: FindingsView;
  readonly suppression: SuppressionContext | undefined;
  /** The client can create files through a WorkspaceEdit (resourceOperations "create"). */
  readonly canCreateFiles: boolean;
  /** YYYY-MM-DD for the default reason. */
  readonly today: string;
  /** The client takes versioned document edits (documentChanges): fixes carry the version they were computed for. */
  readonly versionedEdits: boolean;
  /** The client runs IGNORE_FINDING (asks for a reason); otherwise the action records the default reason directly. */
  readonly askForReason: boolean;
}

/** Quick fixes for the findings under the cursor, "ignore this finding", and "fix all safe problems". */
export function codeActionsFor(state: DocumentState, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  const findings = options.view.reported;
  const version = options.versionedEdits ? state.version : undefined;

  if (wants(CodeActionKind.QuickFix)) {
    const start = state.lines.offsetAt(params.range.start);
    const end = state.lines.offsetAt(params.range.end);
    const touching = findings.filter((f) => f.span.start <= end && start <= f.span.end);
    for (const finding of touching) {
      for (const fix of finding.fixes) actions.push(toQuickFix(state.uri, state.lines, finding, fix, version));
    }
    for (const finding of touching) {
      const ignore = ignoreAction(state, finding, options);
      if (ignore) actions.push(ignore);
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const edits = collectSafeEdits(findings);
    if (edits.length > 0) {
      actions.push(CodeAction.create('claimlint: Fix all safe problems', toWorkspaceEdit(state.uri, state.lines, edits, version), FIX_ALL_KIND));
    }
  }
  return actions;
}

function ignoreAction(state: DocumentState, finding: Finding, options: CodeActionOptions): CodeAction | undefined {
  const context = options.suppression;
  if (!context || NOT_IGNORABLE.has(finding.ruleId)) return undefined;
  const suppression = suppressionFor(state.doc, finding, context.fileName, defaultReason(options.today));
  if (!suppression) return undefined;
  // Computed now even when the client will ask for a reason: an entry that cannot be recorded is not offered.
  const edit = suppressionEdit(context, suppression, options.canCreateFiles);
  if (!edit) return undefined;
  const where = suppression.line !== undefined ? `line ${suppression.line} of claim ${suppression.claim}` : `claim ${suppression.claim}`;
  const title = `Ignore ${finding.ruleId} on ${where} (record in ${SUPPRESSION_FILE_NAME})…`;
  const action = options.askForReason
    ? CodeAction.create(title, { title, command: IGNORE_FINDING, arguments: [{ documentUri: state.uri, suppression } satisfies IgnoreFindingArgs] }, CodeActionKind.QuickFix)
    : CodeAction.create(title, edit, CodeActionKind.QuickFix);
  action.diagnostics = [toDiagnostic(state.lines, finding)];
  action.isPreferred = false;
  return action;
}

/** The reason offered when the coder gives none. */
export function defaultReason(today: string): string {
  return `reviewed: ${today}`;
}

/** What the client command gets, and hands back to the server with the coder's reason. */
export interface IgnoreFindingArgs {
  readonly documentUri: string;
  readonly suppression: Suppression;
}

/** The WorkspaceEdit that records `suppression` in `.claimlint.json` (creating it when needed); undefined when it cannot. */
export function suppressionEdit(context: SuppressionContext, suppression: Suppression, canCreateFiles: boolean): WorkspaceEdit | undefined {
  const record = recordSuppression(context.text, suppression);
  if (record.kind === 'none') return undefined;
  if (record.kind === 'create') {
    if (!canCreateFiles) return undefined;
    return {
      documentChanges: [
        CreateFile.create(context.fileUri, { ignoreIfExists: true }),
        TextDocumentEdit.create({ uri: context.fileUri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: record.text }]),
      ],
    };
  }
  return { changes: { [context.fileUri]: toTextEdits(new LineIndex(context.text ?? ''), record.edits) } };
}
