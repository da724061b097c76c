import { describe, expect, it } from 'vitest';
import type { PlanStore } from '../plan-store.ts';
import { createClock, newOwnerId } from './contract-fixtures.ts';

/** The language-model endpoint, one per owner (decision 0020). */
export function describeAssistantSettingsContract(store: () => PlanStore): void {
  describe('assistant settings', () => {
    it('has none until they are saved: the feature is off by default', async () => {
      expect(await store().getAssistantSettings(newOwnerId())).toBeNull();
    });

    it('saves the endpoint with its key and reads back exactly what was stored', async () => {
      const ownerId = newOwnerId();
      const now = createClock()();
      const saved = await store().saveAssistantSettings({
        ownerId,
        baseUrl: 'http://127.0.0.1:11434/v1',
        model: 'llama3.2',
        apiKey: 'sk-test-1234',
        now,
      });
      const expected = {
        baseUrl: 'http://127.0.0.1:11434/v1',
        model: 'llama3.2',
        apiKey: 'sk-test-1234',
        updatedAt: now,
      };
      expect(saved).toStrictEqual(expected);
      expect(await store().getAssistantSettings(ownerId)).toStrictEqual(expected);
    });

    it('keeps the stored key when a save leaves it undefined, removes it on null', async () => {
      const ownerId = newOwnerId();
      const clock = createClock();
      const base = { ownerId, baseUrl: 'https://models.example/v1', model: 'a' };
      await store().saveAssistantSettings({ ...base, apiKey: 'sk-keep', now: clock() });

      const kept = await store().saveAssistantSettings({
        ...base,
        model: 'b',
        apiKey: undefined,
        now: clock(),
      });
      expect(kept.model).toBe('b');
      expect(kept.apiKey).toBe('sk-keep');

      const removed = await store().saveAssistantSettings({ ...base, apiKey: null, now: clock() });
      expect(removed.apiKey).toBeNull();
      expect((await store().getAssistantSettings(ownerId))?.apiKey).toBeNull();
    });

    it('stores no key when the first save has none', async () => {
      const ownerId = newOwnerId();
      const saved = await store().saveAssistantSettings({
        ownerId,
        baseUrl: 'http://localhost:1234/v1',
        model: 'local',
        apiKey: undefined,
        now: createClock()(),
      });
      expect(saved.apiKey).toBeNull();
    });

    it('keeps owners apart and deletes only the owner’s own settings', async () => {
      const [first, second] = [newOwnerId(), newOwnerId()];
      const now = createClock()();
      for (const ownerId of [first, second]) {
        await store().saveAssistantSettings({
          ownerId,
          baseUrl: 'http://localhost:1234/v1',
          model: ownerId,
          apiKey: null,
          now,
        });
      }

      expect(await store().deleteAssistantSettings(first)).toBe(true);
      expect(await store().deleteAssistantSettings(first)).toBe(false);
      expect(await store().getAssistantSettings(first)).toBeNull();
      expect((await store().getAssistantSettings(second))?.model).toBe(second);
    });
  });
}
