import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Loading } from './Loading';

/**
 * A component whose code is fetched the first time it is drawn (its own chunk of the bundle), so
 * Home does not wait for the session screens, the map or the charts. Meanwhile the Loading line
 * shows, saying what is coming (or, given a function, whatever it draws for the same props).
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  whileLoading: string | ((props: P) => ReactNode),
): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function Loaded(props: P) {
    const fallback =
      typeof whileLoading === 'string' ? <Loading label={whileLoading} /> : whileLoading(props);
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Loaded;
}
