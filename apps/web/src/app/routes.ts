/**
 * Every screen of the app as a path, parsed without a routing library: the
 * tree is small and fixed, and each screen's code loads only when it is opened.
 */

/** The parts of a plan, in the order the method works them. */
export const PLAN_SCREENS = [
  'dashboard',
  'quick-start',
  'strategy',
  'product',
  'vision',
  'skills',
  'audit',
  'roadmap',
  'portfolio',
  'restructure',
] as const;
export type PlanScreen = (typeof PLAN_SCREENS)[number];

export type Route =
  | { readonly name: 'plans' }
  | { readonly name: 'about' }
  | { readonly name: 'language-model' }
  | { readonly name: 'occupations' }
  | { readonly name: 'occupation'; readonly code: string }
  | { readonly name: 'plan'; readonly planId: string; readonly screen: PlanScreen }
  | { readonly name: 'not-found'; readonly path: string };

const isPlanScreen = (value: string): value is PlanScreen =>
  (PLAN_SCREENS as readonly string[]).includes(value);

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Reads a location pathname; a trailing slash does not matter. */
export function parseRoute(pathname: string): Route {
  const segments = pathname.split('/').filter((part) => part !== '');
  if (segments.length === 0) return { name: 'plans' };
  if (segments.length === 1 && segments[0] === 'about') return { name: 'about' };
  if (segments.length === 2 && segments[0] === 'settings' && segments[1] === 'language-model')
    return { name: 'language-model' };
  if (segments[0] === 'occupations') {
    if (segments.length === 1) return { name: 'occupations' };
    const code = decodeSegment(segments[1] ?? '');
    if (segments.length === 2 && code && /^\d{2}-\d{4}\.\d{2}$/.test(code))
      return { name: 'occupation', code };
  }
  if (segments[0] === 'plans' && (segments.length === 2 || segments.length === 3)) {
    const planId = decodeSegment(segments[1] ?? '');
    const screen = segments[2] ?? 'dashboard';
    if (planId && isPlanScreen(screen)) return { name: 'plan', planId, screen };
  }
  return { name: 'not-found', path: pathname };
}

/** The path of a route; `parseRoute(pathOf(r))` gives `r` back. */
export function pathOf(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'plans':
      return '/';
    case 'about':
      return '/about';
    case 'language-model':
      return '/settings/language-model';
    case 'occupations':
      return '/occupations';
    case 'occupation':
      return `/occupations/${encodeURIComponent(route.code)}`;
    case 'plan': {
      const base = `/plans/${encodeURIComponent(route.planId)}`;
      return route.screen === 'dashboard' ? base : `${base}/${route.screen}`;
    }
  }
}

export const planPath = (planId: string, screen: PlanScreen = 'dashboard') =>
  pathOf({ name: 'plan', planId, screen });

export const occupationPath = (code: string) => pathOf({ name: 'occupation', code });
