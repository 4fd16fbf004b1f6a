import type { Rule } from './rule';
import { codeOf, isDrugLine } from './support/lines';

export const modifierQuestionable: Rule = {
  meta: {
    id: 'modifier-questionable',
    description: 'A procedure modifier that makes no sense on a drug supply line (22, 25, 26/TC, 50, 52/53, 59/X{EPSU}, LT/RT and other anatomic, 76/77, 91).',
    defaultSeverity: 'warning',
    fixable: true,
    heuristic: true,
    messages: {
      remove: 'remove modifier {modifier} from {code} unless the payer asked for it: it does not describe a drug.',
    },
    why:
      'Modifiers such as 22 (increased procedural services), 25, 26/TC, 50, 52/53, 59/XE/XS/XP/XU, the anatomic modifiers (LT, RT, ' +
      'F1…, T1…), 76/77 and 91 describe a procedure, a body site or a repeated service. A drug supply line bills the drug itself, ' +
      'so payers question or deny the line when such a modifier is on it; usually it was copied from the procedure line. ' +
      'This is a heuristic of claimlint, not a CMS edit. Only lines whose code is a drug code are judged: a procedure or E/M ' +
      'line that happens to carry an NDC keeps its modifiers.',
  },
  checkLine(ctx, report) {
    const { line, knowledge, editor } = ctx;
    const procedure = line.procedure;
    if (!procedure || !isDrugLine(line, knowledge)) return;
    const code = codeOf(line) ?? '';
    for (const modifier of procedure.modifiers) {
      const value = modifier.value.trim().toUpperCase();
      const info = knowledge.modifier(value);
      if (!info || info.onDrugLine !== 'questionable') continue;
      const edits = editor?.removeModifier(line, modifier) ?? [];
      report({
        span: modifier.span,
        messageId: 'remove',
        data: { modifier: value, meaning: info.meaning.toLowerCase(), code },
        // Removing a modifier changes what is billed, so it is the coder's call (not "fix all"); it is still the usual answer.
        fixes: edits.length ? [{ title: `Remove modifier ${value}`, isPreferred: true, safe: false, edits }] : [],
      });
    }
  },
};
