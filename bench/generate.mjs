// Deterministic, seeded generator of benchmark claim files: X12 837P / 837I and FHIR Bundles.
// Same seed + same size → byte-identical file. Files go to bench/.data/ (git-ignored).
//
//   node bench/generate.mjs [--quick] [--out DIR]      generate the benchmark set (skips files already current)
//   import { generateX12, generateFhirBundle } from './generate.mjs'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the output of the generator changes, so stale files are regenerated. */
export const GENERATOR_VERSION = 3;
export const SEED = 0x837;

const HERE = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(HERE, '.data');

const KB = 1024;
const MB = 1024 * 1024;

/** The benchmark set. `quick` marks the subset `npm run bench -- --quick` uses. */
export const DATASET = [
  { name: '837p-100k.837p', kind: '837p', bytes: 100 * KB, quick: false },
  { name: '837p-1m.837p', kind: '837p', bytes: 1 * MB, quick: true },
  { name: '837p-10m.837p', kind: '837p', bytes: 10 * MB, quick: true },
  { name: '837p-50m.837p', kind: '837p', bytes: 50 * MB, quick: false },
  { name: '837i-100k.837i', kind: '837i', bytes: 100 * KB, quick: false },
  { name: '837i-1m.837i', kind: '837i', bytes: 1 * MB, quick: true },
  { name: '837i-10m.837i', kind: '837i', bytes: 10 * MB, quick: false },
  { name: '837i-50m.837i', kind: '837i', bytes: 50 * MB, quick: false },
  { name: 'fhir-1m.json', kind: 'fhir', bytes: 1 * MB, quick: true },
  { name: 'fhir-10m.json', kind: 'fhir', bytes: 10 * MB, quick: false },
];

// ---------------------------------------------------------------------------------------------------------------
// PRNG (mulberry32): small, fast, and identical on every platform.

function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const digits = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(48 + Math.floor(next() * 10));
    return s;
  };
  return { next, int, pick, chance, digits };
}

