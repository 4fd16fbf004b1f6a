import { isIsoDate, PAYER_PROFILES, type PayerProfile } from '../core/config';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  readonly format: OutputFormat;
  readonly crosswalk?: string;
  readonly payer?: PayerProfile;
  readonly serviceDate?: string;
  readonly maxFindings?: number;
  readonly fix: boolean;
  readonly backup: boolean;
  readonly quiet: boolean;
  readonly jobs?: number;
  readonly paths: string[];
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

export const USAGE = `Usage: claimlint [options] FILE|DIR...

Checks X12 837P/837I, FHIR Claim/ExplanationOfBenefit/Bundle and claim JSON files
for J7599 and other drug-line billing problems.

Options:
  --format text|json|sarif   output format (default: text)
  --crosswalk FILE           CMS ASP NDC-HCPCS crosswalk CSV to use instead of the shipped snapshot
  --payer PROFILE            payer of claims that do not say: auto (default), medicare,
                             medicare-dme, medicaid, commercial or other
  --service-date YYYY-MM-DD  date for lines whose claim has no service date (default: today)
  --max-findings N           show at most N findings per file (default: 1000; every rule still runs)
  --fix                      apply safe fixes in place (keeps FILE.bak unless --no-backup)
  --no-backup                with --fix: do not keep a .bak copy
  --jobs N                   worker threads for many files (default: CPU count)
  --quiet                    text format: print errors only
  -h, --help                 show this help
  -v, --version              show the version

Settings are also read from .claimlintrc.json in the working directory
({"payerProfile": ..., "rules": {"rule-id": "off"|"error"|...}, "serviceDateFallback": ...,
 "crosswalkPath": ..., "payers": [payer policies]}; schema: schemas/claimlintrc.schema.json).
Each claim is judged by its own payer: a matching policy, else its filing indicator, else --payer.
Flags win over the file.

Exit status: 0 no errors found, 1 errors found, 2 bad usage or unreadable file.`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let format: OutputFormat = 'text';
  let crosswalk: string | undefined;
  let payer: CliOptions['payer'];
  let serviceDate: string | undefined;
  let maxFindings: number | undefined;
  let jobs: number | undefined;
  let fix = false;
  let backup = true;
  let quiet = false;
  const paths: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const [flag, inline] = raw.startsWith('--') && raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') return { kind: 'error', message: `--format must be text, json or sarif (got ${v ?? 'nothing'})` };
        format = v;
        break;
      }
      case '--crosswalk': {
        const v = value();
        if (!v) return { kind: 'error', message: '--crosswalk needs a file path' };
        crosswalk = v;
        break;
      }
      case '--payer': {
        const v = value();
        if (!(PAYER_PROFILES as readonly (string | undefined)[]).includes(v)) return { kind: 'error', message: `--payer must be one of ${PAYER_PROFILES.join(', ')} (got ${v ?? 'nothing'})` };
        payer = v as PayerProfile;
        break;
      }
      case '--service-date': {
        const v = value();
        if (!isIsoDate(v)) return { kind: 'error', message: `--service-date must be a date as YYYY-MM-DD (got ${v ?? 'nothing'})` };
        serviceDate = v;
        break;
      }
      case '--max-findings':
      case '--jobs': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) return { kind: 'error', message: `${flag} must be a positive whole number (got ${v ?? 'nothing'})` };
        if (flag === '--jobs') jobs = n;
        else maxFindings = n;
        break;
      }
      case '--fix':
        fix = true;
        break;
      case '--no-backup':
        backup = false;
        break;
      case '--quiet':
        quiet = true;
        break;
      case '--':
        paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (raw.startsWith('-') && raw !== '-') return { kind: 'error', message: `unknown option ${raw}` };
        paths.push(raw);
    }
  }
  if (paths.length === 0) return { kind: 'error', message: 'no FILE or DIR given' };
  return { kind: 'run', options: { format, crosswalk, payer, serviceDate, maxFindings, fix, backup, quiet, jobs, paths } };
}
