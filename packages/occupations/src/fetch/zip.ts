import { crc32 as nodeCrc32, inflateRawSync } from 'node:zlib';

/**
 * Just enough of the ZIP format (PKWARE APPNOTE 6.3) to read O*NET's text
 * release: the central directory, stored (0) and deflated (8) entries, and a
 * CRC-32 and size check of every entry. Multi-disk archives, encryption and
 * ZIP64 (entries or archives over 4 GiB) are refused with a clear reason.
 */

export interface ZipEntry {
  /** Path inside the archive, e.g. `db_29_3_text/Skills.txt`. */
  readonly path: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

/** The archive is not a readable ZIP, or an entry does not match its checksum. */
export class CorruptZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptZipError';
  }
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

export function listZipEntries(zip: Buffer): ZipEntry[] {
  // The end record is the last 22 bytes, unless an archive comment (≤ 65,535 bytes) follows it.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new CorruptZipError('it is not a ZIP archive (no end of central directory).');
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new CorruptZipError('it is a ZIP64 archive, which this reader does not handle.');
  }
  if (directoryOffset + directorySize > end) {
    throw new CorruptZipError('its central directory lies outside the file (truncated?).');
  }
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_HEADER) {
      throw new CorruptZipError(`central directory entry ${i + 1} of ${count} is damaged.`);
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      path: zip.toString('utf8', at + 46, at + 46 + nameLength),
      encrypted: (zip.readUInt16LE(at + 8) & 1) === 1,
      method: zip.readUInt16LE(at + 10),
      crc32: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes, inflated and checked against its recorded size and CRC-32. */
export function readZipEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const where = `"${entry.path}"`;
  if (entry.encrypted) throw new CorruptZipError(`${where} is encrypted.`);
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) {
    throw new CorruptZipError(`${where} is a ZIP64 entry, which this reader does not handle.`);
  }
  const header = entry.localHeaderOffset;
  if (header + 30 > zip.length || zip.readUInt32LE(header) !== LOCAL_FILE_HEADER) {
    throw new CorruptZipError(`the local header of ${where} is damaged.`);
  }
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  const stop = start + entry.compressedSize;
  if (stop > zip.length) throw new CorruptZipError(`${where} runs past the end of the file.`);
  const raw = zip.subarray(start, stop);
  let data: Buffer;
  if (entry.method === 0) data = Buffer.from(raw);
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(raw);
    } catch (error) {
      throw new CorruptZipError(`${where} does not inflate: ${(error as Error).message}.`);
    }
  } else throw new CorruptZipError(`${where} uses compression method ${entry.method}.`);
  if (data.length !== entry.size) {
    throw new CorruptZipError(`${where} inflates to ${data.length} bytes, not ${entry.size}.`);
  }
  const actual = crc32(data);
  if (actual !== entry.crc32) {
    throw new CorruptZipError(
      `${where} fails its CRC-32 check (${hex(actual)}, expected ${hex(entry.crc32)}).`,
    );
  }
  return data;
}

const hex = (value: number) => value.toString(16).padStart(8, '0');

let table: Uint32Array | null = null;

/** CRC-32 (IEEE), from node:zlib where it exists (Node ≥ 20.15), else a table. */
export function crc32(data: Uint8Array): number {
  if (typeof nodeCrc32 === 'function') return nodeCrc32(data) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
