export { describePlanStoreContract } from './plan-store-contract.ts';
