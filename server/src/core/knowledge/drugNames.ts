/**
 * Finds drug names in free text (a NOC line description such as "Tacrolimus ER 1 mg x 30") and the specific
 * codes that exist for them. Form words near the name (ER/XR, granules, injection/IV, oral suspension…)
 * pick the code. Drug ↔ code ↔ brand facts come from the CMS ASP NDC-HCPCS crosswalk, October 2026
 * (the "Drug Name" of the rows under each code) unless a name's `source` says otherwise.
 */
import type { DrugForm, DrugNameMatch } from './types';

type Form = DrugForm | undefined;

interface Resolution {
  codes: readonly string[];
  suggestedNoc?: string;
  note?: string;
}

interface DrugName {
  /** Regex source of the name(s), matched case-insensitively between word boundaries. */
  readonly pattern: string;
  readonly drug: string;
  readonly immunosuppressive: boolean;
  /** Match the exact case (abbreviations such as "ATG", "MMF"); otherwise case-insensitive. */
  readonly caseSensitive?: boolean;
  /** True for a brand name (ranks before a generic name naming the same drug). */
  readonly brand?: boolean;
  /** A form the name itself implies (e.g. Envarsus XR is extended release). */
  readonly impliedForm?: DrugForm;
  readonly resolve: (form: Form, window: string) => Resolution;
  readonly source: string;
}

const XW = 'CMS ASP NDC-HCPCS crosswalk, October 2026 (drug names under each code)';
const MMF_NOTE =
  'The mycophenolate mofetil codes J7524/J7526/J7529/J7530 are marked "Added October 2026" in the CMS ASP file; for earlier service dates the shared sources name no specific code.';

const fixed = (...codes: string[]) => (): Resolution => ({ codes });
const isOral = (form: Form): boolean => form !== undefined && form !== 'injection';

const tacrolimus = (form: Form): Resolution => {
  switch (form) {
    case 'injection':
      return { codes: ['J7525'] };
    case 'granules':
      return { codes: ['J7521'] };
    case 'oral-er':
      return { codes: ['J7503', 'J7508'], note: 'Extended release: J7503 is Envarsus XR (0.25 mg units), J7508 is Astagraf XL (0.1 mg units).' };
    case 'oral-ir':
      return { codes: ['J7507'] };
    case undefined:
      return { codes: ['J7507', 'J7503', 'J7508', 'J7521', 'J7525'], note: 'No form stated: J7507 is immediate-release oral; ER, granules and injection have their own codes.' };
    default:
      return { codes: ['J7507', 'J7503', 'J7508'], note: 'Oral: J7507 unless the product is extended release (J7503 Envarsus XR, J7508 Astagraf XL).' };
  }
};

const cyclosporine = (form: Form, window: string): Resolution => {
  if (form === 'injection') return { codes: ['J7516'] };
  const oral = /\b25\s*mg\b/i.test(window) && !/\b100\s*mg\b/i.test(window) ? ['J7515', 'J7502'] : ['J7502', 'J7515'];
  if (isOral(form)) return { codes: oral, note: 'Oral cyclosporine has two codes: J7502 per 100 mg and J7515 per 25 mg.' };
  return { codes: [...oral, 'J7516'], note: 'No form stated: J7502 (oral, 100 mg) / J7515 (oral, 25 mg); J7516 is the injection.' };
};

const mofetil = (form: Form): Resolution => {
  switch (form) {
    case 'injection':
      return { codes: ['J7526'], note: MMF_NOTE };
    case 'oral-suspension':
      return { codes: ['J7529'], note: `${MMF_NOTE} J7530 is for the Myhibbin product only.` };
    case undefined:
      return { codes: ['J7524', 'J7529', 'J7526'], note: MMF_NOTE };
    default:
      return { codes: ['J7524', 'J7529'], note: MMF_NOTE };
  }
};

const methylprednisolone = (form: Form): Resolution =>
  form === 'injection'
    ? { codes: ['J2919', 'J1010'], note: 'Injected methylprednisolone has its own codes (J2919 sodium succinate, J1010 acetate); J7509 is oral.' }
    : { codes: ['J7509'] };

