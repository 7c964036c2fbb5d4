/**
 * The directory of an OLE compound file (CFB): the container of legacy .doc/
 * .xls/.ppt/.msg files and of password-protected Office files (an encrypted
 * .docx/.xlsx is a CFB holding "EncryptionInfo" and "EncryptedPackage"
 * streams). We only need the stream names, so we walk the FAT to the
 * directory sectors and read the entries; if the structure is damaged we fall
 * back to looking for the names as UTF-16 text.
 */

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export function isCfb(b: Uint8Array): boolean {
  return b.length >= 8 && CFB_MAGIC.every((v, i) => b[i] === v);
}

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

export interface CfbDirectory {
  names: string[];
  /** True when the names came from the real directory, false when found by text search. */
  parsed: boolean;
}

export function readCfbDirectory(b: Uint8Array): CfbDirectory {
  try {
    const names = parseDirectory(b);
    if (names.length > 0) return { names, parsed: true };
  } catch {
    // fall through to the text search
  }
  return { names: searchNames(b), parsed: false };
}

function parseDirectory(b: Uint8Array): string[] {
  if (!isCfb(b) || b.length < 512) throw new Error('not a compound file');
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) throw new Error('bad sector size');
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((b.length - sectorSize) / sectorSize) + 1;
  const sectorOffset = (s: number): number => (s + 1) * sectorSize;
  const numFat = u32(b, 0x2c);
  const firstDir = u32(b, 0x30);
  let difat = u32(b, 0x44);
  const numDifat = u32(b, 0x48);

  const fatSectors: number[] = [];
  for (let k = 0; k < 109 && fatSectors.length < numFat; k++) {
    const s = u32(b, 0x4c + k * 4);
    if (s !== FREESECT) fatSectors.push(s);
  }
  for (let k = 0; k < numDifat && difat !== ENDOFCHAIN && difat !== FREESECT && k < sectorCount; k++) {
    const o = sectorOffset(difat);
    if (o + sectorSize > b.length) break;
    const per = sectorSize / 4 - 1;
    for (let q = 0; q < per && fatSectors.length < numFat; q++) {
      const s = u32(b, o + q * 4);
      if (s !== FREESECT) fatSectors.push(s);
    }
    difat = u32(b, o + per * 4);
  }
  const perFat = sectorSize / 4;
  const next = (s: number): number => {
    const fs = fatSectors[Math.floor(s / perFat)];
    if (fs === undefined) return ENDOFCHAIN;
    const o = sectorOffset(fs) + (s % perFat) * 4;
    return o + 4 <= b.length ? u32(b, o) : ENDOFCHAIN;
  };

  const names: string[] = [];
  const seen = new Set<number>();
  for (let s = firstDir; s !== ENDOFCHAIN && s !== FREESECT && !seen.has(s) && s < sectorCount; s = next(s)) {
    seen.add(s);
    const o = sectorOffset(s);
    for (let e = 0; e + 128 <= sectorSize && o + e + 128 <= b.length; e += 128) {
      const d = o + e;
      const len = u16(b, d + 0x40);
      const type = b[d + 0x42];
      if (type !== 1 && type !== 2 && type !== 5) continue;
      if (len < 2 || len > 64) continue;
      let name = '';
      for (let c = 0; c + 2 < len; c += 2) name += String.fromCharCode(u16(b, d + c));
      names.push(name);
    }
  }
  return names;
}

const KNOWN = ['EncryptionInfo', 'EncryptedPackage', 'WordDocument', 'Workbook', 'Book', 'PowerPoint Document', '__properties_version1.0', 'VisioDocument'];

function searchNames(b: Uint8Array): string[] {
  const hay = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 4 * 1024 * 1024));
  return KNOWN.filter((name) => hay.indexOf(Buffer.from(name, 'utf16le')) >= 0);
}

export type CfbKind = 'encrypted-ooxml' | 'doc' | 'xls' | 'ppt' | 'msg' | 'unknown';

export function classifyCfb(dir: CfbDirectory): CfbKind {
  const has = (n: string): boolean => dir.names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) return 'encrypted-ooxml';
  if (has('WordDocument')) return 'doc';
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('PowerPoint Document')) return 'ppt';
  if (has('__properties_version1.0') || dir.names.some((x) => x.startsWith('__substg1.0_'))) return 'msg';
  return 'unknown';
}