function seedFor(name) {
  let h = SEED;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// ---------------------------------------------------------------------------------------------------------------
// Code catalog: real HCPCS ↔ NDC pairs from the shipped CMS crosswalk snapshot (October 2026).

const DRUGS = [
  { hcpcs: 'J7507', ndcs: ['00378204601', '00378204501', '00469060773'], desc: 'TACROLIMUS 1 MG CAPSULE', units: [30, 60, 90, 120] },
  { hcpcs: 'J7518', ndcs: ['00078038566', '00078038666', '00904678561'], desc: 'MYCOPHENOLIC ACID 180 MG TABLET', units: [60, 120, 240] },
  { hcpcs: 'J7500', ndcs: ['60219107601', '65649023141', '67877049301'], desc: 'AZATHIOPRINE 50 MG TABLET', units: [30, 60, 100] },
  { hcpcs: 'J7502', ndcs: ['00074310932', '00078011022', '00078024115'], desc: 'CYCLOSPORINE 100 MG CAPSULE', units: [30, 60] },
  { hcpcs: 'J7503', ndcs: ['68992301001', '68992301003', '68992304003'], desc: 'ENVARSUS XR 0.25 MG TABLET', units: [120, 400, 480] },
  { hcpcs: 'J7508', ndcs: ['00469064773', '00469067773'], desc: 'ASTAGRAF XL 0.1 MG CAPSULE', units: [150, 300] },
  { hcpcs: 'J7520', ndcs: ['00008104105', '16714018701'], desc: 'SIROLIMUS 1 MG TABLET', units: [30, 100] },
  { hcpcs: 'J7527', ndcs: ['00054047021', '00078041420'], desc: 'EVEROLIMUS 0.25 MG TABLET', units: [60, 120] },
  { hcpcs: 'J7515', ndcs: ['00074310832', '00078024015'], desc: 'CYCLOSPORINE 25 MG CAPSULE', units: [30, 60] },
  { hcpcs: 'J7525', ndcs: ['00469301601', '14789013505'], desc: 'TACROLIMUS 5 MG/ML INJECTION', units: [1, 2] },
  { hcpcs: 'J1100', ndcs: ['00404979530', '00404984210'], desc: 'DEXAMETHASONE SODIUM PHOSPHATE', units: [4, 10] },
  { hcpcs: 'J0129', ndcs: ['00003218713', '00003218811'], desc: 'ABATACEPT 250 MG VIAL', units: [50, 75] },
];
const PROFESSIONAL_SERVICES = [
  { code: '99214', charge: [110, 180] },
  { code: '99213', charge: [80, 140] },
  { code: '80197', charge: [40, 90] }, // tacrolimus drug level
  { code: '36415', charge: [8, 20] },
  { code: '96365', charge: [150, 260] },
];
const REVENUE_SERVICES = [
  { rev: '0300', code: '80197', charge: [60, 150] },
  { rev: '0260', code: '96365', charge: [200, 400] },
  { rev: '0450', code: '99284', charge: [600, 1400] },
  { rev: '0250', code: undefined, charge: [20, 120] },
];
const LAST = ['SAMPLE', 'EXAMPLE', 'DEMO', 'TESTER', 'PLACEHOLDER', 'FICTION', 'MOCK', 'DUMMY', 'SYNTHETIC', 'ANON'];
const FIRST = ['PAT', 'ROBIN', 'JORDAN', 'ALEX', 'CASEY', 'TAYLOR', 'MORGAN', 'RILEY', 'QUINN', 'AVERY'];
const CITIES = [['SPRINGFIELD', 'IL', '62701'], ['RIVERTON', 'WY', '82501'], ['FAIRVIEW', 'TX', '75069'], ['MADISON', 'WI', '53703']];
const DX = ['Z940', 'Z944', 'Z9481', 'N186', 'T8611', 'T8641', 'D8989'];

const hyphenate = (ndc) => `${ndc.slice(0, 5)}-${ndc.slice(5, 9)}-${ndc.slice(9)}`;

function isoDay(r) {
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  return `2026${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/**
 * One service line as the facts the writers need, with the mistakes claimlint looks for mixed in at realistic
 * rates: ~65% drug lines, of which a few percent lack an NDC, hyphenate it, use 10 digits, lack the NOC
 * description, carry JW, have a non-positive quantity, or bill J7599 where a specific code exists.
 */
function drawLine(r) {
  if (r.chance(0.35)) return { drug: undefined };
  const drug = r.pick(DRUGS);
  const noc = r.chance(0.3);
  const line = {
    drug,
    code: noc ? 'J7599' : drug.hcpcs,
    modifiers: [],
    description: noc ? drug.desc : undefined,
    ndc: r.pick(drug.ndcs),
    qty: r.pick(drug.units),
    unitCode: 'UN',
    units: 0,
  };
  line.units = line.qty;
  if (r.chance(0.08)) line.modifiers.push('JZ');
  if (r.chance(0.03)) line.modifiers.push('JW');
  if (r.chance(0.02)) line.modifiers.push('KX');
  // Mistakes.
  if (noc && r.chance(0.06)) line.description = undefined; // noc-description-missing
  if (r.chance(0.04)) line.ndc = undefined; // ndc-missing
  else if (r.chance(0.04)) line.ndc = hyphenate(line.ndc); // ndc-format (fixable)
  else if (r.chance(0.02)) line.ndc = line.ndc.slice(1); // 10-digit NDC
  if (line.ndc && r.chance(0.02)) line.qty = r.pick([0, -5]); // ndc-quantity
  if (r.chance(0.02)) line.units = line.qty * 2; // ndc-units-inconsistent
  return line;
}

// ---------------------------------------------------------------------------------------------------------------
// X12 837P / 837I

/** Builds the segments (without terminators) of one claim: subscriber HL through the last service line. */
function claimSegments(r, kind, hl, parentHl, claimNo) {
  const segs = [];
  const [city, state, zip] = r.pick(CITIES);
  const last = r.pick(LAST);
  const first = r.pick(FIRST);
  const memberId = `${r.digits(9)}A`;
  const date = isoDay(r);
  const lineCount = r.int(1, 6);
  const lines = Array.from({ length: lineCount }, () => drawLine(r));
  const pcn = `PCN${String(claimNo).padStart(8, '0')}`;

  segs.push(`HL*${hl}*${parentHl}*22*0`);
  segs.push(`SBR*P*18*${r.chance(0.3) ? `GRP${r.digits(5)}` : ''}******${kind === '837i' ? 'MA' : 'MB'}`);
  segs.push(`NM1*IL*1*${last}*${first}****MI*${memberId}`);
  segs.push(`N3*${r.int(1, 9999)} SAMPLE STREET`);
  segs.push(`N4*${city}*${state}*${zip}${r.digits(4)}`);
  segs.push(`DMG*D8*19${r.int(30, 99)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}*${r.pick(['F', 'M'])}`);
  segs.push(`NM1*PR*2*DEMO PAYER*****PI*DEMOPAYER`);

  let total = 0;
  const charges = lines.map((line) => {
    const charge = line.drug ? line.qty * r.int(1, 12) + r.int(0, 99) / 100 : r.int(20, 400) + 0.0;
    const c = line.drug && r.chance(0.01) ? 0 : charge; // charge-zero
    total += c;
    return c.toFixed(2);
  });

  if (kind === '837p') {
    segs.push(`CLM*${pcn}*${total.toFixed(2)}***11:B:1*Y*A*Y*Y`);
    if (r.chance(0.5)) segs.push(`REF*G1*PA${r.digits(8)}`);
    segs.push(`HI*ABK:${r.pick(DX)}${r.chance(0.5) ? `*ABF:${r.pick(DX)}` : ''}`);
    segs.push(`NM1*82*1*PROVIDER*${r.pick(FIRST)}****XX*1${r.digits(9)}`);
    segs.push(`PRV*PE*PXC*207RN0300X`);
  } else {
    segs.push(`CLM*${pcn}*${total.toFixed(2)}***13:A:1**A*Y*Y`);
    segs.push(`DTP*434*RD8*${date}-${date}`);
    segs.push(`CL1*3*1*01`);
    if (r.chance(0.5)) segs.push(`REF*G1*PA${r.digits(8)}`);
    segs.push(`HI*ABK:${r.pick(DX)}`);
    if (r.chance(0.4)) segs.push(`HI*ABF:${r.pick(DX)}*ABF:${r.pick(DX)}`);
    segs.push(`NM1*71*1*ATTENDING*${r.pick(FIRST)}****XX*1${r.digits(9)}`);
  }

  lines.forEach((line, i) => {
    segs.push(`LX*${i + 1}`);
    if (line.drug) {
      const comp = ['HC', line.code, ...line.modifiers];
      if (line.description) {
        while (comp.length < 6) comp.push('');
        comp.push(line.description);
      }
      const composite = comp.join(':');
      if (kind === '837p') segs.push(`SV1*${composite}*${charges[i]}*UN*${line.units}***1`);
      else segs.push(`SV2*0636*${composite}*${charges[i]}*UN*${line.units}`);
      segs.push(`DTP*472*D8*${date}`);
      if (r.chance(0.05)) segs.push(`REF*G1*PA${r.digits(8)}`);
      if (line.ndc !== undefined) {
        segs.push(`LIN**N4*${line.ndc}`);
        segs.push(`CTP****${line.qty}*${line.unitCode}`);
      }
    } else if (kind === '837p') {
      const svc = r.pick(PROFESSIONAL_SERVICES);
      segs.push(`SV1*HC:${svc.code}*${charges[i]}*UN*1***1`);
      segs.push(`DTP*472*D8*${date}`);
    } else {
      const svc = r.pick(REVENUE_SERVICES);
      segs.push(svc.code ? `SV2*${svc.rev}*HC:${svc.code}*${charges[i]}*UN*1` : `SV2*${svc.rev}**${charges[i]}*UN*1`);
      segs.push(`DTP*472*D8*${date}`);
    }
  });
  return segs;
}

/** Claims per ST (the 837 guide recommends at most 5000) and STs per GS. */
const CLAIMS_PER_ST = 2500;
const ST_PER_GS = 8;

/**
 * Writes an 837P or 837I interchange of about `targetBytes` through `write`. Segments end "~\n" (one per line, as
 * editors show them). Envelope counts are exact: SE01 = segments ST..SE, GE01 = STs, IEA01 = GSs.
 */
export function generateX12(kind, targetBytes, seed, write) {
  const r = rng(seed);
  const version = kind === '837p' ? '005010X222A1' : '005010X223A2';
  const T = '~\n';
  let written = 0;
  let buffer = [];
  let bufferBytes = 0;
  const out = (seg) => {
    const s = seg + T;
    buffer.push(s);
    bufferBytes += s.length;
    written += s.length;
    if (bufferBytes > 1 << 20) flush();
  };
  const flush = () => {
    if (buffer.length) write(buffer.join(''));
    buffer = [];
    bufferBytes = 0;
  };

  const icn = String(seed % 1000000000).padStart(9, '0');
  out(`ISA*00*          *00*          *ZZ*${'CLAIMLINTBENCH'.padEnd(15)}*ZZ*${'DEMOPAYER'.padEnd(15)}*261130*1200*^*00501*${icn}*0*T*:`);
  const trailerBytes = 60; // SE + GE + IEA, roughly
  let gsCount = 0;
  let claimNo = 0;
  while (written + trailerBytes < targetBytes) {
    gsCount++;
    out(`GS*HC*CLAIMLINTBENCH*DEMOPAYER*20261130*1200*${gsCount}*X*${version}`);
    let stCount = 0;
    while (stCount < ST_PER_GS && written + trailerBytes < targetBytes) {
      stCount++;
      const control = String(stCount).padStart(4, '0');
      let segCount = 0;
      const seg = (s) => {
        segCount++;
        out(s);
      };
      seg(`ST*837*${control}*${version}`);
      seg(`BHT*0019*00*BATCH${gsCount}${control}*20261130*1200*CH`);
      seg(`NM1*41*2*SUNRISE TRANSPLANT CLINIC*****46*TX0000001`);
      seg(`PER*IC*BILLING OFFICE*TE*5555550100`);
      seg(`NM1*40*2*DEMO PAYER*****46*DEMOPAYER`);
      let hl = 0;
      let claimsInSt = 0;
      let parentHl = 0;
      while (claimsInSt < CLAIMS_PER_ST && written + trailerBytes < targetBytes) {
        if (claimsInSt % 40 === 0) {
          // A new billing provider every 40 claims.
          parentHl = ++hl;
          seg(`HL*${parentHl}**20*1`);
          if (kind === '837p') seg(`PRV*BI*PXC*207RN0300X`);
          seg(`NM1*85*2*SUNRISE TRANSPLANT CLINIC ${parentHl}*****XX*1${r.digits(9)}`);
          seg(`N3*100 EXAMPLE WAY`);
          seg(`N4*SPRINGFIELD*IL*627010000`);
          seg(`REF*EI*${r.digits(9)}`);
        }
        const segs = claimSegments(r, kind, ++hl, parentHl, ++claimNo);
        for (const s of segs) seg(s);
        claimsInSt++;
      }
      seg(`SE*${segCount + 1}*${control}`);
    }
    out(`GE*${stCount}*${gsCount}`);
  }
  out(`IEA*${gsCount}*${icn}`);
  flush();
  return { bytes: written, claims: claimNo };
}

// ---------------------------------------------------------------------------------------------------------------
// FHIR Bundle (pretty-printed like an editor would show it)

const HCPCS_SYSTEM = 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';
const NDC_SYSTEM = 'http://hl7.org/fhir/sid/ndc';

function fhirClaim(r, n) {
  const date = isoDay(r);
  const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`;
  const lines = Array.from({ length: r.int(1, 6) }, () => drawLine(r));
  const item = lines.map((line, i) => {
    if (!line.drug) {
      const svc = r.pick(PROFESSIONAL_SERVICES);
      return {
        sequence: i + 1,
        productOrService: { coding: [{ system: HCPCS_SYSTEM, code: svc.code }] },
        servicedDate: iso,
        quantity: { value: 1 },
        net: { value: r.int(svc.charge[0], svc.charge[1]), currency: 'USD' },
      };
    }
    const entry = {
      sequence: i + 1,
      productOrService: { coding: [{ system: HCPCS_SYSTEM, code: line.code }] },
    };
    if (line.description) entry.productOrService.text = line.description;
    if (line.modifiers.length) entry.modifier = line.modifiers.map((m) => ({ coding: [{ system: `${HCPCS_SYSTEM}#modifier`, code: m }] }));
    entry.servicedDate = iso;
    entry.quantity = { value: line.units };
    entry.net = { value: Number((line.qty * r.int(1, 12)).toFixed(2)), currency: 'USD' };
    if (line.ndc !== undefined) {
      entry.detail = [{ sequence: 1, productOrService: { coding: [{ system: NDC_SYSTEM, code: line.ndc }] }, quantity: { value: line.qty, unit: line.unitCode } }];
    }
    return entry;
  });
  const claim = {
    resourceType: 'Claim',
    id: `bench-claim-${n}`,
    status: 'active',
    type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] },
    use: 'claim',
    patient: { display: `${r.pick(FIRST)} ${r.pick(LAST)}` },
    billablePeriod: { start: iso, end: iso },
    created: iso,
    provider: { display: 'Sunrise Transplant Clinic' },
    priority: { coding: [{ code: 'normal' }] },
    insurance: [{ sequence: 1, focal: true, coverage: { display: 'Demo Payer' } }],
    diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: r.pick(DX) }] } }],
    item,
  };
  if (r.chance(0.5)) claim.preAuthRef = [`PA${r.digits(8)}`];
  return claim;
}

