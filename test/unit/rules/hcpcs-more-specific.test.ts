import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

// Real NDCs of the October 2026 CMS crosswalk: Mylan tacrolimus 0.5, 1 and 5 mg (100 capsules), Prograf 1 mg, Prograf
// 00469-0657-73 (a row that reads as 1 or 5 mg a capsule), CellCept 500 mg tablets, Emend 125 mg, Teva cyclosporine 25 mg
// (listed under J7502 and J7515).
const CELLCEPT = { ...TACRO, description: 'CELLCEPT 500 MG TAB', ndc: '00004026001', qty: '60', units: '1' };
const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'NDC not in the crosswalk, no drug named', format, text: claimText(format, oneLine({ ...TACRO, description: 'INVESTIGATIONAL DRUG X 10 MG' })), expect: [] },
  {
    name: 'Prograf 1 mg × 30: J7507, 30 units',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'PROGRAF 1 MG CAP', ndc: '00469061773', qty: '30', units: '1' })),
    expect: [{ at: 'J7599', severity: 'warning', messageId: 'byNdc', data: { ndc: '00469061773', suggested: 'J7507 (30 units)', drug: 'Prograf 1 mg' }, fixes: 1 }],
    applyFix: 'Bill J7507 with 30 units',
    fixedContains: ['J7507'],
  },
  {
    name: 'tacrolimus 0.5 mg × 30: 15 units',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'TACROLIMUS 0.5 MG CAP', ndc: '00378204501', qty: '30', units: '30' })),
    expect: [{ at: 'J7599', messageId: 'byNdc', data: { suggested: 'J7507 (15 units)', drug: 'Tacrolimus 0.5 mg' } }],
  },
  {
    name: 'tacrolimus 5 mg × 30: 150 units',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'TACROLIMUS 5 MG CAP', ndc: '00378204701', qty: '30', units: '30' })),
    expect: [{ at: 'J7599', messageId: 'byNdc', data: { suggested: 'J7507 (150 units)', drug: 'Tacrolimus 5 mg' } }],
    applyFix: 'Bill J7507 with 150 units',
  },
  {
    name: 'a crosswalk row that contradicts itself, settled by the strength the line states',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'PROGRAF 5 MG CAP', ndc: '00469065773', qty: '30', units: '30' })),
    expect: [{ at: 'J7599', messageId: 'byNdc', data: { suggested: 'J7507 (150 units)' } }],
  },
  {
    name: 'a crosswalk row that contradicts itself, no strength stated: no units computed',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'PROGRAF CAPSULES', ndc: '00469065773', qty: '30', units: '30' })),
    expect: [{ at: 'J7599', messageId: 'byNdcNoUnits', data: { suggested: 'J7507' }, fixes: 1 }],
    applyFix: 'Bill J7507 (work out the units',
  },
  {
    name: 'CellCept 500 mg × 60 on a 2025 date: J7517 (250 mg), 120 units',
    format,
    text: claimText(format, oneLine({ ...CELLCEPT, date: '2025-06-01' })),
    expect: [{ at: 'J7599', messageId: 'byNdc', data: { suggested: 'J7517 (120 units)' }, fixes: 1 }],
    applyFix: 'Bill J7517 with 120 units',
  },
  {
    name: 'CellCept 500 mg × 60 in November 2026: J7524 (5 mg), 6000 units',
    format,
    text: claimText(format, oneLine({ ...CELLCEPT, date: '2026-11-05' })),
    expect: [{ at: 'J7599', messageId: 'byNdc', data: { suggested: 'J7524 (6000 units)' } }],
  },
  {
    name: 'CellCept in the window the CMS files leave open: J7524 or the code it replaced',
    format,
    text: claimText(format, oneLine({ ...CELLCEPT, date: '2026-06-15' })),
    expect: [{ at: 'J7599', messageId: 'byNdcUnsure', data: { suggested: 'J7524 (6000 units)', date: '2026-06-15' } }],
  },
  {
    name: 'NDC listed under two codes: both offered, whole units, none chosen',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'CYCLOSPORINE 25 MG CAP', ndc: '00093901865', qty: '30' })),
    expect: [{ at: 'J7599', messageId: 'byNdcChoice', data: { suggested: 'J7502 (8 units), J7515 (30 units)' }, fixes: 2 }],
    applyFix: 'Bill J7515',
  },
  {
    name: 'Emend by its NDC: aprepitant has J8501',
    format,
    text: claimText(format, oneLine({ ...TACRO, description: 'EMEND 125 MG CAP', ndc: '00006306603', qty: '1', units: '1' })),
    expect: [{ at: 'J7599', messageId: 'byNdc', data: { suggested: 'J8501 (25 units)' } }],
  },
  {
    name: 'Emend by name, no NDC',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'EMEND 125 MG CAP X 1', units: '1', charge: '90', date: '2026-11-05' })),
    expect: [{ at: 'J7599', messageId: 'byName', data: { suggested: 'J8501', drug: 'EMEND' } }],
  },
  {
    name: 'oral methotrexate by name: J8610 (used as an immunosuppressant, but it has its own code)',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'METHOTREXATE 2.5 MG TAB X 8', units: '1', charge: '9', date: '2026-11-05' })),
    expect: [{ at: 'J7599', messageId: 'byName', data: { suggested: 'J8610', drug: 'METHOTREXATE' } }],
  },
  {
    name: 'ondansetron by name: Q0162 only with its conditions, else the oral anti-emetic NOC',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'ONDANSETRON 8 MG TABLET', units: '1', charge: '5', date: '2026-11-05' })),
    expect: [{ at: 'J7599', messageId: 'byNameConditional', data: { suggested: 'Q0162', noc: 'J8597' } }],
  },
  {
    name: 'no NDC, description names generic tacrolimus capsules: J7507 (the ER codes are for their brands)',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'tacrolimus 1 mg capsule', units: '30', charge: '10', date: '2026-11-05' })),
    expect: [{ at: 'J7599', messageId: 'byName', data: { suggested: 'J7507', drug: 'tacrolimus' } }],
  },
  {
    name: 'no NDC, description names Envarsus XR: J7503',
    format,
    text: claimText(format, oneLine({ code: 'J7599', description: 'ENVARSUS XR 4 MG TAB X 30', units: '30', charge: '10', date: '2026-11-05' })),
    expect: [{ at: 'J7599', messageId: 'byName', data: { suggested: 'J7503' } }],
  },
  { name: 'specific code already billed', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7507', ndc: '00469061773' })), expect: [] },
]);
ruleCases('hcpcs-more-specific', cases);
