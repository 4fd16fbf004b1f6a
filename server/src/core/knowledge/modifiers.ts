/**
 * Modifiers the drug-line rules reason about. Drug modifiers (JW, JZ, JG, TB, KX, GY) are from docs/sources.md.
 * The "questionable on a drug supply line" list is docs/sources.md's heuristic, not a CMS edit: findings built on
 * it should be warnings that explain why. Meanings docs/sources.md does not give are standard HCPCS/CPT modifier
 * meanings that are NOT in the shared sources — their `source` says so.
 */
import type { ModifierInfo } from './types';

const DOMAIN_MOD = 'docs/sources.md: Modifiers';
const HEURISTIC = 'docs/sources.md: Modifiers — "questionable on a drug supply line" (heuristic, not a CMS edit)';
const HEURISTIC_MEANING_UNSOURCED = `${HEURISTIC}; the meaning is the standard CPT/HCPCS one, not stated in the shared sources`;

const DRUG_SOURCE = `${DOMAIN_MOD}; the meaning is worded as the HCPCS modifier text, which the shared sources paraphrase`;
const drug = (code: string, meaning: string, note: string, source = DRUG_SOURCE): ModifierInfo =>
  Object.freeze({ code, meaning, onDrugLine: 'drug', note, source });
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
  drug('JW', 'Drug amount discarded/not administered to any patient',
    'Bills the discarded part of a single-dose container, on its own line. Never together with JZ on the same line.'),
  drug('JZ', 'Zero drug amount discarded/not administered to any patient',
    'Required on single-dose container drugs when nothing was discarded (from 2023-07-01; claims returned from 2023-10-01). Not used for packaged OPPS/ASC drugs, FQHC/RHC or inpatient. Never together with JW.'),
  drug('JG', 'Drug or biological acquired with 340B drug pricing program discount',
    '340B-acquired drug (from 2024-01-01).'),
  drug('TB', 'Drug or biological acquired with 340B drug pricing program discount, reported for informational purposes',
    '340B-acquired drug (from 2024-01-01).'),
  drug('KX', 'Requirements specified in the medical policy have been met',
    'On DME MAC claims for oral immunosuppressives after a transplant, KX says the transplant coverage criteria are met.',
    `${DOMAIN_MOD} ("DME claims need KX when the transplant criteria are met"); wording of the meaning is the standard HCPCS one, not in the shared sources`),
  drug('GY', 'Item or service statutorily excluded or does not meet the definition of any Medicare benefit',
    'On DME MAC immunosuppressive claims, GY is used when the transplant criteria are not met (the claim is expected to deny).',
    `${DOMAIN_MOD} ("GY when not"); wording of the meaning is the standard HCPCS one, not in the shared sources`),
  Object.freeze<ModifierInfo>({
    code: 'GA',
    meaning: 'Waiver of liability statement (ABN) issued as required by payer policy',
    onDrugLine: 'neutral',
    note: 'A liability modifier: it can appear on any Medicare line, drug lines included; nothing drug-specific to check.',
    source: 'Standard HCPCS modifier meaning; not in the shared sources (docs/sources.md does not discuss GA)',
  }),
  Object.freeze<ModifierInfo>({
    code: 'GZ',
    meaning: 'Item or service expected to be denied as not reasonable and necessary (no ABN on file)',
    onDrugLine: 'neutral',
    note: 'A liability modifier: it can appear on any Medicare line, drug lines included; nothing drug-specific to check.',
    source: 'Standard HCPCS modifier meaning; not in the shared sources (docs/sources.md does not discuss GZ)',
  }),
  questionable('22', 'Increased procedural services',
    'A surgery modifier for unusually hard or long procedures; a drug supply line has no procedure to be harder.',
    `${HEURISTIC} (docs/sources.md names 22 "increased procedural service" and calls it a surgery modifier)`),
  questionable('25', 'Significant, separately identifiable E/M service on the same day',
    'Belongs on an evaluation-and-management visit code, not on the drug billed at that visit.'),
  questionable('26', 'Professional component',
    'Splits a procedure into professional and technical parts; a drug has no professional component.',
    `${HEURISTIC} (docs/sources.md: "26/TC (professional/technical split)")`),
  questionable('TC', 'Technical component',
    'Splits a procedure into professional and technical parts; a drug has no technical component.',
    `${HEURISTIC} (docs/sources.md: "26/TC (professional/technical split)")`),
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
