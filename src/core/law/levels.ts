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

/** Deduplicated, in a stable order: log seqs ascending (each seq's first reference kept), then scenario paths. */
export function sortRefs(refs: Iterable<EvidenceRef>): EvidenceRef[] {
  const bySeq = new Map<number, EvidenceRef>();
  const paths = new Set<EvidenceRef>();
  for (const r of refs) {
    if (!r.startsWith('#')) paths.add(r);
    else {
      const seq = Number(r.slice(1));
      if (!bySeq.has(seq)) bySeq.set(seq, r);
    }
  }
  const seqs = [...bySeq.keys()].sort((a, b) => a - b).map((seq) => bySeq.get(seq)!);
  return [...seqs, ...[...paths].sort()];
}
