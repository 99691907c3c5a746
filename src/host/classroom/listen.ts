import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Host } from '../host';
import { defaultWebRoot, repoRoot } from '../paths';
import { startServer } from '../server';
import type { Listener } from './service';

/**
 * The web bundle a classroom listener serves: the browser-mode build (out/web) when there is
 * one, else the desktop app's own renderer build (out/renderer, inside app.asar when packaged):
 * it is the same React app, which talks WebSocket when it finds no desktop bridge.
 */
export function classroomWebRoot(explicit?: string): string {
  const candidates = explicit
    ? [explicit]
    : [defaultWebRoot(), join(repoRoot(), 'out', 'renderer')];
  const found = candidates.find((dir) => existsSync(join(dir, 'index.html')));
  if (!found) {
    throw new Error(
      `no web bundle to serve to the classroom (looked in ${candidates.join(', ')}; run "npm run build:web")`,
    );
  }
  return found;
}

/** Starts a listener open to the network for a host (classroom.open in the desktop app or browser mode). */
export async function listenForClassroom(
  host: Host,
  port: number,
  bind: string,
  webRoot?: string,
): Promise<Listener> {
  const running = await startServer({
    host,
    webRoot: classroomWebRoot(webRoot),
    port,
    bind,
    lan: true,
  });
  return { port: running.port, bind, close: () => running.close() };
}
