import type { LintConfig } from './config';
import { editorFor } from './edit';
import type { Finding, Severity } from './findings';
import type { Knowledge } from './knowledge/types';
import type { Claim, ClaimDocument, ServiceLine } from './model';
import { ALL_RULES } from './rules';
import type { DocumentContext, LineContext, Report, Rule } from './rules/rule';

export interface RuleFailure {
  readonly ruleId: string;
  /** Error message and stack only: never claim content. */
  readonly error: string;
}

export interface LintResult {
  readonly findings: Finding[];
  /** Rules that threw; the other rules still ran. */
  readonly failures: RuleFailure[];
  /** True when findings were cut at config.maxFindingsPerFile. */
  readonly truncated: boolean;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The date a line is judged on: its own date, the claim's, the configured fallback, or today. */
export function serviceDateOf(line: ServiceLine, claim: Claim, config: LintConfig): string {
  return line.serviceDate?.iso ?? claim.serviceDate?.iso ?? config.serviceDateFallback ?? todayIso();
}

function severityFor(rule: Rule, config: LintConfig, report: Report): Severity | undefined {
  const setting = config.rules[rule.meta.id];
  if (setting === 'off') return undefined;
  return setting ?? report.severity ?? rule.meta.defaultSeverity;
}

export function isRuleEnabled(ruleId: string, config: LintConfig): boolean {
  return config.rules[ruleId] !== 'off';
}

/** Runs every enabled rule over a parsed document. Never throws: a failing rule is reported in `failures`. */
export function lint(
  doc: ClaimDocument,
  config: LintConfig,
  knowledge: Knowledge,
  rules: readonly Rule[] = defaultRules(),
): LintResult {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  let truncated = false;
  const context: DocumentContext = { doc, config, knowledge, editor: editorFor(doc) };
  // One context per line, shared by every rule (built lazily, once): cheaper than one object per rule × line.
  let lineContexts: LineContext[] | undefined;

  for (const rule of rules) {
    // Once a report has been dropped at the cap, every later report would be dropped too: the findings and
    // `truncated` cannot change any more, so the remaining work is skipped (large dirty files).
    if (truncated) break;
    if (!isRuleEnabled(rule.meta.id, config)) continue;
    const report = (r: Report): void => {
      const severity = severityFor(rule, config, r);
      if (!severity) return;
      if (findings.length >= config.maxFindingsPerFile) {
        truncated = true;
        return;
      }
      findings.push({ ruleId: rule.meta.id, severity, message: r.message, span: r.span, fixes: r.fixes ?? [] });
    };
    try {
      rule.checkDocument?.(context, report);
      if (rule.checkLine) {
        lineContexts ??= lineContextsOf(context);
        for (const ctx of lineContexts) {
          rule.checkLine(ctx, report);
          if (truncated) break;
        }
      }
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, error: describeFailure(error) });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, failures, truncated };
}

function lineContextsOf(context: DocumentContext): LineContext[] {
  const { doc, config, knowledge, editor } = context;
  const out: LineContext[] = [];
  for (const claim of doc.claims) {
    for (const line of claim.lines) {
      out.push({ doc, config, knowledge, editor, claim, line, serviceDate: serviceDateOf(line, claim, config) });
    }
  }
  return out;
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
  meta: { id: 'test-faulty-rule', description: 'Test only: always throws.', defaultSeverity: 'error', fixable: false },
  checkLine({ doc, claim, line }) {
    throw new Error(`test fault for ${claim.patientName} near ${JSON.stringify(doc.text.slice(line.span.start, line.span.start + 200))}`);
  },
};
