import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_MESSAGE_BYTES, errorReply } from '../core/protocol';
import type { Host } from './host';
import { serveStatic } from './static';

export const DEFAULT_PORT = 5317;
export const DEFAULT_BIND = '127.0.0.1';
export const WEBSOCKET_PATH = '/ws';

export interface ServerOptions {
  host: Host;
  /** The built renderer (out/web). */
  webRoot: string;
  /** 0 picks a free port. */
  port?: number;
  /** Interface to bind; 127.0.0.1 unless the user opens it to the LAN on purpose. */
  bind?: string;
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
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  let connections = 0;
  wss.on('connection', (ws: WebSocket) => {
    connections += 1;
    const connection = `ws:${connections}`;
    const send = (push: unknown) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(push));
    };
    const unsubscribeBroadcast = host.onPush(send);
    const unsubscribeAddressed = host.onAddressedPush((to, push) => {
      if (to === connection) send(push);
    });
    const unsubscribe = () => {
      unsubscribeBroadcast();
      unsubscribeAddressed();
      host.disconnect(connection);
    };
    ws.on('message', (data, isBinary) => {
      void (async () => {
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
