import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocket } from 'ws';

const root = join(import.meta.dirname, '..', '..');
const HOST_START_LIMIT_MS = 60_000;

type Reply = { id: string; ok: boolean; result?: unknown; error?: { message: string } };

/** A client's socket to the host: replies by id; every other frame's arrival time goes to `onFrame`. */
export class HostClient {
  private n = 0;
  private readonly waiting = new Map<string, (r: Reply) => void>();
  onFrame: (text: string, at: number) => void = () => {};
  frames = 0;
  bytes = 0;

  constructor(
    readonly ws: WebSocket,
    readonly seat: string,
  ) {
    ws.on('message', (data) => {
      const at = performance.now();
      const text = data.toString();
      this.frames += 1;
      this.bytes += text.length;
      if (text.startsWith('{"id"')) {
        const reply = JSON.parse(text) as Reply;
        this.waiting.get(reply.id)?.(reply);
        this.waiting.delete(reply.id);
        return;
      }
      this.onFrame(text, at);
    });
  }

  static open(port: number, seat: string): Promise<HostClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?patch=1`, { origin: `http://127.0.0.1:${port}` });
      ws.once('open', () => resolve(new HostClient(ws, seat)));
      ws.once('error', reject);
    });
  }

  async ok<T>(type: string, payload: unknown): Promise<T> {
    this.n += 1;
    const id = `${this.seat}-${this.n}`;
    const reply = await new Promise<Reply>((resolve) => {
      this.waiting.set(id, resolve);
      this.ws.send(JSON.stringify({ id, type, payload }));
    });
    if (!reply.ok) throw new Error(`${this.seat} ${type}: ${reply.error?.message}`);
    return reply.result as T;
  }

  private seq = 0;
  async move(sessionId: string, event: unknown): Promise<void> {
    this.seq += 1;
    const result = await this.ok<{ ok: boolean; reason?: string }>('session.submit', {
      sessionId,
      seatId: this.seat,
      event,
      nonce: { client: `load-${this.seat}`, seq: this.seq },
    });
    if (!result.ok) throw new Error(`${this.seat} ${(event as { type: string }).type} refused: ${result.reason}`);
  }
}

export interface RunningHost {
  child: ChildProcess;
  port: number;
  /** The facilitator's classroom token (classroom mode only). */
  token: string | null;
}

/**
 * The host in its own process, as in class (so its numbers and its memory are its own): classroom
 * mode on loopback (`lan`), or browser mode for this machine only.
 */
export async function startHost(options: { scenarios: string; web: string; home: string; lan: boolean }): Promise<RunningHost> {
  const args = [join(root, 'scripts', 'host.mjs'), '--port', '0', '--scenarios', options.scenarios, '--web', options.web];
  if (options.lan) args.push('--lan', '--bind', '127.0.0.1');
  const child = spawn(process.execPath, args, { env: { ...process.env, MOOT_COUNCIL_HOME: options.home }, stdio: ['ignore', 'pipe', 'pipe'] });
  const ready = options.lan ? /http:\/\/127\.0\.0\.1:(\d+)\/#\/facilitator\/([0-9A-Z-]+)/ : /Moot Council host: http:\/\/127\.0\.0\.1:(\d+)\//;
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start: ${out}`)), HOST_START_LIMIT_MS);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), token: m[2] ?? null });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the host exited (${code}): ${out}`)));
  });
}

/** Stops a host started here, and waits until it has gone. */
export function stopHost(host: RunningHost): Promise<void> {
  if (host.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    host.child.once('exit', () => resolve());
    host.child.kill('SIGTERM');
  });
}

/** Resident memory of a process in MB (Linux /proc), or null elsewhere. */
export function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * The memory floor: a bare Node process serving WebSockets with the `ws` package, with one client
 * connected and one message answered (what any Node WebSocket host costs before its own work).
 */
export async function bareWsServerMemory(): Promise<number | null> {
  const script = [
    "import { WebSocketServer } from 'ws';",
    "const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });",
    "server.on('connection', (ws) => ws.on('message', (m) => ws.send(m)));",
    "server.on('listening', () => console.log('port ' + server.address().port));",
  ].join('\n');
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const m = /port (\d+)/.exec(chunk.toString());
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`the bare ws server exited (${code})`)));
    });
    const ws = new WebSocket(`ws://127.0.0.1:${port}/`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => ws.send('hello'));
      ws.once('message', () => resolve());
      ws.once('error', reject);
    });
    const memory = memoryOf(child.pid!);
    ws.terminate();
    return memory?.rss ?? null;
  } finally {
    child.kill('SIGTERM');
  }
}
