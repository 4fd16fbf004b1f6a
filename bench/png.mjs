// A tiny raster and PNG writer for the benchmark chart (node:zlib only; no runtime dependency). Drawing happens at
// twice the output size and is averaged down 2×2, which smooths lines enough for a chart.
import { pngFile } from '../scripts/png-file.mjs';

const SCALE = 2;

// 5×7 capitals, digits and the punctuation the chart uses; text is drawn in capitals.
const GLYPHS = {
  '0': '.###.|#...#|#..##|#.#.#|##..#|#...#|.###.', '1': '..#..|.##..|..#..|..#..|..#..|..#..|.###.',
  '2': '.###.|#...#|....#|...#.|..#..|.#...|#####', '3': '#####|...#.|..#..|...#.|....#|#...#|.###.',
  '4': '...#.|..##.|.#.#.|#..#.|#####|...#.|...#.', '5': '#####|#....|####.|....#|....#|#...#|.###.',
  '6': '..##.|.#...|#....|####.|#...#|#...#|.###.', '7': '#####|....#|...#.|..#..|.#...|.#...|.#...',
  '8': '.###.|#...#|#...#|.###.|#...#|#...#|.###.', '9': '.###.|#...#|#...#|.####|....#|...#.|.##..',
  A: '.###.|#...#|#...#|#####|#...#|#...#|#...#', B: '####.|#...#|#...#|####.|#...#|#...#|####.',
  C: '.###.|#...#|#....|#....|#....|#...#|.###.', D: '###..|#..#.|#...#|#...#|#...#|#..#.|###..',
  E: '#####|#....|#....|####.|#....|#....|#####', F: '#####|#....|#....|####.|#....|#....|#....',
  G: '.###.|#...#|#....|#.###|#...#|#...#|.####', H: '#...#|#...#|#...#|#####|#...#|#...#|#...#',
  I: '.###.|..#..|..#..|..#..|..#..|..#..|.###.', J: '..###|...#.|...#.|...#.|...#.|#..#.|.##..',
  K: '#...#|#..#.|#.#..|##...|#.#..|#..#.|#...#', L: '#....|#....|#....|#....|#....|#....|#####',
  M: '#...#|##.##|#.#.#|#.#.#|#...#|#...#|#...#', N: '#...#|#...#|##..#|#.#.#|#..##|#...#|#...#',
  O: '.###.|#...#|#...#|#...#|#...#|#...#|.###.', P: '####.|#...#|#...#|####.|#....|#....|#....',
  Q: '.###.|#...#|#...#|#...#|#.#.#|#..#.|.##.#', R: '####.|#...#|#...#|####.|#.#..|#..#.|#...#',
  S: '.####|#....|#....|.###.|....#|....#|####.', T: '#####|..#..|..#..|..#..|..#..|..#..|..#..',
  U: '#...#|#...#|#...#|#...#|#...#|#...#|.###.', V: '#...#|#...#|#...#|#...#|#...#|.#.#.|..#..',
  W: '#...#|#...#|#...#|#.#.#|#.#.#|#.#.#|.#.#.', X: '#...#|#...#|.#.#.|..#..|.#.#.|#...#|#...#',
  Y: '#...#|#...#|.#.#.|..#..|..#..|..#..|..#..', Z: '#####|....#|...#.|..#..|.#...|#....|#####',
  '.': '.....|.....|.....|.....|.....|.##..|.##..', ',': '.....|.....|.....|.....|.##..|..#..|.#...',
  '-': '.....|.....|.....|#####|.....|.....|.....', '+': '.....|..#..|..#..|#####|..#..|..#..|.....',
  '/': '....#|....#|...#.|..#..|.#...|#....|#....', '(': '...#.|..#..|.#...|.#...|.#...|..#..|...#.',
  ')': '.#...|..#..|...#.|...#.|...#.|..#..|.#...', ':': '.....|.##..|.##..|.....|.##..|.##..|.....',
  '×': '.....|#...#|.#.#.|..#..|.#.#.|#...#|.....', '≤': '...#.|..#..|.#...|..#..|...#.|.....|#####',
};

const hex = (color) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));

