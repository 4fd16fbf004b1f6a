/**
 * One pass over the segments: builds interchange/group/transaction envelopes, checks their trailers and
 * control numbers, and records the loop of every segment.
 */
import type { ParseProblem, Span } from '../../model';
import { LOOP_IDS, LoopTracker, loopIndexOf, SEGMENT_CODES as C, type X12Variant } from './loops';
import { X12SegmentTable } from './segmentTable';
import type { X12Group, X12Interchange, X12Transaction } from './syntax';
import { segmentCode, type Tokens } from './tokenizer';
import { guideOfVersion, kindOf } from './transactionSets';

const MAX_SEGMENT_PROBLEMS = 25;
const SV2 = segmentCode('SV2');
const SV1 = segmentCode('SV1');
const SV3 = segmentCode('SV3');

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type TxBuild = Mutable<X12Transaction>;
type GroupBuild = Mutable<Omit<X12Group, 'transactions'>> & { transactions: X12Transaction[] };
type InterchangeBuild = Mutable<Omit<X12Interchange, 'groups'>> & { groups: X12Group[] };

export interface Envelopes {
  readonly table: X12SegmentTable;
  readonly interchanges: X12Interchange[];
  readonly transactions: X12Transaction[];
  readonly problems: ParseProblem[];
}


