import type { Severity } from './findings';
import type { PayerPolicy } from './payer/policy';

/** Who pays a claim that does not say: 'auto' leaves it unknown (the claim decides, and a silent claim gets no payer's rules). */
export type PayerProfile = 'auto' | 'medicare' | 'medicare-dme' | 'medicaid' | 'commercial' | 'other';
export type RuleSetting = Severity | 'off';

export const PAYER_PROFILES: readonly PayerProfile[] = ['auto', 'medicare', 'medicare-dme', 'medicaid', 'commercial', 'other'];

/** Everything a lint run depends on besides the text. Same shape for the editor and the CLI. */
export interface LintConfig {
  /** The fallback for claims that do not say who pays. */
  readonly payerProfile: PayerProfile;
  /** The billing office's payer policies (.claimlintrc.json `payers`); the first that matches a claim's payer applies. */
  readonly payers: readonly PayerPolicy[];
  /** Per-rule override of the default severity, or 'off'. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** YYYY-MM-DD used for lines whose claim carries no date; undefined = today. */
  readonly serviceDateFallback?: string;
  /** Cap on findings reported per document (large-file guard). */
  readonly maxFindingsPerFile: number;
}

export const DEFAULT_CONFIG: LintConfig = {
  payerProfile: 'auto',
  payers: [],
  rules: {},
  serviceDateFallback: undefined,
  maxFindingsPerFile: 1000,
};

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export function isRuleSetting(value: unknown): value is RuleSetting {
  return typeof value === 'string' && (SETTINGS as readonly string[]).includes(value);
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * Merges untrusted settings (from VS Code or .claimlintrc.json) over a base config.
 * Unknown or ill-typed values are dropped and reported, never thrown.
 */
export function mergeConfig(base: LintConfig, raw: unknown): { config: LintConfig; warnings: string[] } {
  const warnings: string[] = [];
  if (raw === undefined || raw === null) return { config: base, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: base, warnings: ['settings must be an object; ignored'] };
  }
  const input = raw as Record<string, unknown>;
  let { payerProfile, serviceDateFallback, maxFindingsPerFile } = base;
  const rules: Record<string, RuleSetting> = { ...base.rules };

  if (input.payerProfile !== undefined) {
    if ((PAYER_PROFILES as readonly unknown[]).includes(input.payerProfile)) payerProfile = input.payerProfile as PayerProfile;
    else warnings.push(`payerProfile must be one of ${PAYER_PROFILES.join(', ')}, got ${JSON.stringify(input.payerProfile)}`);
  }
  if (input.serviceDateFallback !== undefined && input.serviceDateFallback !== '' && input.serviceDateFallback !== null) {
    if (isIsoDate(input.serviceDateFallback)) serviceDateFallback = input.serviceDateFallback;
    else warnings.push(`serviceDateFallback must be YYYY-MM-DD, got ${JSON.stringify(input.serviceDateFallback)}`);
  }
  if (input.maxFindingsPerFile !== undefined) {
    const n = input.maxFindingsPerFile;
    if (typeof n === 'number' && Number.isInteger(n) && n > 0) maxFindingsPerFile = n;
    else warnings.push(`maxFindingsPerFile must be a positive integer, got ${JSON.stringify(n)}`);
  }
  if (input.rules !== undefined) {
    if (typeof input.rules !== 'object' || input.rules === null || Array.isArray(input.rules)) {
      warnings.push('rules must be an object of rule id → severity or "off"');
    } else {
      for (const [id, setting] of Object.entries(input.rules as Record<string, unknown>)) {
        if (isRuleSetting(setting)) rules[id] = setting;
        else warnings.push(`rules.${id} must be one of ${SETTINGS.join(', ')}, got ${JSON.stringify(setting)}`);
      }
    }
  }
  return { config: { ...base, payerProfile, rules, serviceDateFallback, maxFindingsPerFile }, warnings };
}
