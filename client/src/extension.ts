// Starts the claimlint language client and wires the editor features (each in its own module) to it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { claimLanguageIds } from '../../server/src/core/formats/catalog';
import { mayBeClaimJson } from '../../server/src/core/formats/sniff';
import { CLIENT_COMMANDS_OPTION, FORMAT_SEGMENT_PER_LINE, FORMAT_SEGMENT_PER_LINE_SERVER, IGNORE_FINDING } from '../../server/src/features/commands';
import { ClaimViewPanel } from './claimView/panel';
import { registerRuleDocs, RULE_DOC_SCHEME } from './ruleDocs';
import { fixAllSafeProblems } from './fixAll';
import { FormatOffer } from './formatOffer';
import { ClaimStatusBar } from './statusBar';
import { chooseAndRemoveIgnored, ignoreFinding, showIgnoredFindings } from './suppressionCommands';
import { WorkspaceCheck, type WorkspaceCheckReport } from './workspaceCheck';

/** Command ids of the palette (package.json contributes.commands lists the same). */
export const COMMANDS = {
  showClaimView: 'claimlint.showClaimView',
  checkWorkspace: 'claimlint.checkWorkspace',
  fixAll: 'claimlint.fixAll',
  showIgnored: 'claimlint.showIgnoredFindings',
  removeIgnored: 'claimlint.removeIgnoredFindings',
  restartServer: 'claimlint.restartServer',
} as const;

/** Context key for menus: the active editor holds a claim file. */
const ACTIVE_IS_CLAIM = 'claimlint.activeIsClaim';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;
let statusBar: ClaimStatusBar | undefined;

/** What tests (and other extensions) can ask of claimlint. */
export interface ClaimlintApi {
  /** True once the language server has been started (only after a claim file was seen). */
  isServerStarted(): boolean;
  /** The status bar item's text and visibility (the UI check reads the same from the page). */
  statusBarText(): { readonly text: string; readonly visible: boolean };
}

function isClaimDocument(document: vscode.TextDocument): boolean {
  if (document.languageId === 'x12') return true;
  if (document.languageId === 'json' || document.languageId === 'jsonc') {
    // Only the head: typing in a large unrelated JSON file must stay free.
    return mayBeClaimJson(document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 400), 0)));
  }
  return false;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Rule links open as read-only documents (ruleDocs.ts), not as editable files in the extension folder; the
    // client asks the coder for a reason before a finding is ignored (features/codeActions.ts).
    initializationOptions: { ruleDocScheme: RULE_DOC_SCHEME, [CLIENT_COMMANDS_OPTION]: [IGNORE_FINDING] },
    // The languages claim files open as (formats/catalog.ts), in files and untitled editors.
    documentSelector: claimLanguageIds().flatMap((language) => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]),
    synchronize: {
      configurationSection: 'claimlint',
      // Suppressions ("Ignore this finding") live in .claimlint.json next to the claim file; payer policies and shared
      // settings in .claimlintrc.json.
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.claimlint.json'), vscode.workspace.createFileSystemWatcher('**/.claimlintrc.json')],
    },
    middleware: {
      // The status bar shows "checking…" while a slow check of the active file runs.
      provideDiagnostics: (document, previousResultId, token, next) => {
        const uri = document instanceof vscode.Uri ? document : document.uri;
        const work = Promise.resolve(next(document, previousResultId, token));
        return statusBar ? statusBar.checking(uri.toString(), work) : work;
      },
      workspace: {
        // The server hears only the settings the user set (so .claimlintrc.json can give the rest), and in untrusted
        // workspaces a workspace-set crosswalk path is not honoured: only the user's own setting counts.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value, index) => {
            if (params.items[index]?.section !== 'claimlint' || !value || typeof value !== 'object') return value;
            const scope = params.items[index].scopeUri ? vscode.Uri.parse(params.items[index].scopeUri!) : undefined;
            return explicitSettings(vscode.workspace.getConfiguration('claimlint', scope), value as Record<string, unknown>);
          });
        },
      },
    },
  };
  return new LanguageClient('claimlint', 'claimlint', serverOptions, clientOptions);
}

