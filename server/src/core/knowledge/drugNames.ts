/**
 * Finds drug names in free text (a NOC line description such as "Tacrolimus ER 1 mg x 30") and the specific
 * codes that exist for them, by route and form. Form words near the name (ER/XR, granules, injection/IV, oral
 * suspension…) pick the code. Each name's classes come from the sourced code data (CMS type of service G =
 * immunosuppressive, BETOS O1D = chemotherapy, the oral antiemetic statute, FDA pharmacologic class), and every
 * name → code fact names its source: the CMS ASP crosswalk drug names under the code, the HCPCS descriptor, or an
 * FDA label. Date-independent: where codes changed over time (mycophenolate mofetil) both generations are listed,
 * newest first, and the caller picks the one valid on the service date (Knowledge.validityOn / codeInForceOn).
 */
import { drugCodeEntry } from './codes';
import { nocCodeFor } from './noc';
import type { DrugClass, DrugForm, DrugNameMatch, Route } from './types';

type Form = DrugForm | undefined;

interface Resolution {
  codes: readonly string[];
  note?: string;
}

interface DrugName {
  /** Regex source of the name(s), matched between word boundaries. */
  readonly pattern: string;
  readonly drug: string;
  /** Match the exact case (abbreviations such as "ATG", "MMF"); otherwise case-insensitive. */
  readonly caseSensitive?: boolean;
  /** True for a brand name (ranks before a generic name naming the same drug). */
  readonly brand?: boolean;
  /** A form the name itself implies (e.g. Envarsus XR is extended release). */
  readonly impliedForm?: DrugForm;
  /** Specific codes per route (all that exist for the name, any date). */
  readonly byRoute: Partial<Record<Route, readonly string[]>>;
  readonly resolve: (form: Form, window: string) => Resolution;
  /** Ids in the sources registry behind the name → code facts. */
  readonly sources: readonly string[];
  /** Why J7599 is wrong for a drug used as an immunosuppressant that has its own codes. */
  readonly whyNotJ7599?: string;
}

const XW = 'cms-asp-2026-10';
const HCPCS = 'cms-hcpcs-2026-01';

const MMF_NOTE =
  'Mycophenolate mofetil codes changed: J7524 (oral, 5 mg), J7529 (oral suspension, 5 mg), J7530 (Myhibbin, 5 mg) and J7526 (injection, 5 mg) are in the October 2026 CMS files; before them J7517 (oral, 250 mg), J7528 (for suspension, 100 mg), J7514 (Myhibbin, 100 mg) and J7519 (injection, 10 mg). CMS files found give no exact change-over date: check which code is valid on the service date.';

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
      return { codes: ['J7526', 'J7519'], note: MMF_NOTE };
    case 'oral-suspension':
      return { codes: ['J7529', 'J7528'], note: `${MMF_NOTE} Myhibbin has its own codes (J7530, before it J7514).` };
    case undefined:
      return { codes: ['J7524', 'J7529', 'J7526', 'J7517', 'J7528', 'J7519'], note: MMF_NOTE };
    default:
      return { codes: ['J7524', 'J7529', 'J7517', 'J7528'], note: MMF_NOTE };
  }
};

const methylprednisolone = (form: Form): Resolution =>
  form === 'injection'
    ? { codes: ['J2919', 'J1010'], note: 'Injected methylprednisolone has its own codes (J2919 sodium succinate, J1010 acetate; before 2024-04-01 J2920/J2930 and J1020–J1040); J7509 is oral.' }
    : { codes: ['J7509'] };

const oralOnly = (code: string, drug: string) => (form: Form): Resolution =>
  form === 'injection' ? { codes: [], note: `The CMS files list only an oral code for ${drug} (${code}); no injection code is recorded.` } : { codes: [code] };

