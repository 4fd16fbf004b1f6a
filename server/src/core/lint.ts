import type { LintConfig } from './config';
import { SEVERITY_RANK, type Finding, type MessageData, type Severity } from './findings';
import { specOf } from './formats/registry';
import type { Knowledge } from './knowledge/types';
import { claimLabel, type Claim, type ClaimDocument, type ServiceLine } from './model';
import { payerContextOf, type PayerContext } from './payer/context';
import type { FieldName } from './formats/spec';
import { ALL_RULES } from './rules';
import { FINDINGS_CAPPED_ID } from './rules/findings-capped';
import type { DocumentContext, LineContext, Report, Rule } from './rules/rule';
import { suppressionOf, type SuppressedFinding, type SuppressionScope } from './suppression';
import { claimKey, claimRegion, withinRegion, type ClaimFindingsCache } from './claimCache';

export interface RuleFailure {
  readonly ruleId: string;
  /** Error message and stack only: never claim content. */
  readonly error: string;
}

export interface LintResult {
  /** What is shown: every finding when they fit the cap, else a selection (errors first, every rule kept) plus one notice. */
  readonly findings: Finding[];
  /** Findings a suppression ignores (shown in hovers, never reported). */
  readonly suppressed: SuppressedFinding[];
  /** How many findings every rule produced over every line, before the cap (suppressed ones excluded). */
  readonly total: number;
  /** Rules that threw; the other rules still ran. */
  readonly failures: RuleFailure[];
  /** True when the cap cut findings (`findings` then holds the notice that says so). */
  readonly truncated: boolean;
}

