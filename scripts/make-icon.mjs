#!/usr/bin/env node
// Draws the app icon (build/icon.png, 512x512): a UN-blue rounded square with a white "MC".
// Plain Node (zlib), no image library: `node scripts/make-icon.mjs [size] [out]`.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const size = Number(process.argv[2] ?? 512);
const out = resolve(process.argv[3] ?? 'build/icon.png');
const S = size / 512; // all geometry below is in a 512 grid
const BLUE = [0x00, 0x9e, 0xdb];
const WHITE = [0xff, 0xff, 0xff];

const inRoundedSquare = (x, y) => {
  const r = 96,
    min = 16,
    max = 496;
  if (x < min || x > max || y < min || y > max) return false;
  const cx = Math.min(Math.max(x, min + r), max - r);
  const cy = Math.min(Math.max(y, min + r), max - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inPolygon = (x, y, pts) => {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i],
      [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
// "M": two stems and a V between them.
const M = [
  [
    [58, 156],
    [98, 156],
    [98, 356],
    [58, 356],
  ],
  [
    [200, 156],
    [240, 156],
    [240, 356],
    [200, 356],
  ],
  [
    [58, 156],
    [98, 156],
    [149, 280],
    [149, 330],
  ],
  [
    [240, 156],
    [200, 156],
    [149, 280],
    [149, 330],
  ],
];
const inM = (x, y) => M.some((p) => inPolygon(x, y, p));
// "C": an annulus open on the right.
const inC = (x, y) => {
  const cx = 364,
    cy = 256,
    ro = 100,
    ri = 60;
  const d = Math.hypot(x - cx, y - cy);
  if (d > ro || d < ri) return false;
  const angle = Math.atan2(y - cy, x - cx);
  return Math.abs(angle) > 0.75;
};

const samples = 4;
const rows = [];
for (let py = 0; py < size; py++) {
  const row = Buffer.alloc(1 + size * 4);
  for (let px = 0; px < size; px++) {
    let bg = 0,
      fg = 0;
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const x = (px + (sx + 0.5) / samples) / S;
        const y = (py + (sy + 0.5) / samples) / S;
        if (!inRoundedSquare(x, y)) continue;
        if (inM(x, y) || inC(x, y)) fg++;
        else bg++;
      }
    }
    const total = samples * samples,
      covered = bg + fg;
    const o = 1 + px * 4;
    if (covered === 0) continue;
    for (let c = 0; c < 3; c++) row[o + c] = Math.round((BLUE[c] * bg + WHITE[c] * fg) / covered);
    row[o + 3] = Math.round((255 * covered) / total);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(size, 0);
ihdr.writeUInt32BE(size, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`wrote ${out} (${size}x${size}, ${png.length} bytes)`);