const atg = (_form: Form, window: string): Resolution => {
  if (/\brabbit\b/i.test(window)) return { codes: ['J7511'] };
  if (/\b(equine|horse)\b/i.test(window)) return { codes: ['J7504'] };
  return { codes: ['J7511', 'J7504'], note: 'J7511 is rabbit antithymocyte globulin (Thymoglobulin); J7504 is lymphocyte immune globulin, equine (Atgam).' };
};

/** A drug with oral and injected codes: the route named picks them; with no route, oral first. */
const byRouteResolver = (oral: string[], injected: string[], note?: string) => (form: Form): Resolution => {
  if (form === 'injection') return { codes: injected, ...(note ? { note } : {}) };
  if (form === undefined) return { codes: [...oral, ...injected], note: `${note ? `${note} ` : ''}No route stated: ${oral.join('/')} if oral, ${injected.join('/')} if injected.` };
  return { codes: oral, ...(note ? { note } : {}) };
};

const MTX_WHY = 'Methotrexate is used as an immunosuppressant (CMS gives its codes the immunosuppressive type of service) but has its own codes — oral J8610 (J8611 Jylamvo, J8612 Xatmep), injection J9260 — so J7599 (immunosuppressive drug, not otherwise classified) is not the code for it.';
const CPM_WHY = 'Cyclophosphamide is used as an immunosuppressant (CMS gives its oral code the immunosuppressive type of service) but has its own codes — oral J8530, injection J9075 and product-specific J9071–J9076 — so J7599 is not the code for it.';
const STEROID_WHY = (drug: string, codes: string) => `${drug} is a corticosteroid used as an immunosuppressant with its own code${codes.includes(',') ? 's' : ''} (${codes}), so J7599 is not the code for it.`;

