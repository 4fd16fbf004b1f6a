/**
 * The "Why" of the findings under the cursor, from their rules' metadata: why payers care, whether it is a
 * heuristic, and the sources — said here and on the rule page, never in the one-sentence message.
 */
import type { Finding } from '../findings';
import { ALL_RULES } from '../rules';
import type { RuleMeta } from '../rules/rule';
import { code, escapeMarkdown } from './markdown';

const META_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule.meta]));

export function whySection(findings: readonly Finding[], offset: number, ruleDocUri?: (ruleId: string) => string): string | undefined {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const finding of findings) {
    if (finding.span.start > offset || offset > finding.span.end || seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    const meta = META_BY_ID.get(finding.ruleId);
    if (meta) parts.push(whyOf(meta, ruleDocUri?.(meta.id)));
  }
  return parts.length ? parts.join('\n\n') : undefined;
}

function whyOf(meta: RuleMeta, pageUri: string | undefined): string {
  const title = `**Why** ${code(meta.id)}${meta.heuristic ? ' — _a claimlint heuristic, not a payer or CMS edit_' : ''}`;
  const tail = [
    meta.sources?.length ? `_Sources:_ ${meta.sources.map(escapeMarkdown).join('; ')}` : undefined,
    pageUri ? `[Rule page](${pageUri})` : undefined,
  ].filter(Boolean).join(' · ');
  return [title, gist(meta.why, pageUri !== undefined), tail].filter(Boolean).join('\n\n');
}

const GIST_LENGTH = 360;

/** The first sentences of the rule's "why", up to about GIST_LENGTH characters; the page has the rest. */
function gist(why: string, hasPage: boolean): string {
  const first = why.split(/\n\s*\n/)[0].trim();
  if (first.length <= GIST_LENGTH) return first;
  let out = '';
  for (const sentence of sentencesOf(first)) {
    if (out && out.length + sentence.length > GIST_LENGTH) break;
    out += sentence;
  }
  return `${out.trim()}${hasPage ? ' More on the rule page.' : ''}`;
}

/** Sentences end at ". ", "! " or "? " outside `code` (a file name such as `.claimlintrc.json` is not an end). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let inCode = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '`') inCode = !inCode;
    else if (!inCode && (c === '.' || c === '!' || c === '?') && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
      out.push(text.slice(from, i + 1));
      from = i + 1;
    }
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}