const oralOnly = (code: string, drug: string) => (form: Form): Resolution =>
  form === 'injection'
    ? { codes: [], note: `The shared CMS files have only an oral code for ${drug} (${code}); no injection code is recorded.` }
    : { codes: [code] };

const atg = (_form: Form, window: string): Resolution => {
  if (/\brabbit\b/i.test(window)) return { codes: ['J7511'] };
  if (/\b(equine|horse)\b/i.test(window)) return { codes: ['J7504'] };
  return { codes: ['J7511', 'J7504'], note: 'J7511 is rabbit antithymocyte globulin (Thymoglobulin); J7504 is lymphocyte immune globulin (Atgam).' };
};

/** Non-immunosuppressive drug: specific codes by route and the NOC code that fits when none applies. */
const other = (oral: { codes: string[]; noc: string }, injected: { codes: string[]; noc: string } | undefined, note?: string) =>
  (form: Form): Resolution => {
    const extra = note ? `${note} ` : '';
    if (form === 'injection' && injected) return { codes: injected.codes, suggestedNoc: injected.noc, note: note };
    if (form === undefined && injected) {
      return {
        codes: [...oral.codes, ...injected.codes],
        suggestedNoc: oral.noc,
        note: `${extra}No route stated: ${oral.noc} if oral, ${injected.noc} if injected — and J7599 (immunosuppressives) in neither case.`,
      };
    }
    return { codes: oral.codes, suggestedNoc: oral.noc, note };
  };