export const DRUG_NAMES: readonly DrugName[] = [
  // Tacrolimus
  { pattern: 'tacrolimus|tacrolim|tacrol|tacolimus', drug: 'tacrolimus', resolve: tacrolimus, sources: [XW, HCPCS],
    byRoute: { oral: ['J7507', 'J7503', 'J7508', 'J7521'], injection: ['J7525'] } },
  { pattern: 'envarsus(?:\\s+xr)?', drug: 'tacrolimus', brand: true, impliedForm: 'oral-er', resolve: fixed('J7503'), sources: [XW, HCPCS], byRoute: { oral: ['J7503'] } },
  { pattern: 'astagraf(?:\\s+xl)?', drug: 'tacrolimus', brand: true, impliedForm: 'oral-er', resolve: fixed('J7508'), sources: [XW, HCPCS], byRoute: { oral: ['J7508'] } },
  {
    pattern: 'prograf', drug: 'tacrolimus', brand: true, sources: [XW, 'fda-label-prograf'], byRoute: { oral: ['J7507', 'J7521'], injection: ['J7525'] },
    resolve: (form) => (form === 'injection' ? { codes: ['J7525'] } : form === 'granules' ? { codes: ['J7521'] } : form === undefined ? { codes: ['J7507', 'J7521', 'J7525'] } : { codes: ['J7507'] }),
  },
  // Cyclosporine
  { pattern: 'cyclosporine|cyclosporin|ciclosporin', drug: 'cyclosporine', resolve: cyclosporine, sources: [XW, HCPCS], byRoute: { oral: ['J7502', 'J7515'], injection: ['J7516'] } },
  { pattern: 'sandimmune', drug: 'cyclosporine', brand: true, resolve: cyclosporine, sources: [XW], byRoute: { oral: ['J7502', 'J7515'], injection: ['J7516'] } },
  { pattern: 'neoral|gengraf', drug: 'cyclosporine', brand: true, sources: [XW], byRoute: { oral: ['J7502', 'J7515'] },
    resolve: (form, w) => ({ codes: cyclosporine(form === 'injection' ? 'oral' : form ?? 'oral', w).codes }) },
  // Mycophenolate
  { pattern: 'mycophenolate\\s+mofetil|mycophenol\\s+mofetil|mycop\\s+mofetil', drug: 'mycophenolate mofetil', resolve: mofetil, sources: [XW, HCPCS],
    byRoute: { oral: ['J7524', 'J7529', 'J7530', 'J7517', 'J7528', 'J7514'], injection: ['J7526', 'J7519'] } },
  { pattern: 'MMF', caseSensitive: true, drug: 'mycophenolate mofetil', resolve: mofetil, sources: [XW, HCPCS],
    byRoute: { oral: ['J7524', 'J7529', 'J7517', 'J7528'], injection: ['J7526', 'J7519'] } },
  { pattern: 'cellcept', drug: 'mycophenolate mofetil', brand: true, resolve: mofetil, sources: [XW, 'fda-ndc-cellcept'],
    byRoute: { oral: ['J7524', 'J7529', 'J7517', 'J7528'], injection: ['J7526', 'J7519'] } },
  { pattern: 'myhibbin', drug: 'mycophenolate mofetil', brand: true, sources: [XW, HCPCS], byRoute: { oral: ['J7530', 'J7514'] },
    resolve: () => ({ codes: ['J7530', 'J7514'], note: 'Myhibbin: J7530 (5 mg) in the October 2026 CMS files, J7514 (100 mg) before; CMS files found give no exact change-over date.' }) },
  { pattern: 'mycophenolic\\s+acid|mycophenolate\\s+sodium', drug: 'mycophenolic acid', resolve: fixed('J7518'), sources: [XW, HCPCS], byRoute: { oral: ['J7518'] } },
  { pattern: 'myfortic', drug: 'mycophenolic acid', brand: true, impliedForm: 'oral-dr', resolve: fixed('J7518'), sources: [XW], byRoute: { oral: ['J7518'] } },
  {
    pattern: 'mycophenolate', drug: 'mycophenolate', sources: [XW, HCPCS], byRoute: { oral: ['J7524', 'J7529', 'J7517', 'J7528', 'J7518'], injection: ['J7526', 'J7519'] },
    resolve: (form) => ({ codes: [...mofetil(form).codes, 'J7518'], note: `"Mycophenolate" alone does not say mofetil or sodium / mycophenolic acid (J7518). ${MMF_NOTE}` }),
  },
  // mTOR inhibitors
  { pattern: 'sirolimus', drug: 'sirolimus', resolve: oralOnly('J7520', 'sirolimus'), sources: [XW, HCPCS], byRoute: { oral: ['J7520'] } },
  { pattern: 'rapamune', drug: 'sirolimus', brand: true, resolve: fixed('J7520'), sources: [XW], byRoute: { oral: ['J7520'] } },
  { pattern: 'everolimus', drug: 'everolimus', resolve: oralOnly('J7527', 'everolimus'), sources: [XW, HCPCS], byRoute: { oral: ['J7527'] } },
  { pattern: 'zortress', drug: 'everolimus', brand: true, resolve: fixed('J7527'), sources: [XW], byRoute: { oral: ['J7527'] } },
  // Azathioprine
  { pattern: 'azathioprine', drug: 'azathioprine', resolve: byRouteResolver(['J7500'], ['J7501']), sources: [XW, HCPCS], byRoute: { oral: ['J7500'], injection: ['J7501'] } },
  { pattern: 'azasan', drug: 'azathioprine', brand: true, resolve: fixed('J7500'), sources: [XW], byRoute: { oral: ['J7500'] } },
  // Corticosteroids (CMS type of service G on their oral codes: used as immunosuppressants, with their own codes)
  { pattern: 'prednisone', drug: 'prednisone', resolve: oralOnly('J7512', 'prednisone'), sources: [XW, HCPCS], byRoute: { oral: ['J7512'] },
    whyNotJ7599: STEROID_WHY('Prednisone', 'J7512; J7506 before 2016') },
  { pattern: 'prednisolone', drug: 'prednisolone', resolve: oralOnly('J7510', 'prednisolone'), sources: [XW, HCPCS], byRoute: { oral: ['J7510'] },
    whyNotJ7599: STEROID_WHY('Prednisolone', 'J7510') },
  { pattern: 'methylprednisolone|methylpred', drug: 'methylprednisolone', resolve: methylprednisolone, sources: [XW, HCPCS], byRoute: { oral: ['J7509'], injection: ['J2919', 'J1010'] },
    whyNotJ7599: STEROID_WHY('Methylprednisolone', 'oral J7509, injection J2919 / J1010') },
  { pattern: 'medrol', drug: 'methylprednisolone', brand: true, resolve: fixed('J7509'), sources: [XW], byRoute: { oral: ['J7509'] }, whyNotJ7599: STEROID_WHY('Medrol (methylprednisolone)', 'J7509') },
  { pattern: 'solu-medrol', drug: 'methylprednisolone', brand: true, impliedForm: 'injection', resolve: fixed('J2919'), sources: [XW], byRoute: { injection: ['J2919'] },
    whyNotJ7599: STEROID_WHY('Solu-Medrol (methylprednisolone sodium succinate)', 'J2919') },
  { pattern: 'depo-medrol', drug: 'methylprednisolone', brand: true, impliedForm: 'injection', resolve: fixed('J1010'), sources: [XW], byRoute: { injection: ['J1010'] },
    whyNotJ7599: STEROID_WHY('Depo-Medrol (methylprednisolone acetate)', 'J1010') },
  // Biologicals
  { pattern: 'belatacept', drug: 'belatacept', resolve: fixed('J0485'), sources: [XW, HCPCS], byRoute: { injection: ['J0485'] } },
  { pattern: 'nulojix', drug: 'belatacept', brand: true, resolve: fixed('J0485'), sources: [XW, 'fda-ndc-nulojix'], byRoute: { injection: ['J0485'] } },
  { pattern: 'basiliximab', drug: 'basiliximab', resolve: fixed('J0480'), sources: [XW, HCPCS], byRoute: { injection: ['J0480'] } },
  { pattern: 'simulect', drug: 'basiliximab', brand: true, resolve: fixed('J0480'), sources: [XW], byRoute: { injection: ['J0480'] } },
  {
    pattern: 'anti-?thymocyte\\s+glob(?:ulin|uln)|lymphocyte\\s+immune\\s+globulin', drug: 'antithymocyte globulin', resolve: atg, sources: [XW, HCPCS],
    byRoute: { injection: ['J7511', 'J7504'] },
  },
  { pattern: 'ATG', caseSensitive: true, drug: 'antithymocyte globulin', resolve: atg, sources: [XW, HCPCS], byRoute: { injection: ['J7511', 'J7504'] } },
  { pattern: 'atgam', drug: 'antithymocyte globulin', brand: true, resolve: fixed('J7504'), sources: [XW], byRoute: { injection: ['J7504'] } },
  { pattern: 'thymoglobulin', drug: 'antithymocyte globulin', brand: true, resolve: fixed('J7511'), sources: [XW], byRoute: { injection: ['J7511'] } },
  {
    pattern: 'muromonab(?:-cd3)?', drug: 'muromonab-CD3', sources: [HCPCS], byRoute: { injection: ['J7505'] },
    resolve: () => ({ codes: ['J7505'], note: 'J7505 (muromonab-CD3) ended 2025-12-31.' }),
  },
  {
    pattern: 'daclizumab', drug: 'daclizumab', sources: [HCPCS], byRoute: { injection: ['J7513'] },
    resolve: () => ({ codes: ['J7513'], note: 'J7513 (daclizumab) ended 2025-12-31.' }),
  },

  // Antineoplastics also used as immunosuppressants: their own codes, not J7599.
  { pattern: 'methotrexate', drug: 'methotrexate', sources: [XW, HCPCS], byRoute: { oral: ['J8610', 'J8611', 'J8612'], injection: ['J9260'] },
    resolve: byRouteResolver(['J8610', 'J8611', 'J8612'], ['J9260']), whyNotJ7599: MTX_WHY },
  { pattern: 'trexall|jylamvo|xatmep', drug: 'methotrexate', brand: true, sources: [XW, HCPCS], byRoute: { oral: ['J8610', 'J8611', 'J8612'] }, whyNotJ7599: MTX_WHY,
    resolve: (_form, window) => ({ codes: /jylamvo/i.test(window) ? ['J8611'] : /xatmep/i.test(window) ? ['J8612'] : ['J8610'] }) },
  { pattern: 'cyclophosphamide', drug: 'cyclophosphamide', sources: [XW, HCPCS], byRoute: { oral: ['J8530'], injection: ['J9075'] },
    resolve: byRouteResolver(['J8530'], ['J9075'], 'Injected cyclophosphamide: J9075 unless a product-specific code (J9071–J9074, J9076) names the product.'), whyNotJ7599: CPM_WHY },
  // Not immunosuppressives: J7599 is the wrong NOC code for them, and each has a specific code.
  { pattern: 'ondansetron', drug: 'ondansetron', sources: [XW, HCPCS], byRoute: { oral: ['Q0162'], injection: ['J2405'] },
    resolve: byRouteResolver(['Q0162'], ['J2405'], 'Q0162 (oral ondansetron) applies only as a complete substitute for an IV anti-emetic at the time of chemotherapy, for at most 48 hours; otherwise oral ondansetron is billed with the oral anti-emetic NOC code J8597.') },
  { pattern: 'aprepitant', drug: 'aprepitant', sources: [XW, HCPCS], byRoute: { oral: ['J8501'] }, resolve: oralOnly('J8501', 'aprepitant') },
  { pattern: 'emend', drug: 'aprepitant', brand: true, sources: [XW], byRoute: { oral: ['J8501'], injection: ['J1453'] },
    resolve: byRouteResolver(['J8501'], ['J1453'], 'Emend capsules are aprepitant (J8501); Emend for injection is fosaprepitant, which the CMS crosswalk lists under J1453.') },
  { pattern: 'dexamethasone', drug: 'dexamethasone', sources: [XW, HCPCS], byRoute: { oral: ['J8540', 'J8541'], injection: ['J1100'] },
    resolve: byRouteResolver(['J8540'], ['J1100'], 'Hemady (dexamethasone 20 mg tablets) has its own oral code, J8541.') },
  { pattern: 'hemady', drug: 'dexamethasone', brand: true, sources: [XW, HCPCS], byRoute: { oral: ['J8541'] }, resolve: fixed('J8541') },
  { pattern: 'capecitabine|xeloda', drug: 'capecitabine', sources: [XW, HCPCS], byRoute: { oral: ['J8522', 'J8521', 'J8520'] },
    resolve: () => ({ codes: ['J8522', 'J8521', 'J8520'], note: 'Capecitabine: J8522 (50 mg) from 2024-10-01; J8520 (150 mg) and J8521 (500 mg) ended 2024-09-30.' }) },
  { pattern: 'temozolomide', drug: 'temozolomide', sources: [XW, HCPCS], byRoute: { oral: ['J8700'] }, resolve: oralOnly('J8700', 'temozolomide') },
];

