#!/usr/bin/env node
// Draws the extension icon (images/icon.png, 128×128 RGBA) with Node built-ins only: a claim form with text rows and
// a check mark, on a rounded square. Shapes are signed-distance tests, sampled 4×4 per pixel for smooth edges.
// usage: node scripts/gen-icon.mjs [out.png]
import { writeFileSync } from 'node:fs';
import { pngFile } from './png-file.mjs';

const SIZE = 128;
const SAMPLES = 4;
const out = process.argv[2] ?? 'images/icon.png';

const BACKGROUND = [31, 59, 87];
const PAPER = [246, 248, 250];
const FOLD = [205, 214, 224];
const ROW = [143, 160, 178];
const ROW_FLAGGED = [222, 120, 54];
const CHECK_DISC = [46, 160, 92];
const WHITE = [255, 255, 255];

/** Distance from (x, y) to a rounded rectangle; ≤ 0 inside. */
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.max(left + radius - x, 0, x - (right - radius));
  const cy = Math.max(top + radius - y, 0, y - (bottom - radius));
  const inside = x >= left && x <= right && y >= top && y <= bottom;
  if (cx === 0 && cy === 0) return inside ? -1 : 1;
  return Math.hypot(cx, cy) - radius;
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** The colour at a point, or undefined outside the icon (transparent). Later layers paint over earlier ones. */
function colourAt(x, y) {
  if (roundedRect(x, y, 4, 4, 124, 124, 22) > 0) return undefined;
  let c = BACKGROUND;
  // The claim form: a page whose top-right corner is folded down along the diagonal (74,18)–(92,36).
  const inCorner = x > 74 && y < 36;
  const pastFold = x - 74 > y - 18;
  if (roundedRect(x, y, 28, 18, 92, 110, 5) <= 0 && !(inCorner && pastFold)) c = inCorner ? FOLD : PAPER;
  // Text rows; the third is the flagged drug line.
  const rows = [[38, 30, 66], [38, 44, 80], [38, 58, 80], [38, 72, 72], [38, 86, 60]];
  rows.forEach(([x0, yy, x1], i) => {
    if (segmentDistance(x, y, [x0, yy], [x1, yy]) <= 3) c = i === 2 ? ROW_FLAGGED : ROW;
  });
  // The check mark on a disc, bottom right.
  if (Math.hypot(x - 90, y - 92) <= 24) c = CHECK_DISC;
  if (Math.hypot(x - 90, y - 92) <= 24 && Math.min(segmentDistance(x, y, [78, 93], [87, 102]), segmentDistance(x, y, [87, 102], [103, 83])) <= 4) c = WHITE;
  return c;
}

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  const row = py * (SIZE * 4 + 1);
  pixels[row] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        r += c[0]; g += c[1]; b += c[2]; a++;
      }
    }
    const o = row + 1 + px * 4;
    if (a > 0) { pixels[o] = Math.round(r / a); pixels[o + 1] = Math.round(g / a); pixels[o + 2] = Math.round(b / a); }
    pixels[o + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
  }
}

const png = pngFile(SIZE, SIZE, 6, pixels);
writeFileSync(out, png);
console.log(`${out}: ${SIZE}×${SIZE}, ${png.length} bytes`);
