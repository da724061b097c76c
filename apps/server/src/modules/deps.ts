import type { PlanStore } from '@trailmap/db';

/** What use cases need from the outside world, passed in so tests can fix them. */
export interface UseCaseDeps {
  readonly store: PlanStore;
  /** The current instant; injected so history and tests are deterministic. */
  readonly now: () => Date;
  /** A fresh unique id for a new plan, iteration or proof entry. */
  readonly newId: () => string;
}
