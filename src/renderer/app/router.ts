import { useSyncExternalStore } from 'react';

/**
 * A tiny hash router: the app has a handful of screens, works from app:// and from any host
 * path, and needs no server-side routes. Later screens add cases to {@link parseRoute}.
 */
export type Route =
  | { name: 'home' }
  | { name: 'scenario'; id: string }
  | { name: 'new-session'; scenarioId?: string | undefined }
  | { name: 'session'; id: string; nav?: string | undefined; seq?: number | undefined }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'home' };
  const fresh = /^\/new(?:\/([^/]+))?$/.exec(path);
  if (fresh) {
    try {
      return { name: 'new-session', scenarioId: fresh[1] ? decodeURIComponent(fresh[1]) : undefined };
    } catch {
      return { name: 'not-found', path };
    }
  }
  const session = /^\/session\/([^/]+)(?:\/([a-z]+))?(?:\/(\d+))?$/.exec(path);
  if (session) {
    try {
      return {
        name: 'session',
        id: decodeURIComponent(session[1]!),
        nav: session[2],
        seq: session[3] ? Number(session[3]) : undefined,
      };
    } catch {
      return { name: 'not-found', path };
    }
  }
  const scenario = /^\/scenario\/([^/]+)$/.exec(path);
  if (scenario) {
    try {
      return { name: 'scenario', id: decodeURIComponent(scenario[1]!) };
    } catch {
      return { name: 'not-found', path };
    }
  }
  return { name: 'not-found', path };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'scenario':
      return `#/scenario/${encodeURIComponent(route.id)}`;
    case 'new-session':
      return route.scenarioId ? `#/new/${encodeURIComponent(route.scenarioId)}` : '#/new';
    case 'session':
      return `#/session/${encodeURIComponent(route.id)}${route.nav ? `/${route.nav}` : ''}${route.nav && route.seq !== undefined ? `/${route.seq}` : ''}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(notify: () => void): () => void {
  window.addEventListener('hashchange', notify);
  return () => window.removeEventListener('hashchange', notify);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
