/**
 * Figures read in headless Chromium: Largest Contentful Paint and layout
 * shift while the dashboard of a full plan loads, and the longest main-thread
 * task while a person types into fields of several screens.
 */
import type { Browser, Page } from '@playwright/test';

/** Collects LCP and layout shifts from the first byte, before any script of the page runs. */
const OBSERVE_LOADING = `
  window.__bench = { lcp: [], shifts: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__bench.lcp.push({
        time: entry.startTime,
        element: entry.element ? entry.element.tagName.toLowerCase() + (entry.element.className ? '.' + String(entry.element.className).split(' ')[0] : '') : '?',
        size: entry.size,
      });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__bench.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
`;

export interface LoadRun {
  readonly lcpMs: number;
  readonly lcpElement: string;
  readonly cls: number;
}

/** One cold load (fresh context: empty cache and storage) of `url`, until `ready` is visible. */
export async function loadOnce(
  browser: Browser,
  url: string,
  readyHeading: string,
): Promise<LoadRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_LOADING);
    await page.goto(url, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: readyHeading }).waitFor();
    // LCP is reported at the paint after a candidate renders: give it two frames and a beat.
    await page.waitForTimeout(500);
    const figures = await page.evaluate(() => {
      const bench = (
        window as unknown as {
          __bench: { lcp: { time: number; element: string }[]; shifts: number[] };
        }
      ).__bench;
      const last = bench.lcp.at(-1);
      return {
        lcpMs: last?.time ?? Number.NaN,
        lcpElement: last?.element ?? 'none',
        cls: bench.shifts.reduce((sum, value) => sum + value, 0),
      };
    });
    return figures;
  } finally {
    await context.close();
  }
}

/** Starts counting long tasks and slow input events from now on. */
const OBSERVE_TYPING = `
  window.__typing = { longTasks: [], events: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__typing.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__typing.events.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16 });
`;

/**
 * Counts the components React renders, through the hook React DevTools use
 * (React calls it on every commit, production builds included). Installed
 * before any script of the page runs. A component counts when it rendered
 * in that commit: mounted, or marked as having performed work; subtrees
 * React skipped (same child fibers as before) are not walked. The count does
 * not depend on how busy the machine is, unlike every time figure here.
 */
export const COUNT_RENDERS = `
  window.__renders = { commits: 0, components: 0 };
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  const walk = (fiber) => {
    for (let child = fiber.child; child; child = child.sibling) {
      const previous = child.alternate;
      if (COMPONENT_TAGS.has(child.tag) && (previous === null || (child.flags & PERFORMED_WORK)))
        window.__renders.components += 1;
      if (previous === null || child.child !== previous.child) walk(child);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { const id = this.renderers.size + 1; this.renderers.set(id, renderer); return id; },
    onCommitFiberRoot(_id, root) { window.__renders.commits += 1; walk(root.current); },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  };
`;

export interface TypingRun {
  readonly keys: number;
  /** The longest main-thread task while typing (0 when none reached 50 ms). */
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** The slowest key or input event, from the key press to the next paint (16 ms resolution). */
  readonly slowestEventMs: number;
  /** Main-thread JavaScript per key (Chromium's ScriptDuration), autosave included. */
  readonly scriptMsPerKey: number;
  /** Components React rendered per key (needs COUNT_RENDERS; null on a page without React). */
  readonly componentsPerKey: number | null;
}

/**
 * Types `text` at `delayMs` per key into `field` (appending to what is there)
 * and reports the long tasks and slow events the page saw meanwhile,
 * including the autosave the typing triggers.
 */
export async function typeInto(
  page: Page,
  field: ReturnType<Page['locator']>,
  text: string,
  delayMs: number,
): Promise<TypingRun> {
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate(OBSERVE_TYPING);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find(
      (metric) => metric.name === 'ScriptDuration',
    )?.value ?? 0;
  const renders = () =>
    page.evaluate(
      () => (window as unknown as { __renders?: { components: number } }).__renders?.components,
    );
  const scriptBefore = await scriptSeconds();
  const rendersBefore = await renders();
  await page.keyboard.type(text, { delay: delayMs });
  // The autosave fires after a pause in typing: wait for it to run too.
  await page.waitForTimeout(1500);
  const scriptAfter = await scriptSeconds();
  const rendersAfter = await renders();
  await cdp.detach();
  const seen = await page.evaluate(
    () => (window as unknown as { __typing: { longTasks: number[]; events: number[] } }).__typing,
  );
  return {
    keys: text.length,
    longestTaskMs: Math.max(0, ...seen.longTasks),
    longTasks: seen.longTasks.length,
    slowestEventMs: Math.max(0, ...seen.events),
    scriptMsPerKey: ((scriptAfter - scriptBefore) * 1000) / text.length,
    componentsPerKey:
      rendersBefore === undefined || rendersAfter === undefined
        ? null
        : (rendersAfter - rendersBefore) / text.length,
  };
}
