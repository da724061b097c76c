import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The download did not complete: the server refused, or the connection ended early. */
export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DownloadError';
  }
}

export interface Downloaded {
  readonly bytes: number;
  readonly sha256: string;
  /** The URL the bytes came from, after redirects. */
  readonly url: string;
}

const MAX_REDIRECTS = 5;

function request(url: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const get = url.startsWith('https:') ? httpsGet : httpGet;
    get(url, { headers: { 'user-agent': 'Trailmap data:onet' } }, resolve).on('error', (error) =>
      reject(new DownloadError(`Could not reach ${url}: ${error.message}.`)),
    );
  });
}

/**
 * Streams `url` (http or https, redirects followed) into `file`, hashing as it
 * goes. Refuses a response that is not 200, and one that ends before the
 * length the server announced.
 */
export async function downloadFile(
  url: string,
  file: string,
  onStart: (total: number | null) => { update(received: number): void; done(): void },
): Promise<Downloaded> {
  let current = url;
  let response = await request(current);
  for (let hops = 0; response.statusCode! >= 300 && response.statusCode! < 400; hops++) {
    const location = response.headers.location;
    response.resume();
    if (!location || hops >= MAX_REDIRECTS) {
      throw new DownloadError(`${url} redirects too often, or nowhere.`);
    }
    current = new URL(location, current).toString();
    response = await request(current);
  }
  if (response.statusCode !== 200) {
    response.resume();
    throw new DownloadError(`${current} answered HTTP ${response.statusCode}.`);
  }
  const length = Number(response.headers['content-length']);
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const progress = onStart(total);
  const hash = createHash('sha256');
  let received = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      hash.update(chunk);
      progress.update(received);
      done(null, chunk);
    },
  });
  try {
    await pipeline(response, count, createWriteStream(file));
  } catch (error) {
    throw new DownloadError(
      `The download from ${current} broke off after ${received} bytes${total ? ` of ${total}` : ''}: ${(error as Error).message}.`,
    );
  }
  if (total !== null && received !== total) {
    throw new DownloadError(
      `The download from ${current} ended early: ${received} of ${total} bytes arrived.`,
    );
  }
  progress.done();
  return { bytes: received, sha256: hash.digest('hex'), url: current };
}

/**
 * Puts the folder `staged` in place of `target` with renames: the old folder
 * moves to `previous` (inside the caller's work folder, removed with it), and
 * comes back if the new one cannot be put in place, so a failure leaves
 * `target` as it was.
 */
export async function swapInto(staged: string, target: string, previous: string): Promise<void> {
  const hadOld = existsSync(target);
  if (hadOld) await rename(target, previous);
  try {
    await rename(staged, target);
  } catch (error) {
    if (hadOld) await rename(previous, target);
    throw error;
  }
}
