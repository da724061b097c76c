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

export interface TypingRun {
  readonly keys: number;
  /** The longest main-thread task while typing (0 when none reached 50 ms). */
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** The slowest key or input event, from the key press to the next paint (16 ms resolution). */
  readonly slowestEventMs: number;
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
  await page.keyboard.type(text, { delay: delayMs });
  // The autosave fires after a pause in typing: wait for it to run too.
  await page.waitForTimeout(1500);
  const seen = await page.evaluate(
    () => (window as unknown as { __typing: { longTasks: number[]; events: number[] } }).__typing,
  );
  return {
    keys: text.length,
    longestTaskMs: Math.max(0, ...seen.longTasks),
    longTasks: seen.longTasks.length,
    slowestEventMs: Math.max(0, ...seen.events),
  };
}
