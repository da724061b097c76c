import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import {
  buildOccupationIndex,
  loadOnetCatalog,
  MissingOnetFilesError,
  OnetDataMissingError,
  type LoadReport,
  type OccupationIndex,
} from '@trailmap/occupations';

/**
 * The O*NET data as the server holds it. Loading starts at boot and runs in
 * the background (files are read one at a time, the event loop gets a turn
 * between steps), so the server listens at once; until the data is ready,
 * occupation routes answer 503 with what to do.
 */
export type OccupationDataState =
  | { readonly status: 'loading'; readonly dir: string }
  | { readonly status: 'missing'; readonly dir: string }
  | { readonly status: 'failed'; readonly dir: string; readonly reason: string }
  | {
      readonly status: 'ready';
      readonly dir: string;
      readonly index: OccupationIndex;
      readonly report: LoadReport;
      /** Load and index time together, in milliseconds. */
      readonly loadMs: number;
    };

export interface OccupationData {
  readonly state: () => OccupationDataState;
  /** Resolves when loading has ended, whatever its outcome. */
  readonly ready: Promise<OccupationDataState>;
}

/** Starts loading the O*NET release in `dir`; the returned handle answers its state at any time. */
export function loadOccupationData(
  dir: string,
  log: (message: string) => void = () => {},
): OccupationData {
  let state: OccupationDataState = { status: 'loading', dir };
  const ready = (async (): Promise<OccupationDataState> => {
    const started = performance.now();
    try {
      const { catalog, report } = await loadOnetCatalog(dir);
      const index = await buildOccupationIndex(catalog, () => yieldToEventLoop());
      const loadMs = Math.round(performance.now() - started);
      state = { status: 'ready', dir, index, report, loadMs };
      log(
        `O*NET ${report.release?.version ?? '(unknown release)'} loaded from ${dir}: ${report.occupations} occupations, ${report.rejects.length} rows rejected, ${loadMs} ms`,
      );
    } catch (error) {
      if (error instanceof OnetDataMissingError) {
        state = { status: 'missing', dir };
        log(
          `No O*NET data in ${dir}: occupation features are off until you run npm run data:onet.`,
        );
      } else {
        const reason =
          error instanceof MissingOnetFilesError || error instanceof Error
            ? error.message
            : String(error);
        state = { status: 'failed', dir, reason };
        log(`O*NET data in ${dir} could not be loaded: ${reason}`);
      }
    }
    return state;
  })();
  return { state: () => state, ready };
}

/** A handle on data already in memory (tests, benchmarks). */
export function readyOccupationData(
  index: OccupationIndex,
  report: LoadReport,
  loadMs = 0,
): OccupationData {
  const state: OccupationDataState = { status: 'ready', dir: report.dir, index, report, loadMs };
  return { state: () => state, ready: Promise.resolve(state) };
}
