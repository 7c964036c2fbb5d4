/**
 * Draws Threadline's icons with no image tools: three coloured threads on a
 * calm slate square, the middle one broken, the gap where information was
 * not passed on. Writes icon.png (1024 px), png/<n>x<n>.png for Linux, and
 * icon.ico / icon.icns (PNG-in-ICO and PNG-in-ICNS, which Windows Vista+
 * and macOS 10.7+ read), plus case.ico / case.icns for .threadline files.
 *
 *   node resources/icons/draw-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const HERE = import.meta.dirname;
const SIZE = 1024;
const SAMPLES = 4; // per axis: 16 samples per pixel for smooth edges

type Rgb = readonly [number, number, number];
interface Shape {
  colour: Rgb;
  inside: (x: number, y: number) => boolean;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (x: number, y: number) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

const thread = (x0: number, x1: number, y: number) => roundedRect(x0, y - 44, x1, y + 44, 44);

function shapes(document: boolean): Shape[] {
  const slate: Rgb = [0x24, 0x3b, 0x4a];
  // The case file: a paper sheet with a slate edge, so it shows on white too.
  const base: Shape[] = document
    ? [
        { colour: slate, inside: roundedRect(168, 64, 856, 960, 72) },
        { colour: [0xf4, 0xf1, 0xea], inside: roundedRect(192, 88, 832, 936, 52) },
      ]
    : [{ colour: slate, inside: roundedRect(64, 64, 960, 960, 200) }];
  const [left, right] = document ? [256, 768] : [192, 832];
  return [
    ...base,
    { colour: [0xe9, 0xb4, 0x4c], inside: thread(left, right, 312) },
    // The broken thread: two lengths with a clear gap between them.
    { colour: [0x5f, 0xb8, 0xa8], inside: thread(left, 424, 512) },
    { colour: [0x5f, 0xb8, 0xa8], inside: thread(600, right, 512) },
    { colour: [0xe0, 0x7a, 0x5f], inside: thread(left, right, 712) },
  ];
}

/** RGBA pixels, supersampled: each pixel's colour is the average of its samples. */
function render(document: boolean): Uint8Array {
  const layers = shapes(document);
  const out = new Uint8Array(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          for (let i = layers.length - 1; i >= 0; i--) {
            const layer = layers[i]!;
            if (layer.inside(x, y)) {
              r += layer.colour[0]; g += layer.colour[1]; b += layer.colour[2]; a += 255;
              break;
            }
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const coverage = a / 255;
      const o = (py * SIZE + px) * 4;
      // Straight (not premultiplied) alpha, as PNG wants.
      out[o] = coverage ? Math.round(r / coverage) : 0;
      out[o + 1] = coverage ? Math.round(g / coverage) : 0;
      out[o + 2] = coverage ? Math.round(b / coverage) : 0;
      out[o + 3] = Math.round(a / n);
    }
  }
  return out;
}

/** Box-filter downscale (premultiplied, so edges do not darken). */
function downscale(src: Uint8Array, from: number, to: number): Uint8Array {
  const f = from / to;
  const out = new Uint8Array(to * to * 4);
  for (let y = 0; y < to; y++) {
    for (let x = 0; x < to; x++) {
      let r = 0, g = 0, b = 0, a = 0, n = 0;
      for (let yy = Math.floor(y * f); yy < Math.floor((y + 1) * f); yy++) {
        for (let xx = Math.floor(x * f); xx < Math.floor((x + 1) * f); xx++) {
          const o = (yy * from + xx) * 4;
          const alpha = src[o + 3]!;
          r += src[o]! * alpha; g += src[o + 1]! * alpha; b += src[o + 2]! * alpha; a += alpha; n++;
        }
      }
      const o = (y * to + x) * 4;
      out[o] = a ? Math.round(r / a) : 0;
      out[o + 1] = a ? Math.round(g / a) : 0;
      out[o + 2] = a ? Math.round(b / a) : 0;
      out[o + 3] = Math.round(a / n);
    }
  }
  return out;
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
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(rgba: Uint8Array, size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

function ico(pngs: ReadonlyArray<{ size: number; data: Buffer }>): Buffer {
  const dir = Buffer.alloc(6 + 16 * pngs.length);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2);
  dir.writeUInt16LE(pngs.length, 4);
  let offset = dir.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    dir[e] = size >= 256 ? 0 : size;
    dir[e + 1] = size >= 256 ? 0 : size;
    dir.writeUInt16LE(1, e + 4); // planes
    dir.writeUInt16LE(32, e + 6); // bits per pixel
    dir.writeUInt32LE(data.length, e + 8);
    dir.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([dir, ...pngs.map((p) => p.data)]);
}

function icns(pngBySize: ReadonlyMap<number, Buffer>): Buffer {
  const types: Array<[string, number]> = [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024], ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]];
  const entries = types.map(([type, size]) => {
    const data = pngBySize.get(size)!;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

function drawSet(document: boolean): Map<number, Buffer> {
  const full = render(document);
  const set = new Map<number, Buffer>([[SIZE, png(full, SIZE)]]);
  for (const size of [512, 256, 128, 64, 48, 32, 24, 16]) set.set(size, png(downscale(full, SIZE, size), size));
  return set;
}

const app = drawSet(false);
writeFileSync(join(HERE, 'icon.png'), app.get(SIZE)!);
mkdirSync(join(HERE, 'png'), { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) writeFileSync(join(HERE, 'png', `${size}x${size}.png`), app.get(size)!);
writeFileSync(join(HERE, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: app.get(size)! }))));
writeFileSync(join(HERE, 'icon.icns'), icns(app));

const caseIcon = drawSet(true);
writeFileSync(join(HERE, 'case.png'), caseIcon.get(512)!);
writeFileSync(join(HERE, 'case.ico'), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: caseIcon.get(size)! }))));
writeFileSync(join(HERE, 'case.icns'), icns(caseIcon));
console.log(`threadline: icons written to ${HERE}`);