export interface LintOptions {
  /** The rules to run (tests run one); default: every registered rule. */
  readonly rules?: readonly Rule[];
  /** Suppressions from `.claimlint.json` for this file: applied before the cap, so ignored findings take no place. */
  readonly suppressions?: SuppressionScope;
  /** Findings of earlier checks of this document: claims whose text did not change are not checked again. */
  readonly cache?: ClaimFindingsCache;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The date a line is judged on: its own date, the claim's, the configured fallback, or today. */
export function serviceDateOf(line: ServiceLine, claim: Claim, config: LintConfig): string {
  return line.serviceDate?.iso ?? claim.serviceDate?.iso ?? config.serviceDateFallback ?? todayIso();
}

export function isRuleEnabled(ruleId: string, config: LintConfig): boolean {
  return config.rules[ruleId] !== 'off';
}

/** A message template filled with its data; a placeholder without data stays visible as "{name}", which tests catch. */
export function formatMessage(template: string, data: MessageData = {}): string {
  const parts = compiled(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = data[parts[i]];
    out += (value === undefined ? `{${parts[i]}}` : String(value)) + parts[i + 1];
  }
  return out;
}

/** A template split once into [text, name, text, name, …, text]: thousands of findings share a few templates. */
const templates = new Map<string, readonly string[]>();
function compiled(template: string): readonly string[] {
  let parts = templates.get(template);
  if (!parts) templates.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

/**
 * Runs every enabled rule over every line of a parsed document. Never throws: a rule that fails on a line is reported
 * in `failures` and still runs on the other lines. The cap (config.maxFindingsPerFile) only chooses what is shown.
 */
export function lint(doc: ClaimDocument, config: LintConfig, knowledge: Knowledge, options: LintOptions = {}): LintResult {
  const run = new LintRun(doc, config, knowledge, options);
  while (!run.step(Number.POSITIVE_INFINITY));
  return run.result();
}

/**
 * One check of a document, in steps: the document rules first, then claim by claim (every line rule over the
 * claim's lines). The editor runs it a few claims at a time so that hovers are answered in between.
 */
export class LintRun {
  private readonly rules: readonly Rule[];
  private readonly lineRules: readonly Rule[];
  private readonly context: DocumentContext;
  private readonly collector: Collector;
  private readonly failures: RuleFailure[] = [];
  private readonly failed = new Set<string>();
  private readonly suppressed: SuppressedFinding[] = [];
  private next = -1;

  constructor(
    private readonly doc: ClaimDocument,
    private readonly config: LintConfig,
    knowledge: Knowledge,
    private readonly options: LintOptions,
  ) {
    const registered = options.rules ?? defaultRules();
    this.rules = registered.filter((rule) => isRuleEnabled(rule.meta.id, config));
    this.lineRules = this.rules.filter((rule) => rule.checkLine);
    const format = specOf(doc);
    this.context = { doc, config, knowledge, editor: format?.editor(doc), format };
    this.collector = new Collector(config.maxFindingsPerFile);
    options.cache?.begin(config, knowledge, registered, todayIso());
  }

  /** Checks up to `claims` more claims (the document rules on the first call); true when the check is complete. */
  step(claims: number): boolean {
    if (this.next < 0) {
      this.checkDocument();
      this.next = 0;
    }
    const all = this.doc.claims;
    for (let done = 0; done < claims && this.next < all.length; done++) this.checkClaim(this.next++);
    if (this.next < all.length) return false;
    this.options.cache?.end();
    return true;
  }

  result(): LintResult {
    const shown = this.collector.select();
    const total = this.collector.total;
    const truncated = shown.length < total;
    if (truncated && isRuleEnabled(FINDINGS_CAPPED_ID, this.config)) shown.unshift(cappedNotice(this.doc, shown.length, total, this.collector.ruleCount));
    return { findings: shown, suppressed: this.suppressed, total, failures: this.failures, truncated };
  }

  private checkDocument(): void {
    for (const rule of this.rules) {
      if (!rule.checkDocument) continue;
      try {
        rule.checkDocument(this.context, (r) => {
          const severity = this.config.rules[rule.meta.id] ?? r.severity ?? rule.meta.defaultSeverity;
          if (severity !== 'off') this.accept(toFinding(rule, r, severity as Severity, undefined));
        });
      } catch (error) {
        this.fail(rule, error);
      }
    }
  }

  private checkClaim(i: number): void {
    const claims = this.doc.claims;
    const claim = claims[i];
    const cache = this.options.cache;
    let findings: readonly Finding[] | undefined;
    if (cache && this.context.editor) {
      const region = claimRegion(this.doc, claims, i);
      const key = claimKey(this.doc, claim, region, this.context.editor.layoutKey(claim));
      findings = cache.get(key, region.start);
      if (!findings) {
        const fresh = this.checkLines(claim);
        if (fresh.complete && withinRegion(fresh.findings, region)) cache.set(key, region.start, fresh.findings);
        findings = fresh.findings;
      }
    } else findings = this.checkLines(claim).findings;
    for (const finding of findings) this.accept(finding);
  }

  /** Every line rule over the claim's lines; `complete` is false when a rule failed on one of them. */
  private checkLines(claim: Claim): { findings: Finding[]; complete: boolean } {
    const { config } = this;
    const payer = payerContextOf(claim, config);
    const contexts = claim.lines.map((line) => new LineContextOf(this.context, claim, line, payer, serviceDateOf(line, claim, config)));
    const findings: Finding[] = [];
    let complete = true;
    for (const rule of this.lineRules) {
      const id = rule.meta.id;
      // A payer policy's rule settings win for its own claims.
      const configured = payer.policy?.rules?.[id] ?? config.rules[id];
      let ctx = contexts[0];
      // One report function per rule and claim (not one per line): it reads the line being checked from `ctx`.
      const report = (r: Report): void => {
        const severity = configured ?? r.severity ?? rule.meta.defaultSeverity;
        if (severity !== 'off') findings.push(toFinding(rule, r, severity as Severity, ctx));
      };
      for (ctx of contexts) {
        try {
          rule.checkLine!(ctx, report);
        } catch (error) {
          complete = false;
          this.fail(rule, error);
        }
      }
    }
    return { findings, complete };
  }

  private accept(finding: Finding): void {
    const scope = this.options.suppressions;
    const suppression = scope && suppressionOf(this.doc, finding, scope);
    if (!suppression) this.collector.add(finding.ruleId, finding);
    else if (this.suppressed.length < this.config.maxFindingsPerFile) this.suppressed.push({ finding, suppression });
  }

  /** One failure per rule in the logs, whatever the number of lines it failed on. */
  private fail(rule: Rule, error: unknown): void {
    if (this.failed.has(rule.meta.id)) return;
    this.failed.add(rule.meta.id);
    this.failures.push({ ruleId: rule.meta.id, error: describeFailure(error) });
  }
}

function toFinding(rule: Rule, r: Report, severity: Severity, place: { claim: Claim; line: ServiceLine } | undefined): Finding {
  const template = rule.meta.messages[r.messageId] ?? r.messageId;
  const text = formatMessage(template, r.data);
  const message = place ? `Claim ${claimLabel(place.claim)}, line ${place.line.number}: ${text}` : text;
  return {
    ruleId: rule.meta.id,
    messageId: r.messageId,
    data: r.data ?? {},
    severity,
    message,
    span: r.span,
    fixes: r.fixes ?? [],
    ...(place ? { claimIndex: place.claim.index, lineNumber: place.line.number } : {}),
  };
}

/**
 * Keeps, per rule, the first `cap` findings (no rule ever needs more: the cap is the most that can be shown) and
 * counts them all. `select` shows everything when it fits; otherwise every rule that found something keeps at least
 * one finding (even past a cap smaller than the number of such rules), and the rest of the room goes to the most
 * severe findings, in document order.
 */
class Collector {
  private readonly byRule = new Map<string, Finding[]>();
  total = 0;

  constructor(private readonly cap: number) {}

  get ruleCount(): number {
    return this.byRule.size;
  }

  add(ruleId: string, finding: Finding): void {
    this.total++;
    let list = this.byRule.get(ruleId);
    if (!list) this.byRule.set(ruleId, (list = []));
    if (list.length < this.cap) list.push(finding);
  }

  select(): Finding[] {
    const all = [...this.byRule.values()];
    if (this.total <= this.cap) return sortByPosition(all.flat());
    const chosen = new Set<Finding>();
    // One of each rule even when the cap is smaller than the number of rules: no rule is ever hidden entirely.
    for (const list of all) chosen.add([...list].sort(bySeverityThenPosition)[0]);
    for (const finding of all.flat().sort(bySeverityThenPosition)) {
      if (chosen.size >= this.cap) break;
      chosen.add(finding);
    }
    return sortByPosition([...chosen]);
  }
}

function bySeverityThenPosition(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.span.start - b.span.start;
}

function sortByPosition(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}

/** The one finding that says the list was cut and how to see everything. */
function cappedNotice(doc: ClaimDocument, shown: number, total: number, rules: number): Finding {
  const firstLineEnd = doc.text.search(/[\r\n]/);
  const end = Math.max(0, Math.min(firstLineEnd < 0 ? doc.text.length : firstLineEnd, 3));
  const data = { shown, total, rules };
  return {
    ruleId: FINDINGS_CAPPED_ID,
    messageId: 'capped',
    data,
    severity: 'information',
    message: formatMessage(ALL_RULES.find((r) => r.meta.id === FINDINGS_CAPPED_ID)?.meta.messages.capped ?? '', data),
    span: { start: 0, end },
    fixes: [],
  };
}

/** One per service line, shared by every rule: a class with fixed fields (a spread copy per line costs far more). */
class LineContextOf implements LineContext {
  readonly doc: ClaimDocument;
  readonly config: LintConfig;
  readonly knowledge: Knowledge;
  readonly editor: DocumentContext['editor'];
  readonly format: DocumentContext['format'];

  constructor(
    base: DocumentContext,
    readonly claim: Claim,
    readonly line: ServiceLine,
    readonly payer: PayerContext,
    readonly serviceDate: string,
  ) {
    this.doc = base.doc;
    this.config = base.config;
    this.knowledge = base.knowledge;
    this.editor = base.editor;
    this.format = base.format;
  }

  private memo: Map<string, unknown> | undefined;

  // Own properties, not methods: rules destructure them (`checkLine({ line, field })`).
  readonly field = (name: FieldName): string => this.format?.field(name, this.line) ?? name;

  readonly shared = <T>(key: string, compute: () => T): T => {
    const memo = (this.memo ??= new Map());
    if (memo.has(key)) return memo.get(key) as T;
    const value = compute();
    memo.set(key, value);
    return value;
  };
}

/**
 * What a failed rule leaves for the logs: the error kind and its stack frames (function names, bundle positions).
 * The message is withheld: it can quote claim content (JSON.parse errors quote their input; a rule may build its
 * message from a value it read), and logs must never hold PHI.
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return `a non-Error value was thrown (${typeof error})`;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 12);
  return [`${error.name} (message withheld: it may quote claim content)`, ...frames].join('\n');
}

/**
 * TEST-ONLY HOOK, inert in production: with CLAIMLINT_TEST_FAULTY_RULE=1 in the environment, one extra rule,
 * 'test-faulty-rule', throws on every service line with claim text in its message. test/protocol/resilience.test.ts
 * uses it to prove a failing rule is contained (logged once, other rules still answer) and never leaks claim text.
 */
function defaultRules(): readonly Rule[] {
  if (typeof process === 'undefined' || process.env?.CLAIMLINT_TEST_FAULTY_RULE !== '1') return ALL_RULES;
  return [...ALL_RULES, TEST_FAULTY_RULE];
}

const TEST_FAULTY_RULE: Rule = {
  meta: { id: 'test-faulty-rule', description: 'Test only: always throws.', defaultSeverity: 'error', fixable: false, messages: {}, why: '' },
  checkLine({ doc, claim, line }) {
    throw new Error(`test fault for ${claim.patientName} near ${JSON.stringify(doc.text.slice(line.span.start, line.span.start + 200))}`);
  },
};
