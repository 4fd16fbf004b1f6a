/**
 * One pass over the segments: builds interchange/group/transaction envelopes, checks their trailers and
 * control numbers, and records the loop of every segment.
 */
import type { ParseProblem, Span } from '../../model';
import { LOOP_IDS, LoopTracker, loopIndexOf, SEGMENT_CODES as C, type X12Variant } from './loops';
import { X12SegmentTable } from './segmentTable';
import type { X12Group, X12Interchange, X12Transaction } from './syntax';
import { segmentCode, type Tokens } from './tokenizer';

const MAX_SEGMENT_PROBLEMS = 25;
const SV2 = segmentCode('SV2');
const SV1 = segmentCode('SV1');

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

export function formatOfVersion(version: string): 'x12-837p' | 'x12-837i' | undefined {
  if (/X222|X098/.test(version)) return 'x12-837p';
  if (/X223|X096/.test(version)) return 'x12-837i';
  return undefined;
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
      problems.push({ severity: 'warning', span: p.span, message: 'More segments outside the 837 structure follow; claimlint stops listing them here.' });
    }
  };

  let variant: X12Variant = 'p';
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
    if (se === undefined) {
      problems.push({ severity: 'warning', span: table.span(tx.st), message: `Transaction set ST*${tx.setId}*${tx.controlNumber} has no SE trailer. The payer rejects a transaction set that is not closed; add SE*<segment count>*${tx.controlNumber}.` });
    } else {
      const declared = el(se, 1);
      const actual = se - tx.st + 1;
      if (declared !== String(actual) && Number(declared) !== actual) {
        problems.push({ severity: 'warning', span: table.elementSpan(se, 1) ?? table.span(se), message: `SE01 says ${declared || '(empty)'} segments but transaction set ${tx.controlNumber} has ${actual} (ST through SE). Payers reject a wrong count; set SE01 to ${actual}.` });
      }
      const control = el(se, 2);
      if (control !== tx.controlNumber) {
        problems.push({ severity: 'warning', span: table.elementSpan(se, 2) ?? table.span(se), message: `SE02 (${control || 'empty'}) does not match ST02 (${tx.controlNumber}); the two control numbers must be equal.` });
      }
    }
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
      if (group.gs !== undefined) problems.push({ severity: 'warning', span: table.span(group.gs), message: `Functional group GS*…*${el(group.gs, 6)} has no GE trailer; add GE*<number of transaction sets>*${el(group.gs, 6)}.` });
    } else {
      const declared = el(ge, 1);
      if (Number(declared) !== group.transactions.length || declared === '') {
        problems.push({ severity: 'warning', span: table.elementSpan(ge, 1) ?? table.span(ge), message: `GE01 says ${declared || '(empty)'} transaction sets but the group has ${group.transactions.length}.` });
      }
      if (group.gs !== undefined && el(ge, 2) !== el(group.gs, 6)) {
        problems.push({ severity: 'warning', span: table.elementSpan(ge, 2) ?? table.span(ge), message: `GE02 (${el(ge, 2) || 'empty'}) does not match GS06 (${el(group.gs, 6)}); the group control numbers must be equal.` });
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
      if (ic.isa !== undefined) problems.push({ severity: 'warning', span: table.span(ic.isa), message: `${el(ic.isa, 13).trim() ? `Interchange ${el(ic.isa, 13).trim()}` : 'The interchange'} has no IEA trailer; add IEA*<number of groups>*${el(ic.isa, 13).trim() || '<ISA13 control number>'}.` });
    } else {
      const declared = el(iea, 1);
      if (Number(declared) !== ic.groups.length || declared === '') {
        problems.push({ severity: 'warning', span: table.elementSpan(iea, 1) ?? table.span(iea), message: `IEA01 says ${declared || '(empty)'} functional groups but the interchange has ${ic.groups.length}.` });
      }
      if (ic.isa !== undefined && el(iea, 2) !== el(ic.isa, 13)) {
        problems.push({ severity: 'warning', span: table.elementSpan(iea, 2) ?? table.span(iea), message: `IEA02 (${el(iea, 2) || 'empty'}) does not match ISA13 (${el(ic.isa, 13)}); the interchange control numbers must be equal.` });
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
        tx = { st: seg, se: undefined, first: seg, last: seg, span: table.span(seg), setId: el(seg, 1), controlNumber: el(seg, 2), version, format: formatOfVersion(version) };
        checkTransactionHeader(table, seg, tx, group, problems);
        variant = tx.format === 'x12-837i' ? 'i' : tx.format === 'x12-837p' ? 'p' : guessVariant(table, seg);
        if (!group) segmentProblem({ severity: 'warning', span: table.span(seg), message: 'ST appears outside a functional group (no GS before it). Wrap transaction sets in GS … GE.' });
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
        else segmentProblem({ severity: 'warning', span: table.span(seg), message: 'SE trailer without a matching ST header.' });
        break;
      case C.GE:
        if (group) closeGroup(seg, seg);
        else segmentProblem({ severity: 'warning', span: table.span(seg), message: 'GE trailer without a matching GS header.' });
        break;
      case C.IEA:
        if (ic && ic.isa !== undefined) closeInterchange(seg, seg);
        else segmentProblem({ severity: 'warning', span: table.span(seg), message: 'IEA trailer without a matching ISA header.' });
        break;
      case C.ISA:
      case C.GS:
      case C.ST:
        break;
      case -1:
        segmentProblem({ severity: 'warning', span: table.span(seg), message: `"${abbreviate(table.id(seg))}" is not an X12 segment id (2–3 capital letters or digits). Check for stray text or a missing segment terminator before it.` });
        break;
      default:
        if (!tx) segmentProblem({ severity: 'warning', span: table.span(seg), message: `${table.id(seg)} segment outside a transaction set (not between ST and SE); claimlint cannot place it in a claim.` });
    }
  }
  closeTransaction(count - 1, undefined);
  closeGroup(count - 1, undefined);
  closeInterchange(count - 1, undefined);
  return { table, interchanges, transactions, problems };
}

