import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINI_ONET_DIR } from '../testing/onet-mini.test-support.ts';
import { fetchOnetRelease, MANIFEST_FILE, type Manifest } from './fetch-onet.ts';
import { formatProgress, progressReporter } from './progress.ts';
import { CorruptZipError, listZipEntries, readZipEntry } from './zip.ts';
import { writeZip } from './zip-writer.test-support.ts';
import { loadOnetCatalog } from '../reader/load-onet.ts';

/**
 * `npm run data:onet` against a server in this process, serving an archive
 * built here from the hand-made sample (no internet, no O*NET data).
 */

const sampleFiles = readdirSync(MINI_ONET_DIR).map((name) => ({
  path: `db_29_3_text/${name}`,
  data: readFileSync(join(MINI_ONET_DIR, name)),
}));
// A table the release has and Trailmap does not read: it must not be unpacked.
const archive = writeZip([
  ...sampleFiles,
  { path: 'db_29_3_text/Tools Used.txt', data: Buffer.from('O*NET-SOC Code\tExample\n') },
]);
const corrupt = Buffer.from(archive);
// Flip one byte inside the first entry's deflated data: the archive still lists, the CRC fails.
corrupt[30 + sampleFiles[0]!.path.length + 3]! ^= 0xff;

class Output {
  text = '';
  constructor(readonly isTTY: boolean) {}
  write(chunk: string) {
    this.text += chunk;
    return true;
  }
}

describe('npm run data:onet (download, verify, unpack)', () => {
  let server: Server;
  let base: string;
  let root: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const send = (body: Buffer) => {
        response.writeHead(200, {
          'content-length': body.length,
          'content-type': 'application/zip',
        });
        // In pieces, so progress has something to show.
        let at = 0;
        const next = () => {
          if (at >= body.length) return response.end();
          response.write(body.subarray(at, (at += 4096)), next);
        };
        next();
      };
      if (request.url === '/db.zip') send(archive);
      else if (request.url === '/moved') {
        response.writeHead(302, { location: '/db.zip' }).end();
      } else if (request.url === '/corrupt.zip') send(corrupt);
      else if (request.url === '/not-onet.zip') {
        const other = writeZip([{ path: 'hello.txt', data: Buffer.from('hello') }]);
        response.writeHead(200, { 'content-length': other.length }).end(other);
      } else if (request.url === '/truncated.zip') {
        response.writeHead(200, { 'content-length': archive.length });
        response.write(archive.subarray(0, Math.floor(archive.length / 2)), () =>
          response.socket?.destroy(),
        );
      } else response.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    root = mkdtempSync(join(tmpdir(), 'trailmap-fetch-'));
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(root, { recursive: true, force: true });
  });

  const fresh = (name: string) => join(root, name, 'onet');

  it('unpacks only the files used, records a manifest, and the reader loads the result', async () => {
    const target = fresh('ok');
    const out = new Output(false);
    const manifest = await fetchOnetRelease({
      url: `${base}/moved`,
      targetDir: target,
      out,
      now: () => '2025-06-01T00:00:00.000Z',
    });
    expect(readdirSync(target).sort()).toEqual(
      [...readdirSync(MINI_ONET_DIR), MANIFEST_FILE].sort(),
    );
    expect(existsSync(join(target, 'Tools Used.txt'))).toBe(false);
    const recorded = JSON.parse(readFileSync(join(target, MANIFEST_FILE), 'utf8')) as Manifest;
    expect(recorded).toEqual(manifest);
    expect(manifest).toMatchObject({
      release: '29.3',
      url: `${base}/db.zip`,
      bytes: archive.length,
      downloadedAt: '2025-06-01T00:00:00.000Z',
    });
    expect(manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.text).toContain(`SHA-256 ${manifest.sha256}`);
    expect(out.text).toContain(target);
    // Not a TTY: plain lines with percent and MB, never a carriage return.
    expect(out.text).toMatch(/100%\s+[\d.]+\/[\d.]+ MB\s+[\d.]+ MB\/s/);
    expect(out.text).not.toContain('\r');
    const { report } = await loadOnetCatalog(target);
    expect(report.occupations).toBe(7);
    // Only the folder itself is left beside the target: no temporary leftovers.
    expect(readdirSync(join(root, 'ok'))).toEqual(['onet']);
  });

  it('replaces an earlier download in one step and says when the archive changed', async () => {
    const target = fresh('again');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'stale.txt'), 'from before');
    writeFileSync(
      join(target, MANIFEST_FILE),
      JSON.stringify({ url: `${base}/db.zip`, sha256: 'f'.repeat(64), downloadedAt: 'yesterday' }),
    );
    const out = new Output(false);
    await fetchOnetRelease({ url: `${base}/db.zip`, targetDir: target, out });
    expect(existsSync(join(target, 'stale.txt'))).toBe(false);
    expect(out.text).toContain('differs from the one downloaded on yesterday');
  });

  it('refuses a download that breaks off, and leaves the target as it was', async () => {
    const target = fresh('truncated');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'kept.txt'), 'the earlier data');
    await expect(
      fetchOnetRelease({ url: `${base}/truncated.zip`, targetDir: target, out: new Output(false) }),
    ).rejects.toThrow(/broke off after \d+ bytes of \d+|ended early/);
    expect(readdirSync(target)).toEqual(['kept.txt']);
    expect(readdirSync(join(root, 'truncated'))).toEqual(['onet']);
  });

  it('refuses a damaged archive by its CRC, and one that is not the O*NET release, writing nothing', async () => {
    const target = fresh('corrupt');
    await expect(
      fetchOnetRelease({ url: `${base}/corrupt.zip`, targetDir: target, out: new Output(false) }),
    ).rejects.toThrow(/damaged: .*(CRC-32|does not inflate)/);
    await expect(
      fetchOnetRelease({ url: `${base}/not-onet.zip`, targetDir: target, out: new Output(false) }),
    ).rejects.toThrow(/not an O\*NET text release: it lacks "Occupation Data.txt"/);
    await expect(
      fetchOnetRelease({ url: `${base}/nowhere.zip`, targetDir: target, out: new Output(false) }),
    ).rejects.toThrow(/HTTP 404/);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(root, 'corrupt'))).toEqual([]);
  });
});

