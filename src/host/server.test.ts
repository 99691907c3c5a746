import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { Host } from './host';
import { startServer, type RunningServer } from './server';

const web = mkdtempSync(join(tmpdir(), 'moot-web-'));
mkdirSync(join(web, 'assets'));
writeFileSync(join(web, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(web, '..', 'moot-secret.txt'), 'secret');

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    host: new Host({
      scenariosDir: join(import.meta.dirname, '..', '..', 'scenarios'),
      appVersion: '1',
    }),
    webRoot: web,
    port: 0,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(web, { recursive: true, force: true });
  rmSync(join(web, '..', 'moot-secret.txt'), { force: true });
});

/** A raw GET, so paths like /../ reach the server unnormalised. */
function get(
  path: string,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path, method: 'GET' },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function openSocket(origin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

describe('browser-mode server', () => {
  it('binds 127.0.0.1 and prints its URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves the bundle with MIME types and the CSP', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const js = await get('/assets/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/nope.js')).status).toBe(404);
  });

  it('blocks path traversal', async () => {
    for (const path of [
      '/../moot-secret.txt',
      '/%2e%2e/moot-secret.txt',
      '/assets/..%2f..%2fmoot-secret.txt',
    ]) {
      const res = await get(path);
      expect(res.status).not.toBe(200);
      expect(res.body).not.toContain('secret');
    }
  });

  it('answers protocol requests over the WebSocket', async () => {
    const ws = await openSocket(`http://127.0.0.1:${server.port}`);
    const reply = await new Promise<unknown>((resolve) => {
      ws.once('message', (data) => resolve(JSON.parse(String(data))));
      ws.send(JSON.stringify({ id: 'w1', type: 'scenarios.list', payload: {} }));
    });
    expect(reply).toMatchObject({ id: 'w1', ok: true, result: { scenarios: expect.any(Array) } });
    const bad = await new Promise<unknown>((resolve) => {
      ws.once('message', (data) => resolve(JSON.parse(String(data))));
      ws.send('{not json');
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    ws.close();
  });

  it('refuses WebSockets from another origin', async () => {
    await expect(openSocket('http://evil.example')).rejects.toThrow(/403/);
  });
});
