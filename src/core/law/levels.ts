import { EVIDENCE_ORDER } from '../scenario/schema';
import type { EvidenceLevel } from '../scenario/schema';
import type { EvidenceRef } from './types';

/** Evidence levels (none < reports < credible < manifest) and the order of record references. */

export function rank(level: EvidenceLevel): number {
  return EVIDENCE_ORDER.indexOf(level);
}

export function atLeast(level: EvidenceLevel, threshold: EvidenceLevel): boolean {
  return rank(level) >= rank(threshold);
}

export function maxLevel(a: EvidenceLevel, b: EvidenceLevel): EvidenceLevel {
  return rank(a) >= rank(b) ? a : b;
}

const HASH = 35; // '#'
const ZERO = 48; // '0'

/** The seq of a "#n" reference, read without allocating a substring. */
function seqOf(ref: EvidenceRef): number {
  let n = 0;
  for (let i = 1; i < ref.length; i++) n = n * 10 + (ref.charCodeAt(i) - ZERO);
  return n;
}

/** Deduplicated, in a stable order: log seqs ascending, then scenario paths. Keeps the given strings. */
export function sortRefs(refs: Iterable<EvidenceRef>): EvidenceRef[] {
  const seqRefs: EvidenceRef[] = [];
  const paths: EvidenceRef[] = [];
  let ordered = true;
  let lastKey = -1;
  for (const r of refs) {
    if (r.charCodeAt(0) === HASH) {
      const key = seqOf(r);
      if (key <= lastKey) ordered = false;
      lastKey = key;
      seqRefs.push(r);
    } else paths.push(r);
  }
  const seqsOut = ordered ? seqRefs : sortSeqRefs(seqRefs);
  if (paths.length === 0) return seqsOut;
  paths.sort();
  const out = seqsOut === seqRefs ? [...seqRefs] : seqsOut;
  for (let i = 0; i < paths.length; i++) if (i === 0 || paths[i] !== paths[i - 1]) out.push(paths[i]!);
  return out;
}

/**
 * "#n" references by seq, each seq once (its first occurrence kept). Each reference is packed as
 * seq × count + position into one number, so a plain numeric sort orders by seq, then position.
 */
function sortSeqRefs(seqRefs: readonly EvidenceRef[]): EvidenceRef[] {
  const n = seqRefs.length;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = seqOf(seqRefs[i]!) * n + i;
  packed.sort();
  const out: EvidenceRef[] = [];
  let last = -1;
  for (let i = 0; i < n; i++) {
    const key = Math.floor(packed[i]! / n);
    if (key === last) continue;
    last = key;
    out.push(seqRefs[packed[i]! - key * n]!);
  }
  return out;
}