// Form words. Short abbreviations are matched upper-case only ("DR" is delayed release, "Dr" a doctor).
const FORM_WORDS: readonly [DrugForm, RegExp][] = [
  ['injection', /(?<![A-Za-z0-9])(?:inj|injection|injectable|intravenous|infusion|vials?|for injection|parenteral)(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:IV|IVPB|I\.V\.)(?![A-Za-z0-9])/i],
  ['granules', /(?<![A-Za-z0-9])(?:granules?|gran|packets?)(?![A-Za-z0-9])/i],
  ['oral-suspension', /(?<![A-Za-z0-9])(?:susp|suspension|oral solution|oral soln|oral liquid|solution|liquid)(?![A-Za-z0-9])/i],
  ['oral-er', /(?<![A-Za-z0-9])(?:extended[- ]?release|ext\.? rel(?:ease)?|ex rel)(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:ER|XR|XL|LCP)(?![A-Za-z0-9])/],
  ['oral-dr', /(?<![A-Za-z0-9])(?:delayed[- ]?release|enteric[- ]coated)(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:DR|EC)(?![A-Za-z0-9])/],
  ['oral-ir', /(?<![A-Za-z0-9])(?:immediate[- ]?release|imme? rel)(?![A-Za-z0-9])|(?<![A-Za-z0-9])IR(?![A-Za-z0-9])/],
  ['oral', /(?<![A-Za-z0-9])(?:oral|orally|by mouth|tabs?|tablets?|caps?|capsules?|odt)(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:PO|P\.O\.)(?![A-Za-z0-9])/i],
];

