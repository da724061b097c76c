import { fileURLToPath } from 'node:url';

/** The hand-made sample in the studies' layout (test-fixtures/README.md lists its malformed rows). */
export const MINI_AI_EXPOSURE_DIR = fileURLToPath(
  new URL('../../test-fixtures/ai-exposure-mini', import.meta.url),
);
