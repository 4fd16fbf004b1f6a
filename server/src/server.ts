// LSP wiring only: capabilities, request → core call → convert. Logic lives in ./core.
import {
  createConnection,
  DidChangeConfigurationNotification,
  DocumentFormattingRequest,
  DocumentDiagnosticReportKind,
  type DocumentDiagnosticReport,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind } from 'vscode-languageserver/node';
import { describeFailure, todayIso } from './core/lint';
import { SUPPRESSION_FILE_NAME } from './core/suppression';
import { toDiagnostic } from './convert';
import { useRuleDocScheme } from './ruleDocs';
import { DocumentStore, type DocumentState, type ParsedState } from './documentStore';
import { codeActionsFor, FIX_ALL_KIND, suppressionEdit } from './features/codeActions';
import { CLIENT_COMMANDS_OPTION, FORMAT_SEGMENT_PER_LINE_SERVER as FORMAT_COMMAND, IGNORE_FINDING, IGNORE_FINDING_SERVER } from './features/commands';
import { checkFiles } from './features/checkFiles';
import { claimViewFor } from './features/claimView';
import {
  CHECK_FILES_REQUEST,
  CLAIM_VIEW_REQUEST,
  FILE_SUMMARY_REQUEST,
  type CheckFilesParams,
  type CheckFilesResult,
  type ClaimViewParams,
  type ClaimViewResult,
  type FileSummaryParams,
  type FileSummaryResult,
} from './features/requests';
import { summarizeAnalysis } from './core/fileSummary';
import { readSuppressionArgs } from './features/ignoreFinding';
import { completionFor, foldingFor, formatSegmentPerLineEdit, formattingEditsFor, hoverFor, inlayHintsFor, symbolsFor } from './features/languageFeatures';
import { SuppressionSource, viewFindings, type FindingsView } from './features/suppressions';
import { knowledgeFor } from './knowledgeSource';
import { readSettings, type ClaimlintSettings } from './settings';
import { RcSource, type RcState } from './rcSource';
import { RC_FILE_NAME } from './core/settings/rcFile';
import { suppressionFileProblems } from './core/suppression';
import { LineIndex } from './core/text';
import { configDiagnostic } from './convert';
import { fileURLToPath } from 'node:url';
import { ChangeTrail } from './changeTrail';
import { hoverFromEarlierRead } from './features/earlierHover';

const connection: Connection = createConnection(ProposedFeatures.all);
const trail = new ChangeTrail();
const documents = new TextDocuments<TextDocument>({ create: TextDocument.create, update: (document, changes, version) => trail.update(document, changes, version) });

let pullDiagnostics = false;
let configurationRequests = false;
let canCreateFiles = false;
let versionedEdits = false;
let inlayHintRefresh = false;
let formattingRegistration = false;
let showDocument = false;
/** The client runs "Ignore this finding…" itself (asks for a reason). */
let askForReason = false;

const settingsCache = new Map<string, Promise<ClaimlintSettings>>();
const reportedOnce = new Set<string>();

/** Logs a problem once per key. Messages never contain claim content. */
function logOnce(key: string, message: string): void {
  if (reportedOnce.has(key)) return;
  reportedOnce.add(key);
  connection.console.error(message);
}

function warnUserOnce(key: string, message: string): void {
  if (reportedOnce.has(key)) return;
  reportedOnce.add(key);
  void connection.window.showWarningMessage(message);
}

/**
 * Runs a request handler so that a failure never reaches the client as an error (whose message the client would
 * log, and which could quote claim text): it is logged once without its message and answered with `fallback`.
 */
function guarded<P, R>(feature: string, fallback: R, handler: (params: P) => Promise<R>): (params: P) => Promise<R> {
  return async (params) => {
    try {
      return await handler(params);
    } catch (error) {
      logOnce(`feature:${feature}`, `claimlint: ${feature} failed and was answered empty: ${describeFailure(error)}`);
      return fallback;
    }
  };
}

let workspaceRoots: string[] = [];
const rcFiles = new RcSource((uri) => documents.get(uri)?.getText(), () => workspaceRoots);

async function settingsFor(uri: string): Promise<ClaimlintSettings> {
  const rc = rcFiles.forDocument(uri);
  if (rc) reportRcProblemsOnce(rc);
  // One settings object per document until something changes: the claim cache is bound to it.
  let pending = settingsCache.get(uri);
  if (!pending) {
    pending = configurationRequests
      ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'claimlint' }).then((raw) => readSettings(raw, rc), () => readSettings({}, rc))
      : Promise.resolve(readSettings({}, rc));
    settingsCache.set(uri, pending);
  }
  const settings = await pending;
  for (const warning of settings.warnings) warnUserOnce(`settings:${warning}`, `claimlint settings: ${warning}`);
  return settings;
}

