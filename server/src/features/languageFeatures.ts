// Turns core results (hover, completion, outline, folding, inlay hints, formatting) into LSP objects.
import {
  CompletionItemKind,
  CompletionItemTag,
  InlayHintKind,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InlayHint,
  type Position,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { completionsAt } from '../core/completion';
import { foldingRegions } from '../core/folding';
import { specOf } from '../core/formats/registry';
import { hoverAt } from '../core/hover';
import { inlayHints } from '../core/inlayHints';
import { documentSymbols, type OutlineKind, type OutlineSymbol } from '../core/symbols';
import { toRange, toTextEdits } from '../convert';
import type { ParsedState } from '../documentStore';
import { ruleDocUri } from '../ruleDocs';
import type { FindingsView } from './suppressions';
import type { Span } from '../core/model';

export function hoverFor(state: ParsedState, position: Position, view: FindingsView): Hover | null {
  return hoverAtOffset(state, state.lines.offsetAt(position), view, (span) => toRange(state.lines, span)) ?? null;
}

/** The hover at an offset of the state's text, its range placed by `rangeOf`; undefined when `rangeOf` cannot place it. */
export function hoverAtOffset(state: ParsedState, offset: number, view: FindingsView, rangeOf: (span: Span) => Range | undefined): Hover | null | undefined {
  const result = hoverAt(state.doc, offset, state.knowledge, {
    suppressed: view.suppressed,
    findings: view.reported,
    config: state.settings.config,
    ruleDocUri,
  });
  if (!result) return null;
  const range = rangeOf(result.span);
  return range && { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range };
}

const COMPLETION_KIND = { code: CompletionItemKind.Value, modifier: CompletionItemKind.EnumMember, value: CompletionItemKind.Constant } as const;

export function completionFor(state: ParsedState, position: Position): CompletionItem[] {
  return completionsAt(state.doc, state.lines.offsetAt(position), state.knowledge).map((entry) => ({
    label: entry.label,
    // labelDetails shows the descriptor on every row of the list; detail alone shows only on the selected one.
    labelDetails: { description: entry.detail },
    kind: COMPLETION_KIND[entry.kind],
    detail: entry.detail,
    ...(entry.documentation ? { documentation: { kind: MarkupKind.Markdown, value: entry.documentation } } : {}),
    textEdit: { range: toRange(state.lines, entry.span), newText: entry.label },
    filterText: entry.label,
    sortText: entry.sortText,
    ...(entry.deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
  }));
}

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = { interchange: SymbolKind.Module, claim: SymbolKind.Object, line: SymbolKind.Field };

export function symbolsFor(state: ParsedState): DocumentSymbol[] {
  const convert = (symbol: OutlineSymbol): DocumentSymbol => ({
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: SYMBOL_KIND[symbol.kind],
    range: toRange(state.lines, symbol.span),
    selectionRange: toRange(state.lines, symbol.selectionSpan),
    children: symbol.children.map(convert),
  });
  return documentSymbols(state.doc, state.knowledge, state.settings.config).map(convert);
}

export function foldingFor(state: ParsedState): FoldingRange[] | null {
  const regions = foldingRegions(state.doc);
  if (!regions) return null;
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  for (const region of regions) {
    const start = state.lines.positionAt(region.span.start).line;
    const end = state.lines.positionAt(region.span.end).line;
    if (end <= start || seen.has(`${start}:${end}`)) continue;
    seen.add(`${start}:${end}`);
    // No FoldingRangeKind.Region: an envelope is not a `#region`, and "Fold All Regions" should leave claims alone.
    out.push({ startLine: start, endLine: end });
  }
  return out;
}

export function inlayHintsFor(state: ParsedState, range: Range): InlayHint[] {
  const span = { start: state.lines.offsetAt(range.start), end: state.lines.offsetAt(range.end) };
  return inlayHints(state.doc, state.knowledge, span).map((hint) => ({
    position: state.lines.positionAt(hint.offset),
    label: hint.label,
    kind: InlayHintKind.Type,
    paddingLeft: true,
    ...(hint.tooltip ? { tooltip: hint.tooltip } : {}),
  }));
}

/**
 * Format Document: the format's own formatter (X12: one segment per line, keeping the terminator and the file's line
 * break); no edits for formats without one or a file already formatted.
 */
export function formattingEditsFor(state: ParsedState): LspTextEdit[] {
  return toTextEdits(state.lines, specOf(state.doc)?.format?.(state.doc) ?? []);
}

/** The WorkspaceEdit of "Format X12 one segment per line"; null when the document is not X12 or already formatted. */
export function formatSegmentPerLineEdit(state: ParsedState): WorkspaceEdit | null {
  const edits = formattingEditsFor(state);
  return edits.length ? { changes: { [state.uri]: edits } } : null;
}
