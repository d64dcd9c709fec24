#!/usr/bin/env node
/**
 * Draws the Teams icons of the two web parts as PNGs (no image libraries: zlib + a tiny PNG
 * encoder) and writes them where SPFx packaging looks for them:
 *   teams/<componentId>_color.png    192×192, coloured tile with a white glyph
 *   teams/<componentId>_outline.png  32×32, white glyph on a transparent background
 * Shapes are drawn at 4× and averaged down, so edges are anti-aliased.
 * Run: node tools/make-icons.js
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.resolve(__dirname, "..");
const SUPERSAMPLE = 4;

// ---- PNG encoding ------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (Uint8Array of size*size*4) as a PNG with an alpha channel. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0))
  ]);
}

// ---- Drawing -----------------------------------------------------------------------------------

/** A shape is a predicate on unit coordinates (0..1, origin top left). */
const roundedRect = (x, y, w, h, r) => (px, py) => {
  if (px < x || px > x + w || py < y || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (px, py) => (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
const union = (...shapes) => (px, py) => shapes.some((s) => s(px, py));
const minus = (shape, hole) => (px, py) => shape(px, py) && !hole(px, py);

/** Coverage (0..1) of a shape per pixel, by supersampling. */
function coverage(size, shape) {
  const n = size * SUPERSAMPLE;
  const result = new Float32Array(size * size);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (shape((x + 0.5) / n, (y + 0.5) / n)) result[Math.floor(y / SUPERSAMPLE) * size + Math.floor(x / SUPERSAMPLE)] += 1;
    }
  }
  for (let i = 0; i < result.length; i++) result[i] /= SUPERSAMPLE * SUPERSAMPLE;
  return result;
}

/** Glyphs in a unit square; the icons place them with a margin. */
const GLYPHS = {
  // Gantt bars with a today line: the timeline.
  timeline: union(
    roundedRect(0.05, 0.12, 0.5, 0.16, 0.05),
    roundedRect(0.3, 0.42, 0.55, 0.16, 0.05),
    roundedRect(0.55, 0.72, 0.4, 0.16, 0.05),
    roundedRect(0.42, 0.02, 0.05, 0.96, 0.02)
  ),
  // A calendar sheet with week cells and one booked cell: resource booking.
  booking: union(
    minus(roundedRect(0.04, 0.1, 0.92, 0.86, 0.1), roundedRect(0.12, 0.34, 0.76, 0.54, 0.04)),
    roundedRect(0.22, 0.0, 0.1, 0.2, 0.04),
    roundedRect(0.68, 0.0, 0.1, 0.2, 0.04),
    roundedRect(0.18, 0.42, 0.18, 0.16, 0.03),
    roundedRect(0.41, 0.42, 0.18, 0.16, 0.03),
    circle(0.73, 0.7, 0.13),
    roundedRect(0.18, 0.64, 0.18, 0.16, 0.03)
  )
};

const ICONS = [
  { componentId: "039a9ae8-bb88-4324-86fc-5cb9a48369f0", glyph: "timeline", color: [0x0f, 0x6c, 0xbd] },
  { componentId: "619d4d98-d1f6-4c25-9a86-fcc7eb33b3c1", glyph: "booking", color: [0x00, 0x78, 0x6b] }
];

/** Places a unit glyph inside [margin, 1 - margin]. */
function placed(glyph, margin) {
  const scale = 1 - 2 * margin;
  return (px, py) => {
    const gx = (px - margin) / scale;
    const gy = (py - margin) / scale;
    return gx >= 0 && gx <= 1 && gy >= 0 && gy <= 1 && glyph(gx, gy);
  };
}

function colorIcon(glyph, [r, g, b]) {
  const size = 192;
  const tile = coverage(size, roundedRect(0, 0, 1, 1, 0.14));
  const mark = coverage(size, placed(glyph, 0.24));
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const white = mark[i];
    pixels[i * 4] = Math.round(r + (255 - r) * white);
    pixels[i * 4 + 1] = Math.round(g + (255 - g) * white);
    pixels[i * 4 + 2] = Math.round(b + (255 - b) * white);
    pixels[i * 4 + 3] = Math.round(255 * tile[i]);
  }
  return encodePng(size, pixels);
}

function outlineIcon(glyph) {
  const size = 32;
  const mark = coverage(size, placed(glyph, 0.06));
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    pixels.set([255, 255, 255, Math.round(255 * mark[i])], i * 4);
  }
  return encodePng(size, pixels);
}

function main() {
  const dir = path.join(ROOT, "teams");
  fs.mkdirSync(dir, { recursive: true });
  for (const icon of ICONS) {
    const glyph = GLYPHS[icon.glyph];
    for (const [suffix, png] of [["color", colorIcon(glyph, icon.color)], ["outline", outlineIcon(glyph)]]) {
      const file = path.join(dir, `${icon.componentId}_${suffix}.png`);
      fs.writeFileSync(file, png);
      console.log(`${path.relative(ROOT, file)} ${png.length} bytes`);
    }
  }
}

if (require.main === module) main();

module.exports = { encodePng, ICONS };
