import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const commercial = { payerProfile: 'commercial' as const };
const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'Medicare: not required', format, text: claimText(format, oneLine(TACRO)), expect: [] },
  {
    name: 'commercial, no authorization',
    format,
    text: claimText(format, oneLine(TACRO)),
    config: commercial,
    expect: [{ at: 'J7599', severity: 'warning', messageId: 'missing' }],
  },
  { name: 'commercial, claim-level authorization', format, text: claimText(format, oneLine(TACRO, { priorAuth: 'PA123' })), config: commercial, expect: [] },
  { name: 'commercial, specific code', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7507' })), config: commercial, expect: [] },
]);
for (const format of ['x12-837p', 'x12-837i', 'claim-json'] as const) {
  cases.push({ name: 'commercial, line-level authorization', format, text: claimText(format, oneLine({ ...TACRO, priorAuth: 'PA9' })), config: commercial, expect: [] });
}
ruleCases('prior-auth-missing', cases);
