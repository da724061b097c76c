/**
 * How much JavaScript the first screen needs: the entry chunk named in the
 * built index.html and every chunk it imports statically, found through
 * Vite's manifest, each gzipped at level 9 as a server would send it. Lazy
 * chunks (the workspace and each plan screen) are summed apart: they load
 * only when a screen is opened.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleFigures {
  /** Files the first screen loads, JavaScript only, with gzip bytes each. */
  readonly firstScreen: ReadonlyArray<{ file: string; gzipBytes: number; rawBytes: number }>;
  readonly firstScreenGzipBytes: number;
  readonly firstScreenCssGzipBytes: number;
  readonly lazyChunkCount: number;
  readonly lazyGzipBytes: number;
  /** Chunks index.html asks for (script + modulepreload) that the manifest walk did not find, or the reverse. */
  readonly mismatch: readonly string[];
}

const gzipBytesOf = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function measureFirstScreen(distDir: string): BundleFigures {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const fromHtml = new Set(
    [
      ...html.matchAll(
        /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g,
      ),
    ]
      .map((match) => match[1])
      .filter((file): file is string => file !== undefined),
  );

  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('The Vite manifest names no entry chunk.');
  const staticKeys = new Set<string>();
  const visit = (key: string) => {
    if (staticKeys.has(key)) return;
    staticKeys.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entryKey);

  const jsFiles = [...staticKeys].map((key) => manifest[key]!.file);
  const cssFiles = [...new Set([...staticKeys].flatMap((key) => manifest[key]?.css ?? []))];
  const firstScreen = jsFiles.map((file) => ({
    file,
    gzipBytes: gzipBytesOf(join(distDir, file)),
    rawBytes: readFileSync(join(distDir, file)).length,
  }));
  const firstSet = new Set(jsFiles);
  const mismatch = [
    ...[...fromHtml].filter((file) => !firstSet.has(file)).map((f) => `in index.html only: ${f}`),
    ...jsFiles.filter((file) => !fromHtml.has(file)).map((f) => `in the manifest walk only: ${f}`),
  ];

  const lazy = readdirSync(join(distDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
    .filter((file) => !firstSet.has(file));
  return {
    firstScreen,
    firstScreenGzipBytes: firstScreen.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    firstScreenCssGzipBytes: cssFiles.reduce(
      (sum, file) => sum + gzipBytesOf(join(distDir, file)),
      0,
    ),
    lazyChunkCount: lazy.length,
    lazyGzipBytes: lazy.reduce((sum, file) => sum + gzipBytesOf(join(distDir, file)), 0),
    mismatch,
  };
}