export const DRUG_NAMES: readonly DrugName[] = [
  // Tacrolimus
  { pattern: 'tacrolimus|tacrolim|tacrol|tacolimus', drug: 'tacrolimus', immunosuppressive: true, resolve: tacrolimus, source: XW },
  { pattern: 'envarsus(?:\\s+xr)?', drug: 'tacrolimus', immunosuppressive: true, brand: true, impliedForm: 'oral-er', resolve: fixed('J7503'), source: XW },
  { pattern: 'astagraf(?:\\s+xl)?', drug: 'tacrolimus', immunosuppressive: true, brand: true, impliedForm: 'oral-er', resolve: fixed('J7508'), source: XW },
  {
    pattern: 'prograf', drug: 'tacrolimus', immunosuppressive: true, brand: true, source: `${XW}: Prograf under J7507 and J7525, Prograf Granules under J7521`,
    resolve: (form) => (form === 'injection' ? { codes: ['J7525'] } : form === 'granules' ? { codes: ['J7521'] } : form === undefined ? { codes: ['J7507', 'J7521', 'J7525'] } : { codes: ['J7507'] }),
  },
  // Cyclosporine
  { pattern: 'cyclosporine|cyclosporin|ciclosporin', drug: 'cyclosporine', immunosuppressive: true, resolve: cyclosporine, source: XW },
  { pattern: 'sandimmune', drug: 'cyclosporine', immunosuppressive: true, brand: true, resolve: cyclosporine, source: `${XW}: Sandimmune under J7502, J7515 and J7516` },
  { pattern: 'neoral|gengraf', drug: 'cyclosporine', immunosuppressive: true, brand: true, resolve: (form, w) => ({ codes: cyclosporine(form === 'injection' ? 'oral' : form ?? 'oral', w).codes }), source: `${XW}: Neoral and Gengraf only under J7502 and J7515` },
  // Mycophenolate
  { pattern: 'mycophenolate\\s+mofetil|mycophenol\\s+mofetil|mycop\\s+mofetil', drug: 'mycophenolate mofetil', immunosuppressive: true, resolve: mofetil, source: XW },
  { pattern: 'MMF', caseSensitive: true, drug: 'mycophenolate mofetil', immunosuppressive: true, resolve: mofetil, source: `${XW}; "MMF" is the common abbreviation` },
  {
    pattern: 'cellcept', drug: 'mycophenolate mofetil', immunosuppressive: true, brand: true, resolve: mofetil,
    source: `${XW}: Cellcept under J7524, Cellcept Oral Susp under J7529, Cellcept IV under J7526`,
  },
  { pattern: 'myhibbin', drug: 'mycophenolate mofetil', immunosuppressive: true, brand: true, resolve: () => ({ codes: ['J7530'], note: MMF_NOTE }), source: XW },
  { pattern: 'mycophenolic\\s+acid|mycophenolate\\s+sodium', drug: 'mycophenolic acid', immunosuppressive: true, resolve: fixed('J7518'), source: XW },
  { pattern: 'myfortic', drug: 'mycophenolic acid', immunosuppressive: true, brand: true, impliedForm: 'oral-dr', resolve: fixed('J7518'), source: XW },
  {
    pattern: 'mycophenolate', drug: 'mycophenolate', immunosuppressive: true, source: XW,
    resolve: (form) => ({ codes: [...mofetil(form).codes, 'J7518'], note: `"Mycophenolate" alone does not say mofetil (J7524/J7526/J7529/J7530) or sodium / mycophenolic acid (J7518). ${MMF_NOTE}` }),
  },
  // mTOR inhibitors
  { pattern: 'sirolimus', drug: 'sirolimus', immunosuppressive: true, resolve: oralOnly('J7520', 'sirolimus'), source: XW },
  { pattern: 'rapamune', drug: 'sirolimus', immunosuppressive: true, brand: true, resolve: fixed('J7520'), source: XW },
  { pattern: 'everolimus', drug: 'everolimus', immunosuppressive: true, resolve: oralOnly('J7527', 'everolimus'), source: XW },
  { pattern: 'zortress', drug: 'everolimus', immunosuppressive: true, brand: true, resolve: fixed('J7527'), source: XW },
  // Azathioprine
  { pattern: 'azathioprine', drug: 'azathioprine', immunosuppressive: true, resolve: oralOnly('J7500', 'azathioprine'), source: XW },
  { pattern: 'azasan', drug: 'azathioprine', immunosuppressive: true, brand: true, resolve: fixed('J7500'), source: XW },
  {
    pattern: 'imuran', drug: 'azathioprine', immunosuppressive: true, brand: true, resolve: fixed('J7500'),
    source: 'Brand named in the project brief; not in the October 2026 crosswalk (which lists Azathioprine and Azasan under J7500)',
  },
  // Corticosteroids
  { pattern: 'prednisone', drug: 'prednisone', immunosuppressive: true, resolve: oralOnly('J7512', 'prednisone'), source: `${XW}; J7506 ended 2015-12-31 (docs/sources.md)` },
  { pattern: 'prednisolone', drug: 'prednisolone', immunosuppressive: true, resolve: oralOnly('J7510', 'prednisolone'), source: XW },
  { pattern: 'methylprednisolone|methylpred', drug: 'methylprednisolone', immunosuppressive: true, resolve: methylprednisolone, source: XW },
  { pattern: 'medrol', drug: 'methylprednisolone', immunosuppressive: true, brand: true, resolve: fixed('J7509'), source: `${XW}: Medrol under J7509` },
  { pattern: 'solu-medrol', drug: 'methylprednisolone', immunosuppressive: true, brand: true, impliedForm: 'injection', resolve: fixed('J2919'), source: `${XW}: Solu-Medrol under J2919` },
  { pattern: 'depo-medrol', drug: 'methylprednisolone', immunosuppressive: true, brand: true, impliedForm: 'injection', resolve: fixed('J1010'), source: `${XW}: Depo-Medrol under J1010` },
  // Biologicals
  { pattern: 'belatacept', drug: 'belatacept', immunosuppressive: true, resolve: fixed('J0485'), source: XW },
  { pattern: 'nulojix', drug: 'belatacept', immunosuppressive: true, brand: true, resolve: fixed('J0485'), source: XW },
  { pattern: 'basiliximab', drug: 'basiliximab', immunosuppressive: true, resolve: fixed('J0480'), source: XW },
  { pattern: 'simulect', drug: 'basiliximab', immunosuppressive: true, brand: true, resolve: fixed('J0480'), source: XW },
  {
    pattern: 'anti-?thymocyte\\s+glob(?:ulin|uln)|lymphocyte\\s+immune\\s+globulin', drug: 'antithymocyte globulin', immunosuppressive: true,
    resolve: atg, source: `${XW}; docs/sources.md (J7504 lymphocyte immune globulin (ATGAM), J7511 antithymocyte globulin rabbit)`,
  },
  { pattern: 'ATG', caseSensitive: true, drug: 'antithymocyte globulin', immunosuppressive: true, resolve: atg, source: `${XW}; "ATG" is the common abbreviation` },
  { pattern: 'atgam', drug: 'antithymocyte globulin', immunosuppressive: true, brand: true, resolve: fixed('J7504'), source: XW },
  { pattern: 'thymoglobulin', drug: 'antithymocyte globulin', immunosuppressive: true, brand: true, resolve: fixed('J7511'), source: XW },
  {
    pattern: 'muromonab(?:-cd3)?', drug: 'muromonab-CD3', immunosuppressive: true, source: 'docs/sources.md (J7505 muromonab-CD3)',
    resolve: () => ({ codes: ['J7505'], note: 'J7505 is not in the October 2026 CMS ASP files; check that it is still valid.' }),
  },

  // Not immunosuppressives: J7599 is the wrong NOC code for them.
  { pattern: 'ondansetron', drug: 'ondansetron', immunosuppressive: false, source: `${XW}: Q0162 ondansetron oral, J2405 ondansetron injection`,
    resolve: other({ codes: ['Q0162'], noc: 'J8499' }, { codes: ['J2405'], noc: 'J3490' }) },
  { pattern: 'dexamethasone', drug: 'dexamethasone', immunosuppressive: false, source: `${XW}: J8540 oral dexamethasone, J1100 injection`,
    resolve: other({ codes: ['J8540'], noc: 'J8499' }, { codes: ['J1100'], noc: 'J3490' }) },
  { pattern: 'methotrexate', drug: 'methotrexate', immunosuppressive: false, source: `${XW}: J8610/J8611/J8612 oral, J9260 injection`,
    resolve: other({ codes: ['J8610', 'J8611', 'J8612'], noc: 'J8999' }, { codes: ['J9260'], noc: 'J9999' },
      'Methotrexate is an antineoplastic that is also used as an immunosuppressant (rheumatology); it has its own codes (oral J8610–J8612, injection J9260), not J7599.') },
  { pattern: 'trexall|jylamvo|xatmep', drug: 'methotrexate', immunosuppressive: false, brand: true, source: `${XW}: Trexall J8610, Jylamvo J8611, Xatmep J8612`,
    resolve: (_form, window) => ({ codes: /jylamvo/i.test(window) ? ['J8611'] : /xatmep/i.test(window) ? ['J8612'] : ['J8610'], suggestedNoc: 'J8999' }) },
  { pattern: 'cyclophosphamide', drug: 'cyclophosphamide', immunosuppressive: false, source: `${XW}: J8530 oral, J9071–J9076 injection (J9075 NOS)`,
    resolve: other({ codes: ['J8530'], noc: 'J8999' }, { codes: ['J9075'], noc: 'J9999' },
      'Cyclophosphamide is an antineoplastic (also used for immunosuppression); it has its own codes, not J7599.') },
  { pattern: 'capecitabine|xeloda', drug: 'capecitabine', immunosuppressive: false, source: `${XW}: J8522 (Capecitabine, Xeloda)`,
    resolve: () => ({ codes: ['J8522'], suggestedNoc: 'J8999' }) },
  { pattern: 'temozolomide', drug: 'temozolomide', immunosuppressive: false, source: `${XW}: J8700`,
    resolve: () => ({ codes: ['J8700'], suggestedNoc: 'J8999' }) },
];

