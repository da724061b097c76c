export { analyzeValue, thirdPersonOf } from './value-verbs.ts';
