import type { Rule } from './rule';
import { codeOf } from './support/lines';
import { matchesAnyCode } from '../payer/policy';

const WHAT = { attachment: 'an attachment (PWK)', note: 'a note (NTE)', 'attachment-or-note': 'an attachment (PWK) or a note (NTE)' } as const;

/** What a payer policy asks to see with certain codes (off-label, compounded or new drugs): an attachment or a note. */
export const documentationMissing: Rule = {
  meta: {
    id: 'documentation-missing',
    description: 'The payer policy asks for an attachment (PWK) or a note (NTE) with this code, and the claim has none.',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      missing: 'add {what} for {code}: {policy} asks for documentation with this code.',
    },
    why:
      'Commercial payers may ask for documentation with "not otherwise classified", off-label, compounded or new drugs: ' +
      'peer-reviewed literature, the invoice, or a note describing the drug. Claims sent without it are pended or denied. ' +
      'This rule applies only what a payer policy in `.claimlintrc.json` declares (`documentation`: the codes, and whether an ' +
      'attachment, a note or either is wanted); claimlint assumes nothing about any payer. An attachment is a 2300 PWK segment ' +
      '(claim JSON reportInformations, native attachments); a note is an NTE on the claim or the line (claimNote, additionalNotes).',
  },
  checkLine({ line, claim, payer, field }, report) {
    const rule = payer.policy?.documentation;
    const code = codeOf(line);
    if (!rule || !code || !line.procedure || !matchesAnyCode(code, rule.codes)) return;
    const hasAttachment = claim.attachments.some((a) => a.value.trim() !== '');
    const hasNote = [...claim.notes, ...line.notes].some((n) => n.value.trim() !== '');
    const ok = rule.require === 'attachment' ? hasAttachment : rule.require === 'note' ? hasNote : hasAttachment || hasNote;
    if (ok) return;
    const what = rule.require === 'attachment' ? `${WHAT.attachment} in ${field('attachment')}` : rule.require === 'note' ? `${WHAT.note} in ${field('lineNote')}` : WHAT[rule.require];
    report({ span: line.procedure.code.span, messageId: 'missing', data: { what, code, policy: payer.policy?.name ?? '' } });
  },
};
