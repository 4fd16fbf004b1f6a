/**
 * A compact dictionary of the 837 segments and code values claimlint explains in hovers, worded for coders.
 * Structure follows the public 005010 837P (X222A1) / 837I (X223A2) segment layouts; the wording is ours.
 * Element names come from parse/x12/elements.ts; this file adds what each segment is for and what qualifiers mean.
 */

export interface SegmentInfo {
  readonly name: string;
  /** One sentence: what the segment carries in an 837. */
  readonly purpose: string;
}

export const SEGMENTS: Readonly<Record<string, SegmentInfo>> = {
  ISA: { name: 'Interchange Control Header', purpose: 'Opens the interchange (the envelope around everything sent). Fixed width; its 4th character sets the element separator and ISA16 the component separator.' },
  IEA: { name: 'Interchange Control Trailer', purpose: 'Closes the interchange: number of functional groups and the control number repeated from ISA13.' },
  GS: { name: 'Functional Group Header', purpose: 'Opens a group of transactions of one kind (HC = health care claim); GS08 names the implementation guide.' },
  GE: { name: 'Functional Group Trailer', purpose: 'Closes the group: number of transactions and the control number from GS06.' },
  ST: { name: 'Transaction Set Header', purpose: 'Opens one 837 transaction; ST03 names the guide (005010X222A1 professional, 005010X223A2 institutional).' },
  SE: { name: 'Transaction Set Trailer', purpose: 'Closes the transaction: segment count (ST through SE) and the control number from ST02.' },
  BHT: { name: 'Beginning of Hierarchical Transaction', purpose: 'Says what the transaction is (0019 = claim information), its reference number and creation date/time.' },
  HL: { name: 'Hierarchical Level', purpose: 'Starts a level of the hierarchy: 20 billing provider, 22 subscriber, 23 patient.' },
  NM1: { name: 'Individual or Organizational Name', purpose: 'Names a party (submitter, receiver, provider, subscriber, payer…); NM101 says which.' },
  N3: { name: 'Address Information', purpose: 'Street address of the party named just before.' },
  N4: { name: 'Geographic Location', purpose: 'City, state and ZIP of the party named just before.' },
  PER: { name: 'Administrative Communications Contact', purpose: 'A contact person and phone/e-mail.' },
  PRV: { name: 'Provider Information', purpose: 'Provider role and taxonomy code.' },
  SBR: { name: 'Subscriber Information', purpose: 'Payer responsibility (primary/secondary), relationship, group number and claim filing indicator (SBR09, e.g. MB = Medicare Part B).' },
  PAT: { name: 'Patient Information', purpose: 'Patient relationship to the subscriber when the patient is not the subscriber.' },
  DMG: { name: 'Demographic Information', purpose: 'Date of birth and gender.' },
  CLM: { name: 'Claim Information', purpose: 'Starts a claim (loop 2300): patient control number, total charge, place of service / facility type and frequency, signature and assignment indicators.' },
  DTP: { name: 'Date or Time or Period', purpose: 'A date of a kind named by DTP01 (472 = service date); DTP02 says whether it is one date (D8) or a range (RD8).' },
  CL1: { name: 'Institutional Claim Code', purpose: 'Admission type, source and patient status (837I).' },
  PWK: { name: 'Paperwork', purpose: 'Says supporting documentation (e.g. medical records for a NOC drug) was sent separately and how to match it.' },
  AMT: { name: 'Monetary Amount Information', purpose: 'An amount of a kind named by AMT01 (patient paid, sales tax…).' },
  REF: { name: 'Reference Information', purpose: 'A reference number of a kind named by REF01 (G1 = prior authorization, 9F = referral, 6R = line item control number…).' },
  NTE: { name: 'Note/Special Instruction', purpose: 'Free-text note to the payer (claim or line level). NOC drug descriptions belong in SV101-7 / SV202-7, not here.' },
  HI: { name: 'Health Care Information Codes', purpose: 'Diagnosis codes (ABK principal, ABF other) and, on 837I, other code lists.' },
  LX: { name: 'Service Line Number', purpose: 'Starts a service line (loop 2400) and numbers it.' },
  SV1: { name: 'Professional Service', purpose: 'The billed service of an 837P line: procedure code with modifiers and NOC description, charge, unit, units, diagnosis pointers.' },
  SV2: { name: 'Institutional Service Line', purpose: 'The billed service of an 837I line: revenue code, procedure code with modifiers and description, charge, unit, units.' },
  LIN: { name: 'Item Identification', purpose: 'Starts drug identification (loop 2410): LIN02 N4 and the 11-digit NDC in LIN03.' },
  CTP: { name: 'Drug Quantity', purpose: 'How much of the NDC was given: quantity in CTP04 and its unit in CTP05-1 (F2, GR, ME, ML, UN).' },
  SVD: { name: 'Line Adjudication Information', purpose: 'What a prior payer paid on this line (coordination of benefits).' },
  CAS: { name: 'Adjustment', purpose: 'A prior payer\'s adjustment: group, reason code, amount.' },
  CUR: { name: 'Currency', purpose: 'Currency of the amounts.' },
  CN1: { name: 'Contract Information', purpose: 'Contract type and amount.' },
  K3: { name: 'File Information', purpose: 'Fixed-format extra information when no other segment fits.' },
  CR1: { name: 'Ambulance Transport Information', purpose: 'Ambulance transport details.' },
  LQ: { name: 'Form Identification Code', purpose: 'Identifies a supporting form (e.g. a certificate of medical necessity).' },
  FRM: { name: 'Supporting Documentation', purpose: 'Answers to the questions of the form named in LQ.' },
  MEA: { name: 'Measurements', purpose: 'Test results or measurements.' },
  QTY: { name: 'Quantity Information', purpose: 'A quantity of a kind named by QTY01.' },
  OI: { name: 'Other Insurance Coverage Information', purpose: 'Benefit assignment and release of information for another payer.' },
  MOA: { name: 'Outpatient Adjudication Information', purpose: 'Remark codes from a prior payer\'s outpatient adjudication.' },
  HCP: { name: 'Claim Pricing/Repricing Information', purpose: 'Repricing by a network or repricer.' },
};

