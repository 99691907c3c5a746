import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { RequestPayload, RequestResult, RequestType } from '../../core/protocol';
import { HostError, type ConnectionStatus, type HostClient } from './HostClient';

const HostClientContext = createContext<HostClient | null>(null);

export function HostClientProvider({
  client,
  children,
}: {
  client: HostClient;
  children: ReactNode;
}) {
  return <HostClientContext.Provider value={client}>{children}</HostClientContext.Provider>;
}

export function useHostClient(): HostClient {
  const client = useContext(HostClientContext);
  if (!client) throw new Error('useHostClient outside <HostClientProvider>');
  return client;
}

export function useConnectionStatus(): ConnectionStatus {
  const client = useHostClient();
  return useSyncExternalStore(
    (notify) => client.onStatus(notify),
    () => client.status(),
  );
}

export type RequestState<T> =
  { status: 'loading' } | { status: 'error'; error: HostError } | { status: 'ready'; data: T };

/**
 * Runs one request when the component mounts (and when `key` changes); `reload` runs it again.
 * Errors are kept as readable {@link HostError}s for the screen to show.
 */
export function useHostRequest<T extends RequestType>(
  type: T,
  payload: RequestPayload<T>,
  key: string = type,
): RequestState<RequestResult<T>> & { reload: () => void } {
  const client = useHostClient();
  const [state, setState] = useState<RequestState<RequestResult<T>>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    client.request(type, payload).then(
      (data) => !cancelled && setState({ status: 'ready', data }),
      (error: unknown) =>
        !cancelled &&
        setState({
          status: 'error',
          error:
            error instanceof HostError
              ? error
              : new HostError('internal', String((error as Error)?.message ?? error)),
        }),
    );
    return () => {
      cancelled = true;
    };
    // `payload` is identified by `key`: a new object on every render must not re-run the request.
  }, [client, type, key, generation]);

  return { ...state, reload };
}