export function generateFhirBundle(targetBytes, seed, write) {
  const r = rng(seed);
  const head = '{\n  "resourceType": "Bundle",\n  "id": "claimlint-bench",\n  "type": "collection",\n  "entry": [\n';
  write(head);
  let written = head.length;
  let n = 0;
  let chunk = [];
  while (written < targetBytes - 8) {
    const claim = fhirClaim(r, ++n);
    const entry = JSON.stringify({ fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, resource: claim }, null, 2)
      .split('\n')
      .map((l) => '    ' + l)
      .join('\n');
    const s = (n > 1 ? ',\n' : '') + entry;
    chunk.push(s);
    written += s.length;
    if (chunk.length > 200) {
      write(chunk.join(''));
      chunk = [];
    }
  }
  chunk.push('\n  ]\n}\n');
  written += 6;
  write(chunk.join(''));
  return { bytes: written, claims: n };
}

// ---------------------------------------------------------------------------------------------------------------

/** Generates one dataset entry into `dir` unless an up-to-date copy exists. Returns its path. */
export function ensureFile(entry, dir = DATA_DIR) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, entry.name);
  const stampPath = path + '.meta.json';
  const stamp = { generator: GENERATOR_VERSION, seed: seedFor(entry.name), bytes: entry.bytes };
  if (existsSync(path) && existsSync(stampPath)) {
    try {
      const old = JSON.parse(readFileSync(stampPath, 'utf8'));
      if (old.generator === stamp.generator && old.seed === stamp.seed && old.bytes === stamp.bytes && statSync(path).size === old.written) return { path, ...old };
    } catch {
      // regenerate
    }
  }
  const temp = path + '.tmp';
  const fd = openSync(temp, 'w');
  const write = (s) => writeSync(fd, s, null, 'latin1');
  const info = entry.kind === 'fhir' ? generateFhirBundle(entry.bytes, stamp.seed, write) : generateX12(entry.kind, entry.bytes, stamp.seed, write);
  closeSync(fd);
  renameSync(temp, path);
  const meta = { ...stamp, written: info.bytes, claims: info.claims };
  writeFileSync(stampPath, JSON.stringify(meta) + '\n');
  return { path, ...meta };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes('--quick');
  const outAt = process.argv.indexOf('--out');
  const dir = outAt > 0 ? process.argv[outAt + 1] : DATA_DIR;
  for (const entry of DATASET.filter((e) => !quick || e.quick)) {
    const t0 = performance.now();
    const info = ensureFile(entry, dir);
    console.log(`${entry.name.padEnd(16)} ${(info.written / MB).toFixed(2).padStart(7)} MB  ${String(info.claims).padStart(7)} claims  ${(performance.now() - t0).toFixed(0)} ms`);
  }
}