/** Meanings of code values, keyed by element reference ("LIN02", "CTP05-1", "DTP01" …). */
export const CODE_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'LIN02': { N4: 'National Drug Code in 5-4-2 format (11 digits, no hyphens) — the only qualifier the 837 drug loop allows' },
  'CTP05-1': {
    F2: 'International unit',
    GR: 'Gram',
    ME: 'Milligram',
    ML: 'Milliliter',
    UN: 'Unit (each: tablet, capsule, vial…)',
  },
  'SV101-1': { HC: 'HCPCS / CPT code', ER: 'Jurisdiction-specific procedure code', IV: 'Home infusion EDI coalition code', WK: 'Advanced billing concepts code' },
  'SV202-1': { HC: 'HCPCS / CPT code', ER: 'Jurisdiction-specific procedure code', HP: 'HIPPS skilled nursing facility rate code', IV: 'Home infusion EDI coalition code', WK: 'Advanced billing concepts code' },
  'SV103': { UN: 'Unit', MJ: 'Minutes (anesthesia)' },
  'SV204': { UN: 'Unit', DA: 'Days' },
  'REF01': {
    G1: 'Prior authorization number',
    '9F': 'Referral number',
    '6R': 'Provider control number (line item control number)',
    EI: 'Employer identification number (tax id)',
    SY: 'Social security number',
    D9: 'Claim number assigned by a clearinghouse',
    F8: 'Payer claim control number (original claim, for replacements and voids)',
    XZ: 'Pharmacy prescription number',
    VY: 'Link sequence number (compound drug)',
    '4N': 'Special payment reference (authorization exception code)',
    EA: 'Medical record number',
  },
  'DTP01': {
    '472': 'Service date',
    '471': 'Prescription date',
    '434': 'Statement dates (institutional claim period)',
    '435': 'Admission date',
    '096': 'Discharge date',
    '573': 'Date claim paid (prior payer adjudication)',
    '431': 'Onset of current illness or symptom',
    '454': 'Initial treatment date',
    '304': 'Latest visit or consultation',
    '453': 'Acute manifestation',
    '439': 'Accident date',
    '484': 'Last menstrual period',
    '455': 'Last X-ray date',
    '011': 'Shipped date',
    '738': 'Most recent hemoglobin or hematocrit test',
    '739': 'Most recent serum creatine test',
  },
  'DTP02': { D8: 'One date, CCYYMMDD', RD8: 'Date range, CCYYMMDD-CCYYMMDD', DT: 'Date and time, CCYYMMDDHHMM' },
  'DMG01': { D8: 'Date of birth is CCYYMMDD' },
  'HL03': { '20': 'Billing provider (information source)', '22': 'Subscriber', '23': 'Patient (dependent)' },
  'HL04': { '0': 'No subordinate levels', '1': 'Has subordinate levels' },
  'NM101': {
    '41': 'Submitter', '40': 'Receiver', '85': 'Billing provider', '87': 'Pay-to provider', PE: 'Pay-to plan', IL: 'Insured or subscriber',
    QC: 'Patient', PR: 'Payer', DN: 'Referring provider', P3: 'Primary care provider', '82': 'Rendering provider', '77': 'Service facility location',
    DQ: 'Supervising physician', DK: 'Ordering physician', QB: 'Purchased service provider', '71': 'Attending physician', '72': 'Operating physician',
    ZZ: 'Other operating physician', PW: 'Ambulance pick-up address', '45': 'Ambulance drop-off location',
  },
  'NM102': { '1': 'Person', '2': 'Non-person entity (organization)' },
  'NM108': { XX: 'National Provider Identifier (NPI)', MI: 'Member identification number', PI: 'Payer identification', '46': 'Electronic transmitter identification number (ETIN)', II: 'Standard unique health identifier', SV: 'Service provider number' },
  'SBR01': { P: 'Primary payer', S: 'Secondary payer', T: 'Tertiary payer', A: 'Payer responsibility four', B: 'Payer responsibility five', U: 'Unknown' },
  'SBR09': {
    MB: 'Medicare Part B', MA: 'Medicare Part A', MC: 'Medicaid', CI: 'Commercial insurance', BL: 'Blue Cross/Blue Shield', HM: 'HMO', '16': 'HMO Medicare Risk',
    '12': 'PPO', '13': 'POS', '14': 'EPO', '15': 'Indemnity', '17': 'Dental maintenance organization', CH: 'CHAMPUS (TRICARE)', VA: 'Veterans Affairs plan', WC: "Workers' compensation",
    OF: 'Other federal program (e.g. Medicare Part D)', ZZ: 'Mutually defined (unknown)', '11': 'Other non-federal program', AM: 'Automobile medical', DS: 'Disability', FI: 'Federal Employees Program', LM: 'Liability medical', TV: 'Title V',
  },
  'CLM05-2': { B: 'Place of service code follows (professional)', A: 'Uniform billing claim form bill type (institutional)' },
  'CLM05-3': { '1': 'Original claim', '7': 'Replacement of a prior claim', '8': 'Void of a prior claim' },
  'HI01-1': { ABK: 'Principal diagnosis (ICD-10-CM)', ABF: 'Other diagnosis (ICD-10-CM)', BK: 'Principal diagnosis (ICD-9-CM)', BF: 'Other diagnosis (ICD-9-CM)', ABJ: 'Admitting diagnosis (ICD-10-CM)', APR: "Patient's reason for visit (ICD-10-CM)", BE: 'Value code', BG: 'Condition code', BH: 'Occurrence code', BI: 'Occurrence span code' },
  'PWK01': { '03': 'Report justifying treatment beyond utilization guidelines', '04': 'Drugs administered', '06': 'Initial assessment', '09': 'Progress report', OZ: 'Support data for claim', PN: 'Physical therapy notes', M1: 'Medical record attachment', CT: 'Certification', DG: 'Diagnostic report' },
  'PWK02': { AA: 'Available on request at provider site', BM: 'By mail', EL: 'Electronically only', EM: 'E-mail', FT: 'File transfer', FX: 'By fax' },
  'AMT01': { F5: 'Patient amount paid', T: 'Sales tax', F4: 'Postage claimed', D: 'Payer amount paid', EAF: 'Amount owed (remaining patient liability)' },
  'NTE01': { ADD: 'Additional information', CER: 'Certification narrative', DCP: 'Goals, rehabilitation potential or discharge plans', DGN: 'Diagnosis description', TPO: 'Third party organization notes' },
  'BHT02': { '00': 'Original', '18': 'Reissue' },
  'BHT06': { CH: 'Chargeable (claim)', RP: 'Reporting (encounter)', '31': 'Subrogation demand' },
  'ISA15': { P: 'Production data', T: 'Test data' },
  'GS01': { HC: 'Health care claim (837)' },
  'ST01': { '837': 'Health care claim' },
  'ST03': { '005010X222A1': '837 Professional (5010, with errata)', '005010X223A2': '837 Institutional (5010, with errata)', '005010X224A2': '837 Dental (5010, with errata)' },
  'GS08': { '005010X222A1': '837 Professional (5010, with errata)', '005010X223A2': '837 Institutional (5010, with errata)', '005010X224A2': '837 Dental (5010, with errata)' },
};

/** Code values of an element: the table for "CTP05-1", falling back to the whole element ("CTP05") and back. */
export function codeValuesFor(ref: string): Readonly<Record<string, string>> | undefined {
  if (CODE_VALUES[ref]) return CODE_VALUES[ref];
  const dash = ref.indexOf('-');
  if (dash > 0) return ref.endsWith('-1') ? CODE_VALUES[ref.slice(0, dash)] : undefined;
  return CODE_VALUES[`${ref}-1`];
}

export function codeValueMeaning(ref: string, value: string): string | undefined {
  return codeValuesFor(ref)?.[value.trim().toUpperCase()];
}