/** A broken `.claimlintrc.json` is said once per content (its own diagnostics point at the place). */
function reportRcProblemsOnce(rc: RcState): void {
  const errors = rc.problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return;
  const kept = rc.config ? 'the previous settings stay in force' : 'claimlint uses its defaults';
  warnUserOnce(`rc:${rc.uri}:${rc.key}`, `claimlint: ${RC_FILE_NAME} ${errors[0].message}; ${kept} until it is fixed.`);
}

const suppressions = new SuppressionSource((uri) => documents.get(uri)?.getText());

/** The `.claimlint.json` of a claim file; a broken one not open in the editor is said once, with a way to open it there. */
function suppressionsOf(uri: string) {
  const context = suppressions.contextFor(uri);
  if (context?.set.problem && context.text !== undefined && !documents.get(context.fileUri)) reportSuppressionProblemOnce(context.fileUri, context.text);
  return context;
}

function reportSuppressionProblemOnce(fileUri: string, text: string): void {
  const [problem] = suppressionFileProblems(text);
  if (!problem || reportedOnce.has(`suppressions:${fileUri}:${problem.message}`)) return;
  reportedOnce.add(`suppressions:${fileUri}:${problem.message}`);
  const open = `Open ${SUPPRESSION_FILE_NAME}`;
  void connection.window.showWarningMessage(`claimlint: ${problem.message}`, ...(showDocument ? [{ title: open }] : [])).then((choice) => {
    if (choice?.title !== open) return;
    const at = new LineIndex(text);
    return connection.window.showDocument({ uri: fileUri, takeFocus: true, selection: { start: at.positionAt(problem.span.start), end: at.positionAt(problem.span.end) } });
  }).catch(() => undefined);
}

function knowledgeOf(settings: ClaimlintSettings) {
  const choice = knowledgeFor(settings.crosswalkPath);
  if (choice.error) warnUserOnce(`crosswalk:${settings.crosswalkPath}:${choice.error}`, choice.error);
  return choice.knowledge;
}

const store = new DocumentStore(documents, {
  suppressionsFor: suppressionsOf,
  settingsFor,
  knowledgeFor: knowledgeOf,
  languageIdOf: (uri) => documents.get(uri)?.languageId,
});

/** The analysed state, or undefined when the document is gone or claimlint is disabled for it. */
async function stateOf(uri: string): Promise<DocumentState | undefined> {
  try {
    const state = await store.get(uri);
    if (!state) return undefined;
    for (const failure of state.result.failures) {
      logOnce(`rule:${failure.ruleId}`, `claimlint: rule ${failure.ruleId} failed and was skipped (other rules still ran): ${failure.error}`);
    }
    return state.settings.enable ? state : undefined;
  } catch (error) {
    logOnce(`analyze:${(error as Error).message}`, `claimlint: analysis failed: ${describeFailure(error)}`);
    return undefined;
  }
}

/**
 * The document as read for features that must not wait for a whole check (hover, completion, outline, folding,
 * inlay hints): during a check it has no findings yet, and hovers show no "Why" until the check is done.
 */
async function parsedStateOf(uri: string): Promise<ParsedState | undefined> {
  try {
    const state = await store.peek(uri);
    return state?.settings.enable ? state : undefined;
  } catch (error) {
    logOnce(`analyze:${(error as Error).message}`, `claimlint: analysis failed: ${describeFailure(error)}`);
    return undefined;
  }
}

/** Findings after `.claimlint.json` suppressions: what is reported, and what is ignored (for hovers). */
function findingsOf(state: ParsedState): FindingsView {
  return state.result ? viewFindings(state.result.findings, state.result.suppressed) : NO_FINDINGS;
}
const NO_FINDINGS: FindingsView = viewFindings([], []);

async function diagnosticsOf(uri: string) {
  if (isSuppressionFile(uri) || isRcFile(uri)) {
    const text = documents.get(uri)?.getText();
    return text === undefined ? [] : configFileDiagnostics(uri, text);
  }
  const state = await stateOf(uri);
  if (!state) return [];
  return findingsOf(state).reported.map((finding) => toDiagnostic(state.lines, finding));
}

function isSuppressionFile(uri: string): boolean {
  return uri.endsWith(`/${SUPPRESSION_FILE_NAME}`);
}

function isRcFile(uri: string): boolean {
  return uri.endsWith(`/${RC_FILE_NAME}`);
}

/** The settings files' own diagnostics: what is wrong with a `.claimlintrc.json` or `.claimlint.json`, where it is. */
function configFileDiagnostics(uri: string, text: string) {
  const lines = new LineIndex(text);
  const problems = isRcFile(uri) ? (rcFiles.forFile(uri)?.problems ?? []) : suppressionFileProblems(text);
  return problems.map((p) => configDiagnostic(lines, p));
}

