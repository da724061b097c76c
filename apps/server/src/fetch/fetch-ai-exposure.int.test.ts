import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadAiExposureData, STUDIES, STUDY_FILES, type StudyFile } from '@trailmap/ai-exposure';
import { MINI_AI_EXPOSURE_FILES } from '@trailmap/ai-exposure/testing';
import { AI_MANIFEST_FILE, fetchAiExposureStudies } from './fetch-ai-exposure.ts';

/** A stand-in for raw.githubusercontent.com: serves `served` by path; anything else is a 404. */
let served = new Map<string, Buffer>();
let server: Server;
let base: string;
const sink = { write: () => true };
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = served.get(req.url ?? '');
    if (!body) return res.writeHead(404).end('Not Found');
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'trailmap-data-ai-'));
  served = new Map();
  return () => rm(root, { recursive: true, force: true });
});

/** Serves the small samples as if published, and lists them as the files to fetch. */
function publishMiniStudies(): StudyFile[] {
  return Object.entries(MINI_AI_EXPOSURE_FILES).map(([file, text]) => {
    const bytes = Buffer.from(text);
    served.set(`/${file}`, bytes);
    return { file, url: `${base}/${file}`, sha256: sha(bytes) };
  });
}

/** A target that already holds an earlier download, to check a failure leaves it alone. */
async function earlierDownload(): Promise<string> {
  const target = join(root, 'ai-exposure');
  await mkdir(join(target, 'gpts-are-gpts'), { recursive: true });
  await writeFile(join(target, 'gpts-are-gpts', 'occ_level.csv'), 'the earlier file');
  return target;
}

async function expectUntouched(target: string): Promise<void> {
  expect(await readFile(join(target, 'gpts-are-gpts', 'occ_level.csv'), 'utf8')).toBe(
    'the earlier file',
  );
  expect(readdirSync(root)).toEqual(['ai-exposure']);
}

describe('npm run data:ai', () => {
  it('downloads every file, checks it, and leaves a folder the server reads, with a manifest', async () => {
    const files = publishMiniStudies();
    const target = await earlierDownload();
    const manifest = await fetchAiExposureStudies({
      targetDir: target,
      out: sink,
      files,
      now: () => '2026-11-21T12:00:00.000Z',
    });
    expect(manifest.files.map((f) => f.file)).toEqual(files.map((f) => f.file));
    for (const { file } of files) {
      expect(await readFile(join(target, file), 'utf8')).toBe(MINI_AI_EXPOSURE_FILES[file]);
    }
    const written = JSON.parse(await readFile(join(target, AI_MANIFEST_FILE), 'utf8'));
    expect(written.downloadedAt).toBe('2026-11-21T12:00:00.000Z');
    const data = await loadAiExposureData(target);
    expect(data.gpts?.occupations.size).toBeGreaterThan(0);
    expect(data.workingWithAi?.bySoc.size).toBeGreaterThan(0);
    expect(readdirSync(root)).toEqual(['ai-exposure']);
  });

  it('refuses a file that is not the published one and changes nothing', async () => {
    const files = publishMiniStudies();
    const altered = files[1]!;
    served.set(new URL(altered.url).pathname, Buffer.from('tampered,or,updated\n'));
    const target = await earlierDownload();
    await expect(fetchAiExposureStudies({ targetDir: target, out: sink, files })).rejects.toThrow(
      `${altered.file} from ${altered.url} is not the published file Trailmap was built against`,
    );
    await expectUntouched(target);
  });

  it('says which file the server refused, and changes nothing', async () => {
    const files = publishMiniStudies();
    served.delete(new URL(files.at(-1)!.url).pathname);
    const target = await earlierDownload();
    await expect(fetchAiExposureStudies({ targetDir: target, out: sink, files })).rejects.toThrow(
      `${files.at(-1)!.url} answered HTTP 404.`,
    );
    await expectUntouched(target);
  });

  it('says when the server cannot be reached, and creates nothing', async () => {
    const files = publishMiniStudies().map((f) => ({ ...f, url: 'http://127.0.0.1:9/x.csv' }));
    const target = join(root, 'ai-exposure');
    await expect(fetchAiExposureStudies({ targetDir: target, out: sink, files })).rejects.toThrow(
      /Could not reach http:\/\/127\.0\.0\.1:9\/x\.csv/,
    );
    expect(existsSync(target)).toBe(false);
  });

  it('fetches from the commits each study names as its version', () => {
    for (const file of STUDY_FILES) {
      const study = STUDIES.find((s) => file.file.startsWith(`${s.id}/`))!;
      const [repo, commit] = study.version.split(' @ ');
      expect(file.url).toMatch(
        new RegExp(`^https://raw\\.githubusercontent\\.com/${repo}/${commit}/`),
      );
    }
  });

  const realDir = process.env.TRAILMAP_AI_EXPOSURE_DIR;
  it.skipIf(!realDir)(
    'pins the hashes of the published files (needs TRAILMAP_AI_EXPOSURE_DIR with the studies)',
    async () => {
      const files = await Promise.all(
        STUDY_FILES.map(async (published) => {
          const bytes = await readFile(join(realDir!, published.file));
          served.set(`/${published.file}`, bytes);
          return { ...published, url: `${base}/${published.file}` };
        }),
      );
      const target = join(root, 'ai-exposure');
      await fetchAiExposureStudies({ targetDir: target, out: sink, files });
      const data = await loadAiExposureData(target);
      expect(data.gpts?.occupations.size).toBe(923);
      expect(data.workingWithAi?.bySoc.size).toBe(785);
      // Every file read is recognised as the published version.
      expect(data.report.files.filter((f) => f.present).every((f) => f.knownVersion)).toBe(true);
      expect(existsSync(join(target, dirname(STUDY_FILES[0]!.file), 'LICENSE'))).toBe(true);
    },
  );
});
