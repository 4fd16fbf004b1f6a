/**
 * Builds the claim view model from a parsed and linted document: pure, no editor types. `place` turns a span into
 * whatever the caller jumps with (the server passes a span → LSP range converter; tests keep spans).
 */
import type { Analysis } from '../analyze';
import type { LintConfig } from '../config';
import { summarizeAnalysis, payerLabel } from '../fileSummary';
import type { Finding } from '../findings';
import { formatInfo } from '../formats/catalog';
import type { Knowledge } from '../knowledge/types';
import { claimLabel, type Claim, type DateValue, type ServiceLine, type Span, type Valued } from '../model';
import { describePayer, payerContextOf } from '../payer/context';
import { codeFacts, drugFacts, modifierMeaning } from './facts';
import { lineKey, placeFindings, type PlacedFindings } from './placeFindings';
import type { ClaimEntry, ClaimView, ClaimViewOptions, DateEntry, FindingEntry, LineEntry, PayerEntry, ValueEntry } from './types';

export type * from './types';

export function buildClaimView<W>(analysis: Analysis, config: LintConfig, knowledge: Knowledge, options: ClaimViewOptions, place: (span: Span) => W): ClaimView<W> {
  const { doc, result } = analysis;
  const placed = placeFindings(doc, result.findings);
  const finding = (f: Finding): FindingEntry<W> => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, at: place(f.span) });
  const value = (v: Valued | undefined): ValueEntry<W> | undefined => (v && v.value.trim() !== '' ? { text: v.value.trim(), at: place(v.span) } : undefined);
  const date = (v: DateValue | undefined, fromClaim: boolean): DateEntry<W> | undefined => {
    const entry = value(v);
    return entry && v ? { ...entry, ...(v.iso ? { iso: v.iso } : {}), fromClaim } : undefined;
  };

  const claims: ClaimEntry<W>[] = [];
  let room = options.maxLines;
  let omittedClaims = 0;
  let omittedLines = 0;
  for (const claim of doc.claims) {
    if (room <= 0) {
      omittedClaims++;
      omittedLines += claim.lines.length;
      continue;
    }
    const shown = claim.lines.slice(0, room);
    room -= shown.length;
    omittedLines += claim.lines.length - shown.length;
    const lineEntry = (line: ServiceLine): LineEntry<W> => buildLine(line, claim, placed, knowledge, { value, date, finding, place });
    claims.push({
      label: claimLabel(claim),
      at: place(claim.id?.span ?? { start: claim.span.start, end: claim.span.start }),
      patient: claim.patientName?.trim() ? { present: true, ...(options.revealPatients ? { name: claim.patientName.trim() } : {}) } : { present: false },
      payer: payerEntry(claim, config, value),
      serviceDate: date(claim.serviceDate, true),
      lines: shown.map(lineEntry),
      findings: (placed.byClaim.get(claim.index) ?? []).map(finding),
    });
  }
  return {
    format: doc.format === 'none' ? undefined : { label: formatInfo(doc.format).label, title: formatInfo(doc.format).title },
    summary: summarizeAnalysis(analysis, config),
    claims,
    fileFindings: placed.file.map(finding),
    omitted: { claims: omittedClaims, lines: omittedLines },
    patientsRevealed: options.revealPatients,
  };
}

interface Builders<W> {
  value(v: Valued | undefined): ValueEntry<W> | undefined;
  date(v: DateValue | undefined, fromClaim: boolean): DateEntry<W> | undefined;
  finding(f: Finding): FindingEntry<W>;
  place(span: Span): W;
}

function payerEntry<W>(claim: Claim, config: LintConfig, value: Builders<W>['value']): PayerEntry<W> {
  const context = payerContextOf(claim, config);
  const name = value(claim.payer.name);
  const id = claim.payer.id?.value.trim();
  return {
    ...(name ? { name } : {}),
    ...(id ? { id } : {}),
    label: payerLabel(context),
    inForce: describePayer(context),
    ...(context.policy ? { policy: context.policy.name } : {}),
  };
}

function buildLine<W>(line: ServiceLine, claim: Claim, placed: PlacedFindings, knowledge: Knowledge, b: Builders<W>): LineEntry<W> {
  const procedure = line.procedure;
  const code = b.value(procedure?.code);
  const facts = code ? codeFacts(code.text, knowledge) : undefined;
  const ndc = b.value(line.drug?.code);
  const drug = ndc ? drugFacts(ndc.text, knowledge) : undefined;
  const quantity = b.value(line.drug?.quantity);
  const unit = b.value(line.drug?.unit);
  const optional = <K extends string, V>(key: K, v: V | undefined): Partial<Record<K, V>> => (v === undefined ? {} : ({ [key]: v } as Record<K, V>));
  return {
    number: line.number,
    at: b.place(procedure?.code.span ?? { start: line.span.start, end: line.span.start }),
    ...optional('serviceDate', b.date(line.serviceDate, false) ?? b.date(claim.serviceDate, true)),
    ...optional('revenueCode', b.value(line.revenueCode)),
    ...optional('code', code && { ...code, ...(facts ?? {}) }),
    modifiers: (procedure?.modifiers ?? []).flatMap((m) => {
      const entry = b.value(m);
      if (!entry) return [];
      const meaning = modifierMeaning(entry.text, knowledge);
      return [{ ...entry, ...(meaning ? { meaning } : {}) }];
    }),
    ...optional('description', b.value(procedure?.description)),
    ...optional('drug', ndc && { ...ndc, ...(drug ?? {}), ...optional('quantity', quantity), ...optional('unit', unit) }),
    ...optional('units', b.value(line.units)),
    ...optional('unitOfMeasure', line.unitOfMeasure?.value.trim() || undefined),
    ...optional('charge', b.value(line.charge)),
    findings: (placed.byLine.get(lineKey(claim.index, line.number)) ?? []).map(b.finding),
  };
}