/** The claimlint settings the user (or the workspace, when trusted) set, nested as the server reads them. */
function explicitSettings(config: vscode.WorkspaceConfiguration, all: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const set = (key: string): unknown => {
    const inspected = config.inspect(key);
    if (!inspected) return undefined;
    if (key === 'crosswalkPath' && !vscode.workspace.isTrusted) return inspected.globalValue;
    return inspected.workspaceFolderValue ?? inspected.workspaceValue ?? inspected.globalValue;
  };
  for (const key of Object.keys(all)) {
    if (key === 'inlayHints' || key === 'trace') {
      out[key] = all[key];
      continue;
    }
    const value = set(key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function ensureStarted(context: vscode.ExtensionContext): Promise<void> {
  if (!starting) {
    client = createClient(context);
    starting = client.start();
  }
  return starting;
}

export function activate(context: vscode.ExtensionContext): ClaimlintApi {
  const started = async (): Promise<LanguageClient | undefined> => {
    await ensureStarted(context);
    return client;
  };
  const bar = (statusBar = new ClaimStatusBar(() => client, isClaimDocument));
  const workspaceCheck = new WorkspaceCheck(started, (uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && isClaimDocument(d)));
  const formatOffer = new FormatOffer(context.workspaceState);
  const activeChanged = (editor: vscode.TextEditor | undefined): void => {
    const isClaim = !!editor && isClaimDocument(editor.document);
    void vscode.commands.executeCommand('setContext', ACTIVE_IS_CLAIM, isClaim);
    if (isClaim && editor.document.languageId === 'x12') void started().then(() => formatOffer.consider(editor.document));
  };
  const startIfClaim = (document: vscode.TextDocument): void => {
    if (!starting && isClaimDocument(document)) void ensureStarted(context).then(() => bar.schedule(0));
  };
  vscode.workspace.textDocuments.forEach(startIfClaim);
  activeChanged(vscode.window.activeTextEditor);
  context.subscriptions.push(
    registerRuleDocs(context),
    bar,
    workspaceCheck,
    vscode.workspace.onDidOpenTextDocument(startIfClaim),
    // A JSON file can become a claim while the coder types into it.
    vscode.workspace.onDidChangeTextDocument((event) => startIfClaim(event.document)),
    vscode.window.onDidChangeActiveTextEditor(activeChanged),
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      if (client) await client.restart();
      else await ensureStarted(context);
    }),
    vscode.commands.registerCommand(FORMAT_SEGMENT_PER_LINE, () => formatSegmentPerLine(context)),
    vscode.commands.registerCommand(COMMANDS.showClaimView, (uri?: vscode.Uri) => showClaimView(context, started, uri)),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, (): Promise<WorkspaceCheckReport | undefined> => workspaceCheck.run()),
    vscode.commands.registerCommand(COMMANDS.fixAll, async (uri?: vscode.Uri) => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (document && isClaimDocument(document)) await started();
      return fixAllSafeProblems(document && isClaimDocument(document) ? document : undefined);
    }),
    vscode.commands.registerCommand(IGNORE_FINDING, async (args) => ignoreFinding(await started(), args)),
    vscode.commands.registerCommand(COMMANDS.showIgnored, () => showIgnoredFindings()),
    vscode.commands.registerCommand(COMMANDS.removeIgnored, () => chooseAndRemoveIgnored()),
  );
  return {
    isServerStarted: () => starting !== undefined,
    statusBarText: () => ({ text: bar.item.text, visible: bar.visible }),
  };
}

/** Opens the claim view beside the editor for the given or active claim file. */
async function showClaimView(context: vscode.ExtensionContext, started: () => Promise<LanguageClient | undefined>, uri?: vscode.Uri): Promise<void> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || !isClaimDocument(document)) {
    void vscode.window.showInformationMessage('claimlint: open a claim file (X12 837, FHIR or claim JSON) to see it as a table of claims.');
    return;
  }
  await started();
  ClaimViewPanel.show(context, started, isClaimDocument, document);
}

/** Asks the server for the "one segment per line" edit of the active X12 file and applies it (one undo step). */
async function formatSegmentPerLine(context: vscode.ExtensionContext): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'x12') {
    void vscode.window.showInformationMessage('claimlint: open an X12 claim file to format it one segment per line.');
    return;
  }
  await ensureStarted(context);
  if (!client) return;
  const result = await client.sendRequest(ExecuteCommandRequest.type, {
    command: FORMAT_SEGMENT_PER_LINE_SERVER,
    arguments: [document.uri.toString()],
  });
  if (!result) {
    void vscode.window.showInformationMessage('claimlint: every segment is already on its own line.');
    return;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result);
  if (edit) await vscode.workspace.applyEdit(edit);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
