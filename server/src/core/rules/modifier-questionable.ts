import type { Rule } from './rule';
import { codeOf, isDrugLine } from './support/lines';

export const modifierQuestionable: Rule = {
  meta: {
    id: 'modifier-questionable',
    description: 'A procedure modifier that makes no sense on a drug supply line (22, 25, 26/TC, 50, 52/53, 59/X{EPSU}, LT/RT and other anatomic, 76/77, 91).',
    defaultSeverity: 'warning',
    fixable: true,
    heuristic: true,
  },
  checkLine(ctx, report) {
    const { line, knowledge, editor } = ctx;
    const procedure = line.procedure;
    if (!procedure || !isDrugLine(line, knowledge)) return;
    const code = codeOf(line) ?? 'this drug';
    for (const modifier of procedure.modifiers) {
      const value = modifier.value.trim().toUpperCase();
      const info = knowledge.modifier(value);
      if (!info || info.onDrugLine !== 'questionable') continue;
      const edits = editor?.removeModifier(line, modifier) ?? [];
      report({
        span: modifier.span,
        message:
          `Line ${line.number}: modifier ${value} (${info.meaning}) on the drug line ${code}. ${info.note} ` +
          `This is a heuristic, not a CMS edit: a modifier that describes a procedure, a body site or a repeat service ` +
          `does not describe a drug supplied, and payers deny or question the line when the modifier does not fit the code. ` +
          `Remove it, unless the payer asked for it on this drug.`,
        // Removing a modifier changes what is billed, so it is the coder's call (not "fix all"); it is still the usual answer.
        fixes: edits.length ? [{ title: `Remove modifier ${value}`, isPreferred: true, safe: false, edits }] : [],
      });
    }
  },
};
