/**
 * Maps the segments of 837 transactions to the claim model: 2300 CLM → Claim, 2400 LX → ServiceLine,
 * 2410 LIN/CTP → DrugIdentification. Loop ids (from the envelope pass) decide what belongs where.
 */
import { NONE, type Claim, type DateValue, type Diagnosis, type DiagnosisPointer, type DrugIdentification, type ParseProblem, type PayerRef, type Procedure, type ServiceLine, type Span, type Valued, type X12LineAnchor } from '../../model';
import type { Steps } from '../../steps';
import { isoFromCcyymmdd } from './dates';
import { loopIndexOf } from './loops';
import { SliceCache } from './sliceCache';
import type { X12SegmentTable } from './segmentTable';
import type { X12Syntax } from './syntax';
import { segmentCode } from './tokenizer';

const CODE = {
  ST: segmentCode('ST'), SE: segmentCode('SE'), GS: segmentCode('GS'), GE: segmentCode('GE'), ISA: segmentCode('ISA'), IEA: segmentCode('IEA'),
  HL: segmentCode('HL'), NM1: segmentCode('NM1'), CLM: segmentCode('CLM'), LX: segmentCode('LX'), SV1: segmentCode('SV1'), SV2: segmentCode('SV2'),
  DTP: segmentCode('DTP'), REF: segmentCode('REF'), LIN: segmentCode('LIN'), CTP: segmentCode('CTP'),
  SBR: segmentCode('SBR'), HI: segmentCode('HI'), NTE: segmentCode('NTE'), PWK: segmentCode('PWK'),
};

/** HI qualifiers that carry diagnoses (837P ABK/ABF; 837I also admitting ABJ and patient reason APR), ICD-10 and ICD-9. */
const DIAGNOSIS_QUALIFIERS = new Set(['ABK', 'ABF', 'ABJ', 'APR', 'BK', 'BF', 'BJ', 'PR']);

/** Loop indices (table.loopCode) of the loops the claim model reads. */
const LOOP = {
  L2000B: loopIndexOf('2000B'), L2010BA: loopIndexOf('2010BA'), L2010BB: loopIndexOf('2010BB'), L2010CA: loopIndexOf('2010CA'),
  L2300: loopIndexOf('2300'), L2400: loopIndexOf('2400'), L2410: loopIndexOf('2410'),
};


interface LineBuild {
  lx: number;
  number: number;
  service: number | undefined;
  serviceId: 'SV1' | 'SV2' | undefined;
  last2400: number;
  last: number;
  lin: number | undefined;
  ctp: number | undefined;
  lastDrug: number;
  date: DateValue | undefined;
  auths: Valued[] | undefined;
  notes: Valued[] | undefined;
}

interface ClaimBuild {
  clm: number;
  last: number;
  auths: Valued[] | undefined;
  date472: DateValue | undefined;
  date434: DateValue | undefined;
  patientName: string | undefined;
  payer: PayerRef;
  diagnoses: Diagnosis[] | undefined;
  notes: Valued[] | undefined;
  attachments: Valued[] | undefined;
  lines: ServiceLine[];
}

/** The subscriber loop (2000B) a claim sits under: it names the payer for every claim below it. */
interface SubscriberBuild {
  filingCode: Valued | undefined;
  name: Valued | undefined;
  id: Valued | undefined;
  span: Span | undefined;
}

export interface ClaimsResult {
  readonly claims: Claim[];
  readonly problems: ParseProblem[];
}

/** Segments read between two steps of readClaimsInSteps: a few milliseconds of work. */
const SEGMENTS_PER_STEP = 4096;

/** What reading goes on with from one step to the next. */
interface ReadState {
  readonly claims: Claim[];
  readonly problems: ParseProblem[];
  readonly strings: SliceCache;
  readonly isoCache: Map<string, string | undefined>;
  warnedComponent: boolean;
  warnedOrphanLine: boolean;
}

/**
 * Reads the claims of the 837 transactions, about SEGMENTS_PER_STEP segments per step: the editor answers hovers in
 * between. A step ends just before a subscriber's HL, where reading starts afresh (no claim, line or payer carries
 * over), so the steps read exactly what one pass would; each is a plain loop.
 */
