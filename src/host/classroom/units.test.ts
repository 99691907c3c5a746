import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserModeSetup } from '../cli-options';
import { CODE_LENGTH, CodeBook, MAX_CODES, newCode, normalizeCode } from './codes';
import { isLoopback, lanAddresses, reachableAddresses } from './network';
import { REPLAY_MAX_HOLDERS, REPLAY_MAX_IDLE_MS, ReplayGuard } from './replay';
import { TokenBucket } from './rate-limit';

const ifaces = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
  docker0: [{ address: '172.17.0.1', family: 'IPv4', internal: false }],
  wlan0: [
    { address: '192.168.1.23', family: 'IPv4', internal: false },
    { address: 'fe80::1', family: 'IPv6', internal: false },
  ],
  usb0: [{ address: '169.254.3.4', family: 'IPv4', internal: false }],
  vpn: [{ address: '100.64.0.2', family: 'IPv4', internal: false }],
} as never;

describe('join codes', () => {
  it('are 26 base32 characters (130 bits), grouped, read back whatever the case, dashes or I/L/O', () => {
    const code = newCode();
    expect(code.replace(/-/g, '')).toHaveLength(CODE_LENGTH);
    expect(CODE_LENGTH * 5).toBeGreaterThanOrEqual(128);
    expect(normalizeCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code.replace(/-/g, ''));
    expect(normalizeCode('OOOO-IIII-LLLL-0000-1111-2222-33')).toBe('00001111111100001111222233');
    expect(normalizeCode('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UU')).toBeNull();
    expect(normalizeCode('short')).toBeNull();
    expect(new Set(Array.from({ length: 500 }, newCode)).size).toBe(500);
  });

  it('one code per seat: a new one revokes the old; revoked codes open nothing', () => {
    const book = new CodeBook();
    const first = book.issue('seat', 's1', 'fra').entry;
    expect(book.lookup(first.code)?.seatId).toBe('fra');
    const { entry: second, revoked } = book.issue('seat', 's1', 'fra');
    expect(revoked?.code).toBe(first.code);
    expect(book.lookup(first.code)).toBeNull();
    expect(book.lookup(second.code)?.id).toBe(second.id);
    expect(book.revoke('s1', 'fra')?.id).toBe(second.id);
    expect(book.lookup(second.code)).toBeNull();
  });
});

describe('network addresses', () => {
  it('lists non-internal IPv4 interfaces: private ranges on real adapters first, virtual and link-local last', () => {
    expect(lanAddresses(5318, ifaces).map((a) => a.address)).toEqual([
      '192.168.1.23',
      '100.64.0.2',
      '172.17.0.1',
      '169.254.3.4',
    ]);
    expect(lanAddresses(5318, ifaces)[0]).toEqual({
      interface: 'wlan0',
      address: '192.168.1.23',
      url: 'http://192.168.1.23:5318/',
    });
  });

  it('reports only the addresses a listener is bound to', () => {
    expect(reachableAddresses(1, '0.0.0.0', ifaces)).toHaveLength(4);
    expect(reachableAddresses(1, '127.0.0.1', ifaces)).toEqual([]);
    expect(reachableAddresses(1, '192.168.1.23', ifaces).map((a) => a.interface)).toEqual([
      'wlan0',
    ]);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('192.168.1.23')).toBe(false);
    expect(isLoopback(undefined)).toBe(false);
  });
});

describe('flood and replay', () => {
  it('the token bucket allows a burst, then the sustained rate', () => {
    let t = 0;
    const bucket = new TokenBucket(5, 2, () => t);
    expect(Array.from({ length: 7 }, () => bucket.take())).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(bucket.refusals).toBe(2);
    t = 1000;
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
  });

  it('the replay guard applies a numbered command once per client', () => {
    const guard = new ReplayGuard<number>();
    let applied = 0;
    const run = (client: string, seq: number, key = 'k') =>
      guard.run('holder', { client, seq }, key, () => ++applied);
    expect(run('tab-aaaa', 1)).toBe(1);
    expect(run('tab-aaaa', 1)).toBe(1);
    expect(() => run('tab-aaaa', 1, 'other')).toThrow('already used');
    expect(run('tab-bbbb', 1)).toBe(2);
    expect(run('tab-aaaa', 5)).toBe(3);
    expect(() => run('tab-aaaa', 4)).toThrow('older');
    expect(applied).toBe(3);
  });
});

describe('what the classroom keeps in memory is bounded', () => {
  it('the code book holds at most MAX_CODES codes and says so in words', () => {
    const book = new CodeBook();
    for (let i = 0; i < MAX_CODES; i += 1) book.issue('seat', 's1', `seat-${i}`);
    expect(book.size).toBe(MAX_CODES);
    expect(() => book.issue('seat', 's2', 'fra')).toThrow(
      /already keeps 4096 join codes.*close the sessions you no longer run/,
    );
    // Re-issuing a seat's code replaces it: still allowed when full.
    expect(book.issue('seat', 's1', 'seat-0').revoked).not.toBeNull();
    book.dropSession('s1');
    expect(book.size).toBe(0);
  });

  it('the replay guard remembers at most REPLAY_MAX_HOLDERS holders, and forgets the idle ones', () => {
    let now = 0;
    const guard = new ReplayGuard<number>(() => now);
    for (let i = 0; i < REPLAY_MAX_HOLDERS + 50; i += 1)
      guard.run(`code-${i}`, { client: 'tab-1', seq: 1 }, 'k', () => i);
    expect(guard.size).toBe(REPLAY_MAX_HOLDERS);
    // The holder used last is kept; the first ones went.
    expect(guard.highest(`code-${REPLAY_MAX_HOLDERS + 49}`, 'tab-1')).toBe(1);
    expect(guard.highest('code-0', 'tab-1')).toBe(0);
    now = REPLAY_MAX_IDLE_MS + 1;
    guard.run('late', { client: 'tab-1', seq: 1 }, 'k', () => 0);
    expect(guard.size).toBe(1);
  });
});

describe('browser mode and the network (npm run host)', () => {
  it('a host bound to this computer never opens itself to the network on demand', () => {
    for (const args of [{}, { bind: '127.0.0.1' }, { bind: '::1' }]) {
      const setup = browserModeSetup(args);
      expect(setup.classroom).toBe(false);
      expect(setup.host.classroom?.listenOnDemand).toBe(false);
    }
  });

  it('--lan listens on the network from the start (the classroom uses that listener)', () => {
    expect(browserModeSetup({ lan: true })).toMatchObject({
      bind: '0.0.0.0',
      classroom: true,
      host: { classroom: { listenOnDemand: false } },
    });
    expect(browserModeSetup({ lan: true, bind: '127.0.0.1' })).toMatchObject({
      bind: '127.0.0.1',
      classroom: true,
    });
  });

  it('--web DIR is the bundle every listener of the host serves, the classroom too', () => {
    const setup = browserModeSetup({ lan: true, web: 'some/bundle' });
    expect(setup.webRoot).toBe(resolve('some/bundle'));
    expect(setup.host.classroom?.webRoot).toBe(resolve('some/bundle'));
  });
});
