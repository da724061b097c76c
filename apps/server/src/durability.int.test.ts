import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startServerProcess, type ServerProcess } from './testing/server-process.ts';
import { PG_SKIP_NOTE, testPgUrl } from './testing/test-stores.ts';

interface Target {
  readonly engine: string;
  readonly env: () => Promise<Record<string, string>>;
  readonly cleanup: () => Promise<void>;
}

const tempDirs: string[] = [];
const pgDatabases: string[] = [];

const sqliteTarget: Target = {
  engine: 'sqlite',
  env: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-durability-'));
    tempDirs.push(dir);
    return { TRAILMAP_SQLITE_PATH: join(dir, 'trailmap.db'), DATABASE_URL: '' };
  },
  cleanup: async () => {
    for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  },
};

/** A database of its own on the test server, so the real start-up path (public schema) is used. */
function postgresTarget(url: string): Target {
  const admin = () => new pg.Client({ connectionString: url });
  return {
    engine: 'postgres',
    env: async () => {
      const name = `trailmap_durability_${process.pid}_${pgDatabases.length}`;
      const client = admin();
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      pgDatabases.push(name);
      const target = new URL(url);
      target.pathname = `/${name}`;
      return { DATABASE_URL: target.toString() };
    },
    cleanup: async () => {
      const client = admin();
      await client.connect();
      for (const name of pgDatabases.splice(0))
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const targets: Target[] = [sqliteTarget, ...(testPgUrl ? [postgresTarget(testPgUrl)] : [])];

// Says so in the report when the PostgreSQL half of this file does not run.
if (!testPgUrl)
  describe.skip(PG_SKIP_NOTE, () => {
    it('kills and restarts a PostgreSQL-backed server', () => {});
  });

async function json(response: Response) {
  return (await response.json()) as Record<string, unknown> & { version: number; title: string };
}

for (const target of targets) {
  describe(`a real server process on ${target.engine}`, () => {
    const servers: ServerProcess[] = [];
    afterAll(async () => {
      for (const server of servers) await server.kill();
      await target.cleanup();
    });

    it('loses none of the saves it acknowledged when killed with SIGKILL mid-stream', async () => {
      const env = await target.env();
      const first = await startServerProcess(env);
      servers.push(first);
      const created = await json(
        await fetch(`${first.url}/api/plans`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'save 0' }),
        }),
      );
      const planId = String(created.id);
      const content = created.content;

      // A stream of saves; the kill lands while a request is in flight.
      const acknowledged = new Map<number, string>();
      let version = created.version;
      let killed = false;
      const writer = (async () => {
        for (let n = 1; n < 100_000 && !killed; n++) {
          const title = `save ${n}`;
          try {
            const response = await fetch(`${first.url}/api/plans/${planId}`, {
              method: 'PUT',
              headers: { 'content-type': 'application/json', 'if-match': `"${version}"` },
              body: JSON.stringify({ title, content }),
            });
            if (response.status !== 200) throw new Error(`unexpected ${response.status}`);
            const saved = await json(response);
            version = saved.version;
            acknowledged.set(saved.version, title);
          } catch (error) {
            if (killed) return;
            throw error;
          }
        }
      })();
      while (acknowledged.size < 40) await new Promise((r) => setTimeout(r, 5));
      killed = true;
      await first.kill('SIGKILL');
      await writer;
      expect(first.child.signalCode).toBe('SIGKILL');

      const second = await startServerProcess(env);
      servers.push(second);
      const plan = await json(await fetch(`${second.url}/api/plans/${planId}`));
      const lastAcknowledged = Math.max(...acknowledged.keys());
      // A save in flight at the kill may have committed without its answer arriving: at most one more.
      expect(plan.version).toBeGreaterThanOrEqual(lastAcknowledged);
      expect(plan.version).toBeLessThanOrEqual(lastAcknowledged + 1);
      const { revisions } = (await (
        await fetch(`${second.url}/api/plans/${planId}/revisions`)
      ).json()) as {
        revisions: { version: number; title: string }[];
      };
      const stored = new Map(revisions.map((r) => [r.version, r.title]));
      for (const [savedVersion, title] of acknowledged)
        expect(stored.get(savedVersion)).toBe(title);
      await second.kill('SIGTERM');
    });

    it('never lets two clients editing the same plan at once overwrite each other', async () => {
      const server = await startServerProcess(await target.env());
      servers.push(server);
      const created = await json(
        await fetch(`${server.url}/api/plans`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'shared' }),
        }),
      );
      const url = `${server.url}/api/plans/${String(created.id)}`;
      const acceptedTitles: string[] = [];

      // Each round, both clients read the same version and save their own edit at the same moment.
      for (let round = 0; round < 25; round++) {
        const base = await json(await fetch(url));
        const attempts = await Promise.all(
          ['A', 'B'].map(async (client) => {
            const title = `round ${round} by ${client}`;
            const response = await fetch(url, {
              method: 'PUT',
              headers: { 'content-type': 'application/json', 'if-match': `"${base.version}"` },
              body: JSON.stringify({ title, content: base.content }),
            });
            return { title, status: response.status, body: await json(response) };
          }),
        );
        const winners = attempts.filter((a) => a.status === 200);
        const losers = attempts.filter((a) => a.status !== 200);
        expect(winners).toHaveLength(1);
        expect(losers.map((l) => l.status)).toEqual([412]);
        // The loser learns what it would have overwritten.
        const conflict = losers[0]!.body as unknown as {
          error: { details: { current: { title: string } } };
        };
        expect(conflict.error.details.current.title).toBe(winners[0]!.title);
        acceptedTitles.push(winners[0]!.title);
      }
      const { revisions } = (await (await fetch(`${url}/revisions`)).json()) as {
        revisions: { title: string }[];
      };
      expect(
        revisions
          .map((r) => r.title)
          .reverse()
          .slice(1),
      ).toEqual(acceptedTitles);
      await server.kill('SIGTERM');
    });
  });
}
