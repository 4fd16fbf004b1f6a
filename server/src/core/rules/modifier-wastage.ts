import type { Fix } from '../findings';
import type { Claim, ServiceLine, Valued } from '../model';
import type { LineContext, Rule } from './rule';
import { codeOf, isJCode } from './support/lines';
import { crosswalkFor } from './support/ndc';
import { looksInjectable } from './support/route';

/** JZ is required on single-dose container drugs for Medicare from this date (CMS MLN JW/JZ FAQ). */
export const JZ_REQUIRED_FROM = '2023-07-01';

function modifierValues(line: ServiceLine): string[] {
  return (line.procedure?.modifiers ?? []).map((m) => m.value.trim().toUpperCase());
}

function find(line: ServiceLine, code: string): Valued | undefined {
  return line.procedure?.modifiers.find((m) => m.value.trim().toUpperCase() === code);
}

/** Lines bill the same drug when the code matches and, when both carry one, the NDC matches too. */
function sameDrug(a: ServiceLine, b: ServiceLine, ctx: LineContext): boolean {
  if (codeOf(a) !== codeOf(b)) return false;
  const ndcA = crosswalkFor(a, ctx.knowledge).ndc11 ?? a.drug?.code.value.trim();
  const ndcB = crosswalkFor(b, ctx.knowledge).ndc11 ?? b.drug?.code.value.trim();
  return ndcA === undefined || ndcB === undefined || ndcA === ndcB;
}

function otherLines(claim: Claim, line: ServiceLine): ServiceLine[] {
  return claim.lines.filter((l) => l !== line);
}

function removeFix(ctx: LineContext, modifier: Valued, title: string, safe: boolean, isPreferred: boolean): Fix[] {
  const edits = ctx.editor?.removeModifier(ctx.line, modifier) ?? [];
  return edits.length ? [{ title, isPreferred, safe, edits }] : [];
}

export const modifierWastage: Rule = {
  meta: {
    id: 'modifier-wastage',
    description: 'JW/JZ drug-wastage modifiers: both on one line or a modifier repeated (errors); JW with no administered line, or neither on a Medicare injectable drug line from 2023-07-01 (warnings).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  checkLine(ctx, report) {
    const { line, claim, config, knowledge, serviceDate } = ctx;
    const procedure = line.procedure;
    const code = codeOf(line);
    if (!procedure || !code) return;
    const where = `Line ${line.number}`;

    const seen = new Set<string>();
    for (const modifier of procedure.modifiers) {
      const value = modifier.value.trim().toUpperCase();
      if (value === '') continue;
      if (seen.has(value)) {
        report({
          span: modifier.span,
          severity: 'error',
          message: `${where}: modifier ${value} is repeated on ${code}. A modifier counts once; payers reject lines with the same modifier twice. Remove the repeat.`,
          fixes: removeFix(ctx, modifier, `Remove the repeated ${value}`, true, true),
        });
      }
      seen.add(value);
    }

    const jw = find(line, 'JW');
    const jz = find(line, 'JZ');
    if (jw && jz) {
      const later = jw.span.start > jz.span.start ? jw : jz;
      report({
        span: later.span,
        severity: 'error',
        message:
          `${where}: ${code} carries both JW (amount discarded) and JZ (nothing discarded). They contradict each other and CMS says they ` +
          `never go on the same line. Bill the amount given with JZ when nothing was thrown away; when some was, bill the amount given ` +
          `without JW/JZ and the discarded amount on its own line with JW.`,
        fixes: [
          ...removeFix(ctx, jw, 'Remove JW (nothing was discarded)', false, false),
          ...removeFix(ctx, jz, 'Remove JZ (some was discarded)', false, false),
        ],
      });
      return;
    }

    if (jw) {
      const administered = otherLines(claim, line).some((other) => sameDrug(line, other, ctx) && !modifierValues(other).includes('JW'));
      if (!administered) {
        report({
          span: jw.span,
          message:
            `${where}: ${code} with JW bills only a discarded amount, and no other line on this claim bills the amount given of the same drug. ` +
            `JW marks the wasted part of a single-dose container, reported on a separate line next to the administered amount; a JW line alone ` +
            `tells the payer the whole dose was thrown away. Add the administered line (same code and NDC, without JW), or remove JW if this line is the dose given.`,
        });
      }
      return;
    }

    if (jz || config.payerProfile !== 'medicare' || !isJCode(code) || !line.drug || serviceDate < JZ_REQUIRED_FROM) return;
    if (looksInjectable(line, knowledge) !== true) return;
    const wastageLineExists = otherLines(claim, line).some((other) => sameDrug(line, other, ctx) && modifierValues(other).includes('JW'));
    if (wastageLineExists) return;
    const edits = ctx.editor?.addModifier(line, 'JZ') ?? [];
    report({
      span: procedure.code.span,
      message:
        `${where}: ${code} has an NDC but neither JZ nor JW, on a Medicare claim dated ${serviceDate}. From ${JZ_REQUIRED_FROM} Medicare requires JZ ` +
        `(no amount discarded) or JW (discarded amount, separate line) on drugs from single-dose containers, and returns claims without them since 2023-10-01. ` +
        `This is a heuristic: the claim does not say whether the container was single-dose; if it was multi-dose, no modifier is needed. ` +
        `Add JZ when nothing was discarded, or bill the discarded amount on a second line with JW.`,
      fixes: edits.length ? [{ title: 'Add JZ (nothing was discarded)', isPreferred: false, safe: false, edits }] : [],
    });
  },
};
