import { productKind, strengthFromCrosswalk, strengthInText } from '../knowledge';
import { mgPer, parseDosage } from '../knowledge/dosage';
import type { CrosswalkEntry, DoseForm } from '../knowledge/types';
import type { Rule } from './rule';
import { formatNumber } from './support/lines';
import { crosswalkFor } from './support/ndc';

/** What one crosswalk row says one tablet/capsule/vial holds, in mg: one value, several readings, or nothing. */
function rowMg(entry: CrosswalkEntry, form: DoseForm | undefined): { mg: number[]; ambiguous: boolean } {
  const dosage = parseDosage(entry.hcpcsDosage);
  const mgPerUnit = dosage ? mgPer(dosage.unit) : undefined;
  const perUnitMg = dosage && mgPerUnit !== undefined ? dosage.amount * mgPerUnit : undefined;
  const kind = productKind(form === 'any-oral' ? undefined : form, entry.drugName);
  if (perUnitMg === undefined || kind === 'liquid') return { mg: [], ambiguous: false };
  const row = strengthFromCrosswalk(entry, 'each', kind);
  if (row.status === 'ok') return { mg: [row.unitsPer * perUnitMg], ambiguous: false };
  if (row.status === 'inconsistent') return { mg: row.readings.map((r) => r.unitsPer * perUnitMg), ambiguous: true };
  return { mg: [], ambiguous: false };
}

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, a, b);

export const ndcStrengthMismatch: Rule = {
  meta: {
    id: 'ndc-strength-mismatch',
    description: "The strength the line's description states differs from the strength of its NDC in the CMS crosswalk, or the crosswalk row of the NDC can be read more than one way.",
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      mismatch: 'check the NDC or the description: the description says {stated}, but NDC {ndc} ({drug}) is {rowStrength} each.',
      ambiguous: 'check the units against the package: the CMS crosswalk row of NDC {ndc} reads as {readings} each, so claimlint did not compute them.',
    },
    why:
      'The NDC decides which product and strength the payer prices; the description says what was given. When the two name ' +
      'different strengths (the description says 5 mg capsules but the NDC is the 1 mg package), one of them is wrong and the units ' +
      'follow the wrong one. Some rows of the CMS crosswalk contradict themselves (Prograf 00469-0657-73: package size 100, package ' +
      'quantity 5, 100 billing units, 500 per package — 1 mg or 5 mg a capsule); claimlint computes nothing from such a row unless ' +
      'the line states its strength, and says so.',
    sources: ['CMS ASP NDC–HCPCS crosswalk, October 2026', 'FDA drug labels (strengths per tablet, capsule, vial)'],
  },
  checkLine({ line, knowledge }, report) {
    const drug = line.drug;
    const { ndc11, entries } = crosswalkFor(line, knowledge);
    if (!drug || !ndc11 || entries.length === 0) return;
    const readings = entries.map((e) => rowMg(e, knowledge.entry(e.hcpcs.trim().toUpperCase())?.form?.value));
    const all = readings.flatMap((r) => r.mg);
    if (all.length === 0) return;
    const description = line.procedure?.description?.value ?? '';
    const stated = strengthInText(description);
    const statedPer = stated && !stated.perVolume ? mgPer(stated.unit) : undefined;
    const statedMg = stated && statedPer !== undefined ? stated.amount * statedPer : undefined;
    const drugName = entries[0].drugName;
    const distinct = [...new Set(all.map((mg) => formatNumber(mg)))];
    if (statedMg !== undefined) {
      if (all.some((mg) => same(mg, statedMg))) return;
      report({ span: drug.code.span, messageId: 'mismatch', data: { stated: stated!.text, ndc: ndc11, drug: drugName, rowStrength: `${distinct.join(' or ')} mg` } });
      return;
    }
    if (readings.some((r) => r.ambiguous) && distinct.length > 1) {
      report({ span: drug.code.span, severity: 'information', messageId: 'ambiguous', data: { ndc: ndc11, readings: `${distinct.join(' or ')} mg` } });
    }
  },
};
