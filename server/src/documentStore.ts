import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './core/analyze';
import type { Knowledge } from './core/knowledge/types';
import { LineIndex } from './core/text';
import type { ClaimlintSettings } from './settings';
import type { SuppressionScope } from './core/suppression';

export interface DocumentState extends Analysis {
  readonly uri: string;
  readonly version: number;
  readonly lines: LineIndex;
  readonly settings: ClaimlintSettings;
  readonly knowledge: Knowledge;
}

export interface StoreHooks {
  settingsFor(uri: string): Promise<ClaimlintSettings>;
  knowledgeFor(settings: ClaimlintSettings): Knowledge;
  languageIdOf(uri: string): string | undefined;
  /** The `.claimlint.json` suppressions for the document (applied by lint before the display cap). */
  suppressionsFor(uri: string): SuppressionScope | undefined;
}

/** Parses and lints each open document once per version (and settings generation); every feature reads from here. */
export class DocumentStore {
  private readonly states = new Map<string, DocumentState>();
  private generation = 0;
  private readonly generationOf = new Map<string, number>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly hooks: StoreHooks,
  ) {}

  /** Settings, knowledge or suppressions changed: every document is analysed again on next request. */
  invalidateAll(): void {
    this.generation++;
  }

  forget(uri: string): void {
    this.states.delete(uri);
    this.generationOf.delete(uri);
  }

  async get(uri: string): Promise<DocumentState | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.states.get(uri);
    if (cached && cached.version === document.version && this.generationOf.get(uri) === this.generation) return cached;
    const generation = this.generation;
    const settings = await this.hooks.settingsFor(uri);
    // The document may have changed while settings were fetched; analyse what is current now.
    const current = this.documents.get(uri);
    if (!current) return undefined;
    const text = current.getText();
    const knowledge = this.hooks.knowledgeFor(settings);
    const analysis = analyze(text, { fileName: uri, languageId: this.hooks.languageIdOf(uri) }, settings.config, knowledge, this.hooks.suppressionsFor(uri));
    const state: DocumentState = {
      ...analysis,
      uri,
      version: current.version,
      lines: new LineIndex(text),
      settings,
      knowledge,
    };
    this.states.set(uri, state);
    this.generationOf.set(uri, generation);
    return state;
  }
}
