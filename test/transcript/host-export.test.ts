import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/protocol';
import { handleSessionExport } from '../../src/host/export-service';
import { Host } from '../../src/host/host';
import { ScenarioStore } from '../../src/host/scenarios';
import { SessionService } from '../../src/host/sessions';

const scenariosDir = join(import.meta.dirname, '..', '..', 'scenarios');
const root = mkdtempSync(join(tmpdir(), 'moot-host-export-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let id = 0;
async function call(host: Host, type: string, payload: unknown): Promise<Reply> {
  return host.handle(
    { id: String(++id), type, payload },
    { transport: 'ipc', connection: 'window-1' },
  );
}
function ok<T>(reply: Reply): T {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.result as T;
}

describe('session.export (host protocol)', () => {
  const printed: string[] = [];
  const host = new Host({
    scenariosDir,
    sessionsDir: join(root, 'sessions'),
    sessionTimers: false,
    pdfPrinter: async (html, { footer }) => {
      printed.push(footer);
      return new TextEncoder().encode(`%PDF-fake ${html.length}`);
    },
  });
  afterAll(() => host.sessions.closeAll());

  it('returns the transcript, writes it to a chosen file, and prints PDF with the printer it was given', async () => {
    const meta = ok<{ sessionId: string }>(
      await call(host, 'session.create', {
        scenarioId: 'training-kestria',
        seed: 5,
        mode: 'solo',
        humanStates: ['FRA'],
        timers: false,
      }),
    );
    const md = ok<{ content: string; encoding: string; fileName: string; perspective: string }>(
      await call(host, 'session.export', { sessionId: meta.sessionId, format: 'md' }),
    );
    expect(md).toMatchObject({
      encoding: 'utf8',
      perspective: 'facilitator',
      fileName: 'training-kestria-facilitator.md',
    });
    expect(md.content).toMatch(/^# Debrief transcript: /);
    const json = ok<{ content: string }>(
      await call(host, 'session.export', { sessionId: meta.sessionId, format: 'json', as: 'FRA' }),
    );
    expect(JSON.parse(json.content).perspective).toMatchObject({ kind: 'seat', state: 'FRA' });
    const pdf = ok<{ content: string; encoding: string; mediaType: string }>(
      await call(host, 'session.export', { sessionId: meta.sessionId, format: 'pdf' }),
    );
    expect(pdf).toMatchObject({ encoding: 'base64', mediaType: 'application/pdf' });
    expect(Buffer.from(pdf.content, 'base64').toString()).toMatch(/^%PDF-fake \d+/);
    expect(printed[0]).toMatch(/The facilitator's full record/);

    const target = join(root, 'chosen');
    const written = ok<{ file: string; content: null; bytes: number }>(
      await call(host, 'session.export', {
        sessionId: meta.sessionId,
        format: 'html',
        file: target,
      }),
    );
    expect(written.file).toBe(`${target}.html`);
    expect(written.content).toBeNull();
    expect(readFileSync(written.file).length).toBe(written.bytes);
    const again = await call(host, 'session.export', {
      sessionId: meta.sessionId,
      format: 'html',
      file: `${target}.html`,
    });
    expect(again.ok ? null : again.error.code).toBe('invalid');
    expect(
      ok<{ file: string }>(
        await call(host, 'session.export', {
          sessionId: meta.sessionId,
          format: 'html',
          file: `${target}.html`,
          overwrite: true,
        }),
      ).file,
    ).toBe(`${target}.html`);
    const relative = await call(host, 'session.export', {
      sessionId: meta.sessionId,
      format: 'md',
      file: 'relative/x.md',
    });
    expect(relative.ok ? null : relative.error.code).toBe('bad-request');
    const unseated = await call(host, 'session.export', {
      sessionId: meta.sessionId,
      format: 'md',
      as: 'DEU',
    });
    expect(unseated.ok ? null : unseated.error.code).toBe('not-found');
    const bad = await call(host, 'session.export', { sessionId: meta.sessionId, format: 'docx' });
    expect(bad.ok ? null : bad.error.code).toBe('bad-request');
  }, 60_000);

  it("a connection that holds only its own seat exports only its own seat's record", async () => {
    const service = new SessionService({
      scenarios: new ScenarioStore(scenariosDir),
      sessionsDir: join(root, 'restricted'),
      send: () => {},
      timers: false,
      access: (connection) => (connection === 'student' ? ['fra'] : null),
    });
    const meta = await service.create(
      {
        scenarioId: 'training-kestria',
        seed: 5,
        mode: 'hotseat',
        facilitatorPin: null,
        humanStates: ['FRA', 'GBR'],
        difficulty: 'realistic',
        timers: false,
      },
      'teacher',
    );
    const own = await handleSessionExport(
      service,
      { sessionId: meta.sessionId, format: 'md', as: 'FRA', overwrite: false },
      'student',
    );
    expect(own.content).toMatch(/Confidential: France/);
    await expect(
      handleSessionExport(
        service,
        { sessionId: meta.sessionId, format: 'md', as: 'GBR', overwrite: false },
        'student',
      ),
    ).rejects.toThrow(/may not look as GBR/);
    await expect(
      handleSessionExport(
        service,
        { sessionId: meta.sessionId, format: 'md', overwrite: false },
        'student',
      ),
    ).rejects.toThrow(/Only the facilitator may export the full record/);
    expect(existsSync(join(root, 'restricted'))).toBe(true);
    service.closeAll();
  }, 60_000);
});
