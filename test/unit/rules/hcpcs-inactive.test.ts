import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const PRED = { code: 'J7506', units: '20', charge: '10', ndc: '12345678901', qty: '20', unit: 'UN' };
/** CellCept 500 mg tablets (NDC 00004-0260-01), listed under J7524 in the October 2026 crosswalk. */
const CELLCEPT = { code: 'J7524', description: 'CELLCEPT 500 MG TAB', units: '6000', charge: '400', ndc: '00004026001', qty: '60', unit: 'UN' };
const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'J7506 on its last day', format, text: claimText(format, oneLine({ ...PRED, date: '2015-12-31' })), expect: [] },
  {
    name: 'J7506 the day after it was deleted',
    format,
    text: claimText(format, oneLine({ ...PRED, date: '2016-01-01' })),
    expect: [{ at: 'J7506', severity: 'error', messageId: 'ended', data: { end: '2015-12-31', date: '2016-01-01', replacement: 'J7512' }, fixes: 1 }],
    applyFix: 'Replace J7506 with J7512',
    fixedContains: ['J7512'],
  },
  { name: 'J7521 on its first day', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7521', date: '2025-04-01' })), expect: [] },
  {
    name: 'J7521 the day before it was added: no earlier code for tacrolimus granules',
    format,
    text: claimText(format, oneLine({ ...TACRO, code: 'J7521', date: '2025-03-31' })),
    expect: [{ at: 'J7521', severity: 'error', messageId: 'notYetNoReplacement', data: { code: 'J7521', date: '2025-03-31' }, fixes: 0 }],
  },
  {
    name: 'J7524 (CellCept) on a 2025 date: J7517 was the oral code then',
    format,
    text: claimText(format, oneLine({ ...CELLCEPT, date: '2025-06-01' })),
    expect: [{ at: 'J7524', severity: 'error', messageId: 'notYet', data: { replacement: 'J7517', date: '2025-06-01' }, fixes: 1 }],
    applyFix: 'Replace J7524 with J7517',
    fixedContains: ['J7517'],
  },
  {
    name: 'J7524 inside the window the CMS files leave open: a note, no guess',
    format,
    text: claimText(format, oneLine({ ...CELLCEPT, date: '2026-06-15' })),
    expect: [{ at: 'J7524', severity: 'information', messageId: 'unsure', data: { code: 'J7524', date: '2026-06-15' } }],
  },
  { name: 'J7524 after the October 2026 files list it', format, text: claimText(format, oneLine({ ...CELLCEPT, date: '2026-11-05' })), expect: [] },
  {
    name: 'J7519 the day before 2023-10-01',
    format,
    text: claimText(format, oneLine({ ...TACRO, code: 'J7519', date: '2023-09-30' })),
    expect: [{ at: 'J7519', severity: 'error' }],
  },
  { name: 'J7599 is always valid', format, text: claimText(format, oneLine({ ...TACRO, date: '2000-01-01' })), expect: [] },
  { name: 'a code outside the sourced data is not judged', format, text: claimText(format, oneLine({ ...TACRO, code: 'J1885', date: '1990-01-01' })), expect: [] },
]);
ruleCases('hcpcs-inactive', cases);
