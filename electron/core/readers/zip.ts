/**
 * A guarded view of a zip container (xlsx, docx and friends). We read the
 * central directory ourselves so we can (1) tell the Office formats apart,
 * (2) refuse zip bombs from the declared sizes before any library inflates
 * anything, and (3) inflate entries with a hard output cap and a CRC check,
 * which also proves a file is not truncated or damaged before exceljs sees it.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export type ZipProblem = 'not-zip' | 'truncated' | 'damaged' | 'encrypted' | 'too-large' | 'unsupported-compression';

export class ZipError extends Error {
  override readonly name = 'ZipError';
  readonly problem: ZipProblem;
  readonly size: number;
  constructor(problem: ZipProblem, detail: string, size = 0) {
    super(detail);
    this.problem = problem;
    this.size = size;
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  /** Sum of declared uncompressed sizes. */
  totalUncompressed: number;
  /** Inflate one entry; the output may never exceed its declared size. */
  read(name: string): Uint8Array;
  readText(name: string): string;
  has(name: string): boolean;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05 || bytes[2] === 0x07) && (bytes[3] === 0x04 || bytes[3] === 0x06 || bytes[3] === 0x08);
}

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x1_0000_0000;
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let o = b.length - 22; o >= min; o--) {
    if (b[o] === 0x50 && b[o + 1] === 0x4b && b[o + 2] === 0x05 && b[o + 3] === 0x06) return o;
  }
  return -1;
}

export function openZip(bytes: Uint8Array, limits: { maxTotal: number; maxEntries: number }): ZipArchive {
  if (!isZip(bytes)) throw new ZipError('not-zip', 'no zip signature');
  const eocd = findEocd(bytes);
  if (eocd < 0) throw new ZipError('truncated', 'end of central directory not found');
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== 0x07064b50) throw new ZipError('damaged', 'zip64 locator missing');
    const rec = u64(bytes, loc + 8);
    if (rec + 56 > bytes.length || u32(bytes, rec) !== 0x06064b50) throw new ZipError('damaged', 'zip64 record missing');
    count = u64(bytes, rec + 32);
    cdSize = u64(bytes, rec + 40);
    cdOffset = u64(bytes, rec + 48);
  }
  if (count > limits.maxEntries) throw new ZipError('too-large', `${count} entries`, 0);
  if (cdOffset + cdSize > bytes.length) throw new ZipError('truncated', 'central directory past end of file');

  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ZipError('damaged', 'bad central directory entry');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    let csize = u32(bytes, p + 20);
    let usize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let lho = u32(bytes, p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    // Zip64 extended information: the fields that overflowed, in this order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (usize === 0xffffffff) {
          usize = u64(bytes, q);
          q += 8;
        }
        if (csize === 0xffffffff) {
          csize = u64(bytes, q);
          q += 8;
        }
        if (lho === 0xffffffff) lho = u64(bytes, q);
      }
      e += 4 + len;
    }
    total += usize;
    if (total > limits.maxTotal) throw new ZipError('too-large', 'declared uncompressed size', total);
    entries.set(name, { name, method, flags, crc32: crc, compressedSize: csize, uncompressedSize: usize, localHeaderOffset: lho });
    p += 46 + nameLen + extraLen + commentLen;
  }

  const read = (name: string): Uint8Array => {
    const en = entries.get(name);
    if (!en) throw new ZipError('damaged', `missing part ${name}`);
    if (en.flags & 0x1) throw new ZipError('encrypted', 'entry is encrypted');
    const h = en.localHeaderOffset;
    if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw new ZipError('truncated', `local header of ${name}`);
    const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
    const end = start + en.compressedSize;
    if (end > bytes.length) throw new ZipError('truncated', `data of ${name}`);
    const raw = bytes.subarray(start, end);
    let out: Uint8Array;
    if (en.method === 0) {
      out = raw;
    } else if (en.method === 8) {
      try {
        // +1 so that output longer than declared is caught as a lie, not silently cut.
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, en.uncompressedSize + 1) });
      } catch (err) {
        // Output past the declared size is stopped there: the entry is damaged (or forged), never inflated in full.
        const past = err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
        throw new ZipError('damaged', past ? `${name} inflates past its declared size` : `inflate failed for ${name}`);
      }
    } else {
      throw new ZipError('unsupported-compression', `method ${en.method}`);
    }
    if (out.length !== en.uncompressedSize) throw new ZipError('damaged', `size mismatch for ${name}`);
    if (crc32(out) !== en.crc32) throw new ZipError('damaged', `CRC mismatch for ${name}`);
    return out;
  };

  return {
    entries,
    totalUncompressed: total,
    read,
    readText: (name) => utf8.decode(read(name)),
    has: (name) => entries.has(name),
  };
}

/** Find an entry by name ignoring case and a leading slash (some writers differ). */
export function findEntry(zip: ZipArchive, name: string): string | undefined {
  const want = name.replace(/^\//, '').toLowerCase();
  if (zip.has(want)) return want;
  for (const k of zip.entries.keys()) if (k.replace(/^\//, '').toLowerCase() === want) return k;
  return undefined;
}

/** Inflate every entry once: proves the container is whole before a library reads it. */
export function verifyAll(zip: ZipArchive): void {
  for (const name of zip.entries.keys()) {
    if (name.endsWith('/')) continue;
    zip.read(name);
  }
}
