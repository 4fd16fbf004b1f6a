/** On the text that names a claim's payer: who claimlint judges the claim as, and which payer policy applied. */
import type { LintConfig } from '../config';
import { claimLabel, type Claim, type ClaimDocument, type Span } from '../model';
import { describePayer, payerContextOf } from '../payer/context';
import { escapeMarkdown } from './markdown';

export function payerSection(doc: ClaimDocument, offset: number, config: LintConfig | undefined): { markdown: string; span: Span } | undefined {
  if (!config) return undefined;
  // The payer is often outside the claim's own text (837 2000B/2010BB serve every claim under the subscriber).
  let span: Span | undefined;
  const claim = doc.claims.find((c) => (span = payerSpanAt(c, offset)) !== undefined);
  if (!claim || !span) return undefined;
  const context = payerContextOf(claim, config);
  const how =
    context.decidedBy === 'policy'
      ? 'the payer policy in .claimlintrc.json that matches it decides'
      : context.decidedBy === 'claim'
        ? 'the claim’s own filing indicator decides'
        : context.decidedBy === 'setting'
          ? 'the claimlint.payerProfile setting decides'
          : 'payer-specific checks that need the payer type are not applied';
  return { span, markdown: `**Payer for claim ${escapeMarkdown(claimLabel(claim))}:** ${escapeMarkdown(describePayer(context))} — ${how}.` };
}

/** The innermost payer text of the claim under the offset (the id or name before the whole payer block). */
function payerSpanAt(claim: Claim, offset: number): Span | undefined {
  const payer = claim.payer;
  const spans = [payer.filingCode?.span, payer.name?.span, payer.id?.span, payer.span].filter((s): s is Span => s !== undefined);
  return spans.find((s) => s.start <= offset && offset <= s.end);
}