/** A `.claimlint.json` or `.claimlintrc.json` changed: every claim document's findings may change. */
function configFilesChanged(): void {
  suppressions.forget();
  rcFiles.forget();
  settingsCache.clear();
  store.invalidateAll();
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  else for (const document of documents.all()) schedulePush(document.uri);
}

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  workspaceRoots = (params.workspaceFolders ?? []).flatMap((folder) => {
    try {
      return folder.uri.startsWith('file:') ? [fileURLToPath(folder.uri)] : [];
    } catch {
      return [];
    }
  });
  pullDiagnostics = !!capabilities.textDocument?.diagnostic;
  configurationRequests = !!capabilities.workspace?.configuration;
  const workspaceEdit = capabilities.workspace?.workspaceEdit;
  canCreateFiles = !!workspaceEdit?.documentChanges && !!workspaceEdit.resourceOperations?.includes('create');
  versionedEdits = !!workspaceEdit?.documentChanges;
  inlayHintRefresh = !!capabilities.workspace?.inlayHint?.refreshSupport;
  useRuleDocScheme((params.initializationOptions as { ruleDocScheme?: unknown } | undefined)?.ruleDocScheme);
  formattingRegistration = !!capabilities.textDocument?.formatting?.dynamicRegistration;
  showDocument = !!capabilities.window?.showDocument?.support;
  const clientCommands = (params.initializationOptions as Record<string, unknown> | undefined)?.[CLIENT_COMMANDS_OPTION];
  askForReason = Array.isArray(clientCommands) && clientCommands.includes(IGNORE_FINDING);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      diagnosticProvider: pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', '>', '^', '*', '"'], resolveProvider: false },
      documentSymbolProvider: { label: 'claimlint' },
      foldingRangeProvider: true,
      inlayHintProvider: { resolveProvider: false },
      // Registered for X12 only where the client allows (below), so JSON files keep the editor's own formatter.
      documentFormattingProvider: formattingRegistration ? undefined : true,
      executeCommandProvider: { commands: [FORMAT_COMMAND, IGNORE_FINDING_SERVER] },
    },
    serverInfo: { name: 'claimlint' },
  };
});

connection.onInitialized(() => {
  if (configurationRequests) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'claimlint' }).catch(() => undefined);
  }
  if (formattingRegistration) {
    void connection.client.register(DocumentFormattingRequest.type, { documentSelector: [{ language: 'x12' }] }).catch(() => undefined);
  }
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  store.invalidateAll();
  if (inlayHintRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  else for (const document of documents.all()) schedulePush(document.uri);
});

// Pull model: the client asks when it wants diagnostics.
const NO_DIAGNOSTICS: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
connection.languages.diagnostics.on(
  guarded('diagnostics', NO_DIAGNOSTICS, async (params): Promise<DocumentDiagnosticReport> => ({
    kind: DocumentDiagnosticReportKind.Full,
    items: await diagnosticsOf(params.textDocument.uri),
  })),
);

// Push model, for clients without pull support: publish shortly after typing stops.
const pushTimers = new Map<string, NodeJS.Timeout>();
const PUSH_DELAY_MS = 60;
function schedulePush(uri: string): void {
  if (pullDiagnostics) return;
  clearTimeout(pushTimers.get(uri));
  pushTimers.set(
    uri,
    setTimeout(() => {
      pushTimers.delete(uri);
      const version = documents.get(uri)?.version;
      void diagnosticsOf(uri).then((diagnostics) => {
        if (documents.get(uri)?.version === version) void connection.sendDiagnostics({ uri, version, diagnostics });
      }, (error) => logOnce('feature:push diagnostics', `claimlint: diagnostics failed: ${describeFailure(error)}`));
    }, PUSH_DELAY_MS),
  );
}

