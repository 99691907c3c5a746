import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * The AI's randomness: a pure-rand generator seeded from the session seed, the seat and the
 * length of the log (and a purpose label), so the same scenario, seed and human moves always
 * give the same AI moves, and the session's own generator is never touched.
 */

/** FNV-1a over a string: a stable 32-bit hash (no platform-dependent hashing). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface DelegateRandom {
  /** Uniform in [0, 1). */
  unit(): number;
  /** Uniform in [-spread, spread]. */
  jitter(spread: number): number;
  /** One of the items (the list must not be empty). */
  pick<T>(items: readonly T[]): T;
}

export function delegateRandom(seed: number, seatId: string, logLength: number, purpose: string): DelegateRandom {
  const generator: RandomGenerator = xoroshiro128plus(fnv1a(`${seed}|${seatId}|${logLength}|${purpose}`) ^ seed);
  return {
    unit: () => uniformFloat64(generator),
    jitter: (spread) => (uniformFloat64(generator) * 2 - 1) * spread,
    pick: <T>(items: readonly T[]) => items[uniformInt(generator, 0, items.length - 1)]!,
  };
}
