import type { PayerPolicy } from '../../../server/src/core/payer/policy';
import { ruleCases, type RuleCase } from '../../helpers/ruleHarness';
import { claimText, oneLine, type LineSpec } from './claimTexts';

const PROGRAF: LineSpec = { code: 'J7507', units: '30', charge: '95', date: '2026-11-05', ndc: '00469061773', qty: '30', unit: 'UN' };
const DME_MAC: PayerPolicy = { name: 'CGS DME MAC Jurisdiction B', match: { payerIds: ['17003'] }, type: 'medicare-dme' };

const cases: RuleCase[] = [];
for (const format of ['x12-837p', 'claim-json'] as const) {
  cases.push(
    {
      name: 'oral tacrolimus from a clinic to Medicare (MB): the DME MAC pays it',
      format,
      text: claimText(format, oneLine(PROGRAF)),
      expect: [{ at: 'J7507', severity: 'warning', messageId: 'practitioner', data: { code: 'J7507', benefit: 'oral immunosuppressive' } }],
    },
    {
      name: 'oral methotrexate: the oral anti-cancer benefit',
      format,
      text: claimText(format, oneLine({ code: 'J8610', units: '8', charge: '9', date: '2026-11-05' })),
      expect: [{ at: 'J8610', messageId: 'practitioner', data: { benefit: 'oral anti-cancer' } }],
    },
    {
      name: 'J7599 for capsules: an oral immunosuppressive',
      format,
      text: claimText(format, oneLine({ code: 'J7599', description: 'TACROLIMUS 1 MG CAPSULE X 60', units: '60', charge: '95', date: '2026-11-05' })),
      expect: [{ at: 'J7599', messageId: 'practitioner' }],
    },
    { name: 'a policy declares the payer a DME MAC', format, text: claimText(format, oneLine(PROGRAF, { payerId: '17003' })), config: { payers: [DME_MAC] }, expect: [] },
    { name: 'a commercial claim', format, text: claimText(format, oneLine(PROGRAF, { filingCode: 'CI' })), expect: [] },
    { name: 'an injection is the A/B MAC\'s', format, text: claimText(format, oneLine({ ...PROGRAF, code: 'J7516', ndc: '12345678901', qty: '1', units: '1' })), expect: [] },
  );
}
cases.push({
  name: '837I: a facility bills the A/B MAC for a one-day supply at most (a note)',
  format: 'x12-837i',
  text: claimText('x12-837i', oneLine(PROGRAF)),
  expect: [{ at: 'J7507', severity: 'information', messageId: 'facility', data: { code: 'J7507' } }],
});
cases.push({
  name: 'a FHIR professional Claim to Medicare: the same',
  format: 'fhir',
  text: claimText('fhir', oneLine(PROGRAF)),
  expect: [{ at: 'J7507', messageId: 'practitioner' }],
});
ruleCases('dme-mac-jurisdiction', cases);
