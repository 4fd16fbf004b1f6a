import type { Fix } from '../findings';
import type { LineContext, Rule } from './rule';
import { formatNdc542, normalizeNdc } from '../knowledge/ndc';
import { shown } from './support/lines';

/** Stedi's 837I JSON asks for 5-4-2 with hyphens; everywhere else claims want 11 bare digits. */
function wantsHyphens(ctx: LineContext): boolean {
  return ctx.doc.format === 'claim-json' && ctx.line.revenueCode !== undefined;
}

export const ndcFormat: Rule = {
  meta: {
    id: 'ndc-format',
    description: 'The NDC is not 11 digits (hyphenated, 10-digit, malformed) or its qualifier is not N4; fixes pad a hyphenated 10-digit NDC.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      qualifier: 'use qualifier N4 for the NDC, not "{qualifier}": with any other qualifier the payer reads no NDC on the line.',
      hyphens: 'write NDC {ndc} as {target}: claims need the 11 digits without hyphens.',
      hyphensFhir: 'write NDC {ndc} as {target} in the 837 built from this claim (FHIR accepts the hyphens).',
      tenDigit: 'write NDC {ndc} as {target}: claims need the 11-digit form.',
      tenDigitFhir: 'write NDC {ndc} as {target} in the 837 built from this claim (FHIR accepts 10 digits).',
      ambiguous: 'read the hyphenated NDC off the package: {ndc} has 10 digits and no hyphens, so the missing zero cannot be placed.',
      empty: 'enter the 11-digit NDC of the package used: the NDC is empty.',
      invalid: 'enter the 11-digit NDC from the package: "{ndc}" {reason}.',
    },
    why:
      'Payers match the NDC to the drug and its price in the 11-digit 5-4-2 form without hyphens (it is also how the CMS NDC–HCPCS ' +
      'crosswalk is keyed), so a malformed NDC gets the line rejected. A 10-digit NDC (4-4-2, 5-3-2 or 5-4-1 on the package) becomes ' +
      '11 digits with a leading zero in its short segment; without hyphens the short segment is unknown, so claimlint does not guess. ' +
      "The qualifier LIN02 must be N4 (NDC in 5-4-2 format). FHIR's NDC system accepts the hyphenated and 10-digit forms, so there " +
      "the finding is only a note for the 837 built from the resource. Stedi's institutional claim JSON documents the NDC with hyphens.",
    sources: ['X12 005010X222A1: LIN02 N4', 'Anthem and Independence Blue Cross NDC billing policies', 'HL7 FHIR NDC code system (http://hl7.org/fhir/sid/ndc)'],
  },
  checkLine(ctx, report) {
    const { line, editor } = ctx;
    const drug = line.drug;
    if (!drug) return;
    const raw = drug.code.value;
    const ndc = shown(raw, 24);
    const shape = normalizeNdc(raw);
    const target = (ndc11: string): string => (wantsHyphens(ctx) ? formatNdc542(ndc11) : ndc11);
    const normalizeFix = (ndc11: string): Fix[] => {
      const edits = editor?.replaceValue(drug.code, target(ndc11)) ?? [];
      return edits.length ? [{ title: `Write the NDC as ${target(ndc11)}`, isPreferred: true, safe: true, edits }] : [];
    };

    if (drug.qualifier && drug.qualifier.value.trim().toUpperCase() !== 'N4') {
      const edits = editor?.replaceValue(drug.qualifier, 'N4') ?? [];
      report({
        span: drug.qualifier.span,
        messageId: 'qualifier',
        data: { qualifier: shown(drug.qualifier.value) },
        fixes: edits.length && (shape.kind === 'ndc11' || shape.kind === 'hyphenated11') ? [{ title: 'Set the qualifier to N4', isPreferred: true, safe: false, edits }] : [],
      });
    }

    switch (shape.kind) {
      case 'ndc11':
        return;
      case 'hyphenated11':
        if (wantsHyphens(ctx)) return;
        // FHIR's NDC system allows hyphens; only the 837 built from the resource needs bare digits.
        report({
          span: drug.code.span,
          severity: drug.tenDigitAllowed ? 'information' : undefined,
          messageId: drug.tenDigitAllowed ? 'hyphensFhir' : 'hyphens',
          data: { ndc, target: shape.ndc11 },
          fixes: normalizeFix(shape.ndc11),
        });
        return;
      case 'hyphenated10':
        report({
          span: drug.code.span,
          severity: drug.tenDigitAllowed ? 'information' : undefined,
          messageId: drug.tenDigitAllowed ? 'tenDigitFhir' : 'tenDigit',
          data: { ndc, target: target(shape.ndc11), pattern: shape.pattern },
          fixes: normalizeFix(shape.ndc11),
        });
        return;
      case 'ambiguous10':
        report({ span: drug.code.span, messageId: 'ambiguous', data: { ndc } });
        return;
      case 'invalid':
        report({ span: drug.code.span, messageId: raw.trim() === '' ? 'empty' : 'invalid', data: { ndc, reason: shape.reason } });
        return;
    }
  },
};
