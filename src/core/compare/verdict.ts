// How two reports of one figure relate: same value, same value with other wording, or different.
import type { Qualifier } from '../types';

export type Verdict = 'agree' | 'qualifier-differs' | 'conflict' | 'single-source';
export type Relation = 'same' | 'rounded' | 'qualifier' | 'compatible' | 'different';

export interface Figure {
  value: number;
  high?: number;
  qualifier: Qualifier;
  /** Value of the last written digit; rounding is judged against it. */
  step?: number;
}

function roundTo(v: number, step: number): number {
  return Math.round(v / step) * step;
}

/** Same number as written, allowing for one report rounding the other ("$14bn" and "$14.3bn"). */
function sameNumber(a: Figure, b: Figure): 'same' | 'rounded' | false {
  const tol = 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value), 1);
  if (Math.abs(a.value - b.value) <= tol && (a.high ?? a.value) === (b.high ?? b.value)) return 'same';
  if (a.high !== undefined || b.high !== undefined) return false;
  const sa = a.step ?? 0;
  const sb = b.step ?? 0;
  const [coarse, fine, step] = sa >= sb ? [a, b, sa] : [b, a, sb];
  if (step > 0 && step > Math.min(sa, sb) && Math.abs(roundTo(fine.value, step) - coarse.value) <= tol + step * 1e-9) return 'rounded';
  return false;
}

/** Whether a value stated with qualifier q around x admits the value y. */
function admits(q: Qualifier, x: number, high: number | undefined, y: number): boolean {
  switch (q) {
    case 'over': return y >= x;
    case 'at least': return y >= x;
    case 'up to': return y <= x;
    case 'under': return y <= x;
    case 'nearly': return y <= x * 1.001 && y >= x * 0.85;
    case 'approximately': return Math.abs(y - x) <= Math.abs(x) * 0.1;
    case 'range': return y >= x && y <= (high ?? x);
    default: return false;
  }
}

export function relate(a: Figure, b: Figure): Relation {
  const same = sameNumber(a, b);
  if (same) {
    if (a.qualifier === b.qualifier) return same;
    return 'qualifier';
  }
  // Different numbers that the wording reconciles: "nearly $15 billion" and "$14.3 billion".
  if (admits(a.qualifier, a.value, a.high, b.value) || admits(b.qualifier, b.value, b.high, a.value)) return 'compatible';
  return 'different';
}

export function verdictOf(relations: Relation[], documents: number): Verdict {
  if (documents < 2) return 'single-source';
  if (relations.includes('different')) return 'conflict';
  if (relations.includes('qualifier') || relations.includes('compatible')) return 'qualifier-differs';
  return 'agree';
}
