import { lazy, useEffect, useState } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- screens take no props
export interface LazyModule<P extends object = {}> {
  /** The component, rendered like any `lazy` one under a Suspense boundary. */
  readonly Component: LazyExoticComponent<ComponentType<P>>;
  /** Fetches the code now (once, whoever asks first); resolves when it can render. */
  load(): Promise<void>;
  /** Whether the code is in: `Component` then renders without suspending. */
  isLoaded(): boolean;
}

/**
 * A lazily loaded component whose code can be fetched ahead of rendering and
 * that renders at once when it has arrived.
 *
 * React's `lazy` suspends on its first render even when the module is already
 * in memory (an `import()` promise never resolves synchronously), so the
 * boundary commits its fallback and React then holds the real content back
 * for up to 300 ms (its fallback throttle) — on the dashboard that hold was
 * most of the gap between the data arriving and the largest paint. Here,
 * once the code is in, `lazy` receives an already-settled thenable and
 * renders in the same pass.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- screens take no props
export function lazyModule<P extends object = {}>(
  importer: () => Promise<{ default: ComponentType<P> }>,
): LazyModule<P> {
  type Module = { default: ComponentType<P> };
  let loaded: Module | null = null;
  let loading: Promise<Module> | null = null;
  const fetchOnce = () => {
    loading ??= importer().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed download may be retried by the next render or preload.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Component = lazy(() => {
    const module = loaded;
    if (!module) return fetchOnce();
    // Settled already: `lazy` reads it synchronously, no suspension.
    const settled = {
      status: 'fulfilled' as const,
      value: module,
      then(onFulfilled: (value: Module) => unknown) {
        onFulfilled(module);
        return settled;
      },
    };
    return settled as unknown as Promise<Module>;
  });
  return {
    Component,
    load: () => fetchOnce().then(() => undefined),
    isLoaded: () => loaded !== null,
  };
}

/**
 * Whether `module`'s code is in, fetching it if not. Rendering a placeholder
 * until then, instead of suspending, keeps React from committing a Suspense
 * fallback and then holding the real content back for its 300 ms throttle.
 */
export function useLoadedModule(module: Pick<LazyModule, 'load' | 'isLoaded'>): boolean {
  const [loaded, setLoaded] = useState(module.isLoaded);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    // On failure, render it anyway: `lazy` tries again and the error shows.
    const settle = () => current && setLoaded(true);
    module.load().then(settle, settle);
    return () => {
      current = false;
    };
  }, [module, loaded]);
  return loaded;
}
