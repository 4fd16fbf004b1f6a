/**
 * Hand-checked HCPCS code table: every code the rules reason about.
 *
 * Sources (only these): the CMS ASP files of the October 2026 quarter in /work/shared/data/cms
 * (asp_ndc_hcpcs_crosswalk.csv and asp_payment_limits.csv — short descriptors, dosage, "Added October 2026"
 * notes, drug names per NDC) and docs/docs/sources.md (NOC codes, code history). Anything those do not state
 * is marked in `uncertain`. test/unit/knowledge-codes.test.ts checks every ASP-sourced descriptor and
 * dosage here against the committed snapshot.
 */
import { parseDosage } from './dosage';
import type { CodeCategory, DrugForm, HcpcsCode } from './types';

const ASP = 'CMS ASP NDC-HCPCS crosswalk and ASP payment limits, October 2026';
const ASP_ADDED = 'CMS ASP payment limits, October 2026 (notes: "Added October 2026"); descriptor and dosage: CMS ASP NDC-HCPCS crosswalk, October 2026';
const DOMAIN_NOC = 'docs/sources.md: HCPCS NOC drug codes (descriptor as docs/sources.md words it; NOC codes are not in the CMS ASP files)';
const DOMAIN_HISTORY = 'CMS HCPCS quarterly updates, see docs/sources.md';

const ADDED_OCT_2026 =
  'Effective date inferred: the October 2026 ASP payment file marks the code "Added October 2026"; the day is the first of that quarter. The HCPCS file itself is not in the shared sources.';

interface Spec {
  code: string;
  descriptor: string;
  category: CodeCategory;
  dosage?: string;
  drug?: string;
  form?: DrugForm;
  effective?: string;
  end?: string;
  replacedBy?: string;
  revised?: string;
  source: string;
  nocScope?: string;
  uncertain?: string;
}

function entry(spec: Spec): HcpcsCode {
  const { dosage, ...rest } = spec;
  const parsed = parseDosage(dosage);
  const out: HcpcsCode = {
    ...rest,
    ...(parsed ? { dosage: parsed } : {}),
    ...(dosage && !parsed ? { dosageText: dosage } : {}),
  };
  return Object.freeze(out);
}

const noc = (code: string, descriptor: string, nocScope: string): HcpcsCode =>
  entry({ code, descriptor, category: 'noc-drug', nocScope, source: DOMAIN_NOC });

export const NOC_CODES: readonly HcpcsCode[] = [
  entry({
    code: 'J7599',
    descriptor: 'Immunosuppressive drug, not otherwise classified',
    category: 'noc-drug',
    nocScope: 'immunosuppressive drugs',
    source: 'docs/sources.md: "J7599 — Immunosuppressive drug, not otherwise classified" (HCPCS Level II, added 1996; not in the CMS ASP files, as NOC codes never are)',
  }),
  noc('J3490', 'Unclassified drugs', 'drugs (mostly injectable) with no specific code'),
  noc('J3590', 'Unclassified biologics', 'biologicals with no specific code'),
  noc('J7699', 'NOC inhalation drugs', 'inhalation drugs'),
  noc('J7799', 'NOC drugs other than inhalation drugs, administered through DME', 'non-inhalation drugs given through DME'),
  noc('J7999', 'Compounded drug, not otherwise classified', 'compounded drugs'),
  noc('J8499', 'Oral prescription drug, non-chemotherapeutic, NOC', 'oral non-chemotherapy prescription drugs'),
  noc('J8999', 'Oral chemotherapeutic drug, NOC', 'oral chemotherapy drugs'),
  noc('J9999', 'Not otherwise classified, antineoplastic drugs', 'antineoplastic drugs'),
  noc('C9399', 'Unclassified drugs or biologicals (OPPS)', 'drugs and biologicals in the hospital outpatient setting (OPPS)'),
];

const imm = (spec: Omit<Spec, 'category' | 'source'> & { source?: string }): HcpcsCode =>
  entry({ category: 'immunosuppressive', source: ASP, ...spec });

