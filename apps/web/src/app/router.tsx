import { useSyncExternalStore } from 'react';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { parseRoute } from './routes.ts';
import type { Route } from './routes.ts';

const NAVIGATED = 'trailmap:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentPath = () => window.location.pathname;

/** Moves to a path inside the app without reloading the page. */
export function navigate(path: string, options: { replace?: boolean } = {}) {
  if (path === currentPath() + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** The route of the current location, updated on every navigation. */
export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, currentPath, currentPath);
  return parseRoute(path);
}

/** The current query string's parameters (e.g. which iterations to compare). */
export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
  return new URLSearchParams(search);
}

/**
 * A real link (it opens in a new tab, shows its address, works without
 * script) that navigates in place on a plain click.
 */
export function Link({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={onLinkClick} {...rest} />;
}
