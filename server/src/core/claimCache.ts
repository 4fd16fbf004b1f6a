/**
 * Findings of each claim, remembered between checks of the same document, so that after an edit only the claims
 * whose text changed are checked again and every other claim's findings are reused, moved with the text.
 *
 * A claim's line findings depend only on: the text of its region (the claim, from the start of its first line to
 * the start of the next claim), its position in the document (its label "#3" and index), who pays it, the layout
 * its fixes are written in (delimiters, line breaks, indentation: the editor's layout key), the format, and the
 * check's settings, knowledge, rules and day. The key holds all of that, so a hit gives exactly what a full check
 * would. A claim whose findings or fixes reach outside its region is never cached (it is checked every time).
 */
import type { LintConfig } from './config';
import type { Finding, Fix } from './findings';
import type { Knowledge } from './knowledge/types';
import type { Claim, ClaimDocument } from './model';
import type { Rule } from './rules/rule';

interface Entry {
  /** Where the region started when `findings` were stored (their spans are absolute for that position). */
  base: number;
  findings: readonly Finding[];
  /** The run that last used the entry; entries no run uses are dropped. */
  used: number;
}

export class ClaimFindingsCache {
  private entries = new Map<string, Entry>();
  private run = 0;
  private bound: { config: LintConfig; knowledge: Knowledge; rules: readonly Rule[]; today: string } | undefined;

  /** Starts a check. Different settings, knowledge, rules or day make every remembered finding stale. */
  begin(config: LintConfig, knowledge: Knowledge, rules: readonly Rule[], today: string): void {
    const b = this.bound;
    if (!b || b.config !== config || b.knowledge !== knowledge || b.rules !== rules || b.today !== today) {
      this.entries.clear();
      this.bound = { config, knowledge, rules, today };
    }
    this.run++;
  }

  /** The claim's findings moved to a region that now starts at `base`, or undefined. */
  get(key: string, base: number): readonly Finding[] | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.used = this.run;
    if (entry.base !== base) {
      entry.findings = entry.findings.map((f) => shiftFinding(f, base - entry.base));
      entry.base = base;
    }
    return entry.findings;
  }

  set(key: string, base: number, findings: readonly Finding[]): void {
    // A flat copy: a slice of the document text would keep the whole text of this version alive.
    this.entries.set(flatCopy(key), { base, findings, used: this.run });
  }

  /** Ends a check: claims that no longer exist are forgotten, so the cache holds one document's worth. */
  end(): void {
    for (const [key, entry] of this.entries) if (entry.used !== this.run) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The region a claim's findings may touch: from the start of the line it begins on to where the next claim begins. */
export function claimRegion(doc: ClaimDocument, claims: readonly Claim[], i: number): { start: number; end: number } {
  const text = doc.text;
  let start = claims[i].span.start;
  while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
  const next = claims[i + 1]?.span.start;
  const end = next !== undefined && next > claims[i].span.end ? next : Math.max(claims[i].span.end, text.length);
  return { start, end };
}

/** Everything a claim's findings depend on, as one string (see the module comment). */
export function claimKey(doc: ClaimDocument, claim: Claim, region: { start: number; end: number }, layout: string): string {
  const p = claim.payer;
  const payer = `${p.filingCode?.value ?? ''}\u0001${p.filingCodeSystem ?? ''}\u0001${p.name?.value ?? ''}\u0001${p.id?.value ?? ''}`;
  return `${doc.format}\u0000${claim.index}\u0000${payer}\u0000${layout}\u0000${doc.text.slice(region.start, region.end)}`;
}

/** True when every finding and every fix edit lies inside the region (so moving them with it keeps them right). */
export function withinRegion(findings: readonly Finding[], region: { start: number; end: number }): boolean {
  const inside = (s: { start: number; end: number }) => s.start >= region.start && s.end <= region.end;
  return findings.every((f) => inside(f.span) && f.fixes.every((fix) => fix.edits.every((e) => inside(e.span))));
}

function shiftFinding(f: Finding, delta: number): Finding {
  return { ...f, span: shift(f.span, delta), fixes: f.fixes.length ? f.fixes.map((fix) => shiftFix(fix, delta)) : f.fixes };
}

function shiftFix(fix: Fix, delta: number): Fix {
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, span: shift(e.span, delta) })) };
}

function shift(span: { start: number; end: number }, delta: number): { start: number; end: number } {
  return { start: span.start + delta, end: span.end + delta };
}

function flatCopy(text: string): string {
  return (' ' + text).slice(1);
}
