import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('serves SQLite at ./data/trailmap.db on 127.0.0.1:3000 when nothing is set', () => {
    const config = parseConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.database).toEqual({ engine: 'sqlite', path: resolve('./data/trailmap.db') });
    expect(config.aiExposureDir).toBe(resolve('./data/ai-exposure'));
  });

  it('reads the AI-exposure studies from TRAILMAP_AI_EXPOSURE_DIR, resolved to an absolute path', () => {
    const config = parseConfig({ TRAILMAP_AI_EXPOSURE_DIR: '../shared/data/ai-exposure' });
    expect(config.aiExposureDir).toBe(resolve('../shared/data/ai-exposure'));
  });

  it('uses PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const config = parseConfig({ DATABASE_URL: 'postgres://me@db:5432/trailmap' });
    expect(config.database).toEqual({ engine: 'postgres', url: 'postgres://me@db:5432/trailmap' });
  });

  it('treats an empty DATABASE_URL as unset and honours TRAILMAP_SQLITE_PATH', () => {
    const config = parseConfig({ DATABASE_URL: ' ', TRAILMAP_SQLITE_PATH: '/tmp/plans.db' });
    expect(config.database).toEqual({ engine: 'sqlite', path: '/tmp/plans.db' });
  });

  it('says which setting is wrong and how to fix it', () => {
    expect(() => parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT: PORT must be a whole number/);
      expect((error as Error).message).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
    }
  });
});

describe('parseConfig, strictly', () => {
  it('treats blank variables as unset instead of as zero', () => {
    const config = parseConfig({ PORT: ' ', TRAILMAP_PLAN_CACHE_ENTRIES: '' });
    expect(config.port).toBe(3000);
    expect(config.planCacheEntries).toBe(200);
  });

  it('refuses numbers not written in plain digits', () => {
    expect(() => parseConfig({ PORT: '0x1F90' })).toThrow(
      /PORT must be a whole number written in digits/,
    );
    expect(() => parseConfig({ PORT: '8e3' })).toThrow(/PORT/);
    expect(() => parseConfig({ PORT: '70000' })).toThrow(/between 0 and 65535/);
  });

  it('refuses an in-memory SQLite database, whose plans would be lost', () => {
    expect(() => parseConfig({ TRAILMAP_SQLITE_PATH: ':memory:' })).toThrow(/must name a file/);
  });

  it('accepts only loopback host names when serving on loopback, any when serving elsewhere', () => {
    expect(parseConfig({}).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(parseConfig({ HOST: '0.0.0.0' }).allowedHosts).toBeNull();
    expect(
      parseConfig({ HOST: '0.0.0.0', TRAILMAP_ALLOWED_HOSTS: 'Plans.example.org, localhost' })
        .allowedHosts,
    ).toEqual(['plans.example.org', 'localhost']);
  });
});