export function* readClaimsInSteps(syntax: X12Syntax): Steps<ClaimsResult> {
  const table = syntax.segments;
  // Repeated short values ("UN", "N4", dates) share one string instead of one copy per line.
  const state: ReadState = { claims: [], problems: [], strings: new SliceCache(table.text), isoCache: new Map(), warnedComponent: false, warnedOrphanLine: false };
  let work = 0;
  for (const tx of syntax.transactions) {
    // Sets claimlint does not check (835, 837D…) have their notice; nothing in them is a claim to read.
    if (!tx.format) continue;
    for (let from = tx.first; from <= tx.last; ) {
      let to = Math.min(tx.last, from + SEGMENTS_PER_STEP);
      while (to < tx.last && !startsSubscriber(table, to + 1)) to++;
      readSegments(syntax, tx, from, to, state);
      work += to - from + 1;
      from = to + 1;
      if (work >= SEGMENTS_PER_STEP) {
        work = 0;
        yield;
      }
    }
  }
  return { claims: state.claims, problems: state.problems };
}

/** An HL that is not a patient level (23): it starts a new subscriber, and nothing read before it carries over. */
function startsSubscriber(table: X12SegmentTable, seg: number): boolean {
  return table.idCode(seg) === CODE.HL && !table.elementIs(seg, 3, '23');
}