export const IMMUNOSUPPRESSIVE_CODES: readonly HcpcsCode[] = [
  imm({ code: 'J0480', descriptor: 'Basiliximab', dosage: '20 MG', drug: 'basiliximab', form: 'injection',
    uncertain: 'Form "injection" inferred from the crosswalk packaging (single vials, brand Simulect); the descriptor does not say.' }),
  imm({ code: 'J0485', descriptor: 'Belatacept injection', dosage: '1 MG', drug: 'belatacept', form: 'injection' }),
  imm({ code: 'J7500', descriptor: 'Azathioprine oral 50mg', dosage: '50 MG', drug: 'azathioprine', form: 'oral' }),
  imm({ code: 'J7502', descriptor: 'Cyclosporine oral 100 mg', dosage: '100 MG', drug: 'cyclosporine', form: 'oral' }),
  imm({ code: 'J7503', descriptor: 'Tacrol envarsus ex rel oral', dosage: '0.25 MG', drug: 'tacrolimus', form: 'oral-er' }),
  imm({ code: 'J7504', descriptor: 'Lymphocyte immune globulin', dosage: '250 MG', drug: 'lymphocyte immune globulin, anti-thymocyte globulin (equine)', form: 'injection',
    uncertain: 'Equine origin and form "injection" inferred (docs/sources.md: "lymphocyte immune globulin (ATGAM)"; crosswalk: Atgam 5 mL ampuls); the descriptor does not say.' }),
  entry({ code: 'J7505', descriptor: 'Muromonab-CD3', category: 'immunosuppressive', drug: 'muromonab-cd3',
    source: 'docs/sources.md: "J7505 muromonab-CD3 (not cyclosporine)"',
    uncertain: 'Not in the October 2026 CMS ASP files: CMS short descriptor, dosage and whether the code is still valid are unverified.' }),
  entry({ code: 'J7506', descriptor: 'Prednisone', category: 'immunosuppressive', drug: 'prednisone', form: 'oral',
    end: '2015-12-31', replacedBy: 'J7512', source: DOMAIN_HISTORY,
    uncertain: 'Descriptor as docs/sources.md words it ("prednisone"); the CMS short descriptor and the start date are not in the shared sources.' }),
  imm({ code: 'J7507', descriptor: 'Tacrolimus imme rel oral 1mg', dosage: '1 MG', drug: 'tacrolimus', form: 'oral-ir' }),
  imm({ code: 'J7508', descriptor: 'Tacrol astagraf ex rel oral', dosage: '0.1 MG', drug: 'tacrolimus', form: 'oral-er' }),
  imm({ code: 'J7509', descriptor: 'Methylprednisolone oral', dosage: '4 MG', drug: 'methylprednisolone', form: 'oral' }),
  imm({ code: 'J7510', descriptor: 'Prednisolone oral per 5 mg', dosage: '5 MG', drug: 'prednisolone', form: 'oral' }),
  imm({ code: 'J7511', descriptor: 'Antithymocyte globuln rabbit', dosage: '25 MG', drug: 'antithymocyte globulin (rabbit)', form: 'injection',
    uncertain: 'Form "injection" inferred (crosswalk: Thymoglobulin vials); the descriptor does not say.' }),
  imm({ code: 'J7512', descriptor: 'Prednisone ir or dr oral 1mg', dosage: '1 MG', drug: 'prednisone', form: 'oral',
    source: `${ASP}; replaces J7506 from 2016-01-01 (${DOMAIN_HISTORY})`,
    uncertain: 'Start date not in the shared sources (docs/sources.md only says it replaced J7506 after 2015-12-31); left undefined. The crosswalk prints its dosage as "1 MG", "1  MG" and "1 MG ".' }),
  entry({ code: 'J7514', descriptor: 'J7514 (CMS descriptor not in the shared sources)', category: 'immunosuppressive',
    source: `${DOMAIN_HISTORY} ("J7514 reported added 2025-01-01 (verify against the HCPCS file)")`,
    uncertain: 'Unverified: not in the October 2026 CMS ASP files; docs/sources.md reports it added 2025-01-01 but asks for verification, so no effective date, drug or dosage is recorded.' }),
  imm({ code: 'J7515', descriptor: 'Cyclosporine oral 25 mg', dosage: '25 MG', drug: 'cyclosporine', form: 'oral' }),
  imm({ code: 'J7516', descriptor: 'Inj, cyclosporine 250mg', dosage: '250 MG', drug: 'cyclosporine', form: 'injection',
    revised: '2024-04-01', source: `${ASP}; revision date: ${DOMAIN_HISTORY} ("revised 2024-04-01")` }),
  imm({ code: 'J7518', descriptor: 'Mycophenolic acid', dosage: '180 MG', drug: 'mycophenolic acid', form: 'oral-dr',
    uncertain: 'Form "delayed release" from the crosswalk drug names (Myfortic DR, Mycophenolic Acid DR); the descriptor does not say.' }),
  entry({ code: 'J7519', descriptor: 'J7519 (CMS descriptor not in the shared sources)', category: 'immunosuppressive',
    effective: '2023-10-01', source: `${DOMAIN_HISTORY} ("J7519 added 2023-10-01")`,
    uncertain: 'Only the date is sourced (docs/sources.md); the code is not in the October 2026 CMS ASP files, so descriptor, drug, dosage and current validity are unknown.' }),
  imm({ code: 'J7520', descriptor: 'Sirolimus, oral', dosage: '1 MG', drug: 'sirolimus', form: 'oral' }),
  imm({ code: 'J7521', descriptor: 'Tacrolim granules oral susp', dosage: '0.1 MG', drug: 'tacrolimus', form: 'granules',
    effective: '2025-04-01', source: `${ASP}; date: ${DOMAIN_HISTORY} ("J7521 … (2025-04-01)")`,
    uncertain: 'docs/sources.md gives 2025-04-01 without saying whether the code was added or revised then; treated as the effective date.' }),
  imm({ code: 'J7524', descriptor: 'Mycophenol mofetil oral 5 mg', dosage: '5 MG', drug: 'mycophenolate mofetil', form: 'oral',
    effective: '2026-10-01', source: ASP_ADDED, uncertain: ADDED_OCT_2026 }),
  imm({ code: 'J7525', descriptor: 'Tacrolimus injection', dosage: '5 MG', drug: 'tacrolimus', form: 'injection' }),
  imm({ code: 'J7526', descriptor: 'Inj mycophenola mofetil 5 mg', dosage: '5 MG', drug: 'mycophenolate mofetil', form: 'injection',
    effective: '2026-10-01', source: ASP_ADDED, uncertain: ADDED_OCT_2026 }),
  imm({ code: 'J7527', descriptor: 'Oral everolimus', dosage: '0.25 MG', drug: 'everolimus', form: 'oral' }),
  imm({ code: 'J7529', descriptor: 'Mycop mofetil susp oral 5 mg', dosage: '5 MG', drug: 'mycophenolate mofetil', form: 'oral-suspension',
    effective: '2026-10-01', source: ASP_ADDED, uncertain: ADDED_OCT_2026 }),
  imm({ code: 'J7530', descriptor: 'Mycophenolat (myhibbin) 5 mg', dosage: '5 MG', drug: 'mycophenolate mofetil',
    effective: '2026-10-01', source: ASP_ADDED,
    uncertain: `${ADDED_OCT_2026} The descriptor names the brand (Myhibbin) but not the route or form, so none is recorded.` }),
];

/** Codes the brief asked about that no shared source supports; deliberately not in the table. */
export const UNSOURCED_CODES: readonly string[] = ['J7501', 'J7513', 'J7517'];

export const HAND_CHECKED_CODES: readonly HcpcsCode[] = [...NOC_CODES, ...IMMUNOSUPPRESSIVE_CODES];
