import type { Diagnosis } from '../model';
import type { Rule } from './rule';
import { codeOf } from './support/lines';

/** ICD-10-CM categories of transplanted organ and tissue status (Z94) and complications of transplanted organs and tissue (T86). */
const TRANSPLANT = /^(Z94|T86)/;

function isTransplantDiagnosis(d: Diagnosis): boolean {
  return TRANSPLANT.test(d.code.value.trim().toUpperCase().replace(/\./g, ''));
}

export const transplantDiagnosisMissing: Rule = {
  meta: {
    id: 'transplant-diagnosis-missing',
    description: 'A Medicare immunosuppressive drug line whose diagnoses (those it points to) include no transplant status (Z94.-) or transplant complication (T86.-).',
    defaultSeverity: 'information',
    fixable: false,
    heuristic: true,
    messages: {
      missing: 'point this {code} line to the transplant diagnosis (Z94.- status or T86.- complication) if the drug follows a transplant.',
      none: 'add the transplant diagnosis (Z94.- status or T86.- complication) if this {code} follows a transplant: the claim lists no diagnosis.',
    },
    why:
      'Medicare Part B covers immunosuppressive drugs after an organ transplant that Medicare covered, for a beneficiary who had ' +
      'Part A at the time of the transplant (Medicare Benefit Policy Manual, chapter 15, §50.5.1); the DME MAC policy article asks ' +
      'that the claim show the transplant. On an ICD-10 claim that is a code from category Z94 (transplanted organ and tissue ' +
      'status) or T86 (complications of transplanted organs and tissue). This is a heuristic and only a note: immunosuppressives ' +
      'have other uses, which Medicare Part B may not cover under this benefit. The line\'s diagnosis pointers decide which ' +
      'diagnoses count (837P SV107, JSON pointers, FHIR diagnosisSequence); without pointers every claim diagnosis counts.',
    sources: [
      'CMS, Medicare Benefit Policy Manual (100-02), chapter 15, §50.5.1',
      'CMS DME MAC policy article A52474, Immunosuppressive Drugs',
      'CDC/NCHS ICD-10-CM tabular list and CMS ICD-10-CM Official Guidelines (categories Z94, T86)',
    ],
  },
  checkLine({ line, claim, payer, knowledge }, report) {
    const code = codeOf(line);
    if (!code || !line.procedure || (payer.kind !== 'medicare' && payer.kind !== 'medicare-dme')) return;
    const entry = knowledge.entry(code);
    const classes = entry?.drugClasses.map((c) => c.value) ?? [];
    const immunosuppressive = code === 'J7599' || (classes.includes('immunosuppressive') && !classes.includes('antineoplastic'));
    if (!immunosuppressive) return;
    const pointed = line.diagnosisPointers.flatMap((p) => (p.diagnosis ? [p.diagnosis] : []));
    const diagnoses = pointed.length ? pointed : claim.diagnoses;
    if (diagnoses.some(isTransplantDiagnosis)) return;
    report({ span: line.procedure.code.span, messageId: diagnoses.length ? 'missing' : 'none', data: { code } });
  },
};
