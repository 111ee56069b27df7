// Which characters are already taken by a mention. A few spans (the usual article) are kept as a
// sorted list of disjoint runs, searched by halves; past SPANS_IN_LIST, one byte per character
// answers in constant time (a million-character line of hits stays linear). Every analysis makes
// several masks, and allocating a byte array per mask per article cost 2% of the analysis.

const SPANS_IN_LIST = 64;

export class SpanMask {
  /** Disjoint runs, sorted: starts[k] < ends[k] <= starts[k + 1]. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private bits: Uint8Array | undefined;
  /** Characters 0..length may be taken (the one after the text too, as the byte array allowed). */
  private readonly limit: number;

  constructor(length: number) {
    this.limit = length + 1;
  }

  add(start: number, end: number): void {
    // Clamped at 0: a negative start would count from the array's end.
    const s = Math.max(0, start);
    const e = Math.min(this.limit, end);
    if (e <= s) return;
    if (this.bits) {
      this.bits.fill(1, s, e);
      return;
    }
    const { starts, ends } = this;
    // Most spans come in text order: after the last run, or joining it.
    const n = ends.length;
    if (n === 0 || s > ends[n - 1]!) {
      if (n < SPANS_IN_LIST) {
        starts.push(s);
        ends.push(e);
        return;
      }
    } else if (s >= starts[n - 1]!) {
      if (e > ends[n - 1]!) ends[n - 1] = e;
      return;
    }
    // The first run that ends at or after s (it may join the new one), and the first that starts after e.
    let lo = this.firstEndingFrom(s);
    let hi = lo;
    while (hi < starts.length && starts[hi]! <= e) hi++;
    const ns = lo < hi ? Math.min(s, starts[lo]!) : s;
    const ne = lo < hi ? Math.max(e, ends[hi - 1]!) : e;
    starts.splice(lo, hi - lo, ns);
    ends.splice(lo, hi - lo, ne);
    if (starts.length > SPANS_IN_LIST) {
      const bits = new Uint8Array(this.limit);
      for (lo = 0; lo < starts.length; lo++) bits.fill(1, starts[lo], ends[lo]);
      this.bits = bits;
      starts.length = 0;
      ends.length = 0;
    }
  }

  overlaps(start: number, end: number): boolean {
    const s = Math.max(0, start);
    const e = Math.min(this.limit, end);
    if (e <= s) return false;
    if (this.bits) {
      for (let i = s; i < e; i++) if (this.bits[i]) return true;
      return false;
    }
    // The first run ending after s overlaps [s, e) when it starts before e.
    const k = this.firstEndingFrom(s + 1);
    return k < this.starts.length && this.starts[k]! < e;
  }

  /** Index of the first run whose end is at least `x` (the runs' ends increase). */
  private firstEndingFrom(x: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
