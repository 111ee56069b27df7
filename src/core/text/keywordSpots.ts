// Where keyword-led patterns can start, found in one pass over the text.
//
// Many extractors look for a phrase that begins with one of a few words ("last year", "founded by
// ...", "startup Acme", "five million yen"). Searched for with a global pattern, each of them costs a
// pass over every character of the article; about fifteen such passes were a quarter of the analysis.
// Instead one scanner walks the lower-cased text once, word by word (a word here is a run of ASCII
// letters and digits, as a pattern's \b sees it), through a trie of every group's leading words, and
// lists for each group the places its pattern may start. Each pattern then runs sticky at those
// places only (matchAtSpots). The places are a superset of where the global pattern would match, so
// the matches are the same (a unit test compares the two on every pattern that is spotted this way).

/** One group of leading words. `*` at the end of a word makes it a prefix ("invest*": "invests", "investment"). */
export interface KeywordGroup {
  /** The pattern starts at the word itself. */
  words?: readonly string[];
  /** The pattern starts at the word before this one ("30-year-old" spotted by "year", "10 June" by "June"). */
  wordsAfterStart?: readonly string[];
}

const ALPHABET = 36; // a-z, 0-9
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) SYMBOL[c] = c - 97;
for (let c = 48; c <= 57; c++) SYMBOL[c] = c - 48 + 26;

/** A compiled set of keyword groups. */
export class KeywordSpotter {
  readonly groupCount: number;
  /** Transitions, node * 36 + symbol; compacted to 16 bits once built (a smaller table stays in cache). */
  private next: Int32Array | Int16Array;
  /** Per node: bits of the words that end exactly here, and of the prefix words that end here. */
  private exact: Int32Array;
  private prefix: Int32Array;
  /** Per bit: its group, and whether the pattern starts at the previous word. */
  private readonly bitGroup: number[] = [];
  private readonly bitPrevious: boolean[] = [];
  private nodes = 1;

  constructor(groups: readonly KeywordGroup[]) {
    this.groupCount = groups.length;
    let capacity = 64;
    this.next = new Int32Array(capacity * ALPHABET).fill(-1);
    this.exact = new Int32Array(capacity);
    this.prefix = new Int32Array(capacity);
    const add = (word: string, bit: number): void => {
      const isPrefix = word.endsWith('*');
      const w = isPrefix ? word.slice(0, -1) : word;
      if (!/^[a-z0-9]+$/.test(w)) throw new Error(`KeywordSpotter: "${word}" is not one run of a-z and 0-9`);
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const k = SYMBOL[w.charCodeAt(i)]!;
        let to = (this.next as Int32Array)[node * ALPHABET + k]!;
        if (to < 0) {
          if (this.nodes === capacity) this.grow((capacity *= 2));
          to = this.nodes++;
          this.next[node * ALPHABET + k] = to;
        }
        node = to;
      }
      if (isPrefix) this.prefix[node]! |= bit;
      else this.exact[node]! |= bit;
    };
    groups.forEach((g, i) => {
      for (const [words, previous] of [[g.words, false], [g.wordsAfterStart, true]] as const) {
        if (!words?.length) continue;
        const b = this.bitGroup.length;
        if (b > 30) throw new Error('KeywordSpotter: too many groups');
        this.bitGroup.push(i);
        this.bitPrevious.push(previous);
        for (const w of words) add(w, 1 << b);
      }
    });
    if (this.nodes < 32768) this.next = Int16Array.from(this.next.subarray(0, this.nodes * ALPHABET));
  }

  private grow(capacity: number): void {
    const next = new Int32Array(capacity * ALPHABET).fill(-1);
    // Only while building, when the table is still 32 bits.
    next.set(this.next);
    this.next = next;
    const exact = new Int32Array(capacity);
    exact.set(this.exact);
    this.exact = exact;
    const prefix = new Int32Array(capacity);
    prefix.set(this.prefix);
    this.prefix = prefix;
  }

  /**
   * For each group, the ascending places where its pattern may start. `lower` must be lower-cased
   * (ASCII letters at least); only ASCII letters and digits make words.
   */
  spot(lower: string): number[][] {
    const out: number[][] = [];
    for (let g = 0; g < this.groupCount; g++) out.push([]);
    const { next, exact, prefix, bitGroup, bitPrevious } = this;
    const n = lower.length;
    let previousStart = -1;
    // A blank line (a line break, blanks, a line break) parts paragraphs: no pattern starts in the
    // paragraph before it and runs into the next.
    let afterBreak = false;
    let i = 0;
    while (i < n) {
      const c0 = lower.charCodeAt(i);
      if (c0 >= 128 || SYMBOL[c0]! < 0) {
        if (c0 === 10) {
          if (afterBreak) previousStart = -1;
          afterBreak = true;
        } else if (c0 !== 32 && c0 !== 13 && c0 !== 9) afterBreak = false;
        i++;
        continue;
      }
      afterBreak = false;
      const start = i;
      let node = 0;
      let bits = 0;
      for (; i < n; i++) {
        const c = lower.charCodeAt(i);
        const k = c < 128 ? SYMBOL[c]! : -1;
        if (k < 0) break;
        if (node >= 0) {
          node = next[node * ALPHABET + k]!;
          if (node >= 0) bits |= prefix[node]!;
        }
      }
      if (node > 0) bits |= exact[node]!;
      // Lists stay ascending: the word before this one starts after every earlier word, and it is
      // listed before this one.
      if (bits) {
        if (previousStart >= 0) for (let b = 0, rest = bits; rest; b++, rest >>>= 1) if (rest & 1 && bitPrevious[b]) pushOnce(out[bitGroup[b]!]!, previousStart);
        for (let b = 0, rest = bits; rest; b++, rest >>>= 1) if (rest & 1 && !bitPrevious[b]) pushOnce(out[bitGroup[b]!]!, start);
      }
      previousStart = start;
    }
    return out;
  }
}

function pushOnce(list: number[], at: number): void {
  if (list.length === 0 || list[list.length - 1] !== at) list.push(at);
}

/**
 * The matches a global search with `re` would find, trying it only at `spots` (ascending). `re`
 * must be sticky (flag y). As with a global search, a place inside an earlier match is skipped.
 */
export function matchAtSpots(re: RegExp, text: string, spots: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let i = 0; i < spots.length; i++) {
    const at = spots[i]!;
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    from = at + Math.max(1, m[0].length);
  }
  return out;
}

/** Whether any of `spots` (ascending) lies in [from, to). */
export function anySpotIn(spots: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = spots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spots[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < spots.length && spots[lo]! < to;
}

/** Two ascending lists of places as one. */
export function mergeSpots(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}
