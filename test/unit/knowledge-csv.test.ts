import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadCrosswalkCsv, quarterFromName } from '../../server/src/core/knowledge/crosswalk';
import { parseCsv } from '../../server/src/core/knowledge/csv';
import { loadPaymentLimitsCsv } from '../../server/src/core/knowledge/paymentLimits';
import { FIXTURES } from '../helpers/paths';

const fixture = (name: string): string => readFileSync(join(FIXTURES, 'csv', name), 'utf8');

describe('parseCsv', () => {
  it('reads plain rows with LF and CRLF', () => {
    assert.deepEqual(parseCsv('a,b\n1,2\n').rows, [['a', 'b'], ['1', '2']]);
    assert.deepEqual(parseCsv('a,b\r\n1,2\r\n').rows, [['a', 'b'], ['1', '2']]);
    assert.deepEqual(parseCsv('a,b\r1,2').rows, [['a', 'b'], ['1', '2']]);
  });
  it('handles quotes, doubled quotes, commas and line breaks inside quotes', () => {
    const r = parseCsv('x,y\n"a, b","say ""hi"""\n"line1\r\nline2",z\n');
    assert.deepEqual(r.rows, [['x', 'y'], ['a, b', 'say "hi"'], ['line1\nline2', 'z']]);
    assert.deepEqual(r.lines, [1, 2, 3]);
    assert.deepEqual(r.errors, []);
  });
  it('keeps empty fields and a last line without a line break', () => {
    assert.deepEqual(parseCsv('a,,c\n,,\n1,2,3').rows, [['a', '', 'c'], ['', '', ''], ['1', '2', '3']]);
  });
  it('strips a BOM, skips blank lines, counts U+FFFD', () => {
    const r = parseCsv('\ufeffa,b\n\n1,x\ufffdy\n');
    assert.deepEqual(r.rows, [['a', 'b'], ['1', 'x\ufffdy']]);
    assert.equal(r.replacementChars, 1);
  });
  it('reports ragged rows but keeps them', () => {
    const r = parseCsv('a,b,c\n1,2\n1,2,3,4\n');
    assert.equal(r.rows.length, 3);
    assert.equal(r.errors.length, 2);
    assert.match(r.errors[0].message, /2 fields, the header has 3/);
  });
  it('reports an unterminated quote and text after a closing quote without throwing', () => {
    const u = parseCsv('a,b\n"open,1\n2,3\n');
    assert.equal(u.rows.length, 2);
    assert.match(u.errors[0].message, /never closed/);
    const s = parseCsv('a,b\n"x"y,2\n');
    assert.deepEqual(s.rows[1], ['xy', '2']);
    assert.match(s.errors[0].message, /after a closing quote/);
  });
  it('treats a quote inside an unquoted field as text', () => {
    const r = parseCsv('a,b\n5" tube,2\n');
    assert.deepEqual(r.rows[1], ['5" tube', '2']);
  });
  it('flags NUL bytes (binary junk) and never throws on any input', () => {
    const junk = fixture('binary-junk.csv');
    const r = parseCsv(junk);
    assert.ok(r.errors.some((e) => /NUL bytes/.test(e.message)));
    assert.deepEqual(parseCsv('').rows, []);
    assert.doesNotThrow(() => parseCsv(undefined as unknown as string));
    for (let i = 0; i < 200; i++) {
      const s = Array.from({ length: 40 }, () => '",\r\n\ufffda1'[Math.floor(Math.random() * 8)]).join('');
      assert.doesNotThrow(() => parseCsv(s));
    }
  });
});

