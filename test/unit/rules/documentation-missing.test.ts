import type { PayerPolicy } from '../../../server/src/core/payer/policy';
import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const PLAN: PayerPolicy = { name: 'Example Health Plan', match: { payerIds: ['P1'] }, type: 'commercial', documentation: { codes: ['J7599'], require: 'attachment' } };
const EITHER: PayerPolicy = { ...PLAN, documentation: { codes: ['J75*'], require: 'attachment-or-note' } };
const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'no policy: never', format, text: claimText(format, oneLine(TACRO, { filingCode: 'CI' })), expect: [] },
  {
    name: 'the policy asks for an attachment on J7599',
    format,
    text: claimText(format, oneLine(TACRO, { filingCode: 'CI' })),
    config: { payers: [PLAN] },
    expect: [{ at: 'J7599', severity: 'warning', messageId: 'missing', data: { code: 'J7599', policy: 'Example Health Plan' } }],
  },
  { name: 'a code the policy does not list', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7507' }, { filingCode: 'CI' })), config: { payers: [PLAN] }, expect: [] },
  { name: 'a pattern (J75*) matches J7507', format, text: claimText(format, oneLine({ ...TACRO, code: 'J7507' }, { filingCode: 'CI' })), config: { payers: [EITHER] }, expect: [{ at: 'J7507' }] },
]);
ruleCases('documentation-missing', cases);
