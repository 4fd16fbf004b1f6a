/**
 * The curated HCPCS drug-code data (data/hcpcs-drug-codes.json) and the sources registry (data/sources.json):
 * loading, a light shape check, and the compatibility view (`HcpcsCode`) the existing rules and hovers read.
 * Pure: the JSON is bundled, nothing is read at run time.
 */
import codesJson from './data/hcpcs-drug-codes.json';
import sourcesJson from './data/sources.json';
import { parseDosage } from './dosage';
import type { CodeCategory, DrugCodeEntry, DrugForm, Fact, HcpcsCode, SourceInfo } from './types';

export const CODES_FORMAT = 'claimlint-hcpcs-drug-codes/1';
export const SOURCES_FORMAT = 'claimlint-sources/1';
/** The source id of the CMS ASP files the snapshot is generated from. */
export const ASP_SOURCE = 'cms-asp-2026-10';

interface CodesFile {
  readonly format: string;
  readonly notes?: readonly string[];
  readonly codes: readonly DrugCodeEntry[];
}
interface SourcesFile {
  readonly format: string;
  readonly sources: Readonly<Record<string, SourceInfo>>;
}

function checked<T extends { format: string }>(json: unknown, format: string, what: string): T {
  const value = json as T;
  if (!value || value.format !== format) throw new Error(`${what}: expected format ${format}`);
  return value;
}

const codesFile = checked<CodesFile>(codesJson, CODES_FORMAT, 'data/hcpcs-drug-codes.json');
const sourcesFile = checked<SourcesFile>(sourcesJson, SOURCES_FORMAT, 'data/sources.json');

export const DRUG_CODE_ENTRIES: readonly DrugCodeEntry[] = Object.freeze(codesFile.codes.map((e) => Object.freeze(e)));
export const SOURCES: Readonly<Record<string, SourceInfo>> = Object.freeze({ ...sourcesFile.sources });

const BY_CODE = new Map(DRUG_CODE_ENTRIES.map((e) => [e.code, e]));

export function drugCodeEntry(code: string): DrugCodeEntry | undefined {
  return BY_CODE.get(code);
}

export function sourceInfo(id: string): SourceInfo | undefined {
  return Object.prototype.hasOwnProperty.call(SOURCES, id) ? SOURCES[id] : undefined;
}

/** "CMS, HCPCS Quarterly Update, January 2026 … (2026-01-12)": a short citation for coder-facing text. */
export function citation(id: string): string {
  const s = sourceInfo(id);
  if (!s) return id;
  return `${s.publisher.replace(/ \(.*\)$/, '')}: ${s.title.replace(/ \(HCPC[^)]*\)/, '')} (${s.date})`;
}

/** Every fact of an entry, with its name ("dosage", "drugClasses[0]", …), for checks and caveat lists. */
export function factsOf(entry: DrugCodeEntry): { name: string; fact: Fact<unknown> | { source: string; unverified?: true; caveat?: string } }[] {
  const out: { name: string; fact: Fact<unknown> | { source: string; unverified?: true; caveat?: string } }[] = [];
  const single = ['longDescriptor', 'shortDescriptor', 'shortDescriptorInHcpcs', 'dosage', 'route', 'form', 'release', 'oralBenefit', 'container',
    'effective', 'lastChanged', 'termination', 'replacedBy', 'generic', 'nocScope', 'conditions'] as const;
  for (const name of single) {
    const fact = entry[name];
    if (fact) out.push({ name, fact });
  }
  entry.drugClasses.forEach((fact, i) => out.push({ name: `drugClasses[${i}]`, fact }));
  return out;
}

/** The caveats of an entry's unverified facts and of the facts it deliberately leaves out. */
export function caveatsOf(entry: DrugCodeEntry): string[] {
  const out = factsOf(entry)
    .filter(({ fact }) => fact.unverified && fact.caveat)
    .map(({ fact }) => fact.caveat as string);
  for (const u of entry.unknown ?? []) out.push(u.caveat);
  return [...new Set(out)];
}

function compatForm(entry: DrugCodeEntry): DrugForm | undefined {
  const form = entry.form?.value;
  const release = entry.release?.value;
  if (entry.route.value === 'injection') return 'injection';
  if (form === 'granules') return 'granules';
  if (form === 'oral-suspension') return 'oral-suspension';
  if (entry.route.value !== 'oral') return undefined;
  if (release === 'extended') return 'oral-er';
  if (release === 'delayed') return 'oral-dr';
  if (release === 'immediate') return 'oral-ir';
  return 'oral';
}

function compatCategory(entry: DrugCodeEntry): CodeCategory {
  if (entry.kind === 'noc') return 'noc-drug';
  return entry.drugClasses.some((c) => c.value === 'immunosuppressive') ? 'immunosuppressive' : 'drug';
}

/**
 * The `HcpcsCode` view of an entry, for code written before the sourced data existed. `descriptor` is the CMS
 * short descriptor where the ASP files list the code, else the HCPCS long descriptor; `end` is only set from an
 * exact date; `effective` from an exact date or, for a start CMS files only bound, the earliest possible day (so
 * old date checks stay conservative) with `uncertain` saying so; `revised` only when the descriptor changed.
 */
export function compatCode(entry: DrugCodeEntry): HcpcsCode {
  const dosageText = entry.dosage?.value;
  const dosage = parseDosage(dosageText);
  const descriptor = entry.shortDescriptor.source === ASP_SOURCE ? entry.shortDescriptor.value : (entry.longDescriptor?.value ?? entry.shortDescriptor.value);
  const effective = entry.effective?.value ?? entry.effective?.earliest;
  const end = entry.termination?.value;
  const replacement = end ? entry.replacedBy?.value[0]?.code : undefined;
  const caveats = caveatsOf(entry);
  const sources = [...new Set(factsOf(entry).map(({ fact }) => fact.source))];
  const form = compatForm(entry);
  const out: HcpcsCode = {
    code: entry.code,
    descriptor,
    category: compatCategory(entry),
    ...(dosage ? { dosage } : dosageText ? { dosageText } : {}),
    ...(entry.generic ? { drug: entry.generic.value.join(', ') } : {}),
    ...(effective ? { effective } : {}),
    ...(end ? { end } : {}),
    ...(replacement ? { replacedBy: replacement } : {}),
    source: sources.map(citation).join('; '),
    ...(entry.nocScope ? { nocScope: entry.nocScope.value.label } : {}),
    ...(form ? { form } : {}),
    ...(entry.lastChanged?.value && entry.lastChanged.descriptorChanged ? { revised: entry.lastChanged.value } : {}),
    ...(caveats.length ? { uncertain: caveats.join(' ') } : {}),
    entry,
  };
  return Object.freeze(out);
}

export const COMPAT_CODES: readonly HcpcsCode[] = Object.freeze(DRUG_CODE_ENTRIES.map(compatCode));
