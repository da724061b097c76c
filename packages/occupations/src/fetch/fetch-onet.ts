import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ONET_DOWNLOAD_URL, ONET_RELEASE } from '../release.ts';
import { ONET_FILES_USED, REQUIRED_ONET_FILES } from '../parse/parse-onet.ts';
import { downloadFile, swapInto } from './download.ts';
import { progressReporter, type ProgressOutput } from './progress.ts';
import { CorruptZipError, listZipEntries, readZipEntry } from './zip.ts';

/**
 * `npm run data:onet`: downloads O*NET's text release, verifies it, and
 * unpacks only the files Trailmap reads. Nothing is half-written: the zip and
 * the files go to temporary folders beside the target, and the target is
 * replaced by one rename once everything has checked out.
 *
 * No checksum of db_29_3_text.zip is published by O*NET, and none could be
 * taken from a trusted copy while this was written, so none is pinned: the
 * SHA-256 of what was downloaded is printed and recorded in MANIFEST_FILE
 * beside the data (with each file's size and CRC-32), and a later download
 * that differs from a recorded one is reported. Every entry's CRC-32 is
 * checked, which catches a damaged or truncated archive.
 */

export const MANIFEST_FILE = 'trailmap-onet-manifest.json';

export interface FetchOptions {
  readonly url?: string;
  readonly targetDir: string;
  readonly out: ProgressOutput;
  /** ISO timestamp for the manifest (injected: tests pin it). */
  readonly now?: () => string;
}

export interface Manifest {
  readonly release: string;
  readonly url: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly downloadedAt: string;
  readonly files: readonly { name: string; bytes: number; crc32: string }[];
}

export class OnetArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OnetArchiveError';
  }
}

export async function fetchOnetRelease(options: FetchOptions): Promise<Manifest> {
  const url = options.url ?? ONET_DOWNLOAD_URL;
  const target = resolve(options.targetDir);
  const say = (line: string) => options.out.write(`${line}\n`);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const work = join(parent, `.${basename(target)}.download-${process.pid}`);
  const staged = join(work, 'unpacked');
  await rm(work, { recursive: true, force: true });
  await mkdir(staged, { recursive: true });
  try {
    say(`Downloading O*NET ${ONET_RELEASE} (text release) from ${url}`);
    const zipFile = join(work, 'onet.zip');
    const downloaded = await downloadFile(url, zipFile, (total) =>
      progressReporter(options.out, total),
    );
    say(`SHA-256 ${downloaded.sha256} (${downloaded.bytes} bytes)`);

    const zip = await readFile(zipFile);
    const files = verifyAndUnpackList(zip);
    const unpacked: Manifest['files'][number][] = [];
    for (const { name, entry } of files) {
      const data = readZipEntry(zip, entry);
      await writeFile(join(staged, name), data);
      unpacked.push({ name, bytes: data.length, crc32: entry.crc32.toString(16).padStart(8, '0') });
    }
    const manifest: Manifest = {
      release: ONET_RELEASE,
      url: downloaded.url,
      sha256: downloaded.sha256,
      bytes: downloaded.bytes,
      downloadedAt: (options.now ?? (() => new Date().toISOString()))(),
      files: unpacked,
    };
    await writeFile(join(staged, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    const previous = await readManifest(target);
    if (previous && previous.url === manifest.url && previous.sha256 !== manifest.sha256) {
      say(
        `Note: this archive differs from the one downloaded on ${previous.downloadedAt} (SHA-256 ${previous.sha256}).`,
      );
    }

    await swapInto(staged, target, join(work, 'previous'));
    say(`Unpacked ${unpacked.length} files into ${target} (manifest: ${MANIFEST_FILE}).`);
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Checks every entry of the archive (CRC-32 and size), then lists the entries
 * Trailmap uses by file name, wherever they sit in the archive's folders.
 */
function verifyAndUnpackList(
  zip: Buffer,
): { name: string; entry: ReturnType<typeof listZipEntries>[number] }[] {
  let entries;
  try {
    entries = listZipEntries(zip);
    for (const entry of entries) if (!entry.path.endsWith('/')) readZipEntry(zip, entry);
  } catch (error) {
    if (error instanceof CorruptZipError) {
      throw new OnetArchiveError(`The downloaded archive is damaged: ${error.message}`);
    }
    throw error;
  }
  const byName = new Map(entries.map((entry) => [basename(entry.path), entry]));
  const missing = REQUIRED_ONET_FILES.filter((file) => !byName.has(file));
  if (missing.length > 0) {
    throw new OnetArchiveError(
      `The archive is not an O*NET text release: it lacks ${missing.map((f) => `"${f}"`).join(', ')}.`,
    );
  }
  return ONET_FILES_USED.flatMap((name) => {
    const entry = byName.get(name);
    return entry ? [{ name, entry }] : [];
  });
}

async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}