describe('loadCrosswalkCsv', () => {
  it('builds a crosswalk from the real header, normalizing NDCs and numbers', () => {
    const r = loadCrosswalkCsv(fixture('crosswalk-good.csv'), 'crosswalk-good.csv', { quarter: 'October 2026' });
    assert.equal(r.error, undefined);
    const xw = r.crosswalk!;
    assert.equal(xw.size, 5);
    assert.equal(xw.quarter, 'October 2026');
    assert.equal(xw.source, 'crosswalk-good.csv');
    const cyclo = xw.lookup('00093901865');
    assert.deepEqual(cyclo.map((e) => e.hcpcs), ['J7502', 'J7515']);
    assert.equal(cyclo[0].billUnits, 7.5);
    assert.equal(cyclo[0].billUnitsPerPackage, 8);
    assert.equal(cyclo[0].labeler, 'Teva Pharmaceuticals USA, Inc.');
    assert.equal(cyclo[0].ndcDisplay, '00093-9018-65');
    assert.equal(xw.lookup('00078010901')[0].shortDescription, 'Inj, cyclosporine 250mg');
    assert.deepEqual(xw.lookup('99999999999'), []);
    assert.deepEqual(xw.lookup('00093-9018-65'), [], 'lookup takes the normalized 11 digits');
  });
  it('copes with BOM, CRLF, quoted line breaks, doubled quotes and U+FFFD', () => {
    const r = loadCrosswalkCsv(fixture('crosswalk-tricky.csv'), 'tricky.csv');
    assert.equal(r.error, undefined);
    const xw = r.crosswalk!;
    assert.equal(xw.size, 4);
    assert.equal(xw.lookup('00404999801')[0].drugName, 'Ketorolac Tromethamine');
    assert.equal(xw.lookup('71336100301')[0].drugName, 'Amvuttra\ufffd');
    const tac = xw.lookup('00378204501')[0];
    assert.equal(tac.labeler, 'Maker "Quoted" Labs');
    assert.equal(tac.drugName, 'Tacrolimus "0.5 mg"');
    assert.ok(r.warnings.some((w) => /U\+FFFD/.test(w)));
    assert.equal(xw.quarter, 'tricky.csv', 'no quarter in the rows or the name: named by the file name');
  });
  it('names a crosswalk by the quarter its title row or file name gives, else by its file name', () => {
    const rows = 'HCPCS Code,NDC,Drug Name\nJ7507,00378-2046-01,Tacrolimus\n';
    assert.equal(loadCrosswalkCsv(`October 2026 ASP NDC-HCPCS Crosswalk\n${rows}`, '/tmp/x.csv').crosswalk?.quarter, 'October 2026');
    assert.equal(loadCrosswalkCsv(rows, '/data/Jul 2026 ASP NDC-HCPCS Crosswalk.csv').crosswalk?.quarter, 'July 2026');
    assert.equal(loadCrosswalkCsv(rows, '/data/my-crosswalk.csv').crosswalk?.quarter, 'my-crosswalk.csv');
  });
  it('skips unusable rows with warnings (ragged, bad code, 12-digit and unhyphenated 10-digit NDCs)', () => {
    const r = loadCrosswalkCsv(fixture('crosswalk-ragged.csv'), 'ragged.csv');
    const xw = r.crosswalk!;
    assert.ok(xw);
    // kept: 1041-05, 1042-05 (short row: no numbers), 1043-05 (extra fields), 0008-1046-05 (4-4-2 padded)
    assert.deepEqual(
      ['00008104105', '00008104205', '00008104305', '00008104605'].map((n) => xw.lookup(n).length),
      [1, 1, 1, 1],
    );
    assert.equal(xw.size, 4);
    const short = xw.lookup('00008104205')[0];
    assert.equal(short.billUnits, undefined);
    assert.equal(short.hcpcsDosage, '');
    const padded = xw.lookup('00008104605')[0];
    assert.equal(padded.billUnits, undefined, '"N/A" is not a number');
    assert.equal(padded.ndcDisplay, '00008-1046-05');
    assert.ok(r.warnings.some((w) => /1 row\(s\) skipped: no valid HCPCS code/.test(w)));
    assert.ok(r.warnings.some((w) => /2 row\(s\) skipped: NDC not usable/.test(w)));
    assert.ok(r.warnings.some((w) => /padded/.test(w)));
  });
  it('returns a clear error, never a throw, for unusable files', () => {
    const missing = loadCrosswalkCsv(fixture('crosswalk-missing-ndc.csv'), 'm.csv');
    assert.equal(missing.crosswalk, undefined);
    assert.match(missing.error!, /no HCPCS code column and NDC column/);
    assert.match(loadCrosswalkCsv(fixture('empty.csv'), 'e.csv').error!, /empty/);
    assert.match(loadCrosswalkCsv(fixture('header-only.csv'), 'h.csv').error!, /no usable row/);
    assert.match(loadCrosswalkCsv(fixture('binary-junk.csv'), 'b.csv').error!, /binary/);
    assert.match(loadCrosswalkCsv('', 'x').error!, /empty/);
    assert.ok(loadCrosswalkCsv(undefined as unknown as string, 'x').error);
    const unterminated = loadCrosswalkCsv(fixture('unterminated-quote.csv'), 'u.csv');
    assert.equal(unterminated.crosswalk, undefined);
    assert.ok(unterminated.error);
    assert.ok(unterminated.warnings.some((w) => /never closed/.test(w)));
  });
  it('finds columns by name, in any order and case, after a title line', () => {
    const text = 'CMS crosswalk, some title\nndc,Billunits,hcpcs code,drug name,Hcpcs Dosage\n00378-2046-01,100,j7507,Tacrolimus,1 MG\n';
    const r = loadCrosswalkCsv(text, 'October 2026 ASP NDC-HCPCS Crosswalk.csv');
    const e = r.crosswalk!.lookup('00378204601')[0];
    assert.equal(e.hcpcs, 'J7507');
    assert.equal(e.billUnits, 100);
    assert.equal(e.shortDescription, '');
    assert.equal(r.crosswalk!.quarter, 'October 2026');
    assert.ok(r.warnings.some((w) => /shortDescription/.test(w)));
  });
  it('guesses the quarter from a file name', () => {
    assert.equal(quarterFromName('oct-2026-asp-crosswalk.csv'), 'October 2026');
    assert.equal(quarterFromName('2027Q1.csv'), 'January 2027');
    assert.equal(quarterFromName('crosswalk.csv'), undefined);
  });
});

describe('loadPaymentLimitsCsv', () => {
  it('reads limits, "N/A" and multi-line notes', () => {
    const r = loadPaymentLimitsCsv(fixture('payment-limits-small.csv'));
    assert.equal(r.rows!.length, 3);
    assert.equal(r.rows![0].limit, 0.162);
    assert.equal(r.rows![1].notes, 'Added October 2026');
    assert.equal(r.rows![2].limit, undefined);
    assert.match(r.rows![2].notes, /AWP = \$212\.84 microCurie/);
    assert.ok(loadPaymentLimitsCsv('').error);
    assert.ok(loadPaymentLimitsCsv(fixture('crosswalk-good.csv')).error);
  });
});
