// The README chart: throughput (MB/s, log) against file size (MB, log) on X12 837P, claimlint beside its peers.
import { Canvas } from './png.mjs';

export const SERIES = [
  { key: 'floor', label: 'floor (read + indexOf)', color: '#7f7f7f', dash: [5, 4] },
  { key: 'parse', label: 'claimlint parse', color: '#1f77b4' },
  { key: 'rules', label: 'claimlint parse + all rules', color: '#2ca02c' },
  { key: 'cli', label: 'claimlint CLI (process)', color: '#ff7f0e' },
  { key: 'nodeX12', label: 'node-x12 1.7.1', color: '#d62728' },
  { key: 'x12Parser', label: 'x12-parser 1.3.0', color: '#9467bd' },
];

/** PNG bytes of the chart for the rows of one run. */
export function chartPng(rows) {
  const points = rows.filter((r) => r.kind === '837p').sort((a, b) => a.mb - b.mb);
  const W = 900;
  const H = 440;
  const m = { l: 64, r: 310, t: 60, b: 56 };
  const ys = points.flatMap((p) => SERIES.map((s) => p[s.key]).filter((v) => v > 0));
  const xMin = Math.min(0.1, ...points.map((p) => p.mb));
  const xMax = Math.max(50, ...points.map((p) => p.mb));
  const yMin = 10 ** Math.floor(Math.log10(Math.min(1, ...ys)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(1000, ...ys)));
  const scale = (v, lo, hi, a, b) => a + ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (b - a);
  const X = (v) => scale(v, xMin, xMax, m.l, W - m.r);
  const Y = (v) => scale(v, yMin, yMax, H - m.b, m.t);
  const c = new Canvas(W, H);

  c.text(m.l, 10, 'X12 837P: MB/s against file size (log scales, higher is better)', '#222222');
  for (let e = Math.log10(yMin); e <= Math.log10(yMax); e++) {
    const v = 10 ** e;
    c.line(m.l, Y(v), W - m.r, Y(v), '#e3e3e3');
    c.text(m.l - 8, Y(v) - 7, v >= 1 ? String(v) : v.toFixed(-e), '#555555', { align: 'right' });
  }
  for (const v of [0.1, 1, 10, 50].filter((v) => v >= xMin && v <= xMax)) {
    c.line(X(v), m.t, X(v), H - m.b, '#e3e3e3');
    c.text(X(v), H - m.b + 10, v >= 1 ? `${v} MB` : `${v * 1000} KB`, '#555555', { align: 'center' });
  }
  c.text((m.l + W - m.r) / 2, H - 22, 'file size', '#333333', { align: 'center' });
  c.text(m.l - 8, m.t - 28, 'MB/s', '#333333', { align: 'right' });
  for (const [x0, y0, x1, y1] of [[m.l, m.t, W - m.r, m.t], [m.l, H - m.b, W - m.r, H - m.b], [m.l, m.t, m.l, H - m.b], [W - m.r, m.t, W - m.r, H - m.b]]) c.line(x0, y0, x1, y1, '#999999');

  SERIES.forEach((s, i) => {
    const pts = points.filter((p) => p[s.key] > 0).map((p) => [X(p.mb), Y(p[s.key])]);
    for (let k = 1; k < pts.length; k++) c.line(pts[k - 1][0], pts[k - 1][1], pts[k][0], pts[k][1], s.color, 2, s.dash);
    for (const [x, y] of pts) c.disc(x, y, 3.5, s.color);
    const ly = m.t + 10 + i * 24;
    c.line(W - m.r + 16, ly, W - m.r + 44, ly, s.color, 2, s.dash);
    c.disc(W - m.r + 30, ly, 3.5, s.color);
    c.text(W - m.r + 52, ly - 6, s.label, '#222222', { size: 1.5 });
  });
  c.text(W - m.r + 16, m.t + 10 + SERIES.length * 24, 'peers: up to their size limit', '#777777', { size: 1.5 });
  return c.png();
}
