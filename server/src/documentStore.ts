import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './core/analyze';
import { ClaimFindingsCache } from './core/claimCache';
import type { Knowledge } from './core/knowledge/types';
import { LintRun, type LintResult } from './core/lint';
import type { ClaimDocument } from './core/model';
import { parseInSteps } from './core/parse';
import type { SuppressionScope } from './core/suppression';
import { LineIndex } from './core/text';
import type { ClaimlintSettings } from './settings';

/** A document as read (parsed) for one version; `result` is there once its check is complete. */
export interface ParsedState {
  readonly uri: string;
  readonly version: number;
  readonly doc: ClaimDocument;
  readonly lines: LineIndex;
  readonly settings: ClaimlintSettings;
  readonly knowledge: Knowledge;
  readonly result?: LintResult;
}

/** A document read and checked for one version. */
export interface DocumentState extends ParsedState, Analysis {
  readonly result: LintResult;
}

export interface StoreHooks {
  settingsFor(uri: string): Promise<ClaimlintSettings>;
  knowledgeFor(settings: ClaimlintSettings): Knowledge;
  languageIdOf(uri: string): string | undefined;
  /** The `.claimlint.json` suppressions for the document (applied by lint before the display cap). */
  suppressionsFor(uri: string): SuppressionScope | undefined;
}

/** How long a check runs before it lets other requests (hovers) in, in ms; and how many claims it checks between looks at the clock. */
const SLICE_MS = 8;
const CLAIMS_PER_STEP = 25;

const yieldToRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Reads and checks each open document once per version (and settings generation); every feature reads from here.
 * A check runs in slices, so hovers, completion and the outline are answered from the document as read while its
 * findings are still being worked out. After an edit, only the claims whose text changed are checked again: each
 * document keeps its claims' findings (core/claimCache.ts), and a full check gives the same result by construction.
 */
export class DocumentStore {
  private readonly states = new Map<string, DocumentState>();
  private readonly parsed = new Map<string, ParsedState>();
  private readonly caches = new Map<string, ClaimFindingsCache>();
  private readonly running = new Map<string, Running>();
  private generation = 0;
  private readonly generationOf = new Map<string, number>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly hooks: StoreHooks,
  ) {}

  /** Settings, knowledge or suppressions changed: every document is read and checked again on next request. */
  invalidateAll(): void {
    this.generation++;
  }

  forget(uri: string): void {
    this.states.delete(uri);
    this.parsed.delete(uri);
    this.caches.delete(uri);
    this.running.delete(uri);
    this.generationOf.delete(uri);
  }

  /** The newest version read under the current settings, whatever its version (hovers answer from it while a newer one is read). */
  lastRead(uri: string): ParsedState | undefined {
    if (this.generationOf.get(uri) !== this.generation) return undefined;
    const parsed = this.parsed.get(uri);
    const complete = this.states.get(uri);
    return complete && (!parsed || complete.version >= parsed.version) ? complete : parsed;
  }

  /** The last complete check of the document, whatever its version (undefined before the first one ends). */
  lastComplete(uri: string): DocumentState | undefined {
    return this.states.get(uri);
  }

  /** The current version, checked (waits for the check). */
  async get(uri: string): Promise<DocumentState | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.states.get(uri);
    if (cached && cached.version === document.version && this.generationOf.get(uri) === this.generation) return cached;
    return this.start(uri, document.version).done;
  }

  /**
   * The current version as read, without waiting for its check (its `result` is then absent): what hovers,
   * completion, the outline and folding answer from. Waits only for the reading of a version not read yet.
   */
  async peek(uri: string): Promise<ParsedState | undefined> {
    const version = this.documents.get(uri)?.version;
    if (version === undefined) return undefined;
    const complete = this.states.get(uri);
    if (complete && complete.version === version && this.generationOf.get(uri) === this.generation) return complete;
    const parsed = this.parsed.get(uri);
    if (parsed && parsed.version === version && this.generationOf.get(uri) === this.generation) return parsed;
    return this.start(uri, version).parsed;
  }

  /** The check of `version` under way, or a new one. */
  private start(uri: string, version: number): Running {
    const inFlight = this.running.get(uri);
    if (inFlight && inFlight.version === version && inFlight.generation === this.generation) return inFlight;
    const generation = this.generation;
    let readIt: (state: ParsedState | undefined) => void = () => undefined;
    const parsed = new Promise<ParsedState | undefined>((resolve) => (readIt = resolve));
    // A check that finds itself stale ends at once (dropping its document) and the newest version is checked instead:
    // a chain of stale checks waiting on each other would keep every version's text and model alive.
    const done = this.check(uri, version, generation, readIt).then((state) => (state === STALE ? this.get(uri) : state));
    const running: Running = { version, generation, parsed: parsed.then((p) => p ?? this.peek(uri)), done };
    this.running.set(uri, running);
    return running;
  }

  private async check(uri: string, version: number, generation: number, read: (state: ParsedState | undefined) => void): Promise<DocumentState | undefined | typeof STALE> {
    try {
      const settings = await this.hooks.settingsFor(uri);
      // The document may have changed while settings were fetched: check what is current now.
      const current = this.documents.get(uri);
      if (!current) return undefined;
      if (this.isStale(uri, version, generation)) return STALE;
      const text = current.getText();
      const knowledge = this.hooks.knowledgeFor(settings);
      // A big file is read in slices too: hovers on other claims are answered from the last read meanwhile.
      const reading = parseInSteps(text, { fileName: uri, languageId: this.hooks.languageIdOf(uri) });
      let doc: ClaimDocument | undefined;
      const readDone = (): boolean => {
        const r = reading.next();
        if (r.done) doc = r.value;
        return r.done === true;
      };
      if (!(await this.inSlices(readDone, uri, version, generation)) || !doc) return STALE;
      const parsed: ParsedState = { uri, version, doc, lines: new LineIndex(text), settings, knowledge };
      this.parsed.set(uri, parsed);
      this.generationOf.set(uri, generation);
      read(parsed);

      let cache = this.caches.get(uri);
      if (!cache) this.caches.set(uri, (cache = new ClaimFindingsCache()));
      const run = new LintRun(doc, settings.config, knowledge, { suppressions: this.hooks.suppressionsFor(uri), cache });
      // A newer version or new settings make this check stale; the claims it finished stay in the cache.
      if (!(await this.inSlices(() => run.step(CLAIMS_PER_STEP), uri, version, generation))) return STALE;
      const state: DocumentState = { ...parsed, result: run.result() };
      if (!this.isStale(uri, version, generation)) {
        this.states.set(uri, state);
        if (this.running.get(uri)?.version === version) this.running.delete(uri);
      }
      return state;
    } finally {
      read(undefined);
    }
  }

  /** Runs `advance` until it returns true, letting other requests in every SLICE_MS; false when the check went stale. */
  private async inSlices(advance: () => boolean, uri: string, version: number, generation: number): Promise<boolean> {
    let sliceStart = performance.now();
    while (!advance()) {
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await yieldToRequests();
      sliceStart = performance.now();
      if (this.isStale(uri, version, generation)) return false;
    }
    return true;
  }

  private isStale(uri: string, version: number, generation: number): boolean {
    return this.documents.get(uri)?.version !== version || this.generation !== generation;
  }
}

interface Running {
  readonly version: number;
  readonly generation: number;
  /** The version as read (resolves before its check is done). */
  readonly parsed: Promise<ParsedState | undefined>;
  readonly done: Promise<DocumentState | undefined>;
}

const STALE = Symbol('stale');
