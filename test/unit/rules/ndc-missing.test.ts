import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { FORMATS, TACRO, claimText, oneLine } from './claimTexts';

const { ndc: _ndc, qty: _qty, unit: _unit, ...NO_NDC } = TACRO;
const cases: RuleCase[] = FORMATS.flatMap((format): RuleCase[] => [
  { name: 'J7599 with an NDC', format, text: claimText(format, oneLine(TACRO)), expect: [] },
  {
    name: 'J7599 without an NDC',
    format,
    text: claimText(format, oneLine(NO_NDC)),
    expect: [{ at: 'J7599', severity: 'error', messageId: 'noc', data: { code: 'J7599' } }],
  },
  { name: 'J3490 (another NOC code) without an NDC', format, text: claimText(format, oneLine({ ...NO_NDC, code: 'J3490' })), expect: [{ at: 'J3490' }] },
  { name: 'specific J-code without NDC, Medicare: fine', format, text: claimText(format, oneLine({ ...NO_NDC, code: 'J7507' })), expect: [] },
  {
    name: 'specific J-code without NDC, commercial claim (BL)',
    format,
    text: claimText(format, oneLine({ ...NO_NDC, code: 'J7507' }, { filingCode: 'BL' })),
    expect: [{ at: 'J7507', messageId: 'commercial' }],
  },
  { name: 'non-drug code without NDC, commercial claim', format, text: claimText(format, oneLine({ ...NO_NDC, code: '99213' }, { filingCode: 'CI' })), expect: [] },
  {
    name: 'Medicaid policy requiring NDCs on every drug line: a drug Q-code without one',
    format,
    text: claimText(format, oneLine({ ...NO_NDC, code: 'Q0162' }, { filingCode: 'MC', payerId: 'SKIL0' })),
    config: { payers: [{ name: 'State Medicaid', match: { payerIds: ['SKIL0'] }, type: 'medicaid', ndcRequired: 'drug-lines' }] },
    expect: [{ at: 'Q0162', messageId: 'policy', data: { policy: 'State Medicaid' } }],
  },
  {
    name: 'commercial policy that asks NDCs on NOC lines only',
    format,
    text: claimText(format, oneLine({ ...NO_NDC, code: 'J7507' }, { filingCode: 'CI', payerName: 'ACME HEALTH PLAN' })),
    config: { payers: [{ name: 'Plan', match: { names: ['acme*'] }, type: 'commercial', ndcRequired: 'noc' }] },
    expect: [],
  },
]);
ruleCases('ndc-missing', cases);
