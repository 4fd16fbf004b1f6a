// Property-based robustness on generated input: random JSON, random values inside claim-shaped JSON, random X12.
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkAll, checkFixAll, runs, SEED } from './fuzz-support';

const jsonValue = fc.jsonValue({ maxDepth: 4 });
const anyValue = fc.oneof(
  jsonValue,
  fc.constantFrom('J7599', 'J7507', 'J3490', '00378204601', '0078-0385-66', '12345', 'HC', 'N4', 'UN', 'ML', 'JW', 'JZ', '', ' ', '2026-11-05', '20261105', 0, -1, 1e21, null),
);
const codeValue = fc.oneof(
  fc.constantFrom('J7599', 'J7507', 'J3490', 'J9999', 'Q0181', '99213', 'j7599', ' J7599 ', 'J75991', ''),
  fc.string({ maxLength: 8 }),
  anyValue,
);
const ndcValue = fc.oneof(fc.constantFrom('00378204601', '0078-0385-66', '12345-678-90', '000000000', '1234567890', '00378-2046-01 ', ''), fc.string({ maxLength: 14 }), anyValue);

/** A FHIR Claim whose fields are sometimes right, sometimes random values of any type. */
const fhirClaim = fc
  .record({
    resourceType: fc.constantFrom('Claim', 'ExplanationOfBenefit'),
    id: fc.option(anyValue),
    billablePeriod: fc.option(fc.record({ start: anyValue, end: anyValue })),
    created: fc.option(anyValue),
    item: fc.oneof(
      anyValue,
      fc.array(
        fc.record(
          {
            sequence: anyValue,
            productOrService: fc.oneof(anyValue, fc.record({ coding: fc.oneof(anyValue, fc.array(fc.record({ system: fc.oneof(fc.constantFrom('http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', 'http://hl7.org/fhir/sid/ndc'), anyValue), code: codeValue }), { maxLength: 3 })), text: anyValue })),
            modifier: fc.oneof(anyValue, fc.array(fc.record({ coding: fc.array(fc.record({ code: anyValue }), { maxLength: 2 }) }), { maxLength: 3 })),
            quantity: fc.oneof(anyValue, fc.record({ value: anyValue, unit: anyValue, code: anyValue })),
            servicedDate: anyValue,
            detail: fc.oneof(anyValue, fc.array(fc.record({ productOrService: fc.record({ coding: fc.array(fc.record({ system: fc.constant('http://hl7.org/fhir/sid/ndc'), code: ndcValue }), { maxLength: 2 }) }), quantity: anyValue }), { maxLength: 2 })),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
    ),
  }, { requiredKeys: ['resourceType'] });

const fhirDocument = fc.oneof(
  fhirClaim,
  fc.record({ resourceType: fc.constant('Bundle'), entry: fc.oneof(anyValue, fc.array(fc.record({ resource: fc.oneof(fhirClaim, anyValue) }, { requiredKeys: [] }), { maxLength: 3 })) }),
);

/** Change Healthcare / Stedi professional claim JSON. */
const chClaim = fc.record({
  controlNumber: anyValue,
  claimInformation: fc.oneof(
    anyValue,
    fc.record(
      {
        patientControlNumber: anyValue,
        serviceLines: fc.oneof(
          anyValue,
          fc.array(
            fc.record(
              {
                serviceDate: anyValue,
                professionalService: fc.oneof(
                  anyValue,
                  fc.record({ procedureIdentifier: anyValue, procedureCode: codeValue, procedureModifiers: fc.oneof(anyValue, fc.array(anyValue, { maxLength: 4 })), description: anyValue, lineItemChargeAmount: anyValue, measurementUnit: anyValue, serviceUnitCount: anyValue }, { requiredKeys: [] }),
                ),
                institutionalService: fc.oneof(anyValue, fc.record({ serviceLineRevenueCode: anyValue, procedureCode: codeValue, procedureIdentifier: anyValue, serviceUnitCount: anyValue }, { requiredKeys: [] })),
                drugIdentification: fc.oneof(anyValue, fc.record({ serviceIdQualifier: anyValue, nationalDrugCode: ndcValue, nationalDrugUnitCount: anyValue, measurementUnitCode: anyValue }, { requiredKeys: [] })),
                priorAuthorization: anyValue,
              },
              { requiredKeys: [] },
            ),
            { maxLength: 4 },
          ),
        ),
      },
      { requiredKeys: [] },
    ),
  ),
}, { requiredKeys: ['claimInformation'] });

/** Stedi-native shape: serviceLines at the top. */
const nativeClaim = fc.record({
  serviceLines: fc.oneof(
    anyValue,
    fc.array(
      fc.record({ procedureCode: fc.oneof(anyValue, fc.record({ code: codeValue, modifiers: anyValue }, { requiredKeys: [] })), units: anyValue, datesOfService: anyValue, drugIdentification: fc.oneof(anyValue, fc.record({ nationalDrugCode: ndcValue, unitCount: anyValue, unitOfMeasure: anyValue }, { requiredKeys: [] })) }, { requiredKeys: [] }),
      { maxLength: 4 },
    ),
  ),
});

const indent = fc.constantFrom<number | undefined>(undefined, 0, 1, 2, 4);
const stringify = (value: unknown, space: number | undefined): string => JSON.stringify(value, null, space) ?? 'null';

describe('fuzz: generated JSON', () => {
  it('random JSON values are read without throwing (mostly not claims: no findings expected to crash)', () => {
    fc.assert(
      fc.property(jsonValue, indent, (value, space) => {
        checkAll(stringify(value, space), { fileName: 'random.json' });
      }),
      { seed: SEED + 10, numRuns: runs(300) },
    );
  });

  it('claim-shaped JSON with random field types: readers and rules hold, fix-all settles', () => {
    fc.assert(
      fc.property(fc.oneof(fhirDocument, chClaim, nativeClaim), indent, (value, space) => {
        const text = stringify(value, space);
        const hint = { fileName: 'claim.json' };
        checkFixAll(text, hint, checkAll(text, hint));
      }),
      { seed: SEED + 11, numRuns: runs(400) },
    );
  });

  it('claim-shaped JSON cut at a random point (as while typing) is read without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fhirDocument, chClaim), fc.double({ min: 0, max: 1, noNaN: true }), (value, cut) => {
        const text = stringify(value, 2);
        checkAll(text.slice(0, Math.floor(text.length * cut)), { fileName: 'claim.json' });
      }),
      { seed: SEED + 12, numRuns: runs(300) },
    );
  });
});

