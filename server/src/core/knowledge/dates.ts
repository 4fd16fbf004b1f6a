/**
 * Date-aware code facts (pure): is a code valid on a date, and which code is in force on a date for the same
 * drug and form. A date a CMS file does not give is never guessed: the answer is 'unknown', with the caveat.
 */
import { drugCodeEntry, DRUG_CODE_ENTRIES } from './codes';
import { parseDosage } from './dosage';
import type { CodeInForce, DateFact, DrugCodeEntry, ValidityResult } from './types';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string' || !ISO.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The ISO date one day after `iso`. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

type Side = 'before' | 'on-or-after' | 'unknown';

/** Where `date` falls against a start date: before it, on or after it, or unknown (inside its range). */
function againstStart(date: string, start: DateFact | undefined): Side {
  if (!start) return 'on-or-after';
  if (start.value) return date < start.value ? 'before' : 'on-or-after';
  if (start.earliest && date < start.earliest) return 'before';
  if (start.latest && date >= start.latest) return 'on-or-after';
  return 'unknown';
}

/** Whether `date` is after the last valid day: yes, no, or unknown (the end is only bounded). */
function afterEnd(date: string, end: DateFact | undefined): 'yes' | 'no' | 'unknown' {
  if (!end) return 'no';
  if (end.value) return date > end.value ? 'yes' : 'no';
  if (end.earliest && date <= end.earliest) return 'no';
  if (end.latest && date > end.latest) return 'yes';
  return 'unknown';
}

function startText(code: string, start: DateFact): string {
  if (start.value) return `${code} took effect on ${start.value}`;
  const range = [start.earliest && `on or after ${start.earliest}`, start.latest && `by ${start.latest}`].filter(Boolean).join(' and ');
  return `${code}'s effective date is not known (${range || 'no date in the CMS files'})`;
}

function endText(code: string, end: DateFact): string {
  if (end.value) return `${code} ended ${end.value}`;
  return `${code}'s end date is not known${end.earliest ? ` (still valid on ${end.earliest})` : ''}`;
}

/** Validity of a curated entry on an ISO date. */
export function entryValidityOn(entry: DrugCodeEntry, isoDate: string): ValidityResult {
  const code = entry.code;
  if (!isIsoDate(isoDate)) return { validity: 'unknown', reason: `"${String(isoDate)}" is not a YYYY-MM-DD date`, sources: [], caveats: [] };
  const sources = new Set<string>();
  const caveats: string[] = [];
  const note = (d: DateFact | undefined) => {
    if (!d) return;
    sources.add(d.source);
    if (d.caveat) caveats.push(d.caveat);
  };
  const start = againstStart(isoDate, entry.effective);
  if (start === 'before') {
    note(entry.effective);
    return { validity: 'not-yet-effective', reason: `${startText(code, entry.effective!)}; the date is ${isoDate}`, sources: [...sources], caveats };
  }
  const ended = afterEnd(isoDate, entry.termination);
  if (ended === 'yes') {
    note(entry.termination);
    return { validity: 'ended', reason: `${endText(code, entry.termination!)}; the date is ${isoDate}`, sources: [...sources], caveats };
  }
  if (start === 'unknown' || ended === 'unknown') {
    if (start === 'unknown') note(entry.effective);
    if (ended === 'unknown') note(entry.termination);
    const why = [start === 'unknown' ? startText(code, entry.effective!) : '', ended === 'unknown' ? endText(code, entry.termination!) : ''].filter(Boolean).join('; ');
    return { validity: 'unknown', reason: `${why}, so whether it is valid on ${isoDate} is not known`, sources: [...sources], caveats };
  }
  note(entry.effective);
  return { validity: 'valid', reason: `${code} is valid on ${isoDate}`, sources: [...sources], caveats };
}

export function validityOn(code: string, isoDate: string): ValidityResult {
  const entry = drugCodeEntry(code);
  if (!entry) return { validity: 'unknown', reason: `${code} is not in claimlint's sourced code data`, sources: [], caveats: [] };
  return entryValidityOn(entry, isoDate);
}

