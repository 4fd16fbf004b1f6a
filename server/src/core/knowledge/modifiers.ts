/**
 * Modifiers the drug-line rules reason about. The drug modifiers (JW, JZ, JG, TB, KX, GY, GZ) carry their HCPCS
 * meaning and dates from the CMS HCPCS file and their notes from CMS / MAC documents (ids in data/sources.json).
 * The "questionable on a drug supply line" list is this project's heuristic, not a CMS edit: findings built on it
 * should be warnings that explain why. Meanings of CPT modifiers (22, 25, 26, 50…) are the standard ones, not in
 * the HCPCS file (CPT is the AMA's) — their `source` says so.
 */
import type { ModifierInfo } from './types';

const HCPCS = 'cms-hcpcs-2026-01';
const HEURISTIC = 'claimlint heuristic: "questionable on a drug supply line" (not a CMS edit)';
const HEURISTIC_MEANING_UNSOURCED = `${HEURISTIC}; the meaning is the standard CPT/HCPCS one, not checked in a CMS file`;
const HCPCS_CITE = 'CMS HCPCS file, January 2026';

const questionable = (code: string, meaning: string, note: string, source = HEURISTIC_MEANING_UNSOURCED): ModifierInfo =>
  Object.freeze({ code, meaning, onDrugLine: 'questionable', note, source });

const ANATOMIC_NOTE =
  'An anatomic-site modifier says where on the body a procedure was done; a drug supply line bills the drug itself, so a body site adds nothing and suggests the modifier was copied from a procedure line.';
const anatomic = (code: string, meaning: string): ModifierInfo => questionable(code, meaning, ANATOMIC_NOTE);

const fingers = ['left hand, thumb', 'left hand, second digit', 'left hand, third digit', 'left hand, fourth digit', 'left hand, fifth digit',
  'right hand, thumb', 'right hand, second digit', 'right hand, third digit', 'right hand, fourth digit', 'right hand, fifth digit'];
const toes = ['left foot, great toe', 'left foot, second digit', 'left foot, third digit', 'left foot, fourth digit', 'left foot, fifth digit',
  'right foot, great toe', 'right foot, second digit', 'right foot, third digit', 'right foot, fourth digit', 'right foot, fifth digit'];