/** Reads segments [from, to] of a transaction into `state`; `from` is the ST or a subscriber's HL. */
function readSegments(syntax: X12Syntax, tx: X12Syntax['transactions'][number], from: number, to: number, state: ReadState): void {
  const table = syntax.segments;
  const text = table.text;
  const { claims, problems, strings, isoCache } = state;
  const valued = (seg: number, n: number): Valued | undefined => {
    if (n >= table.elementCount(seg)) return undefined;
    const start = table.elementStart(seg, n);
    const end = table.elementEnd(seg, n);
    return end > start ? { value: strings.slice(start, end), span: { start, end } } : undefined;
  };
  const valuedSpan = (span: Span | undefined): Valued | undefined =>
    span && span.end > span.start ? { value: strings.slice(span.start, span.end), span } : undefined;
  // DTP03 → ISO date, remembered per distinct raw value (a file has few distinct dates and repeats them on every line).
  const iso = (raw: string): string | undefined => {
    let value = isoCache.get(raw);
    if (value === undefined && !isoCache.has(raw)) {
      value = isoFromCcyymmdd(raw);
      isoCache.set(raw, value);
    }
    return value;
  };
  /** Same result as dates.ts dateFromDtp(text, DTP02, DTP03 span ?? segment span), without slicing DTP02. */
  const dtpDate = (seg: number): DateValue | undefined => {
    const span = table.elementSpan(seg, 3) ?? table.span(seg);
    if (span.end <= span.start) return undefined;
    if (table.elementIs(seg, 2, 'RD8')) {
      let dash = span.start;
      while (dash < span.end && text.charCodeAt(dash) !== 45) dash++;
      if (dash === span.start) return undefined;
      const startText = strings.slice(span.start, dash);
      return { value: startText, span: { start: span.start, end: dash }, iso: startText.length === 8 ? iso(startText) : undefined };
    }
    const raw = strings.slice(span.start, span.end);
    const date = table.elementIs(seg, 2, 'D8') ? (raw.length === 8 ? iso(raw) : undefined) : raw.length >= 8 ? iso(raw.slice(0, 8)) : undefined;
    return { value: raw, span, iso: date };
  };

  let claim: ClaimBuild | undefined;
  let line: LineBuild | undefined;
  let subscriberName: string | undefined;
  let patientName: string | undefined;
  let subscriber: SubscriberBuild = { filingCode: undefined, name: undefined, id: undefined, span: undefined };

  const finishLine = (): void => {
    if (!line || !claim) return;
    claim.lines.push(buildLine(table, line, tx.st, tx.se, claim.diagnoses ?? NONE, valued, valuedSpan));
    line = undefined;
  };
  const finishClaim = (): void => {
    finishLine();
    if (!claim) return;
    claims.push({
      index: claims.length,
      id: valued(claim.clm, 1),
      span: { start: table.start(claim.clm), end: table.end(claim.last) },
      priorAuthorizations: claim.auths ?? NONE,
      serviceDate: claim.date472 ?? claim.date434,
      patientName: claim.patientName,
      payer: claim.payer,
      diagnoses: claim.diagnoses ?? NONE,
      notes: claim.notes ?? NONE,
      attachments: claim.attachments ?? NONE,
      lines: claim.lines,
    });
    claim = undefined;
  };

  for (let seg = from; seg <= to; seg++) {
    const code = table.idCode(seg);
    const loop = table.loopCode(seg);
    if (code === CODE.HL || code === CODE.SE || code === CODE.ST) {
      finishClaim();
      if (code === CODE.HL) {
        // A patient level (23) stays under its subscriber; any other level starts a new subscriber (and payer).
        if (table.elementIs(seg, 3, '23')) patientName = undefined;
        else {
          subscriberName = patientName = undefined;
          subscriber = { filingCode: undefined, name: undefined, id: undefined, span: undefined };
        }
      }
      continue;
    }
    if (code === CODE.CLM) {
      finishClaim();
      claim = {
        clm: seg, last: seg, auths: undefined, date472: undefined, date434: undefined, patientName: patientName ?? subscriberName,
        payer: payerOf(subscriber), diagnoses: undefined, notes: undefined, attachments: undefined, lines: [],
      };
      continue;
    }
    if (!claim) {
      if (code === CODE.SBR && loop === LOOP.L2000B) subscriber = { ...subscriber, filingCode: valued(seg, 9) };
      else if (code === CODE.NM1 && loop === LOOP.L2010BB) {
        subscriber = { ...subscriber, name: valued(seg, 3), id: valued(seg, 9), span: table.span(seg) };
      }
    }
    if (code === CODE.NM1 && (loop === LOOP.L2010BA || loop === LOOP.L2010CA)) {
      const name = personName(table, seg);
      if (loop === LOOP.L2010BA) subscriberName = name;
      else patientName = name;
      continue;
    }
    if (code === CODE.LX) {
      finishLine();
      if (!claim) {
        if (!state.warnedOrphanLine) problems.push({ code: 'x12-syntax', severity: 'warning', span: table.span(seg), message: 'Move this service line (LX) under its claim (CLM): claimlint cannot tell which claim it belongs to and skips it.' });
        state.warnedOrphanLine = true;
        continue;
      }
      const lx = lineNumber(table, seg);
      const number = lx > 0 ? lx : claim.lines.length + 1;
      line = { lx: seg, number, service: undefined, serviceId: undefined, last2400: seg, last: seg, lin: undefined, ctp: undefined, lastDrug: -1, date: undefined, auths: undefined, notes: undefined };
      claim.last = seg;
      continue;
    }
    if (!claim) continue;
    claim.last = seg;
    if (!line) {
      if (loop !== LOOP.L2300) continue;
      if (code === CODE.REF && table.elementIs(seg, 1, 'G1')) {
        const auth = valued(seg, 2);
        if (auth) (claim.auths ??= []).push(auth);
      } else if (code === CODE.DTP) {
        if (table.elementIs(seg, 1, '472')) {
          if (!claim.date472) claim.date472 = dtpDate(seg);
        } else if (table.elementIs(seg, 1, '434') && !claim.date434) claim.date434 = dtpDate(seg);
      } else if (code === CODE.HI) {
        readDiagnoses(table, seg, valuedSpan, (claim.diagnoses ??= []));
      } else if (code === CODE.NTE) {
        const note = valued(seg, 2);
        if (note) (claim.notes ??= []).push(note);
      } else if (code === CODE.PWK) {
        const report = valued(seg, 1);
        if (report) (claim.attachments ??= []).push(report);
      }
      continue;
    }
    line.last = seg;
    if (loop === LOOP.L2400) {
      line.last2400 = seg;
      if ((code === CODE.SV1 || code === CODE.SV2) && line.service === undefined) {
        line.service = seg;
        line.serviceId = code === CODE.SV1 ? 'SV1' : 'SV2';
        if (!state.warnedComponent) state.warnedComponent = checkComponentSeparator(table, seg, code === CODE.SV1 ? 1 : 2, problems);
      } else if (code === CODE.DTP && !line.date && table.elementIs(seg, 1, '472')) {
        line.date = dtpDate(seg);
      } else if (code === CODE.REF && table.elementIs(seg, 1, 'G1')) {
        const auth = valued(seg, 2);
        if (auth) (line.auths ??= []).push(auth);
      } else if (code === CODE.NTE) {
        const note = valued(seg, 2);
        if (note) (line.notes ??= []).push(note);
      }
    } else if (loop === LOOP.L2410) {
      if (code === CODE.LIN && line.lin === undefined) line.lin = seg;
      else if (code === CODE.CTP && line.lin !== undefined && line.ctp === undefined) line.ctp = seg;
      if (line.lin !== undefined) line.lastDrug = seg;
    }
  }
  finishClaim();
}

