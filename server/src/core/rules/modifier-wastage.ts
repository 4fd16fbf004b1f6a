import type { Fix } from '../findings';
import type { Claim, ServiceLine, Valued } from '../model';
import type { LineContext, Rule } from './rule';
import { containerOfLine, drugIdentity, routeOfCode } from './support/drug';
import { codeOf, isJCode } from './support/lines';

/** JZ is required on single-dose container drugs for Medicare from this date (CMS change request on JW/JZ, 2023). */
export const JZ_REQUIRED_FROM = '2023-07-01';

function modifierValues(line: ServiceLine): string[] {
  return (line.procedure?.modifiers ?? []).map((m) => m.value.trim().toUpperCase());
}

function find(line: ServiceLine, code: string): Valued | undefined {
  return line.procedure?.modifiers.find((m) => m.value.trim().toUpperCase() === code);
}

/** Other lines of the claim that bill the same drug (same NDC, or for NOC codes the same drug named), with or without JW. */
function sameDrugLines(ctx: LineContext, claim: Claim, line: ServiceLine): ServiceLine[] {
  const drug = drugIdentity(line, ctx);
  return claim.lines.filter((other) => other !== line && codeOf(other) === codeOf(line) && drug !== undefined && drugIdentity(other, ctx) === drug);
}

function removeFix(ctx: LineContext, modifier: Valued, title: string, safe: boolean, isPreferred: boolean): Fix[] {
  const edits = ctx.editor?.removeModifier(ctx.line, modifier) ?? [];
  return edits.length ? [{ title, isPreferred, safe, edits }] : [];
}

export const modifierWastage: Rule = {
  meta: {
    id: 'modifier-wastage',
    description: 'JW/JZ drug-wastage modifiers: both on one line or a modifier repeated (errors); JW or JZ on an oral or multi-dose product; JW with no administered line of the same drug; neither on a Medicare single-dose drug line from 2023-07-01.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      repeated: 'remove the repeated modifier {modifier} from {code}: a modifier counts once, and payers reject the repeat.',
      both: 'use JW or JZ on {code}, not both: JZ says nothing was discarded.',
      oral: 'remove {modifier} from {code}: JW and JZ are for drugs from single-dose containers, not oral tablets or liquids.',
      multiDose: 'remove {modifier} from {code}: JW and JZ are for single-dose containers, and this drug comes in multi-dose ones.',
      jwAlone: 'add the administered amount of {code} on its own line (same drug, no JW): this JW line bills only discarded drug.',
      missing: 'add JZ to {code} if nothing was discarded from the single-dose container, or bill the discarded amount on a JW line.',
    },
    why:
      'JW bills the discarded amount of a single-dose container on its own line, next to the line for the amount given; JZ says ' +
      'nothing was discarded. CMS requires one of them on separately payable drugs from single-dose containers from 2023-07-01; ' +
      'they never go on the same line, and they do not apply to multi-dose containers or to drugs that do not come in a container ' +
      '(oral tablets, capsules and liquids). A JW line is matched to the administered line of the same drug: the same NDC, or for ' +
      'a NOC code the same drug named. The "neither JW nor JZ" warning is a heuristic on Medicare A/B claims only: when the code ' +
      'data does not say single-dose, the claim does not say whether the vial was single- or multi-dose.',
    sources: ['CMS, JW and JZ modifier policy (change request, 2023-06-02) and MLN FAQ', 'CMS HCPCS Alpha-Numeric file (JW, JZ)'],
  },
  checkLine(ctx, report) {
    const { line, claim, payer, serviceDate } = ctx;
    const procedure = line.procedure;
    const code = codeOf(line);
    if (!procedure || !code) return;

    const seen = new Set<string>();
    for (const modifier of procedure.modifiers) {
      const value = modifier.value.trim().toUpperCase();
      if (value === '') continue;
      if (seen.has(value)) {
        report({ span: modifier.span, severity: 'error', messageId: 'repeated', data: { modifier: value, code }, fixes: removeFix(ctx, modifier, `Remove the repeated ${value}`, true, true) });
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
        fixes: [...removeFix(ctx, jw, 'Remove JW (nothing was discarded)', false, false), ...removeFix(ctx, jz, 'Remove JZ (some was discarded)', false, false)],
      });
      return;
    }
    const container = containerOfLine(ctx);
    const wastage = jw ?? jz;
    if (wastage && (container === 'oral-product' || container === 'multi-dose')) {
      const value = wastage.value.trim().toUpperCase();
      report({ span: wastage.span, messageId: container === 'oral-product' ? 'oral' : 'multiDose', data: { modifier: value, code }, fixes: removeFix(ctx, wastage, `Remove ${value}`, false, true) });
      return;
    }
    if (jw) {
      if (!sameDrugLines(ctx, claim, line).some((other) => !modifierValues(other).includes('JW'))) report({ span: jw.span, messageId: 'jwAlone', data: { code } });
      return;
    }
    if (jz || payer.kind !== 'medicare' || !isJCode(code) || !line.drug || serviceDate < JZ_REQUIRED_FROM) return;
    const injectable = container === 'single-dose' || ((container === undefined || container === 'either-or-unknown') && routeOfCode(code, ctx) === 'injection');
    if (!injectable) return;
    if (sameDrugLines(ctx, claim, line).some((other) => modifierValues(other).includes('JW'))) return;
    const edits = ctx.editor?.addModifier(line, 'JZ') ?? [];
    report({ span: procedure.code.span, messageId: 'missing', data: { code }, fixes: edits.length ? [{ title: 'Add JZ (nothing was discarded)', isPreferred: false, safe: false, edits }] : [] });
  },
};
