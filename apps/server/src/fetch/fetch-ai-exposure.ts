import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { STUDY_FILES, type StudyFile } from '@trailmap/ai-exposure';
import {
  downloadFile,
  DownloadError,
  progressReporter,
  swapInto,
  type ProgressOutput,
} from '@trailmap/occupations';

/** What `npm run data:ai` wrote: kept beside the files as `trailmap-download.json`. */
export interface AiExposureManifest {
  readonly downloadedAt: string;
  readonly files: readonly { file: string; url: string; bytes: number; sha256: string }[];
}

export const AI_MANIFEST_FILE = 'trailmap-download.json';

export interface FetchAiExposureOptions {
  readonly targetDir: string;
  readonly out: ProgressOutput;
  /** The files to fetch; the published ones unless a test serves its own. */
  readonly files?: readonly StudyFile[];
  readonly now?: () => string;
}

/**
 * Downloads the published AI-exposure files (`STUDY_FILES`: the pinned
 * commits of "GPTs are GPTs" and "Working with AI", with their licences),
 * checks each against its SHA-256, and swaps them into `targetDir` in one
 * rename. Any failure (unreachable, HTTP error, a cut-off or altered file)
 * leaves `targetDir` exactly as it was.
 */
export async function fetchAiExposureStudies(
  options: FetchAiExposureOptions,
): Promise<AiExposureManifest> {
  const files = options.files ?? STUDY_FILES;
  const target = resolve(options.targetDir);
  const say = (line: string) => options.out.write(`${line}\n`);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const work = join(parent, `.${basename(target)}.download-${process.pid}`);
  const staged = join(work, 'files');
  await rm(work, { recursive: true, force: true });
  try {
    const written: AiExposureManifest['files'][number][] = [];
    for (const study of files) {
      const file = join(staged, study.file);
      await mkdir(dirname(file), { recursive: true });
      say(`Downloading ${study.file} from ${study.url}`);
      const got = await downloadFile(study.url, file, (total) =>
        progressReporter(options.out, total),
      );
      if (got.sha256 !== study.sha256) {
        throw new DownloadError(
          `${study.file} from ${got.url} is not the published file Trailmap was built against (SHA-256 ${got.sha256}, expected ${study.sha256}).`,
        );
      }
      written.push({ file: study.file, url: got.url, bytes: got.bytes, sha256: got.sha256 });
    }
    const manifest: AiExposureManifest = {
      downloadedAt: (options.now ?? (() => new Date().toISOString()))(),
      files: written,
    };
    await writeFile(join(staged, AI_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await swapInto(staged, target, join(work, 'previous'));
    say(`Wrote ${written.length} files into ${target} (manifest: ${AI_MANIFEST_FILE}).`);
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