/** Entries whose replacedBy names `code` (its predecessors), most recent first. */
function predecessorsOf(code: string): DrugCodeEntry[] {
  return DRUG_CODE_ENTRIES.filter((e) => e.replacedBy?.value.some((r) => r.code === code)).sort(
    (a, b) => (b.termination?.value ?? b.termination?.earliest ?? '').localeCompare(a.termination?.value ?? a.termination?.earliest ?? ''),
  );
}

function successorsOf(entry: DrugCodeEntry): DrugCodeEntry[] {
  return (entry.replacedBy?.value ?? []).map((r) => drugCodeEntry(r.code)).filter((e): e is DrugCodeEntry => e !== undefined);
}

function dosageLabel(entry: DrugCodeEntry): string {
  return entry.dosage ? ` (${entry.dosage.value.toLowerCase()} per unit)` : '';
}

function result(
  requested: DrugCodeEntry,
  requestedValidity: ValidityResult,
  found: DrugCodeEntry,
  relation: CodeInForce['relation'],
  foundValidity: ValidityResult,
  isoDate: string,
): CodeInForce {
  const link = relation === 'predecessor' ? found.replacedBy : relation === 'successor' ? requested.replacedBy : undefined;
  const caveats = [...new Set([...requestedValidity.caveats, ...foundValidity.caveats, ...(link?.caveat ? [link.caveat] : [])])];
  const sources = [...new Set([...requestedValidity.sources, ...foundValidity.sources, ...(link ? [link.source] : [])])];
  const unverified = Boolean(link?.unverified) || requestedValidity.validity === 'unknown' || foundValidity.validity === 'unknown';
  let explanation: string;
  if (relation === 'same') {
    explanation = foundValidity.validity === 'valid' ? `${found.code} is valid on ${isoDate}.` : `${requestedValidity.reason}.`;
  } else if (relation === 'predecessor') {
    explanation = `${requested.code} was not yet valid on ${isoDate} (${requestedValidity.reason}); ${found.code}${dosageLabel(found)} was the code for the same drug and form then.`;
  } else {
    const why = requestedValidity.validity === 'ended' ? `${requested.code} is no longer valid on ${isoDate} (${requestedValidity.reason})` : `${requestedValidity.reason}`;
    explanation = `${why}; ${found.code}${dosageLabel(found)} is the code for the same drug and form on that date.`;
  }
  return {
    code: found.code,
    relation,
    validity: foundValidity.validity,
    requestedValidity: requestedValidity.validity,
    entry: found,
    ...(found.dosage && parseDosage(found.dosage.value) ? { dosage: parseDosage(found.dosage.value) } : {}),
    sources,
    unverified,
    caveats,
    explanation,
  };
}

/**
 * The code to bill on `isoDate` for the same drug and form as `code`. Follows replacedBy links (up to 3 steps
 * back or forward). Undefined when the code is unknown, or it is ended / not yet valid and nothing else fits.
 */
export function codeInForceOn(code: string, isoDate: string): CodeInForce | undefined {
  const requested = drugCodeEntry(code);
  if (!requested || !isIsoDate(isoDate)) return undefined;
  const own = entryValidityOn(requested, isoDate);
  if (own.validity === 'valid') return result(requested, own, requested, 'same', own, isoDate);

  const tryChain = (next: (e: DrugCodeEntry) => DrugCodeEntry[], relation: 'predecessor' | 'successor'): CodeInForce | undefined => {
    let frontier = next(requested);
    const seen = new Set([requested.code]);
    for (let depth = 0; depth < 3 && frontier.length; depth++) {
      for (const candidate of frontier) {
        const v = entryValidityOn(candidate, isoDate);
        if (v.validity === 'valid') return result(requested, own, candidate, relation, v, isoDate);
      }
      frontier = frontier.flatMap(next).filter((e) => !seen.has(e.code) && (seen.add(e.code), true));
    }
    return undefined;
  };
  const before = (e: DrugCodeEntry) => predecessorsOf(e.code);
  if (own.validity === 'not-yet-effective') return tryChain(before, 'predecessor');
  if (own.validity === 'ended') return tryChain(successorsOf, 'successor');
  // Unknown: a successor valid on the date (the requested code's end is not known), else a predecessor
  // (its start is not known), else the requested code itself, marked unknown.
  return tryChain(successorsOf, 'successor') ?? tryChain(before, 'predecessor') ?? result(requested, own, requested, 'same', own, isoDate);
}