export const MODIFIERS: readonly ModifierInfo[] = [
  Object.freeze<ModifierInfo>({
    code: 'JW', meaning: 'Drug amount discarded/not administered to any patient', onDrugLine: 'drug', effective: '2003-01-01',
    note: 'Bills the discarded part of a drug from a single-dose container or single-use package, on its own line; not for oral products or multi-dose containers. Never together with JZ on the same line.',
    source: `${HCPCS_CITE} (meaning, added 2003-01-01); CMS change request on the JW/JZ requirement, 2023-06-02 (single-dose containers)`,
    sources: [HCPCS, 'cms-cr-jw-jz-2023', 'noridian-jeb-jw-jz-2023'],
  }),
  Object.freeze<ModifierInfo>({
    code: 'JZ', meaning: 'Zero drug amount discarded/not administered to any patient', onDrugLine: 'drug', effective: '2023-01-01',
    note: 'Required from 2023-07-01 on separately payable Part B drugs from single-dose containers or single-use packages when nothing was discarded; not for oral products or multi-dose containers. Never together with JW.',
    source: `${HCPCS_CITE} (meaning, added 2023-01-01); CMS change request on the JW/JZ requirement, 2023-06-02; Noridian JE Part B, 2023-01-31`,
    sources: [HCPCS, 'cms-cr-jw-jz-2023', 'noridian-jeb-jw-jz-2023'],
    caveat: 'That claims without JW/JZ are returned from 2023-10-01, and the exclusions (packaged OPPS/ASC drugs, FQHC/RHC, inpatient), come from CMS\'s JW/JZ FAQ as summarized by others; the FAQ itself was not read.',
  }),
  Object.freeze<ModifierInfo>({
    code: 'JG', meaning: 'Drug or biological acquired with 340b drug pricing program discount, reported for informational purposes', onDrugLine: 'drug',
    effective: '2018-01-01', end: '2024-12-31',
    note: 'A 340B-acquired drug. JG was valid from 2018-01-01 to 2024-12-31; for later dates of service it is not a valid modifier (TB remains).',
    source: `${HCPCS_CITE} (JG: added 2018-01-01, terminated 2024-12-31); CMS HCPCS file, October 2026 (same dates)`,
    sources: [HCPCS, 'cms-hcpcs-2026-10-excerpt'],
  }),
  Object.freeze<ModifierInfo>({
    code: 'TB', meaning: 'Drug or biological acquired with 340b drug pricing program discount, reported for informational purposes', onDrugLine: 'drug',
    effective: '2018-01-01',
    note: 'A 340B-acquired drug, reported for information. Valid since 2018-01-01 (descriptor last changed 2025-01-01, when JG ended).',
    source: `${HCPCS_CITE} (TB: added 2018-01-01, changed 2025-01-01)`,
    sources: [HCPCS],
  }),
  Object.freeze<ModifierInfo>({
    code: 'KX', meaning: 'Requirements specified in the medical policy have been met', onDrugLine: 'drug', effective: '2002-07-01',
    note: 'On DME MAC immunosuppressive drug claims, KX tells Medicare the supplier has documentation of the transplant (date, and that Medicare paid for it) when the transplant cannot be found in Medicare\'s claims data. Noridian (JD DME) says KX is not required, but the claim denies if a Medicare-paid transplant cannot be identified.',
    source: `${HCPCS_CITE} (meaning, added 2002-07-01); Noridian JD DME "Immunosuppressive Drugs", 2024-02-19`,
    sources: [HCPCS, 'noridian-jddme-immunosuppressive'],
  }),
  Object.freeze<ModifierInfo>({
    code: 'GY', meaning: 'Item or service statutorily excluded, does not meet the definition of any medicare benefit or, for non-medicare insurers, is not a contract benefit', onDrugLine: 'drug',
    effective: '2002-01-01',
    note: 'Says the item is not a Medicare benefit (the claim is expected to deny).',
    source: `${HCPCS_CITE} (meaning, added 2002-01-01)`,
    sources: [HCPCS, 'noridian-jddme-kx-gy-retired'],
    caveat: 'No current DME MAC page was found that says when GY goes on immunosuppressive drug claims; the old instruction "GY when the coverage criteria are not met" is in an article Noridian has retired.',
  }),
  Object.freeze<ModifierInfo>({
    code: 'GA',
    meaning: 'Waiver of liability statement issued as required by payer policy, individual case',
    onDrugLine: 'neutral',
    note: 'A liability modifier: it can appear on any Medicare line, drug lines included; nothing drug-specific to check.',
    source: 'Standard HCPCS modifier meaning; not checked in the CMS HCPCS file',
  }),
  Object.freeze<ModifierInfo>({
    code: 'GZ',
    meaning: 'Item or service expected to be denied as not reasonable and necessary',
    onDrugLine: 'neutral',
    effective: '2002-01-01',
    note: 'A liability modifier (no advance beneficiary notice on file): it can appear on any Medicare line, drug lines included; nothing drug-specific to check.',
    source: `${HCPCS_CITE} (meaning, added 2002-01-01)`,
    sources: [HCPCS],
  }),
  questionable('22', 'Increased procedural services',
    'A surgery modifier for unusually hard or long procedures; a drug supply line has no procedure to be harder.',
    `${HEURISTIC}; the meaning is the CPT one`),
  questionable('25', 'Significant, separately identifiable E/M service on the same day',
    'Belongs on an evaluation-and-management visit code, not on the drug billed at that visit.'),
  questionable('26', 'Professional component',
    'Splits a procedure into professional and technical parts; a drug has no professional component.',
    `${HEURISTIC}; the meaning is the CPT one`),
  questionable('TC', 'Technical component',
    'Splits a procedure into professional and technical parts; a drug has no technical component.',
    `${HEURISTIC}; meaning from the ${HCPCS_CITE}`),
  questionable('50', 'Bilateral procedure',
    'Says a procedure was done on both sides of the body; the amount of drug belongs in the units, not in a bilateral modifier.'),
  questionable('52', 'Reduced services',
    'Says a procedure was partly reduced; a smaller drug amount is billed with fewer units (and JW for discarded drug), not with 52.'),
  questionable('53', 'Discontinued procedure',
    'Says a procedure was stopped; drug not given is reported with units and JW, not 53.'),
  questionable('59', 'Distinct procedural service',
    'Unbundles procedures that are normally billed together (NCCI edits); a drug supply line is not a procedure and is seldom the line that needs it.'),
  questionable('XE', 'Separate encounter',
    'A 59 subset for procedure unbundling; rarely meaningful on a drug supply line.'),
  questionable('XP', 'Separate practitioner',
    'A 59 subset for procedure unbundling; rarely meaningful on a drug supply line.'),
  questionable('XS', 'Separate structure/organ',
    'A 59 subset for procedure unbundling; rarely meaningful on a drug supply line.'),
  questionable('XU', 'Unusual non-overlapping service',
    'A 59 subset for procedure unbundling; rarely meaningful on a drug supply line.'),
  anatomic('LT', 'Left side'),
  anatomic('RT', 'Right side'),
  anatomic('E1', 'Upper left eyelid'),
  anatomic('E2', 'Lower left eyelid'),
  anatomic('E3', 'Upper right eyelid'),
  anatomic('E4', 'Lower right eyelid'),
  ...fingers.map((meaning, i) => anatomic(i === 0 ? 'FA' : `F${i}`, meaning[0].toUpperCase() + meaning.slice(1))),
  ...toes.map((meaning, i) => anatomic(i === 0 ? 'TA' : `T${i}`, meaning[0].toUpperCase() + meaning.slice(1))),
  anatomic('LC', 'Left circumflex coronary artery'),
  anatomic('LD', 'Left anterior descending coronary artery'),
  anatomic('RC', 'Right coronary artery'),
  anatomic('LM', 'Left main coronary artery'),
  anatomic('RI', 'Ramus intermedius coronary artery'),
  questionable('76', 'Repeat procedure or service by the same physician',
    'Marks a repeated procedure; more drug is billed with more units, not by repeating the line with 76.'),
  questionable('77', 'Repeat procedure by another physician',
    'Marks a repeated procedure; more drug is billed with more units, not by repeating the line with 77.'),
  questionable('91', 'Repeat clinical diagnostic laboratory test',
    'A laboratory modifier; it has no meaning on a drug line.'),
];

const BY_CODE = new Map(MODIFIERS.map((m) => [m.code, m]));

export function modifierInfo(code: string): ModifierInfo | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}
