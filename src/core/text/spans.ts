// Helpers over offset spans.
import type { Span } from '../types';

/** Sorted by start, longest first at equal starts; a span overlapping an earlier kept one is dropped. */
export function withoutOverlaps<T extends Span>(hits: T[]): T[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}