export function buildEnvelopes(text: string, tokens: Tokens): Envelopes {
  const loopIndex = new Uint8Array(tokens.segStart.length);
  const table = new X12SegmentTable(text, tokens, loopIndex, LOOP_IDS);
  const problems: ParseProblem[] = [];
  const interchanges: X12Interchange[] = [];
  const transactions: X12Transaction[] = [];
  let segmentProblems = 0;
  const segmentProblem = (p: ParseProblem): void => {
    segmentProblems++;
    if (segmentProblems <= MAX_SEGMENT_PROBLEMS) problems.push(p);
    else if (segmentProblems === MAX_SEGMENT_PROBLEMS + 1) {
      problems.push({ code: 'x12-syntax', severity: 'warning', span: p.span, message: 'More segments outside the 837 structure follow; claimlint lists no more of them.' });
    }
  };

  let variant: X12Variant = 'p';
  const unchecked: TxBuild[] = [];
  const versions: VersionNotes = {};
  const tracker = new LoopTracker(() => variant);
  let ic: InterchangeBuild | undefined;
  let group: GroupBuild | undefined;
  let tx: TxBuild | undefined;
  let nextInterchange = 0;
  const starts = tokens.interchanges;

  const spanOf = (first: number, last: number): Span => ({ start: table.start(first), end: table.end(last) });
  const el = (seg: number, n: number): string => table.elementText(seg, n);

  const closeTransaction = (last: number, se: number | undefined): void => {
    if (!tx) return;
    tx.last = last;
    tx.se = se;
    tx.span = spanOf(tx.first, last);
    // A set claimlint does not check has its notice (uncheckedNotices) and nothing more.
    if (tx.format) checkTrailer(table, tx, se, tokens.truncated, problems);
    transactions.push(tx);
    group?.transactions.push(tx);
    tx = undefined;
  };

  const closeGroup = (last: number, ge: number | undefined): void => {
    if (!group) return;
    closeTransaction(ge !== undefined ? ge - 1 : last, undefined);
    group.last = last;
    group.ge = ge;
    group.span = spanOf(group.first, last);
    if (ge === undefined) {
      if (group.gs !== undefined && !tokens.truncated) problems.push({ code: 'x12-envelope', severity: 'warning', span: table.span(group.gs), message: `Close functional group ${el(group.gs, 6) || '(no GS06)'} with GE*<number of transaction sets>*${el(group.gs, 6)}: it has no GE trailer.` });
    } else {
      const declared = el(ge, 1);
      if (Number(declared) !== group.transactions.length || declared === '') {
        problems.push({ code: 'x12-envelope', severity: 'warning', span: table.elementSpan(ge, 1) ?? table.span(ge), message: `Set GE01 to ${group.transactions.length}: the group has ${group.transactions.length} transaction sets, not ${declared || '(empty)'}.` });
      }
      if (group.gs !== undefined && el(ge, 2) !== el(group.gs, 6)) {
        problems.push({ code: 'x12-envelope', severity: 'warning', span: table.elementSpan(ge, 2) ?? table.span(ge), message: `Set GE02 to ${el(group.gs, 6) || '(GS06)'} to match GS06: it is ${el(ge, 2) || 'empty'}.` });
      }
    }
    ic?.groups.push(group);
    group = undefined;
  };

  const closeInterchange = (last: number, iea: number | undefined): void => {
    if (!ic) return;
    closeGroup(iea !== undefined ? iea - 1 : last, undefined);
    ic.last = last;
    ic.iea = iea;
    ic.span = spanOf(ic.first, Math.max(ic.first, last));
    if (iea === undefined) {
      const control = ic.isa !== undefined ? el(ic.isa, 13).trim() : '';
      if (ic.isa !== undefined && !tokens.truncated) problems.push({ code: 'x12-envelope', severity: 'warning', span: table.span(ic.isa), message: `Close interchange ${control || '(no ISA13)'} with IEA*<number of groups>*${control || '<ISA13>'}: it has no IEA trailer.` });
    } else {
      const declared = el(iea, 1);
      if (Number(declared) !== ic.groups.length || declared === '') {
        problems.push({ code: 'x12-envelope', severity: 'warning', span: table.elementSpan(iea, 1) ?? table.span(iea), message: `Set IEA01 to ${ic.groups.length}: the interchange has ${ic.groups.length} functional groups, not ${declared || '(empty)'}.` });
      }
      if (ic.isa !== undefined && el(iea, 2) !== el(ic.isa, 13)) {
        problems.push({ code: 'x12-envelope', severity: 'warning', span: table.elementSpan(iea, 2) ?? table.span(iea), message: `Set IEA02 to ${el(ic.isa, 13)} to match ISA13: it is ${el(iea, 2) || 'empty'}.` });
      }
    }
    interchanges.push(ic);
    ic = undefined;
  };

  const count = table.count;
  let lastLoopId = '';
  let lastLoopIndex = loopIndexOf('');
  for (let seg = 0; seg < count; seg++) {
    if (nextInterchange < starts.length && starts[nextInterchange].firstSegment === seg) {
      closeInterchange(seg - 1, undefined);
      const start = starts[nextInterchange++];
      ic = { isa: start.hasHeader ? seg : undefined, iea: undefined, first: seg, last: seg, span: table.span(seg), delimiters: start.delimiters, groups: [] };
    }
    const code = table.idCode(seg);
    switch (code) {
      case C.GS:
        closeGroup(seg - 1, undefined);
        group = { gs: seg, ge: undefined, first: seg, last: seg, span: table.span(seg), version: el(seg, 8), transactions: [] };
        break;
      case C.ST: {
        if (tx) closeTransaction(seg - 1, undefined);
        const version = el(seg, 3) || group?.version || '';
        const setId = el(seg, 1);
        const kind = kindOf(setId, version, guideOfVersion(version) ?? guessGuide(table, seg));
        tx = { st: seg, se: undefined, first: seg, last: seg, span: table.span(seg), setId, controlNumber: el(seg, 2), version, kind, format: kind.format };
        if (tx.format) checkTransactionHeader(table, seg, tx, group, versions, problems);
        else unchecked.push(tx);
        variant = tx.format === 'x12-837i' ? 'i' : 'p';
        if (!group && tx.format) segmentProblem({ code: 'x12-envelope', severity: 'warning', span: table.span(seg), message: 'Wrap this transaction set in GS … GE: ST appears outside a functional group.' });
        break;
      }
      default:
        break;
    }
    // Consecutive segments mostly share a loop: look the id up only when it changes.
    const loopId = tracker.next(code, table, seg);
    if (loopId !== lastLoopId) {
      lastLoopId = loopId;
      lastLoopIndex = loopIndexOf(loopId);
    }
    loopIndex[seg] = lastLoopIndex;
    switch (code) {
      case C.SE:
        if (tx) closeTransaction(seg, seg);
        else segmentProblem({ code: 'x12-envelope', severity: 'warning', span: table.span(seg), message: 'Remove this SE trailer or add its ST header: no transaction set is open here.' });
        break;
      case C.GE:
        if (group) closeGroup(seg, seg);
        else segmentProblem({ code: 'x12-envelope', severity: 'warning', span: table.span(seg), message: 'Remove this GE trailer or add its GS header: no functional group is open here.' });
        break;
      case C.IEA:
        if (ic && ic.isa !== undefined) closeInterchange(seg, seg);
        else segmentProblem({ code: 'x12-envelope', severity: 'warning', span: table.span(seg), message: 'Remove this IEA trailer or add its ISA header: no interchange is open here.' });
        break;
      case C.ISA:
      case C.GS:
      case C.ST:
        break;
      case -1:
        if (!tx || tx.format) segmentProblem({ code: 'x12-syntax', severity: 'warning', span: table.span(seg), message: `"${abbreviate(table.id(seg))}" is not a segment id (2–3 capital letters or digits): look for stray text or a missing terminator before it.` });
        break;
      default:
        if (!tx) segmentProblem({ code: 'x12-syntax', severity: 'warning', span: table.span(seg), message: `Move this ${table.id(seg)} segment inside a transaction set (ST … SE): outside one it belongs to no claim.` });
    }
  }
  closeTransaction(count - 1, undefined);
  closeGroup(count - 1, undefined);
  closeInterchange(count - 1, undefined);
  problems.push(...uncheckedNotices(table, unchecked, transactions.some((t) => t.format !== undefined)));
  if (versions.old) problems.push(versions.old);
  return { table, interchanges, transactions, problems };
}