/** The form named in a piece of text (case-insensitive except short abbreviations), most specific first. */
export function formIn(text: string): DrugForm | undefined {
  for (const [form, re] of FORM_WORDS) {
    if (re.test(text)) return form;
  }
  return undefined;
}

/** Classes of a set of codes, as the sourced code data gives them. */
function classesOf(codes: readonly string[]): DrugClass[] {
  const out = new Set<DrugClass>();
  for (const code of codes) for (const c of drugCodeEntry(code)?.drugClasses ?? []) out.add(c.value);
  return [...out];
}

/** Conditions the codes carry (Q0162), from the code data. */
function conditionsOf(codes: readonly string[]): string[] {
  return [...new Set(codes.flatMap((code) => drugCodeEntry(code)?.conditions?.value ?? []))];
}

const COMPILED = DRUG_NAMES.map((name) => ({
  name,
  re: new RegExp(`(?<![A-Za-z0-9])(?:${name.pattern})(?![A-Za-z0-9])`, name.caseSensitive ? 'g' : 'gi'),
  classes: classesOf(Object.values(name.byRoute).flat()),
}));

interface Hit {
  index: number;
  text: string;
  name: DrugName;
  classes: DrugClass[];
}

function routeOf(form: Form): Route | undefined {
  if (form === 'injection') return 'injection';
  return form === undefined ? undefined : 'oral';
}

