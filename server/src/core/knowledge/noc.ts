/**
 * The NOC ("not otherwise classified") code for a drug that has no specific HCPCS code, chosen from the scope
 * each NOC code's own CMS descriptor gives (oral anti-emetic J8597, oral chemotherapy J8999, …). Pure.
 */
import { drugCodeEntry } from './codes';
import type { DrugClass, NocAnswer, NocQuery } from './types';

function answer(code: string, why: string, alternatives: NocAnswer['alternatives'] = []): NocAnswer {
  const entry = drugCodeEntry(code);
  if (!entry?.nocScope) throw new Error(`${code} has no NOC scope in the data`);
  return { code, scope: entry.nocScope.value.text, source: entry.nocScope.source, why, alternatives };
}

const OPPS = { code: 'C9399', when: 'on a hospital outpatient (OPPS) claim, for an FDA-approved drug with no code yet and not found eligible for pass-through payment' };

/**
 * The NOC code for a drug of the given class and route. Immunosuppressives take J7599 whatever the route;
 * compounded drugs J7999 (inhalation through DME: J7699); then oral by class (J8597 anti-emetic, J8999
 * chemotherapy, J8499 otherwise), rectal anti-emetics J8498, antineoplastics J9999, inhalation J7699,
 * clotting factors J7199, biologicals J3590, anything else J3490.
 */
export function nocCodeFor(query: NocQuery): NocAnswer {
  const classes: readonly DrugClass[] = query.drugClass === undefined ? [] : typeof query.drugClass === 'string' ? [query.drugClass] : query.drugClass;
  const has = (c: DrugClass) => classes.includes(c);
  const route = query.route;
  if (query.setting === 'esrd-dialysis') return answer('J3591', 'used for a patient with ESRD on dialysis');
  if (has('immunosuppressive') && !has('antineoplastic')) return answer('J7599', 'an immunosuppressive drug with no specific code');
  if (query.compounded && route !== 'inhalation') return answer('J7999', 'a compounded drug');
  if (route === 'oral') {
    if (has('antiemetic')) return answer('J8597', 'an oral anti-emetic with no specific code');
    if (has('antineoplastic')) return answer('J8999', 'an oral chemotherapy drug with no specific code');
    return answer('J8499', 'an oral prescription drug that is not chemotherapy');
  }
  if (route === 'rectal' && has('antiemetic')) return answer('J8498', 'a rectal (suppository) anti-emetic');
  if (has('antineoplastic')) return answer('J9999', 'an antineoplastic (chemotherapy) drug that is not oral', [OPPS]);
  if (route === 'inhalation') return answer('J7699', 'an inhalation solution given through DME');
  if (has('clotting-factor')) return answer('J7199', 'a hemophilia clotting factor');
  if (query.biological) return answer('J3590', 'a biological with no specific code', [OPPS]);
  if (query.setting === 'hospital-outpatient') return answer('C9399', 'a hospital outpatient claim for a drug with no code yet', [{ code: 'J3490', when: 'outside the hospital outpatient setting' }]);
  return answer('J3490', 'a drug with no specific code and no NOC code of its own class', [OPPS]);
}
