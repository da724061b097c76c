export * from './plan-content.schema.ts';
export * from './plans.schema.ts';
export * from './iterations.schema.ts';
export type * from './types.ts';
export * from './occupations.schema.ts';
export * from './coach.schema.ts';
export * from './ai-exposure.schema.ts';
export * from './assistant.schema.ts';
