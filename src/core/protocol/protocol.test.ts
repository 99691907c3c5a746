import { describe, expect, it } from 'vitest';
import { parseRequest, pushSchema, replySchema } from './index';

describe('protocol: request validation', () => {
  it('accepts a known request and applies payload defaults', () => {
    const parsed = parseRequest({ id: '1', type: 'scenarios.list' });
    expect(parsed).toEqual({ ok: true, request: { id: '1', type: 'scenarios.list', payload: {} } });
  });

  it('rejects malformed envelopes with a bad-request reply', () => {
    for (const message of [
      null,
      42,
      'x',
      { type: 'scenarios.list' },
      { id: '', type: 'a' },
      { id: '1', type: 'A B' },
    ]) {
      const parsed = parseRequest(message);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('rejects extra envelope fields (strict)', () => {
    expect(parseRequest({ id: '1', type: 'scenarios.list', payload: {}, extra: 1 }).ok).toBe(false);
  });

  it('names unknown types', () => {
    const parsed = parseRequest({ id: '7', type: 'session.fly' });
    expect(parsed).toEqual({
      ok: false,
      reply: {
        id: '7',
        ok: false,
        error: { code: 'unknown-type', message: 'unknown request type "session.fly"' },
      },
    });
  });

  it('does not treat prototype keys as request types', () => {
    expect(parseRequest({ id: '1', type: 'constructor' })).toMatchObject({
      ok: false,
      reply: { error: { code: 'unknown-type' } },
    });
  });

  it('validates payloads against the type', () => {
    const parsed = parseRequest({ id: '2', type: 'scenario.get', payload: { id: 5 } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.reply).toMatchObject({
        id: '2',
        error: { code: 'bad-request', message: expect.stringContaining('scenario.get: id') },
      });
    expect(parseRequest({ id: '3', type: 'scenario.get', payload: { id: 'x', more: 1 } }).ok).toBe(
      false,
    );
  });
});

describe('protocol: replies and pushes', () => {
  it('parses both reply shapes', () => {
    expect(replySchema.safeParse({ id: '1', ok: true, result: { a: 1 } }).success).toBe(true);
    expect(
      replySchema.safeParse({ id: '1', ok: false, error: { code: 'internal', message: 'x' } })
        .success,
    ).toBe(true);
    expect(
      replySchema.safeParse({ id: '1', ok: false, error: { code: 'nope', message: 'x' } }).success,
    ).toBe(false);
  });

  it('parses update and command pushes', () => {
    expect(
      pushSchema.safeParse({ type: 'update', topic: 'session/abc', payload: {} }).success,
    ).toBe(true);
    expect(pushSchema.safeParse({ type: 'command', command: 'theme.toggle' }).success).toBe(true);
    expect(pushSchema.safeParse({ type: 'command', command: 'rm -rf' }).success).toBe(false);
  });
});