function payerOf(subscriber: SubscriberBuild): PayerRef {
  const { filingCode, name, id, span } = subscriber;
  return filingCode || name || id ? { filingCode, name, id, span } : EMPTY_PAYER;
}

const EMPTY_PAYER: PayerRef = Object.freeze({});

/** HI01…HI12: qualifier:code composites; diagnosis qualifiers only (837I HI also lists condition, value and occurrence codes). */
function readDiagnoses(table: X12SegmentTable, seg: number, valuedSpan: (span: Span | undefined) => Valued | undefined, out: Diagnosis[]): void {
  const count = table.elementCount(seg);
  for (let n = 1; n < count; n++) {
    const parts = table.componentSpans(seg, n);
    if (parts.length < 2) continue;
    const qualifier = valuedSpan(parts[0]);
    const code = valuedSpan(parts[1]);
    if (!qualifier || !code || !DIAGNOSIS_QUALIFIERS.has(qualifier.value.trim().toUpperCase())) continue;
    out.push({ code, qualifier, sequence: out.length + 1 });
  }
}

function buildLine(
  table: X12SegmentTable,
  b: LineBuild,
  st: number,
  se: number | undefined,
  diagnoses: readonly Diagnosis[],
  valued: (seg: number, n: number) => Valued | undefined,
  valuedSpan: (span: Span | undefined) => Valued | undefined,
): ServiceLine {
  const anchor: X12LineAnchor = { kind: 'x12-line', lx: b.lx, service: b.service, serviceId: b.serviceId, last2400: b.last2400, last: b.last, lin: b.lin, ctp: b.ctp, st, se };
  let procedure: Procedure | undefined;
  let revenueCode: Valued | undefined;
  let charge: Valued | undefined;
  let unitOfMeasure: Valued | undefined;
  let units: Valued | undefined;
  let pointers: readonly DiagnosisPointer[] = NONE;
  if (b.service !== undefined) {
    const sv = b.service;
    const professional = b.serviceId === 'SV1';
    procedure = readProcedure(table, sv, professional ? 1 : 2, valuedSpan);
    if (!professional) revenueCode = valued(sv, 1);
    charge = valued(sv, professional ? 2 : 3);
    unitOfMeasure = valued(sv, professional ? 3 : 4);
    units = valued(sv, professional ? 4 : 5);
    if (professional) pointers = readPointers(table, sv, diagnoses, valuedSpan);
  }
  return {
    number: b.number,
    span: { start: table.start(b.lx), end: table.end(b.last) },
    procedure,
    revenueCode,
    units,
    unitOfMeasure,
    charge,
    serviceDate: b.date,
    priorAuthorizations: b.auths ?? NONE,
    drug: b.lin !== undefined ? readDrug(table, b, valued, valuedSpan) : undefined,
    diagnosisPointers: pointers,
    notes: b.notes ?? NONE,
    anchor,
  };
}

/** SV107: up to four pointers (components) into the claim's HI diagnoses. */
function readPointers(table: X12SegmentTable, sv1: number, diagnoses: readonly Diagnosis[], valuedSpan: (span: Span | undefined) => Valued | undefined): readonly DiagnosisPointer[] {
  const out: DiagnosisPointer[] = [];
  for (const part of table.componentSpans(sv1, 7)) {
    const pointer = valuedSpan(part);
    if (!pointer) continue;
    const n = Number(pointer.value.trim());
    out.push({ pointer, diagnosis: Number.isInteger(n) ? diagnoses[n - 1] : undefined });
  }
  return out.length ? out : NONE;
}

/** SV101 / SV202: qualifier, code, modifiers 1–4, description. An empty code means no procedure. */
function readProcedure(table: X12SegmentTable, seg: number, n: number, valuedSpan: (span: Span | undefined) => Valued | undefined): Procedure | undefined {
  const element = table.elementSpan(seg, n);
  if (!element || element.end === element.start) return undefined;
  const parts = table.componentSpans(seg, n);
  const single = parts.length === 1;
  const code = valuedSpan(single ? parts[0] : parts[1]);
  if (!code) return undefined;
  let modifiers: Valued[] | undefined;
  for (let k = 2; k <= 5 && k < parts.length; k++) {
    const modifier = valuedSpan(parts[k]);
    if (modifier) (modifiers ??= []).push(modifier);
  }
  return {
    qualifier: single ? undefined : valuedSpan(parts[0]),
    code,
    modifiers: modifiers ?? NONE,
    description: parts.length > 6 ? valuedSpan(parts[6]) : undefined,
    span: element,
  };
}