// ---------------------------------------------------------------- X12

const element = fc.oneof(
  fc.constantFrom('', 'HC', 'HC:J7599', 'HC:J7599:JW', 'HC:J7599::::: TACROLIMUS 1MG', 'N4', '00378204601', 'UN', 'ML', '60', '120.00', '0', '-5', 'D8', '20261105', 'RD8', '20261101-20261105', '472', 'G1', 'PA123', '1', 'P', '18', 'ABK:Z940', '837', '0001', '005010X222A1', '005010X223A3'),
  fc.string({ maxLength: 6 }),
  fc.string({ maxLength: 4, unit: fc.constantFrom('*', ':', '^', '~', '>', '|', 'A', '1', ' ', '\n') }),
);
const segmentId = fc.constantFrom('ISA', 'GS', 'ST', 'BHT', 'NM1', 'HL', 'SBR', 'CLM', 'HI', 'REF', 'LX', 'SV1', 'SV2', 'DTP', 'LIN', 'CTP', 'SE', 'GE', 'IEA', 'PWK', 'K3', 'NTE', 'X', '');
const segment = fc.tuple(segmentId, fc.array(element, { maxLength: 8 })).map(([id, elements]) => [id, ...elements].join('*'));

const ISA = 'ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *261130*1200*^*00501*000000001*0*T*:~';

/** A plausible envelope around random segments: exercises the loop builder with junk bodies. */
const x12Body = fc.tuple(
  fc.constantFrom(ISA, ISA.slice(0, 50), ISA.replace('*:~', '*:\n'), ISA.replace(/\*/g, '|'), ''),
  fc.constantFrom('GS*HC*A*B*20261130*1200*1*X*005010X222A1~ST*837*0001*005010X222A1~', 'GS*HC*A*B*20261130*1200*1*X*005010X223A3~ST*837*0001*005010X223A3~', 'ST*837*1~', ''),
  fc.array(segment, { maxLength: 40 }),
  fc.constantFrom('~', '~\n', '~\r\n', '\n', '\r'),
  fc.constantFrom('SE*5*0001~GE*1*1~IEA*1*000000001~', 'SE*999*0001~', 'IEA*1*000000001~', ''),
).map(([isa, head, body, terminator, tail]) => isa + head + body.join(terminator) + (body.length ? terminator : '') + tail);

describe('fuzz: generated X12', () => {
  it('random segments inside an envelope: reader and rules hold, fix-all settles', () => {
    fc.assert(
      fc.property(x12Body, (text) => {
        const hint = { fileName: 'claim.837' };
        checkFixAll(text, hint, checkAll(text, hint));
      }),
      { seed: SEED + 20, numRuns: runs(400) },
    );
  });

  it('arbitrary strings named .837 are read without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        checkAll(text, { fileName: 'x.837' });
        checkAll(`ISA${text}`, {});
      }),
      { seed: SEED + 21, numRuns: runs(300) },
    );
  });
});
