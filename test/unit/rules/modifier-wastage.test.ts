import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine, type LineSpec } from './claimTexts';

/** A single-dose vial drug: J7516 cyclosporine injection (form "injection" in the code table). */
const VIAL: LineSpec = { code: 'J7516', units: '1', charge: '50', date: '2026-11-05', ndc: '12345678901', qty: '1', unit: 'UN' };

const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'injectable with JZ', format, text: claimText(format, oneLine({ ...VIAL, modifiers: ['JZ'] })), expect: [] },
  {
    name: 'JW and JZ on one line',
    format,
    text: claimText(format, oneLine({ ...VIAL, modifiers: ['JW', 'JZ'] })),
    expect: [{ at: 'JZ', severity: 'error', messageId: 'both', fixes: 2 }],
  },
  {
    name: 'repeated modifier',
    format,
    text: claimText(format, oneLine({ ...VIAL, modifiers: ['JZ', 'JZ'] })),
    expect: [{ at: 'JZ', severity: 'error', messageId: 'repeated', data: { modifier: 'JZ' } }],
    applyFix: 'Remove the repeated JZ',
  },
  {
    name: 'Medicare injectable with neither, after 2023-07-01 (heuristic)',
    format,
    text: claimText(format, oneLine(VIAL)),
    expect: [{ at: 'J7516', severity: 'warning', messageId: 'missing', data: { code: 'J7516' }, fixes: 1 }],
    applyFix: 'Add JZ',
    fixedContains: ['JZ'],
  },
  { name: 'the day before JZ was required', format, text: claimText(format, oneLine({ ...VIAL, date: '2023-06-30' })), expect: [] },
  { name: 'the day JZ became required', format, text: claimText(format, oneLine({ ...VIAL, date: '2023-07-01' })), expect: [{ at: 'J7516' }] },
  { name: 'commercial claim: not required', format, text: claimText(format, oneLine(VIAL, { filingCode: 'CI' })), expect: [] },
  { name: 'claim that does not say, setting medicare', format, text: claimText(format, oneLine(VIAL, { filingCode: '' })), config: { payerProfile: 'medicare' }, expect: [{ at: 'J7516' }] },
  { name: 'claim that does not say, setting auto: not judged', format, text: claimText(format, oneLine(VIAL, { filingCode: '' })), expect: [] },
  { name: 'oral drug: JZ does not apply', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7507' })), expect: [] },
  {
    name: 'JW alone: no administered line',
    format,
    text: claimText(format, oneLine({ ...VIAL, modifiers: ['JW'] })),
    expect: [{ at: 'JW', severity: 'warning', messageId: 'jwAlone' }],
  },
  {
    name: 'JW next to the administered line',
    format,
    text: claimText(format, { lines: [VIAL, { ...VIAL, modifiers: ['JW'] }] }),
    expect: [],
  },
  {
    name: 'JZ on mycophenolic acid tablets (Myfortic 180 mg): JW/JZ are for single-dose containers',
    format,
    text: claimText(format, oneLine({ code: 'J7518', modifiers: ['JZ'], units: '120', charge: '90', date: '2026-11-05', ndc: '00078038566', qty: '120', unit: 'UN' })),
    expect: [{ at: 'JZ', severity: 'warning', messageId: 'oral', data: { modifier: 'JZ', code: 'J7518' }, fixes: 1 }],
    applyFix: 'Remove JZ',
  },
  {
    name: 'JZ on a J7599 line whose NDC is an oral product (Prograf capsules)',
    format,
    text: claimText(format, oneLine({ ...TACRO, modifiers: ['JZ'], ndc: '00469061773' })),
    expect: [{ at: 'JZ', messageId: 'oral' }],
  },
  {
    name: 'J7599 lines are paired by drug: a JW line of another NDC has no administered line',
    format,
    text: claimText(format, { lines: [{ ...VIAL, code: 'J7599', description: 'DRUG A 10 MG VIAL', ndc: '12345678901' }, { ...VIAL, code: 'J7599', description: 'DRUG B 10 MG VIAL', modifiers: ['JW'], ndc: '98765432109' }] }),
    expect: [{ at: 'JW', messageId: 'jwAlone' }],
  },
  {
    name: 'J7599 lines of the same NDC pair up',
    format,
    text: claimText(format, { lines: [{ ...VIAL, code: 'J7599', description: 'DRUG A 10 MG VIAL' }, { ...VIAL, code: 'J7599', description: 'DRUG A 10 MG VIAL', modifiers: ['JW'] }] }),
    expect: [],
  },
]);
ruleCases('modifier-wastage', cases);
