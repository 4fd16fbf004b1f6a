/** Markdown helpers for hovers. Anything read from a claim or a data file is escaped before it is shown. */

const SPECIAL = /[\\`*_[\]<>|]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** Inline code that survives backticks in the value. */
export function code(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}

export const RULE = '\n\n---\n\n';

/** Joins non-empty paragraphs. */
export function paragraphs(parts: readonly (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');
}

export function money(amount: number): string {
  return `$${amount.toFixed(amount < 1 ? 3 : 2)}`;
}

/** A hover block: one header line and at most three short lines under it (empty ones dropped). */
export function hoverLines(header: string, lines: readonly (string | undefined | false)[]): string {
  const kept = lines.filter((l): l is string => typeof l === 'string' && l.trim() !== '').slice(0, 3);
  return [header, ...kept].join('\n\n');
}