/** One notice per kind of set claimlint does not check (never one per segment), at the first set's ST01. */
function uncheckedNotices(table: X12SegmentTable, unchecked: readonly TxBuild[], anyChecked: boolean): ParseProblem[] {
  const byKind = new Map<string, TxBuild[]>();
  for (const tx of unchecked) {
    const list = byKind.get(tx.kind.label);
    if (list) list.push(tx);
    else byKind.set(tx.kind.label, [tx]);
  }
  return [...byKind.values()].map((sets) => {
    const { kind, st } = sets[0];
    const what = kind.label === '837D' ? `an 837 dental claim (${sets[0].version || 'X224'})` : `an X12 ${kind.label} (${kind.title})`;
    const count = sets.length > 1 ? ` (${sets.length} sets)` : '';
    const message = anyChecked
      ? `This transaction set is ${what}, not an 837P/837I claim, so claimlint does not check it${count}.`
      : `This file is ${what}, not an 837P/837I claim, so claimlint does not check it${count}.`;
    return { code: 'not-a-claim' as const, severity: 'information' as const, span: table.elementSpan(st, 1) ?? table.span(st), message };
  });
}

/** SE present, its count (ST through SE) and its control number (= ST02); a missing SE only when the file was not cut off. */
function checkTrailer(table: X12SegmentTable, tx: TxBuild, se: number | undefined, truncated: boolean, problems: ParseProblem[]): void {
  if (se === undefined) {
    if (!truncated) problems.push({ code: 'x12-envelope', severity: 'warning', span: table.span(tx.st), message: `Close transaction set ${tx.controlNumber || '(no ST02)'} with SE*<segment count>*${tx.controlNumber}: it has no SE trailer, and payers reject it.` });
    return;
  }
  const declared = table.elementText(se, 1);
  const actual = se - tx.st + 1;
  if (declared !== String(actual) && Number(declared) !== actual) {
    problems.push({ code: 'x12-envelope', severity: 'warning', span: table.elementSpan(se, 1) ?? table.span(se), message: `Set SE01 to ${actual}: transaction set ${tx.controlNumber} has ${actual} segments (ST through SE), not ${declared || '(empty)'}.` });
  }
  const control = table.elementText(se, 2);
  if (control !== tx.controlNumber) {
    problems.push({ code: 'x12-envelope', severity: 'warning', span: table.elementSpan(se, 2) ?? table.span(se), message: `Set SE02 to ${tx.controlNumber || '(ST02)'} to match ST02: it is ${control || 'empty'}.` });
  }
}

interface VersionNotes {
  /** The one 4010 notice of the file (not one per transaction set). */
  old?: ParseProblem;
}

function checkTransactionHeader(table: X12SegmentTable, seg: number, tx: TxBuild, group: GroupBuild | undefined, versions: VersionNotes, problems: ParseProblem[]): void {
  const st03 = table.elementText(seg, 3);
  if (st03 && group?.version && group.version !== st03 && guideOfVersion(st03) !== guideOfVersion(group.version)) {
    problems.push({ code: 'x12-version', severity: 'warning', span: table.elementSpan(seg, 3) ?? table.span(seg), message: `Make GS08 (${group.version}) match ST03 (${st03}): they name different guides, and claimlint follows ST03.` });
  }
  if (!versions.old && (/^00401/.test(tx.version) || (!tx.version && /^00401/.test(isaVersion(table, seg))))) {
    versions.old = {
      code: 'x12-version',
      severity: 'warning',
      span: table.elementSpan(seg, 3) ?? table.span(seg),
      message: `Resend this claim file in 5010: it is X12 4010 (${tx.version || '00401'}), which payers reject, so claimlint's findings are a best effort.`,
    };
  }
}

function isaVersion(table: X12SegmentTable, seg: number): string {
  const ic = table.interchangeOf(seg);
  const first = ic >= 0 ? table.interchangeStarts[ic] : undefined;
  return first?.hasHeader ? table.elementText(first.firstSegment, 12) : '';
}

/** Without ST03/GS08, the service segments tell the guide: SV1 professional, SV2 institutional, SV3 dental. */
function guessGuide(table: X12SegmentTable, st: number): 'p' | 'i' | 'd' {
  for (let s = st + 1; s < table.count; s++) {
    const code = table.idCode(s);
    if (code === SV2) return 'i';
    if (code === SV3) return 'd';
    if (code === SV1 || code === C.SE || code === C.ST) return 'p';
  }
  return 'p';
}

function abbreviate(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 20 ? `${clean.slice(0, 20)}…` : clean;
}