documents.onDidChangeContent((change) => {
  const uri = change.document.uri;
  if (isSuppressionFile(uri) || isRcFile(uri)) {
    configFilesChanged();
    schedulePush(uri);
  } else schedulePush(uri);
});
connection.onDidChangeWatchedFiles((params) => {
  if (params.changes.some((change) => isSuppressionFile(change.uri) || isRcFile(change.uri))) configFilesChanged();
});
documents.onDidClose((event) => {
  const uri = event.document.uri;
  clearTimeout(pushTimers.get(uri));
  pushTimers.delete(uri);
  store.forget(uri);
  trail.forget(uri);
  settingsCache.delete(uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
});

/** How long code actions wait for a running check before they answer from the last complete one. */
const CODE_ACTION_WAIT_MS = 150;

connection.onCodeAction(guarded('code actions', [], async (params) => {
  const uri = params.textDocument.uri;
  // Fixes carry the version they were computed for (when the client takes versioned edits), so a fix from the last
  // complete check of an older version is safe to offer: the client refuses it if the text has moved on.
  const previous = versionedEdits ? store.lastComplete(uri) : undefined;
  const current = stateOf(uri);
  const state = previous
    ? await Promise.race([current, new Promise<DocumentState | undefined>((resolve) => setTimeout(() => resolve(previous), CODE_ACTION_WAIT_MS))])
    : await current;
  if (!state?.settings.enable) return [];
  const suppression = suppressions.contextFor(state.uri);
  const view = viewFindings(state.result.findings, state.result.suppressed);
  return codeActionsFor(state, params, { view, suppression, canCreateFiles, versionedEdits, today: todayIso(), askForReason });
}));

connection.onHover(guarded('hover', null, async (params) => {
  // While a newer version is read, a hover on a claim the edits did not change answers at once from the earlier read.
  const early = hoverFromEarlierRead(params.textDocument.uri, params.position, { documents, store, trail, findingsOf });
  if (early !== undefined) return early;
  const state = await parsedStateOf(params.textDocument.uri);
  return state ? hoverFor(state, params.position, findingsOf(state)) : null;
}));

connection.onCompletion(guarded('completion', [], async (params) => {
  const state = await parsedStateOf(params.textDocument.uri);
  return state ? completionFor(state, params.position) : [];
}));

connection.onDocumentSymbol(guarded('document symbols', [], async (params) => {
  const state = await parsedStateOf(params.textDocument.uri);
  return state ? symbolsFor(state) : [];
}));

connection.onFoldingRanges(guarded('folding ranges', null, async (params) => {
  const state = await parsedStateOf(params.textDocument.uri);
  return state ? foldingFor(state) : null;
}));

connection.languages.inlayHint.on(guarded('inlay hints', [], async (params) => {
  const state = await parsedStateOf(params.textDocument.uri);
  return state?.settings.inlayHints ? inlayHintsFor(state, params.range) : [];
}));

connection.onRequest(CLAIM_VIEW_REQUEST, guarded('claim view', null, async (params: ClaimViewParams): Promise<ClaimViewResult> => {
  const state = await stateOf(params.uri);
  return state ? claimViewFor(state, params.revealPatients === true) : null;
}));

connection.onRequest(FILE_SUMMARY_REQUEST, guarded('file summary', null, async (params: FileSummaryParams): Promise<FileSummaryResult> => {
  const state = await stateOf(params.uri);
  return state ? { ...summarizeAnalysis(state, state.settings.config), version: state.version } : null;
}));

const NO_FILES: CheckFilesResult = { files: [] };
connection.onRequest(CHECK_FILES_REQUEST, (params: CheckFilesParams, token) =>
  guarded('check files', NO_FILES, (p: CheckFilesParams) =>
    checkFiles(Array.isArray(p.uris) ? p.uris.filter((u) => typeof u === 'string') : [], {
      settingsFor,
      knowledgeFor: (settings) => knowledgeOf(settings),
      suppressionsFor: suppressionsOf,
      openText: (uri) => documents.get(uri)?.getText(),
      failed: (error) => logOnce('feature:check files', `claimlint: a file of the workspace check failed: ${describeFailure(error)}`),
    }, token),
  )(params),
);

// Format Document (never on save unless the coder turned on editor.formatOnSave): edits the client applies.
connection.onDocumentFormatting(guarded('formatting', null, async (params) => {
  const state = await store.peek(params.textDocument.uri).catch(() => undefined);
  return state ? formattingEditsFor(state) : null;
}));

// Explicit command only (never on save): one segment per line, as a single WorkspaceEdit the client applies.
connection.onExecuteCommand(guarded('command', null, async (params) => {
  if (params.command === IGNORE_FINDING_SERVER) return ignoreFindingEdit(params.arguments?.[0]);
  if (params.command !== FORMAT_COMMAND) return null;
  const uri = params.arguments?.[0];
  if (typeof uri !== 'string') return null;
  const state = await store.get(uri).catch(() => undefined);
  return state ? formatSegmentPerLineEdit(state) : null;
}));

/** The edit that records a suppression with the coder's reason; null when it cannot be recorded (already there, file broken). */
function ignoreFindingEdit(raw: unknown) {
  const args = readSuppressionArgs(raw);
  const context = args && suppressions.contextFor(args.documentUri);
  if (!args || !context || args.suppression.file !== context.fileName) return null;
  return suppressionEdit(context, args.suppression, canCreateFiles) ?? null;
}

documents.listen(connection);
connection.listen();
