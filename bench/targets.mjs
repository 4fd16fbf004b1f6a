// Issue 16's targets, judged on one run's rows (run.mjs). PASS / FAIL / n/a (not measured in this run).
// Correctness is not a timing: a difference between incremental and full results fails the whole bench.
export const fmt = (n, d = 1) => (n === undefined || n === null || Number.isNaN(n) ? '—' : Number(n).toFixed(d));

const near = (mb) => (r) => Math.abs(r.mb - mb) <= mb * 0.1;

export function evaluateTargets(rows) {
  const out = [];
  const add = (name, pass, detail) => out.push({ name, status: pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL', detail });
  const all = (list, test) => (list.length ? list.every(test) : undefined);
  const each = (list, show) => list.map((r) => `${r.name} ${show(r)}`).join(', ');
  const p10 = rows.find((r) => r.kind === '837p' && near(10)(r) && r.rulesMs);
  const fhir10 = rows.find((r) => r.kind === 'fhir' && near(10)(r) && r.rulesMs);

  add('parse + all rules ≥ 60 MB/s on 10 MB 837P, in process', p10 ? p10.rules >= 60 : undefined, p10 ? `${fmt(p10.rules)} MB/s (${fmt(p10.rulesMs, 0)} ms)` : 'no 10 MB 837P');
  add('parse + all rules at most 10× the indexOf floor on 10 MB 837P', p10?.vsFloor ? p10.vsFloor <= 10 : undefined, p10 ? `${fmt(p10.vsFloor)}× (floor ${fmt(p10.floorMs, 1)} ms)` : 'no 10 MB 837P');
  add('parse + all rules ≥ 40 MB/s on 10 MB FHIR, in process', fhir10 ? fhir10.rules >= 40 : undefined, fhir10 ? `${fmt(fhir10.rules)} MB/s (${fmt(fhir10.rulesMs, 0)} ms)` : 'no 10 MB FHIR file in this run');

  for (const [mb, wallMs, rss, rssText] of [[10, 500, (r) => 100 + 6 * r.mb, '100 MB + 6× the file'], [50, 2500, () => 400, '400 MB']]) {
    const files = rows.filter((r) => near(mb)(r) && r.cliMs);
    add(`CLI: ${mb} MB in under ${wallMs / 1000} s wall`, all(files, (r) => r.cliOk && r.cliMs < wallMs), each(files, (r) => `${fmt(r.cliMs, 0)} ms${r.cliOk ? '' : ' (failed)'}`) || `no ${mb} MB file in this run`);
    add(`CLI: ${mb} MB with peak RSS ≤ ${rssText}`, all(files, (r) => r.cliPeakRssMB <= rss(r)), each(files, (r) => `${fmt(r.cliPeakRssMB, 0)} / ${fmt(rss(r), 0)} MB`) || `no ${mb} MB file in this run`);
  }

  const editor = rows.filter((r) => r.lsp && !r.lsp.error);
  const e10 = editor.find((r) => r.kind === '837p' && near(10)(r));
  add('Editor: open 10 MB → first diagnostics in under 1 s', e10 ? e10.lsp.openMs < 1000 : undefined, e10 ? `${fmt(e10.lsp.openMs, 0)} ms (${e10.name})` : 'not measured');
  for (const [mb, limit] of [[1, 50], [10, 150]]) {
    const files = editor.filter((r) => near(mb)(r) && r.lsp.edit);
    add(`Editor: edit → diagnostics p95 under ${limit} ms at ${mb} MB`, all(files, (r) => r.lsp.edit.p95 < limit), each(files, (r) => `p95 ${fmt(r.lsp.edit.p95, 0)} ms (p50 ${fmt(r.lsp.edit.p50, 0)}, ${r.lsp.edit.n} edits)`) || 'not measured');
  }
  const hovered = editor.filter((r) => r.lsp.hoverSupported);
  const worstHover = (r) => Math.max(...Object.values(r.lsp.hover).map((s) => s?.p95 ?? 0));
  add('Editor: hover p95 under 5 ms at any moment, including during the first check', all(hovered, (r) => worstHover(r) < 5),
    each(hovered, (r) => `during first check ${fmt(r.lsp.hover.duringFirstCheck?.p95, 1)}, during re-check ${fmt(r.lsp.hover.duringRecheck?.p95, 1)}, checked ${fmt(r.lsp.hover.checked?.p95, 1)} ms`) || 'not measured');
  add('Editor: server RSS with a 10 MB file open ≤ 250 MB', e10?.lsp.serverPeakRssMB ? e10.lsp.serverPeakRssMB <= 250 : undefined,
    e10 ? `peak (VmHWM) over the session ${fmt(e10.lsp.serverPeakRssMB, 0)} MB, by the first diagnostics ${fmt(e10.lsp.serverPeakAfterOpenMB, 0)} MB; RSS after open ${fmt(e10.lsp.serverRssAfterOpenMB, 0)} MB, at the end ${fmt(e10.lsp.serverRssMB, 0)} MB` : 'not measured');

  // Linear: ms per MB at the largest size of a format within 1.5× of its ms per MB at 1 MB (parse + all rules).
  const growth = [];
  for (const kind of [...new Set(rows.map((r) => r.kind))]) {
    const sizes = rows.filter((r) => r.kind === kind && r.rulesMs).sort((a, b) => a.mb - b.mb);
    const one = sizes.find(near(1));
    const largest = sizes[sizes.length - 1];
    if (one && largest && largest.mb > one.mb * 2) growth.push({ kind, one, largest, ratio: largest.rulesMs / largest.mb / (one.rulesMs / one.mb) });
  }
  add('Cost grows linearly with file size (ms/MB at the largest file ≤ 1.5× ms/MB at 1 MB)', all(growth, (g) => g.ratio <= 1.5),
    growth.map((g) => `${g.kind} ${fmt(g.largest.mb, 0)} MB ${fmt(g.largest.rulesMs / g.largest.mb, 1)} vs 1 MB ${fmt(g.one.rulesMs / g.one.mb, 1)} ms/MB (${fmt(g.ratio, 2)}×)`).join(', ') || 'needs two sizes of one format');

  const sessions = correctnessSessions(rows);
  add('Correctness: results after edits equal a full re-check', all(sessions, (s) => s.ok),
    sessions.map((s) => `${s.label}: ${s.ok ? `same in ${s.checks} check${s.checks === 1 ? '' : 's'}` : 'DIFFERENT'}`).join(', ') || 'no editor session in this run');
  return out;
}

/** Every editor session's correctness verdict; a session that failed to run counts as failed. */
export function correctnessSessions(rows) {
  const out = [];
  for (const r of rows) {
    for (const [what, run] of [['measured', r.lsp], ['every edit, uncapped', r.verify]]) {
      if (!run) continue;
      const label = `${r.name} (${what})`;
      if (run.error) out.push({ label, ok: false, checks: 0, mismatch: `the session failed before it could compare: ${run.error}` });
      else out.push({ label, ok: run.correctness.ok, checks: run.correctness.checks, mismatch: run.correctness.mismatch });
    }
  }
  return out;
}
