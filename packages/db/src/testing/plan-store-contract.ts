import { afterEach, beforeEach, describe } from 'vitest';
import type { PlanStore } from '../plan-store.ts';
import { describeAssistantSettingsContract } from './assistant-settings-contract.ts';
import { describeDeletePlanContract } from './delete-plan-contract.ts';
import { describeIterationsContract } from './iterations-contract.ts';
import { describePlansContract } from './plans-contract.ts';
import { describeProofContract } from './proof-contract.ts';
import { describeTextContract } from './text-contract.ts';

/**
 * The behaviour every PlanStore must show, whatever the engine. Each engine's
 * integration test calls this with a way to open a fresh store; the suite opens
 * one per test and closes it afterwards.
 *
 * Tests never rely on an empty database: each works under a fresh owner and
 * fresh ids, so `open` may hand back stores over one shared database.
 */
export function describePlanStoreContract(label: string, open: () => Promise<PlanStore>): void {
  describe(label, () => {
    let opened: PlanStore | undefined;

    beforeEach(async () => {
      opened = await open();
    });

    afterEach(async () => {
      await opened?.close();
      opened = undefined;
    });

    const store = (): PlanStore => {
      if (opened === undefined)
        throw new Error('The contract suite uses the store only inside a test.');
      return opened;
    };

    describePlansContract(store);
    describeDeletePlanContract(store);
    describeIterationsContract(store);
    describeProofContract(store);
    describeTextContract(store);
    describeAssistantSettingsContract(store);
  });
}
