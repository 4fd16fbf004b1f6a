// Starts the claimlint language client; nothing else of substance lives here.
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
import { FORMAT_SEGMENT_PER_LINE, FORMAT_SEGMENT_PER_LINE_SERVER } from '../../server/src/features/commands';
import { registerRuleDocs, RULE_DOC_SCHEME } from './ruleDocs';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

/** What tests (and other extensions) can ask of claimlint. */
export interface ClaimlintApi {
  /** True once the language server has been started (only after a claim file was seen). */
  isServerStarted(): boolean;
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
    // Rule links open as read-only documents (ruleDocs.ts), not as editable files in the extension folder.
    initializationOptions: { ruleDocScheme: RULE_DOC_SCHEME },
    // The languages claim files open as (formats/catalog.ts), in files and untitled editors.
    documentSelector: claimLanguageIds().flatMap((language) => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]),
    synchronize: {
      configurationSection: 'claimlint',
      // Suppressions ("Ignore this finding") live in .claimlint.json next to the claim file; payer policies and shared
      // settings in .claimlintrc.json.
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.claimlint.json'), vscode.workspace.createFileSystemWatcher('**/.claimlintrc.json')],
    },
    middleware: {
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
  const startIfClaim = (document: vscode.TextDocument): void => {
    if (!starting && isClaimDocument(document)) void ensureStarted(context);
  };
  vscode.workspace.textDocuments.forEach(startIfClaim);
  context.subscriptions.push(
    registerRuleDocs(context),
    vscode.workspace.onDidOpenTextDocument(startIfClaim),
    // A JSON file can become a claim while the coder types into it.
    vscode.workspace.onDidChangeTextDocument((event) => startIfClaim(event.document)),
    vscode.commands.registerCommand('claimlint.restartServer', async () => {
      if (client) await client.restart();
      else await ensureStarted(context);
    }),
    vscode.commands.registerCommand(FORMAT_SEGMENT_PER_LINE, () => formatSegmentPerLine(context)),
  );
  return { isServerStarted: () => starting !== undefined };
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