function checkTransactionHeader(table: X12SegmentTable, seg: number, tx: TxBuild, group: GroupBuild | undefined, problems: ParseProblem[]): void {
  if (tx.setId !== '837') {
    problems.push({ severity: 'warning', span: table.elementSpan(seg, 1) ?? table.span(seg), message: `Transaction set ${tx.setId || '(empty)'} is not an 837 health care claim; claimlint only checks 837 claims.` });
  }
  const st03 = table.elementText(seg, 3);
  if (st03 && group?.version && group.version !== st03) {
    const stFormat = formatOfVersion(st03);
    const gsFormat = formatOfVersion(group.version);
    if (stFormat !== gsFormat) {
      problems.push({ severity: 'warning', span: table.elementSpan(seg, 3) ?? table.span(seg), message: `ST03 (${st03}) and GS08 (${group.version}) name different guides; claimlint follows ST03. Make GS08 match the transaction sets in the group.` });
    }
  }
  if (/^00401/.test(tx.version) || (!tx.version && /^00401/.test(isaVersion(table, seg)))) {
    problems.push({
      severity: 'warning',
      span: table.elementSpan(seg, 3) ?? table.span(seg),
      message: `This transaction is X12 4010 (${tx.version || '00401'}). claimlint checks 5010 claims (005010X222A1 professional, 005010X223A2 institutional); HIPAA has required 5010 since 2012 and payers reject 4010. Findings are a best effort.`,
    });
  }
}

function isaVersion(table: X12SegmentTable, seg: number): string {
  const ic = table.interchangeOf(seg);
  const first = ic >= 0 ? table.interchangeStarts[ic] : undefined;
  return first?.hasHeader ? table.elementText(first.firstSegment, 12) : '';
}

/** Without ST03/GS08, the service segments tell the guide: SV2 is institutional, SV1 professional. */
function guessVariant(table: X12SegmentTable, st: number): X12Variant {
  for (let s = st + 1; s < table.count; s++) {
    const code = table.idCode(s);
    if (code === SV2) return 'i';
    if (code === SV1 || code === C.SE || code === C.ST) return 'p';
  }
  return 'p';
}

function abbreviate(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 20 ? `${clean.slice(0, 20)}…` : clean;
}
