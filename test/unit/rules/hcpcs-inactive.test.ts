import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const PRED = { code: 'J7506', units: '20', charge: '10', ndc: '12345678901', qty: '20', unit: 'UN' };
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
    name: 'J7521 the day before it was added',
    format,
    text: claimText(format, oneLine({ ...TACRO, code: 'J7521', date: '2025-03-31' })),
    expect: [{ at: 'J7521', messageId: 'notYet', data: { effective: '2025-04-01', date: '2025-03-31' } }],
  },
  {
    name: 'J7519 the day before 2023-10-01',
    format,
    text: claimText(format, oneLine({ ...TACRO, code: 'J7519', date: '2023-09-30' })),
    expect: [{ at: 'J7519', severity: 'error' }],
  },
  { name: 'J7599 is always valid', format, text: claimText(format, oneLine({ ...TACRO, date: '2000-01-01' })), expect: [] },
]);
ruleCases('hcpcs-inactive', cases);