// Form words. Short abbreviations are matched upper-case only ("DR" is delayed release, "Dr" a doctor).
const FORM_WORDS: readonly [DrugForm, RegExp][] = [
  ['injection', /(?<![A-Za-z0-9])(?:inj|injection|injectable|intravenous|infusion|vials?|for injection)(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:IV|IVPB|I\.V\.)(?![A-Za-z0-9])/i],
  ['granules', /(?<![A-Za-z0-9])(?:granules?|gran|packets?)(?![A-Za-z0-9])/i],
  ['oral-suspension', /(?<![A-Za-z0-9])(?:susp|suspension|oral solution|oral soln|oral liquid|solution|liquid)(?![A-Za-z0-9])/i],
  ['oral-er', /(?<![A-Za-z0-9])(?:extended[- ]?release|ext\.? rel(?:ease)?|ex rel)(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:ER|XR|XL|LCP)(?![A-Za-z0-9])/],
  ['oral-dr', /(?<![A-Za-z0-9])(?:delayed[- ]?release|enteric[- ]coated)(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:DR|EC)(?![A-Za-z0-9])/],
  ['oral-ir', /(?<![A-Za-z0-9])(?:immediate[- ]?release|imme? rel)(?![A-Za-z0-9])|(?<![A-Za-z0-9])IR(?![A-Za-z0-9])/],
  ['oral', /(?<![A-Za-z0-9])(?:oral|orally|by mouth|tabs?|tablets?|caps?|capsules?)(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:PO|P\.O\.)(?![A-Za-z0-9])/i],
];

