export * from './model.ts';
export * from './studies.ts';
export * from './parse/rows.ts';
export * from './parse/read-studies.ts';
export * from './reader/load-ai-exposure.ts';
export * from './soc-crosswalk.ts';