export class Canvas {
  constructor(width, height, background = '#ffffff') {
    this.width = width;
    this.height = height;
    this.w = width * SCALE;
    this.h = height * SCALE;
    this.px = new Uint8Array(this.w * this.h * 3);
    this.rect(0, 0, width, height, background);
  }

  /** One pixel of the internal (2×) raster. */
  dot(x, y, rgb) {
    x = Math.round(x);
    y = Math.round(y);
    if (x < 0 || y < 0 || x >= this.w || y >= this.h) return;
    this.px.set(rgb, (y * this.w + x) * 3);
  }

  rect(x, y, width, height, color) {
    const rgb = hex(color);
    for (let j = Math.round(y * SCALE); j < Math.round((y + height) * SCALE); j++) for (let i = Math.round(x * SCALE); i < Math.round((x + width) * SCALE); i++) this.dot(i, j, rgb);
  }

  /** A line `width` px wide; `dash` = [on, off] lengths in px for a dashed line. */
  line(x0, y0, x1, y1, color, width = 1, dash) {
    const rgb = hex(color);
    const [ax, ay, bx, by] = [x0, y0, x1, y1].map((v) => v * SCALE);
    const length = Math.hypot(bx - ax, by - ay);
    const steps = Math.max(1, Math.ceil(length * 2));
    const r = (width * SCALE) / 2;
    for (let s = 0; s <= steps; s++) {
      const along = (s / steps) * length;
      if (dash && along % ((dash[0] + dash[1]) * SCALE) > dash[0] * SCALE) continue;
      const cx = ax + ((bx - ax) * s) / steps;
      const cy = ay + ((by - ay) * s) / steps;
      for (let j = Math.floor(cy - r + 0.5); j < cy + r; j++) for (let i = Math.floor(cx - r + 0.5); i < cx + r; i++) this.dot(i, j, rgb);
    }
  }

  disc(cx, cy, radius, color) {
    const rgb = hex(color);
    const [x, y, r] = [cx * SCALE, cy * SCALE, radius * SCALE];
    for (let j = Math.floor(y - r); j <= y + r; j++) for (let i = Math.floor(x - r); i <= x + r; i++) if ((i - x) ** 2 + (j - y) ** 2 <= r * r) this.dot(i, j, rgb);
  }

  /** Text with its top-left (align 'left'), top-centre or top-right at (x, y); `size` = pixels per font dot. */
  text(x, y, string, color, { size = 2, align = 'left' } = {}) {
    const rgb = hex(color);
    const chars = [...String(string).toUpperCase()];
    const advance = 6 * size;
    let left = align === 'left' ? x : align === 'right' ? x - chars.length * advance : x - (chars.length * advance) / 2;
    for (const c of chars) {
      const rows = (GLYPHS[c] ?? '').split('|');
      rows.forEach((row, j) => {
        for (let i = 0; i < row.length; i++) if (row[i] === '#') this.rectRaw((left + i * size) * SCALE, (y + j * size) * SCALE, size * SCALE, rgb);
      });
      left += advance;
    }
  }

  /** Width in px of a string drawn with `text`. */
  static textWidth(string, size = 2) {
    return [...String(string)].length * 6 * size;
  }

  rectRaw(x, y, side, rgb) {
    for (let j = 0; j < side; j++) for (let i = 0; i < side; i++) this.dot(x + i, y + j, rgb);
  }

  /** The picture as a PNG file (8-bit RGB, averaged down to the output size). */
  png() {
    const { width, height, w } = this;
    const raw = Buffer.alloc((width * 3 + 1) * height);
    for (let y = 0; y < height; y++) {
      const row = y * (width * 3 + 1); // filter byte 0 (none) leads each row
      for (let x = 0; x < width; x++) {
        for (let c = 0; c < 3; c++) {
          let sum = 0;
          for (let dy = 0; dy < SCALE; dy++) for (let dx = 0; dx < SCALE; dx++) sum += this.px[((y * SCALE + dy) * w + x * SCALE + dx) * 3 + c];
          raw[row + 1 + x * 3 + c] = Math.round(sum / (SCALE * SCALE));
        }
      }
    }
    return pngFile(width, height, 2, raw);
  }
}
