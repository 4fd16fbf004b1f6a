/**
 * Names of the elements claimlint talks about, for hovers ("CTP04 — Quantity"). Index 1 is the first data element.
 * Written from the 837 segment layouts; segments not listed simply get no name.
 */
const ELEMENTS: Record<string, readonly string[]> = {
  ISA: ['', 'Authorization Information Qualifier', 'Authorization Information', 'Security Information Qualifier', 'Security Information',
    'Interchange ID Qualifier (sender)', 'Interchange Sender ID', 'Interchange ID Qualifier (receiver)', 'Interchange Receiver ID',
    'Interchange Date', 'Interchange Time', 'Repetition Separator', 'Interchange Control Version Number', 'Interchange Control Number',
    'Acknowledgment Requested', 'Interchange Usage Indicator', 'Component Element Separator'],
  IEA: ['', 'Number of Included Functional Groups', 'Interchange Control Number'],
  GS: ['', 'Functional Identifier Code', "Application Sender's Code", "Application Receiver's Code", 'Date', 'Time', 'Group Control Number',
    'Responsible Agency Code', 'Version / Release / Industry Identifier Code'],
  GE: ['', 'Number of Transaction Sets Included', 'Group Control Number'],
  ST: ['', 'Transaction Set Identifier Code', 'Transaction Set Control Number', 'Implementation Convention Reference'],
  SE: ['', 'Number of Included Segments', 'Transaction Set Control Number'],
  BHT: ['', 'Hierarchical Structure Code', 'Transaction Set Purpose Code', 'Originator Application Transaction Identifier', 'Transaction Set Creation Date',
    'Transaction Set Creation Time', 'Claim or Encounter Identifier'],
  HL: ['', 'Hierarchical ID Number', 'Hierarchical Parent ID Number', 'Hierarchical Level Code', 'Hierarchical Child Code'],
  NM1: ['', 'Entity Identifier Code', 'Entity Type Qualifier', 'Last or Organization Name', 'First Name', 'Middle Name', 'Name Prefix', 'Name Suffix',
    'Identification Code Qualifier', 'Identification Code'],
  N3: ['', 'Address Information', 'Address Information (line 2)'],
  N4: ['', 'City Name', 'State or Province Code', 'Postal Code', 'Country Code'],
  REF: ['', 'Reference Identification Qualifier', 'Reference Identification'],
  PER: ['', 'Contact Function Code', 'Name', 'Communication Number Qualifier', 'Communication Number'],
  DTP: ['', 'Date/Time Qualifier', 'Date Time Period Format Qualifier', 'Date Time Period'],
  SBR: ['', 'Payer Responsibility Sequence Number Code', 'Individual Relationship Code', 'Group or Policy Number', 'Group Name', 'Insurance Type Code',
    '', '', '', 'Claim Filing Indicator Code'],
  PAT: ['', 'Individual Relationship Code'],
  DMG: ['', 'Date Time Period Format Qualifier', 'Date of Birth', 'Gender Code'],
  PRV: ['', 'Provider Code', 'Reference Identification Qualifier', 'Provider Taxonomy Code'],
  CLM: ['', 'Patient Control Number', 'Total Claim Charge Amount', '', '', 'Health Care Service Location Information', 'Provider or Supplier Signature Indicator',
    'Assignment or Plan Participation Code', 'Benefits Assignment Certification Indicator', 'Release of Information Code'],
  PWK: ['', 'Attachment Report Type Code', 'Attachment Transmission Code', '', '', 'Identification Code Qualifier', 'Attachment Control Number'],
  HI: ['', 'Health Care Code Information'],
  LX: ['', 'Assigned Number (service line number)'],
  SV1: ['', 'Composite Medical Procedure Identifier', 'Line Item Charge Amount', 'Unit or Basis for Measurement Code', 'Service Unit Count',
    'Place of Service Code', '', 'Composite Diagnosis Code Pointer', '', 'Emergency Indicator', '', 'EPSDT Indicator', 'Family Planning Indicator'],
  SV2: ['', 'Service Line Revenue Code', 'Composite Medical Procedure Identifier', 'Line Item Charge Amount', 'Unit or Basis for Measurement Code',
    'Service Unit Count', 'Unit Rate', 'Non-Covered Charge Amount'],
  NTE: ['', 'Note Reference Code', 'Description'],
  AMT: ['', 'Amount Qualifier Code', 'Monetary Amount'],
  LIN: ['', 'Assigned Identification', 'Product/Service ID Qualifier', 'National Drug Code (NDC)'],
  CTP: ['', '', '', '', 'Quantity', 'Composite Unit of Measure'],
  SVD: ['', 'Other Payer Primary Identifier', 'Service Line Paid Amount', 'Composite Medical Procedure Identifier', '', 'Paid Service Unit Count',
    'Bundled or Unbundled Line Number'],
  CAS: ['', 'Claim Adjustment Group Code', 'Claim Adjustment Reason Code', 'Monetary Amount', 'Quantity'],
};

const PROCEDURE_COMPONENTS = ['', 'Product/Service ID Qualifier', 'Procedure Code', 'Procedure Modifier 1', 'Procedure Modifier 2',
  'Procedure Modifier 3', 'Procedure Modifier 4', 'Description', 'Product/Service ID'];

const COMPONENTS: Record<string, readonly string[]> = {
  SV101: PROCEDURE_COMPONENTS,
  SV202: PROCEDURE_COMPONENTS,
  SVD03: PROCEDURE_COMPONENTS,
  CTP05: ['', 'Unit or Basis for Measurement Code (F2, GR, ME, ML, UN)'],
  CLM05: ['', 'Place of Service / Facility Type Code', 'Facility Code Qualifier', 'Claim Frequency Type Code'],
  SV107: ['', 'Diagnosis Code Pointer 1', 'Diagnosis Code Pointer 2', 'Diagnosis Code Pointer 3', 'Diagnosis Code Pointer 4'],
  HI01: ['', 'Code List Qualifier Code', 'Industry Code'],
};

export function elementName(segmentId: string, n: number): string | undefined {
  return ELEMENTS[segmentId]?.[n] || undefined;
}

export function componentName(segmentId: string, n: number, k: number): string | undefined {
  const ref = segmentId + String(n).padStart(2, '0');
  return COMPONENTS[ref]?.[k] || (segmentId === 'HI' ? COMPONENTS.HI01[k] : undefined) || elementName(segmentId, n);
}

/** True for elements the 837 defines as composites, so a single value there is still "component 1". */
export function isCompositeElement(segmentId: string, n: number): boolean {
  return segmentId + String(n).padStart(2, '0') in COMPONENTS || (segmentId === 'HI' && n > 0);
}