/**
 * LIN02/LIN03 + CTP04/CTP05-1. The model requires a code, so a LIN with an empty LIN03 still yields a drug whose
 * code is '' with a zero-width span where the NDC belongs: rules see "NDC empty", and no second LIN gets inserted.
 */
function readDrug(
  table: X12SegmentTable,
  b: LineBuild,
  valued: (seg: number, n: number) => Valued | undefined,
  valuedSpan: (span: Span | undefined) => Valued | undefined,
): DrugIdentification {
  const lin = b.lin as number;
  const code = valued(lin, 3) ?? { value: '', span: emptyAt(table, lin, 3) };
  const ctp = b.ctp;
  return {
    code,
    qualifier: valued(lin, 2),
    quantity: ctp !== undefined ? valued(ctp, 4) : undefined,
    unit: ctp !== undefined ? valuedSpan(firstComponent(table, ctp, 5)) : undefined,
    span: { start: table.start(lin), end: table.end(Math.max(lin, b.lastDrug)) },
  };
}

/** Component 1 of an element without splitting the rest (CTP05-1 is all the model needs). */
function firstComponent(table: X12SegmentTable, seg: number, n: number): Span | undefined {
  const span = table.elementSpan(seg, n);
  if (!span) return undefined;
  const sep = table.delimitersOf(seg).component.charCodeAt(0);
  for (let p = span.start; p < span.end; p++) if (table.text.charCodeAt(p) === sep) return { start: span.start, end: p };
  return span;
}

/** LX01 when it is 1–6 digits, else 0 (same as /^\d{1,6}$/ then Number, without slicing). */
function lineNumber(table: X12SegmentTable, seg: number): number {
  if (table.elementCount(seg) < 2) return 0;
  const start = table.elementStart(seg, 1);
  const end = table.elementEnd(seg, 1);
  if (end - start < 1 || end - start > 6) return 0;
  let value = 0;
  for (let p = start; p < end; p++) {
    const c = table.text.charCodeAt(p);
    if (c < 48 || c > 57) return 0;
    value = value * 10 + (c - 48);
  }
  return value;
}

function emptyAt(table: X12SegmentTable, seg: number, n: number): Span {
  const span = table.elementSpan(seg, n);
  const at = span ? span.start : table.end(seg);
  return { start: at, end: at };
}

/** "Last, First" for a person, the name alone for an organization. */
function personName(table: X12SegmentTable, seg: number): string | undefined {
  const last = table.elementText(seg, 3).trim();
  const first = table.elementText(seg, 4).trim();
  if (!last && !first) return undefined;
  return first ? `${last}, ${first}` : last;
}

/**
 * "SV2*0471*HC>92557" in a file whose ISA16 is ":" means the body uses another component separator than the header
 * declares; the payer would read "HC>92557" as one code. Reported once, since it repeats on every line.
 */
function checkComponentSeparator(table: X12SegmentTable, seg: number, n: number, problems: ParseProblem[]): boolean {
  // The usual case (the element holds the declared separator, or is absent) needs no split and no regex.
  const element = table.elementSpan(seg, n);
  if (!element) return false;
  const sep = table.delimitersOf(seg).component.charCodeAt(0);
  for (let p = element.start; p < element.end; p++) if (table.text.charCodeAt(p) === sep) return false;
  const parts = table.componentSpans(seg, n);
  if (parts.length !== 1) return false;
  const value = table.elementText(seg, n);
  const m = /^[A-Z]{2}([^A-Za-z0-9\s])[A-Z0-9]/.exec(value);
  if (!m) return false;
  const declared = table.delimitersOf(seg).component;
  problems.push({
    code: 'x12-syntax',
    severity: 'warning',
    span: table.elementSpan(seg, n) ?? table.span(seg),
    message: `Make ISA16 ("${declared}") and the body agree: "${value}" uses "${m[1]}" as the component separator, so the payer reads one unknown code.`,
  });
  return true;
}
