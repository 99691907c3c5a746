import { describe, expect, it } from 'vitest';
import { PushPatcher } from '../../src/host/classroom/patcher';
import { PatchedTopics, RESYNC } from '../../src/renderer/client/patches';

const view = (seatId: string, log: number[], now: string) => ({
  sessionId: 's',
  seatId,
  view: { log },
  now,
});
const push = (payload: unknown) => ({ type: 'update' as const, topic: 'session:s', payload });

describe('session views as patches, host to client', () => {
  it('the client rebuilds every view the host meant to send, per seat', () => {
    const host = new PushPatcher();
    const client = new PatchedTopics();
    const sent = [
      view('fra', [1], 'a'),
      view('projector', [1], 'a'),
      view('fra', [1, 2], 'b'),
      view('fra', [1, 2, 3], 'c'),
      view('projector', [1, 3], 'c'),
    ];
    const wire = sent.map(
      (p) => JSON.parse(JSON.stringify(host.encode(push(p)))) as { type: string },
    );
    expect(wire.map((m) => m.type)).toEqual(['update', 'update', 'patch', 'patch', 'patch']);
    expect(wire.map((m) => client.accept(m))).toEqual(sent.map((p) => push(p)));
  });

  it('a patch without its base asks for a new connection; other pushes pass through', () => {
    const host = new PushPatcher();
    host.encode(push(view('fra', [1], 'a')));
    const patch = JSON.parse(
      JSON.stringify(host.encode(push(view('fra', [1, 2], 'b')))),
    ) as unknown;
    expect(new PatchedTopics().accept(patch)).toBe(RESYNC);
    const command = { type: 'command', command: 'theme.toggle' };
    expect(new PatchedTopics().accept(command)).toBe(command);
    expect(host.encode({ type: 'update', topic: 'classroom:s', payload: { a: 1 } })).toEqual({
      type: 'update',
      topic: 'classroom:s',
      payload: { a: 1 },
    });
  });
});