describe('the ZIP reader and the progress line', () => {
  it('reads back what was zipped, and names the entry whose checksum fails', () => {
    const zip = writeZip([{ path: 'a/b.txt', data: Buffer.from('hello, world\n'.repeat(50)) }]);
    const [entry] = listZipEntries(zip);
    expect(entry).toMatchObject({ path: 'a/b.txt', method: 8, size: 650 });
    expect(readZipEntry(zip, entry!).toString()).toBe('hello, world\n'.repeat(50));
    expect(() => readZipEntry(zip, { ...entry!, crc32: entry!.crc32 ^ 1 })).toThrow(
      /"a\/b.txt" fails its CRC-32 check/,
    );
    expect(() => listZipEntries(Buffer.from('not a zip at all, just text'))).toThrow(
      CorruptZipError,
    );
    expect(() => listZipEntries(zip.subarray(0, zip.length - 30))).toThrow(CorruptZipError);
  });

  it('draws a bar with percent, megabytes and speed, redrawn in place on a terminal', () => {
    expect(formatProgress(5 * 1024 * 1024, 20 * 1024 * 1024, 2000, 8)).toBe(
      '[##......]  25%  5.0/20.0 MB  2.5 MB/s',
    );
    expect(formatProgress(3 * 1024 * 1024, null, 1000)).toBe('3.0 MB  3.0 MB/s');
    let clock = 0;
    const tty = new Output(true);
    const reporter = progressReporter(tty, 1000, () => clock);
    for (let received = 0; received <= 1000; received += 100) {
      clock += 50;
      reporter.update(received);
    }
    reporter.done();
    expect(tty.text.startsWith('\r[')).toBe(true);
    // At most one redraw per 100 ms of the 550 ms, plus the final line.
    expect(tty.text.split('\r').length - 1).toBeLessThanOrEqual(7);
    expect(tty.text.endsWith('100%  0.0/0.0 MB  0.0 MB/s\x1b[K\n')).toBe(true);
  });
});
