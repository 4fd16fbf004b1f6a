// The claim view beside the editor: follows the active claim file, updates as it changes, jumps to what is clicked.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range } from 'vscode-languageserver-protocol';
import { CLAIM_VIEW_REQUEST, type ClaimViewParams, type ClaimViewResult } from '../../../server/src/features/requests';
import { claimViewShell } from './html';
import { renderClaimView } from './render';

const VIEW_TYPE = 'claimlint.claimView';
const REFRESH_DELAY_MS = 250;

export class ClaimViewPanel implements vscode.Disposable {
  private static current: ClaimViewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private document: vscode.TextDocument;
  private targets: Range[] = [];
  private revealPatients = false;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private disposed = false;

  /** Shows the view for `document` (creating the panel beside the editor, or reusing it). */
  static show(context: vscode.ExtensionContext, client: () => Promise<LanguageClient | undefined>, isClaim: (d: vscode.TextDocument) => boolean, document: vscode.TextDocument): ClaimViewPanel {
    if (ClaimViewPanel.current) {
      ClaimViewPanel.current.showDocument(document);
      ClaimViewPanel.current.panel.reveal(undefined, true);
      return ClaimViewPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Claims', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
    });
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'icon.png');
    ClaimViewPanel.current = new ClaimViewPanel(panel, context, client, isClaim, document);
    return ClaimViewPanel.current;
  }

  /** The open view, if any (tests and commands). */
  static get open(): ClaimViewPanel | undefined {
    return ClaimViewPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    private readonly client: () => Promise<LanguageClient | undefined>,
    isClaim: (d: vscode.TextDocument) => boolean,
    document: vscode.TextDocument,
  ) {
    this.document = document;
    const media = (name: string): string => panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'media', name)).toString();
    panel.webview.html = claimViewShell({ cspSource: panel.webview.cspSource, scriptUri: media('claimView.js'), styleUri: media('claimView.css') });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      panel.onDidChangeViewState(() => panel.visible && this.schedule(0)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document !== this.document && isClaim(editor.document)) this.showDocument(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => event.document === this.document && this.schedule(REFRESH_DELAY_MS)),
      // Settings, .claimlint.json and .claimlintrc.json change findings without an edit: diagnostics say when.
      vscode.languages.onDidChangeDiagnostics((event) => event.uris.some((u) => u.toString() === this.document.uri.toString()) && this.schedule(REFRESH_DELAY_MS)),
    );
    this.showDocument(document);
  }

  showDocument(document: vscode.TextDocument): void {
    if (document !== this.document) this.revealPatients = false;
    this.document = document;
    this.panel.title = `Claims: ${baseName(document.uri)}`;
    this.schedule(0);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const client = await this.client();
    if (!client) return;
    const params: ClaimViewParams = { uri: this.document.uri.toString(), revealPatients: this.revealPatients };
    let view: ClaimViewResult = null;
    try {
      view = await client.sendRequest<ClaimViewResult>(CLAIM_VIEW_REQUEST, params);
    } catch {
      view = null; // the server answers failures empty; a stopped client lands here
    }
    if (generation !== this.generation) return; // a newer refresh is under way
    const rendered = renderClaimView(view, baseName(this.document.uri));
    this.targets = rendered.targets;
    void this.panel.webview.postMessage({ type: 'render', html: rendered.html });
  }

  private async onMessage(message: unknown): Promise<void> {
    const m = message as { type?: unknown; index?: unknown; value?: unknown };
    if (m?.type === 'ready') this.schedule(0);
    else if (m?.type === 'reveal') {
      this.revealPatients = m.value === true;
      this.schedule(0);
    } else if (m?.type === 'jump' && typeof m.index === 'number' && this.targets[m.index]) await this.jump(this.targets[m.index]);
  }

  /** Selects the place in the editor that shows the document (opening it in the first column if none does). */
  private async jump(target: Range): Promise<void> {
    const range = new vscode.Range(target.start.line, target.start.character, target.end.line, target.end.character);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    ClaimViewPanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}
