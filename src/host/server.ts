import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_MESSAGE_BYTES, errorReply } from '../core/protocol';
import type { Host } from './host';
import { isLoopback } from './classroom/network';
import { PushPatcher } from './classroom/patcher';
import { RATE_LIMIT_MAX_REFUSALS, TokenBucket } from './classroom/rate-limit';
import { serveStatic } from './static';

export const DEFAULT_PORT = 5317;
export const DEFAULT_BIND = '127.0.0.1';
export const WEBSOCKET_PATH = '/ws';
/** Connections one listener open to the network accepts at once (a class is 10 to 60). */
export const MAX_LAN_CONNECTIONS = 256;

/** Connection ids are unique across every listener of the process (a host may have two). */
let connectionCounter = 0;

export interface ServerOptions {
  host: Host;
  /** The built renderer (out/web). */
  webRoot: string;
  /** 0 picks a free port. */
  port?: number;
  /** Interface to bind; 127.0.0.1 unless the user opens it to the LAN on purpose. */
  bind?: string;
  /**
   * Classroom listener: every connection is a stranger until it shows a join code or the
   * facilitator's code (src/host/classroom). Implied when `bind` is not a loopback address.
   * Otherwise only connections from this machine, to a loopback host name, are trusted.
   */
  lan?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * Browser mode: one HTTP server that serves the web bundle and speaks the protocol over a
 * WebSocket at `/ws`. Only same-origin pages may open the socket (Origin checked), so another
 * site open in the same browser cannot drive the host.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { host, webRoot } = options;
  const bind = options.bind ?? DEFAULT_BIND;
  const lan = options.lan ?? !isLoopback(bind);
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error(`no web bundle at ${webRoot} (run "npm run build:web" first)`);
  }

  const server = createServer((req, res) => {
    void serveStatic(webRoot, req, res);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  server.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '').split('?')[0];
    const origin = req.headers.origin;
    const hostHeader = req.headers.host;
    const sameOrigin =
      origin !== undefined && hostHeader !== undefined && origin === `http://${hostHeader}`;
    if (path !== WEBSOCKET_PATH || !sameOrigin) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    if (lan && wss.clients.size >= MAX_LAN_CONNECTIONS) {
      socket.write('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    connectionCounter += 1;
    const connection = `ws:${connectionCounter}`;
    // Trusted as the local user only from this machine, under a loopback host name (a page of
    // another site rebinding its name to 127.0.0.1 is not); anyone else needs a code.
    const local =
      !lan && isLoopback(req.socket.remoteAddress) && isLoopbackHostHeader(req.headers.host);
    const detach = host.classroom.attach(connection, {
      lan: !local,
      close: (code, reason) => ws.close(code, reason),
    });
    const bucket = new TokenBucket();
    // Clients that can apply patches ask for them (/ws?patch=1): session views then go as diffs.
    const patcher =
      new URL(req.url ?? '/', 'http://host').searchParams.get('patch') === '1'
        ? new PushPatcher()
        : null;
    const send = (push: unknown) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(push));
    };
    const unsubscribeBroadcast = host.onPush(send);
    const unsubscribeAddressed = host.onAddressedPush((to, push) => {
      if (to === connection) send(patcher ? patcher.encode(push) : push);
    });
    let closed = false;
    /** Messages being handled: their replies go out before a flooding connection is closed. */
    const inFlight = new Set<Promise<void>>();
    let closing = false;
    const unsubscribe = () => {
      if (closed) return;
      closed = true;
      unsubscribeBroadcast();
      unsubscribeAddressed();
      detach();
      host.disconnect(connection);
    };
    ws.on('message', (data, isBinary) => {
      if (closing) return;
      if (!bucket.take()) {
        // Refused unread: not parsed, not handled. The reply names the request when it is easy to see.
        if (bucket.refusals >= RATE_LIMIT_MAX_REFUSALS) {
          // A move applied before the flood still gets its reply: close once those are sent.
          closing = true;
          void Promise.allSettled([...inFlight]).then(() => ws.close(1008, 'Too many messages.'));
        } else {
          const id =
            /^\s*\{\s*"id"\s*:\s*"([^"\\]{1,64})"/.exec(
              !isBinary && Buffer.isBuffer(data) ? data.toString('utf8', 0, 100) : '',
            )?.[1] ?? '';
          send(
            errorReply(
              id,
              'rate-limited',
              'Too many messages too fast; this one was ignored. Wait a moment.',
            ),
          );
        }
        return;
      }
      const handled = (async () => {
        let message: unknown;
        try {
          if (isBinary) throw new Error('binary frames are not part of the protocol');
          message = JSON.parse(data.toString());
        } catch (error) {
          ws.send(
            JSON.stringify(
              errorReply('', 'bad-request', `not a JSON message: ${(error as Error).message}`),
            ),
          );
          return;
        }
        const reply = await host.handle(message, { transport: 'websocket', connection });
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(reply));
      })();
      inFlight.add(handled);
      void handled.finally(() => inFlight.delete(handled));
    });
    ws.on('close', unsubscribe);
    ws.on('error', unsubscribe);
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, bind, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = bind.includes(':') ? `[${bind}]` : bind;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((resolvePromise) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

/** Whether a Host header names this machine (127.x.y.z, localhost, [::1]), with or without a port. */
export function isLoopbackHostHeader(header: string | undefined): boolean {
  if (!header) return false;
  const name = header.startsWith('[')
    ? header.slice(1, header.indexOf(']'))
    : header.split(':')[0]!;
  return name === 'localhost' || isLoopback(name);
}
