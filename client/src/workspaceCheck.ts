// "claimlint: Check workspace": every claim file of the workspace (files.exclude honoured), checked by the server in
// small batches with progress and cancel; the findings go to the Problems panel. Files are only read, never written.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { extensionsOf } from '../../server/src/core/formats/catalog';
import { RC_FILE_NAME } from '../../server/src/core/settings/rcFile';
import { SUPPRESSION_FILE_NAME } from '../../server/src/core/suppression';
import { CHECK_FILES_REQUEST, type CheckFilesResult } from '../../server/src/features/requests';

const BATCH = 8;
/** Folders never worth checking (the CLI skips them too). files.exclude covers the rest. */
const SKIPPED = /\/(node_modules|\.git)\//;
const MAX_FILES = 20_000;

export interface WorkspaceCheckReport {
  /** Files looked at (claim-like names), and of those the claim files. */
  readonly files: number;
  readonly claimFiles: number;
  readonly counts: { readonly error: number; readonly warning: number; readonly information: number };
  readonly skipped: number;
  readonly cancelled: boolean;
}

export class WorkspaceCheck implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('claimlint-workspace');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly client: () => Promise<LanguageClient | undefined>, private readonly isOpenClaim: (uri: vscode.Uri) => boolean) {
    // An opened file is checked as it is typed; its live findings replace the workspace check's.
    this.disposables.push(vscode.workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri)));
  }

  async run(): Promise<WorkspaceCheckReport | undefined> {
    const client = await this.client();
    if (!client) return undefined;
    const glob = `**/*.{${extensionsOf().map((e) => e.slice(1)).join(',')}}`;
    const found = (await vscode.workspace.findFiles(glob, undefined, MAX_FILES + 1))
      .filter((u) => !SKIPPED.test(u.path) && !u.path.endsWith(`/${SUPPRESSION_FILE_NAME}`) && !u.path.endsWith(`/${RC_FILE_NAME}`))
      .sort((a, b) => a.path.localeCompare(b.path));
    const files = found.slice(0, MAX_FILES);
    const open = files.filter((u) => this.isOpenClaim(u));
    const toCheck = files.filter((u) => !this.isOpenClaim(u));
    this.collection.clear();
    const counts = { error: 0, warning: 0, information: 0 };
    const tally = (diagnostics: readonly vscode.Diagnostic[]): void => {
      for (const d of diagnostics) {
        if (d.severity === vscode.DiagnosticSeverity.Error) counts.error++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
        else counts.information++;
      }
    };
    for (const uri of open) tally(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'claimlint'));
    let claimFiles = open.length;
    let skipped = 0;
    let done = 0;
    const cancelled = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'claimlint: Checking the workspace', cancellable: true },
      async (progress, token) => {
        progress.report({ message: `0 of ${toCheck.length} files` });
        for (let i = 0; i < toCheck.length; i += BATCH) {
          if (token.isCancellationRequested) return true;
          const batch = toCheck.slice(i, i + BATCH);
          let result: CheckFilesResult;
          try {
            result = await client.sendRequest<CheckFilesResult>(CHECK_FILES_REQUEST, { uris: batch.map((u) => u.toString()) }, token);
          } catch {
            if (token.isCancellationRequested) return true;
            result = { files: [] };
          }
          for (const file of result.files) {
            if (file.skipped) skipped++;
            if (file.format) claimFiles++;
            if (file.diagnostics.length === 0) continue;
            const uri = vscode.Uri.parse(file.uri);
            if (this.isOpenClaim(uri)) continue; // opened meanwhile: its live findings are in Problems already
            const diagnostics = await client.protocol2CodeConverter.asDiagnostics(file.diagnostics);
            this.collection.set(uri, diagnostics);
            tally(diagnostics);
          }
          done += batch.length;
          progress.report({ message: `${done} of ${toCheck.length} files`, increment: (batch.length / toCheck.length) * 100 });
        }
        return token.isCancellationRequested;
      },
    );
    const report: WorkspaceCheckReport = { files: open.length + done, claimFiles, counts, skipped, cancelled };
    void vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.window.showInformationMessage(describeReport(report, files.length, found.length > MAX_FILES));
    return report;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function describeReport(r: WorkspaceCheckReport, total: number, tooMany: boolean): string {
  const n = (k: number, noun: string): string => `${k} ${noun}${k === 1 ? '' : 's'}`;
  const findings = `${n(r.counts.error, 'error')}, ${n(r.counts.warning, 'warning')}, ${r.counts.information} information`;
  const head = r.cancelled ? `claimlint: workspace check cancelled after ${r.files} of ${total} files` : `claimlint: checked ${n(r.claimFiles, 'claim file')}`;
  const notes = [r.skipped ? `${r.skipped} not checked (too large or unreadable)` : '', tooMany ? `only the first ${MAX_FILES} files were looked at` : ''].filter(Boolean).join('; ');
  return `${head}: ${findings} (in Problems)${notes ? `; ${notes}` : ''}.`;
}
