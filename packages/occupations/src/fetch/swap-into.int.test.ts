import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { swapInto } from './download.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'trailmap-swap-'));
  await mkdir(join(root, 'target'));
  await writeFile(join(root, 'target', 'file.txt'), 'old');
  await mkdir(join(root, 'work'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('swapInto', () => {
  it('puts the new folder in place and moves the old one aside', async () => {
    await mkdir(join(root, 'staged'));
    await writeFile(join(root, 'staged', 'file.txt'), 'new');
    await swapInto(join(root, 'staged'), join(root, 'target'), join(root, 'work', 'previous'));
    expect(await readFile(join(root, 'target', 'file.txt'), 'utf8')).toBe('new');
    expect(await readFile(join(root, 'work', 'previous', 'file.txt'), 'utf8')).toBe('old');
  });

  it('brings the old folder back when the new one cannot be put in place', async () => {
    const missing = join(root, 'never-staged');
    await expect(
      swapInto(missing, join(root, 'target'), join(root, 'work', 'previous')),
    ).rejects.toThrow(/ENOENT/);
    expect(await readFile(join(root, 'target', 'file.txt'), 'utf8')).toBe('old');
  });
});
