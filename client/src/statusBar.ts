// The claimlint status bar item for claim files: findings by severity, the payer the claims are judged as, "N of M
// shown" when the cap cut findings, and "checking…" while a big file is being checked. Clicking opens Problems.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FILE_SUMMARY_REQUEST, type FileSummaryResult } from '../../server/src/features/requests';
import { describeSummary } from './statusText';

/** A check that takes longer than this shows "checking…" (small files never flicker). */
const CHECKING_AFTER_MS = 300;
const REFRESH_DELAY_MS = 150;

export class ClaimStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly pending = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private checkingTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** Whether the item is shown (StatusBarItem has no getter for it). */
  visible = false;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly isClaim: (document: vscode.TextDocument) => boolean,
  ) {
    this.item = vscode.window.createStatusBarItem('claimlint.status', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'claimlint';
    this.item.command = { title: 'Open Problems', command: 'workbench.actions.view.problems' };
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = this.activeUri();
        if (active && event.uris.some((u) => u.toString() === active)) this.schedule(REFRESH_DELAY_MS);
      }),
    );
  }

  /** Called around each diagnostics request (language client middleware), to show "checking…" for slow checks. */
  checking<T>(uri: string, work: Thenable<T>): Thenable<T> {
    this.pending.set(uri, (this.pending.get(uri) ?? 0) + 1);
    clearTimeout(this.checkingTimer);
    this.checkingTimer = setTimeout(() => this.showChecking(), CHECKING_AFTER_MS);
    const done = (): void => {
      const left = (this.pending.get(uri) ?? 1) - 1;
      if (left > 0) this.pending.set(uri, left);
      else this.pending.delete(uri);
      if (uri === this.activeUri()) this.schedule(0);
    };
    return work.then((value) => (done(), value), (error: unknown) => (done(), Promise.reject(error)));
  }

  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private activeUri(): string | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && this.isClaim(document) ? document.uri.toString() : undefined;
  }

  private showChecking(): void {
    const uri = this.activeUri();
    if (!uri || !this.pending.has(uri)) return;
    this.item.text = '$(sync~spin) claimlint: checking…';
    this.item.tooltip = 'claimlint is checking this file';
    this.item.accessibilityInformation = { label: 'claimlint is checking this file' };
    this.show();
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const uri = this.activeUri();
    const client = this.client();
    if (!uri || !client?.isRunning()) {
      this.hide();
      return;
    }
    if (this.pending.has(uri)) return; // "checking…" stays until the check is done
    let summary: FileSummaryResult = null;
    try {
      summary = await client.sendRequest<FileSummaryResult>(FILE_SUMMARY_REQUEST, { uri });
    } catch {
      summary = null;
    }
    if (generation !== this.generation || uri !== this.activeUri()) return;
    if (!summary?.format) {
      this.hide();
      return;
    }
    const view = describeSummary(summary);
    this.item.text = view.text;
    this.item.tooltip = new vscode.MarkdownString(view.tooltip);
    this.item.accessibilityInformation = { label: view.label };
    this.show();
  }

  private show(): void {
    this.visible = true;
    this.item.show();
  }

  private hide(): void {
    this.visible = false;
    this.item.hide();
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.checkingTimer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
