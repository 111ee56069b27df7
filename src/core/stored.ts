// How the index keeps claims and fact reports for thousands of documents: the same fields, but
// their sentences are read from the document's packed text when asked for instead of each holding
// a view that keeps the whole two-byte text alive. Callers see the Claim and FactReport shapes.
import type { FactReport } from './compare/facts';
import type { PackedText } from './text/packedText';
import { detach } from './text/packedText';
import type { Claim, Qualifier } from './types';

const CLAIM_TYPES: ReadonlyArray<Claim['type']> = ['figure', 'deal', 'role', 'event'];
/** Per claim in StoredClaims' fields: start, end, sentence, type, attribution (string index or -1), offset of its lists. */
const FIELDS = 6;

/**
 * A document's claims, packed: one typed array of integers and the document's distinct strings
 * (entity ids, hedges, attributions) instead of an object and three arrays per claim (an archive of
 * 10,000 articles holds some 300,000 claims; a plain array would take eight bytes per integer in
 * Node, a typed array takes four). Claim objects are made when first asked for, once: the same claim keeps its identity for the
 * document's life in the index.
 */
export class StoredClaims {
  readonly length: number;
  /**
   * FIELDS integers per claim, then each claim's lists at its offset: how many entities, their
   * string indexes, how many figures, the figures, how many hedges, their string indexes.
   */
  readonly #ints: Int32Array;
  readonly #strings: string[];
  readonly #source: PackedText;
  #objects: StoredClaim[] | undefined;

  constructor(claims: readonly Claim[], source: PackedText) {
    this.length = claims.length;
    this.#source = source;
    const ints: number[] = new Array<number>(claims.length * FIELDS).fill(0);
    const strings: string[] = [];
    const index = new Map<string, number>();
    const at = (s: string): number => {
      let i = index.get(s);
      if (i === undefined) {
        index.set(s, (i = strings.length));
        strings.push(detach(s));
      }
      return i;
    };
    claims.forEach((c, k) => {
      const f = k * FIELDS;
      ints[f] = c.start;
      ints[f + 1] = c.end;
      ints[f + 2] = c.sentence;
      ints[f + 3] = CLAIM_TYPES.indexOf(c.type);
      ints[f + 4] = c.attribution === undefined ? -1 : at(c.attribution);
      ints[f + 5] = ints.length;
      ints.push(c.entities.length);
      for (const e of c.entities) ints.push(at(e));
      ints.push(c.figures.length, ...c.figures, c.hedges.length);
      for (const h of c.hedges) ints.push(at(h));
    });
    this.#ints = Int32Array.from(ints);
    this.#strings = strings;
  }

  /** The index of the first claim around offset (start <= offset <= end), or -1. */
  indexAt(offset: number): number {
    const f = this.#ints;
    for (let k = 0; k < this.length; k++) if (f[k * FIELDS]! <= offset && offset <= f[k * FIELDS + 1]!) return k;
    return -1;
  }

  /** Every claim as an object, in text order (made on the first call, the same objects after). */
  list(): StoredClaim[] {
    if (this.#objects) return this.#objects;
    const out: StoredClaim[] = [];
    const f = this.#ints;
    const s = this.#strings;
    // Plain loops: Array.from over a subarray (a view and an iterator per list) was 3% of an edit.
    const ints = (o: number): number[] => {
      const n = f[o]!;
      const out = new Array<number>(n);
      for (let k = 0; k < n; k++) out[k] = f[o + 1 + k]!;
      return out;
    };
    const names = (o: number): string[] => {
      const n = f[o]!;
      const out = new Array<string>(n);
      for (let k = 0; k < n; k++) out[k] = s[f[o + 1 + k]!]!;
      return out;
    };
    for (let k = 0; k < this.length; k++) {
      const b = k * FIELDS;
      const atEntities = f[b + 5]!;
      const atFigures = atEntities + 1 + f[atEntities]!;
      const atHedges = atFigures + 1 + f[atFigures]!;
      const attribution = f[b + 4]! < 0 ? undefined : s[f[b + 4]!];
      const claim = { start: f[b]!, end: f[b + 1]!, sentence: f[b + 2]!, type: CLAIM_TYPES[f[b + 3]!]!, attribution, entities: names(atEntities), figures: ints(atFigures), hedges: names(atHedges) };
      out.push(new StoredClaim(claim, this.#source));
    }
    return (this.#objects = out);
  }
}

export class StoredClaim implements Claim {
  start: number;
  end: number;
  sentence: number;
  entities: string[];
  figures: number[];
  attribution: string | undefined;
  hedges: string[];
  type: Claim['type'];
  readonly #source: PackedText;

  constructor(c: Omit<Claim, 'text' | 'hedged'>, source: PackedText) {
    this.start = c.start;
    this.end = c.end;
    this.sentence = c.sentence;
    this.entities = c.entities;
    this.figures = c.figures;
    this.attribution = c.attribution === undefined ? undefined : detach(c.attribution);
    this.hedges = c.hedges;
    this.type = c.type;
    this.#source = source;
  }

  get text(): string {
    return this.#source.slice(this.start, this.end);
  }

  /** Whether it has hedges (not a field: one less per claim of an archive). */
  get hedged(): boolean {
    return this.hedges.length > 0;
  }

  toJSON(): Claim {
    return { ...this, text: this.text, hedged: this.hedged };
  }
}

export class StoredReport implements FactReport {
  doc: string;
  start: number;
  end: number;
  value: number;
  high: number | undefined;
  qualifier: Qualifier;
  unit: string;
  sentenceStart: number;
  sentenceEnd: number;
  status: FactReport['status'];
  period: string | undefined;
  step: number | undefined;
  conversions: FactReport['conversions'];
  readonly #source: PackedText;

  constructor(r: FactReport, source: PackedText) {
    this.doc = r.doc;
    this.start = r.start;
    this.end = r.end;
    this.value = r.value;
    this.high = r.high;
    this.qualifier = r.qualifier;
    this.unit = r.unit;
    this.sentenceStart = r.sentenceStart;
    this.sentenceEnd = r.sentenceEnd;
    this.status = r.status;
    this.period = r.period;
    this.step = r.step;
    this.conversions = r.conversions?.map((c) => ({ ...c, text: detach(c.text) }));
    this.#source = source;
  }

  /** The figure as written, read from the packed text like the sentence. */
  get text(): string {
    return this.#source.slice(this.start, this.end);
  }

  get sentence(): string {
    return this.#source.slice(this.sentenceStart, this.sentenceEnd);
  }

  toJSON(): FactReport {
    return { ...this, text: this.text, sentence: this.sentence };
  }
}
