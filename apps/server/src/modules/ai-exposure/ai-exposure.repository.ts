import { HOW_TO_ADD_AI_EXPOSURE } from './ai-exposure.errors.ts';
import {
  AiExposureDataMissingError,
  loadAiExposureData,
  type AiExposureData,
} from '@trailmap/ai-exposure';

/**
 * The AI-exposure studies as the server holds them: loaded in the background
 * at boot like the O*NET data, so the server listens at once; until they are
 * ready, or when they are missing, AI-exposure routes answer 503 with what to do.
 */
export type AiExposureState =
  | { readonly status: 'loading'; readonly dir: string }
  | { readonly status: 'missing'; readonly dir: string }
  | { readonly status: 'failed'; readonly dir: string; readonly reason: string }
  | { readonly status: 'ready'; readonly dir: string; readonly data: AiExposureData };

export interface AiExposureSource {
  readonly state: () => AiExposureState;
  /** Resolves when loading has ended, whatever its outcome. */
  readonly ready: Promise<AiExposureState>;
}

export function loadAiExposureSource(
  dir: string,
  log: (message: string) => void = () => {},
): AiExposureSource {
  let state: AiExposureState = { status: 'loading', dir };
  const ready = (async (): Promise<AiExposureState> => {
    try {
      const data = await loadAiExposureData(dir);
      state = { status: 'ready', dir, data };
      const read = data.report.files.filter((f) => f.present);
      log(
        `AI-exposure studies loaded from ${dir}: ${read.length} files (${read
          .map((f) => `${f.file}${f.knownVersion ? '' : ' (unknown version)'}`)
          .join(', ')}), ${data.report.rejects.length} rows rejected, ${data.report.durationMs} ms`,
      );
    } catch (error) {
      if (error instanceof AiExposureDataMissingError) {
        state = { status: 'missing', dir };
        log(`AI-exposure features are off until the data is added. ${HOW_TO_ADD_AI_EXPOSURE}`);
      } else {
        const reason = error instanceof Error ? error.message : String(error);
        state = { status: 'failed', dir, reason };
        log(`AI-exposure data in ${dir} could not be loaded: ${reason}`);
      }
    }
    return state;
  })();
  return { state: () => state, ready };
}

/** A handle on studies already in memory (tests, benchmarks). */
export function readyAiExposureSource(data: AiExposureData): AiExposureSource {
  const state: AiExposureState = { status: 'ready', dir: data.report.dir, data };
  return { state: () => state, ready: Promise.resolve(state) };
}
