import type { Fix } from '../findings';
import type { LineContext, Rule } from './rule';
import { formatNdc542, normalizeNdc } from '../knowledge/ndc';

const WHY =
  'Payers match the NDC to the drug and its price in the 11-digit 5-4-2 form without hyphens (Anthem and Independence Blue Cross ' +
  'publish this; it is also how the CMS NDC–HCPCS crosswalk is keyed), so a malformed NDC gets the line rejected.';

/** Stedi's 837I JSON asks for 5-4-2 with hyphens; everywhere else claims want 11 bare digits. */
function wantsHyphens(ctx: LineContext): boolean {
  return ctx.doc.format === 'claim-json' && ctx.line.revenueCode !== undefined;
}

function show(value: string): string {
  return value.length > 24 ? `${value.slice(0, 24)}…` : value;
}

export const ndcFormat: Rule = {
  meta: {
    id: 'ndc-format',
    description: 'The NDC is not 11 digits (hyphenated, 10-digit, malformed) or its qualifier is not N4; fixes pad a hyphenated 10-digit NDC.',
    defaultSeverity: 'error',
    fixable: true,
  },
  checkLine(ctx, report) {
    const { line, editor } = ctx;
    const drug = line.drug;
    if (!drug) return;
    const raw = drug.code.value;
    const where = `Line ${line.number}`;
    const shape = normalizeNdc(raw);
    const target = (ndc11: string): string => (wantsHyphens(ctx) ? formatNdc542(ndc11) : ndc11);
    const normalizeFix = (ndc11: string): Fix[] => {
      const edits = editor?.replaceValue(drug.code, target(ndc11)) ?? [];
      return edits.length ? [{ title: `Write the NDC as ${target(ndc11)}`, isPreferred: true, safe: true, edits }] : [];
    };

    if (drug.qualifier && drug.qualifier.value.trim().toUpperCase() !== 'N4') {
      const q = drug.qualifier.value.trim();
      const edits = editor?.replaceValue(drug.qualifier, 'N4') ?? [];
      report({
        span: drug.qualifier.span,
        message:
          `${where}: the drug code qualifier is "${show(q)}", not N4. N4 says "this is an NDC in 5-4-2 format"; with any other ` +
          `qualifier (UPC, HIBC…) the payer does not read the value as an NDC and the drug line counts as having none. ` +
          `Use qualifier N4 with the 11-digit NDC.`,
        fixes: edits.length && (shape.kind === 'ndc11' || shape.kind === 'hyphenated11')
          ? [{ title: 'Set the qualifier to N4', isPreferred: true, safe: false, edits }]
          : [],
      });
    }

    switch (shape.kind) {
      case 'ndc11':
        return;
      case 'hyphenated11':
        if (wantsHyphens(ctx)) return;
        report({
          span: drug.code.span,
          // FHIR's NDC system allows hyphens; only the 837 built from the resource needs bare digits.
          severity: drug.tenDigitAllowed ? 'information' : undefined,
          message: drug.tenDigitAllowed
            ? `${where}: NDC ${raw} has hyphens. The FHIR NDC system accepts them, but the 837 built from this claim needs the 11 digits without them: ${shape.ndc11}.`
            : `${where}: NDC ${raw} has hyphens; claims need the 11 digits without them: ${shape.ndc11}. ${WHY}`,
          fixes: normalizeFix(shape.ndc11),
        });
        return;
      case 'hyphenated10': {
        const fhirNote = drug.tenDigitAllowed
          ? ' The FHIR NDC system accepts this 10-digit form, but the 837 built from this claim needs the 11-digit one.'
          : ` ${WHY}`;
        report({
          span: drug.code.span,
          severity: drug.tenDigitAllowed ? 'information' : undefined,
          message:
            `${where}: NDC ${raw} is the 10-digit package code (${shape.pattern}); claims need 11 digits: ${target(shape.ndc11)} ` +
            `(a leading zero added to the short segment).${fhirNote}`,
          fixes: normalizeFix(shape.ndc11),
        });
        return;
      }
      case 'ambiguous10':
        report({
          span: drug.code.span,
          message:
            `${where}: NDC ${raw} has 10 digits and no hyphens, so it cannot be padded to 11 safely: the missing zero may belong in ` +
            `the labeler, product or package segment (4-4-2, 5-3-2 or 5-4-1), and each gives a different drug. ` +
            `Read the hyphenated NDC off the package and enter it as 11 digits (5-4-2). ${WHY}`,
        });
        return;
      case 'invalid':
        report({
          span: drug.code.span,
          message:
            raw.trim() === ''
              ? `${where}: the NDC is empty. Enter the 11-digit NDC (5-4-2, no hyphens) from the package that was used. ${WHY}`
              : `${where}: "${show(raw)}" is not a usable NDC: ${shape.reason}. Enter the 11-digit NDC (5-4-2, no hyphens) from the package, e.g. 00469060773. ${WHY}`,
        });
        return;
    }
  },
};