/** Drug names found in free text, most specific first (brands and single-code matches before broad ones). */
export function findDrugNames(text: string): DrugNameMatch[] {
  if (typeof text !== 'string' || text === '') return [];
  const hits: Hit[] = [];
  for (const { name, re, classes } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      hits.push({ index: m.index, text: m[0], name, classes });
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
    const immunosuppressive = hit.classes.includes('immunosuppressive');
    const noc = nocCodeFor({ drugClass: hit.classes, route: routeOf(form) ?? (hit.name.byRoute.oral ? 'oral' : 'injection') });
    const note = [hit.name.whyNotJ7599, resolution.note].filter(Boolean).join(' ');
    const conditions = conditionsOf(resolution.codes);
    const match: DrugNameMatch = {
      matchedText: hit.text,
      index: hit.index,
      drug: hit.name.drug,
      codes: resolution.codes,
      immunosuppressive,
      classes: hit.classes,
      ...(noc.code !== 'J7599' ? { suggestedNoc: noc.code } : {}),
      codesByRoute: hit.name.byRoute,
      sources: hit.name.sources,
      ...(form ? { form } : {}),
      ...(note ? { note } : {}),
      ...(conditions.length ? { conditions } : {}),
    };
    return { match, brand: hit.name.brand === true };
  });
  const rank = (m: { match: DrugNameMatch; brand: boolean }): number =>
    (m.match.codes.length === 0 ? 100 : m.match.codes.length) * 2 - (m.brand ? 1 : 0);
  return matches
    .sort((a, b) => rank(a) - rank(b) || a.match.index - b.match.index)
    .map((m) => m.match);
}