/** The form named in a piece of text (case-insensitive except short abbreviations), most specific first. */
export function formIn(text: string): DrugForm | undefined {
  for (const [form, re] of FORM_WORDS) {
    if (re.test(text)) return form;
  }
  return undefined;
}

const COMPILED = DRUG_NAMES.map((name) => ({
  name,
  re: new RegExp(`(?<![A-Za-z0-9])(?:${name.pattern})(?![A-Za-z0-9])`, name.caseSensitive ? 'g' : 'gi'),
}));

interface Hit {
  index: number;
  text: string;
  name: DrugName;
}

/** Drug names found in free text, most specific first (brands and single-code matches before broad ones). */
export function findDrugNames(text: string): DrugNameMatch[] {
  if (typeof text !== 'string' || text === '') return [];
  const hits: Hit[] = [];
  for (const { name, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      hits.push({ index: m.index, text: m[0], name });
    }
  }
  // Keep the longest match where matches overlap ("solu-medrol" over "medrol", "mycophenolate mofetil" over "mycophenolate").
  hits.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.index < last.index + last.text.length) continue;
    kept.push(hit);
  }
  const matches = kept.map((hit, i) => {
    // The words that describe this drug: from the end of the previous drug name to the start of the next.
    const from = i === 0 ? 0 : kept[i - 1].index + kept[i - 1].text.length;
    const to = i + 1 < kept.length ? kept[i + 1].index : text.length;
    const window = text.slice(from, to);
    const stated = formIn(window.slice(0, hit.index - from) + ' ' + window.slice(hit.index - from + hit.text.length));
    const form = hit.name.impliedForm ?? stated;
    const resolution = hit.name.resolve(form, window);
    const match: DrugNameMatch = {
      matchedText: hit.text,
      index: hit.index,
      drug: hit.name.drug,
      codes: resolution.codes,
      immunosuppressive: hit.name.immunosuppressive,
      ...(resolution.suggestedNoc ? { suggestedNoc: resolution.suggestedNoc } : {}),
      ...(form ? { form } : {}),
      ...(resolution.note ? { note: resolution.note } : {}),
    };
    return { match, brand: hit.name.brand === true };
  });
  const rank = (m: { match: DrugNameMatch; brand: boolean }): number =>
    (m.match.codes.length === 0 ? 100 : m.match.codes.length) * 2 - (m.brand ? 1 : 0);
  return matches
    .sort((a, b) => rank(a) - rank(b) || a.match.index - b.match.index)
    .map((m) => m.match);
}
