import type { PayerPolicy } from '../../../server/src/core/payer/policy';
import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const commercialClaim = { filingCode: 'CI' };
const aetna: PayerPolicy = { name: 'Aetna commercial', match: { payerIds: ['60054'] }, type: 'commercial', priorAuthRequired: ['J75*'] };
const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'Medicare claim (MB): not required', format, text: claimText(format, oneLine(TACRO)), expect: [] },
  {
    name: 'commercial claim (CI), no authorization: the heuristic warning',
    format,
    text: claimText(format, oneLine(TACRO, commercialClaim)),
    expect: [{ at: 'J7599', severity: 'warning', messageId: 'commercial' }],
  },
  {
    name: 'a Medicare claim in an editor set to commercial: the claim decides, no warning',
    format,
    text: claimText(format, oneLine(TACRO)),
    config: { payerProfile: 'commercial' },
    expect: [],
  },
  {
    name: 'a claim that does not say, setting commercial: the setting is the fallback',
    format,
    text: claimText(format, oneLine(TACRO, { filingCode: '' })),
    config: { payerProfile: 'commercial' },
    expect: [{ at: 'J7599', messageId: 'commercial' }],
  },
  { name: 'a claim that does not say, setting auto: no payer rules', format, text: claimText(format, oneLine(TACRO, { filingCode: '' })), expect: [] },
  { name: 'commercial, claim-level authorization', format, text: claimText(format, oneLine(TACRO, { ...commercialClaim, priorAuth: 'PA123' })), expect: [] },
  { name: 'commercial, specific code, no policy', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7507' }, commercialClaim)), expect: [] },
  {
    name: 'policy lists J75*: a J7507 line without authorization',
    format,
    text: claimText(format, oneLine({ ...TACRO, code: 'J7507' }, { ...commercialClaim, payerId: '60054' })),
    config: { payers: [aetna] },
    expect: [{ at: 'J7507', messageId: 'policy', data: { policy: 'Aetna commercial', code: 'J7507' } }],
  },
  {
    name: 'policy without priorAuthRequired: the policy is what counts, no heuristic',
    format,
    text: claimText(format, oneLine(TACRO, { ...commercialClaim, payerId: '60054' })),
    config: { payers: [{ ...aetna, priorAuthRequired: undefined }] },
    expect: [],
  },
]);
for (const format of ['x12-837p', 'x12-837i', 'claim-json'] as const) {
  cases.push({ name: 'commercial, line-level authorization', format, text: claimText(format, oneLine({ ...TACRO, priorAuth: 'PA9' }, commercialClaim)), expect: [] });
}
ruleCases('prior-auth-missing', cases);
