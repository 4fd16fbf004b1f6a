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
    messages: {
      repeated: 'remove the repeated modifier {modifier} from {code}: a modifier counts once, and payers reject the repeat.',
      both: 'use JW or JZ on {code}, not both: JZ says nothing was discarded, JW bills the discarded amount on its own line.',
      jwAlone: 'add the administered amount of {code} on its own line (same code and NDC, no JW): this JW line bills only discarded drug.',
      missing: 'add JZ to {code} if nothing was discarded, or bill the discarded amount on a second line with JW.',
    },
    why:
      'JW bills the discarded amount of a single-dose container on its own line, next to the line for the amount given; JZ says ' +
      'nothing was discarded. CMS requires one of them on separately payable single-dose container drugs from 2023-07-01 and returns ' +
      'claims without them from 2023-10-01; they never go on the same line. The "neither JW nor JZ" warning is a heuristic: the ' +
      'claim does not say whether the container was single-dose (multi-dose containers need neither), so it is a warning on Medicare ' +
      'injectable drug lines only.',
    sources: ['CMS MLN, JW and JZ modifier policy FAQ (2023)'],
  },
  checkLine(ctx, report) {
    const { line, claim, payer, knowledge, serviceDate } = ctx;
    const procedure = line.procedure;
    const code = codeOf(line);
    if (!procedure || !code) return;

    const seen = new Set<string>();
    for (const modifier of procedure.modifiers) {
      const value = modifier.value.trim().toUpperCase();
      if (value === '') continue;
      if (seen.has(value)) {
        report({
          span: modifier.span,
          severity: 'error',
          messageId: 'repeated',
          data: { modifier: value, code },
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
        messageId: 'both',
        data: { code },
        fixes: [
          ...removeFix(ctx, jw, 'Remove JW (nothing was discarded)', false, false),
          ...removeFix(ctx, jz, 'Remove JZ (some was discarded)', false, false),
        ],
      });
      return;
    }

    if (jw) {
      const administered = otherLines(claim, line).some((other) => sameDrug(line, other, ctx) && !modifierValues(other).includes('JW'));
      if (!administered) report({ span: jw.span, messageId: 'jwAlone', data: { code } });
      return;
    }

    if (jz || payer.kind !== 'medicare' || !isJCode(code) || !line.drug || serviceDate < JZ_REQUIRED_FROM) return;
    if (looksInjectable(line, knowledge) !== true) return;
    const wastageLineExists = otherLines(claim, line).some((other) => sameDrug(line, other, ctx) && modifierValues(other).includes('JW'));
    if (wastageLineExists) return;
    const edits = ctx.editor?.addModifier(line, 'JZ') ?? [];
    report({
      span: procedure.code.span,
      messageId: 'missing',
      data: { code },
      fixes: edits.length ? [{ title: 'Add JZ (nothing was discarded)', isPreferred: false, safe: false, edits }] : [],
    });
  },
};
