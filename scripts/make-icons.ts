/**
 * Draws the MiConsulado emblem and writes the packaging icons (`npx tsx scripts/make-icons.ts`):
 *   resources/icons/icon.png            512×512 (macOS; electron-builder makes the .icns from it)
 *   resources/icons/<n>x<n>.png         16…512 (Linux)
 *   resources/icons/icon.ico            16…256, PNG-embedded (Windows)
 * Pure Node (zlib): each size is drawn from the shapes below, not scaled from another bitmap.
 * The emblem: a white rounded tile, a green (#006847) disc, a calendar with a red header and a
 * green check mark.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
/** A signed distance (negative inside) in emblem units, the emblem being the unit square. */
type Shape = (x: number, y: number) => number;

const WHITE: Rgba = [255, 255, 255, 255];
const EDGE: Rgba = [203, 213, 208, 255];
const GREEN: Rgba = [0, 104, 71, 255];
const RED: Rgba = [206, 17, 38, 255];

const roundedRect =
  (cx: number, cy: number, hw: number, hh: number, r: number): Shape =>
  (x, y) => {
    const qx = Math.abs(x - cx) - hw + r;
    const qy = Math.abs(y - cy) - hh + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;
const intersect =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    Math.max(a(x, y), b(x, y));
const below =
  (yMax: number): Shape =>
  (_x, y) =>
    y - yMax;
function stroke(points: ReadonlyArray<readonly [number, number]>, halfWidth: number): Shape {
  return (x, y) => {
    let best = Infinity;
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [bx, by] = points[i]!;
      const t = Math.max(
        0,
        Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
      );
      best = Math.min(best, Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)));
    }
    return best - halfWidth;
  };
}

const calendar = roundedRect(0.5, 0.535, 0.19, 0.165, 0.035);
/** Painted in order, each layer opaque over the ones before. */
const LAYERS: ReadonlyArray<readonly [Shape, Rgba]> = [
  [roundedRect(0.5, 0.5, 0.455, 0.455, 0.12), EDGE],
  [roundedRect(0.5, 0.5, 0.445, 0.445, 0.11), WHITE],
  [circle(0.5, 0.5, 0.355), GREEN],
  [calendar, WHITE],
  [intersect(calendar, below(0.45)), RED],
  [roundedRect(0.43, 0.365, 0.02, 0.05, 0.02), WHITE],
  [roundedRect(0.57, 0.365, 0.02, 0.05, 0.02), WHITE],
  [
    stroke(
      [
        [0.425, 0.575],
        [0.478, 0.628],
        [0.578, 0.515],
      ],
      0.02,
    ),
    GREEN,
  ],
];

/** RGBA pixels of the emblem at `size`, anti-aliased by supersampling. */
export function drawEmblem(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = size <= 64 ? 8 : 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color: Rgba | null = null;
          for (const [shape, fill] of LAYERS) if (shape(x, y) <= 0) color = fill;
          if (color === null) continue;
          for (let c = 0; c < 3; c++) sum[c]! += color[c]!;
          sum[3]! += 255;
        }
      }
      const covered = sum[3]! / 255;
      const at = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[at + c] = covered === 0 ? 0 : Math.round(sum[c]! / covered);
      pixels[at + 3] = Math.round(sum[3]! / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A truecolour-with-alpha PNG of `size`×`size` RGBA pixels. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** An .ico whose images are PNGs (Windows Vista and later), one per size. */
export function encodeIco(images: ReadonlyArray<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header[entry] = size >= 256 ? 0 : size; // 0 means 256
    header[entry + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512] as const;
export const ICO_SIZES = [16, 32, 48, 64, 128, 256] as const;

export function makeIcons(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const pngs = new Map(LINUX_SIZES.map((size) => [size, encodePng(size, drawEmblem(size))]));
  for (const [size, png] of pngs) writeFileSync(join(outDir, `${size}x${size}.png`), png);
  writeFileSync(join(outDir, 'icon.png'), pngs.get(512)!);
  writeFileSync(
    join(outDir, 'icon.ico'),
    encodeIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size)! }))),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = fileURLToPath(new URL('../resources/icons', import.meta.url));
  makeIcons(outDir);
  console.log(`icons written to ${outDir}`);
}
