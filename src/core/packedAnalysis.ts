// A document's analysis packed into two typed arrays and a table of strings, to cross from the
// analysis worker to the editor's thread. A message of plain objects is copied field by field on
// both sides (a 5 KB article's analysis took 25 KB and most of a millisecond); typed arrays are
// copied whole. The texts of mentions and claims are not sent: they are the document's own
// substrings, and the receiver has the document.
import type { Amount, Claim, DateValue, DocumentAnalysis, Mention, MentionKind, Qualifier, Quantity, Sentence } from './types';

export interface PackedAnalysis {
  title: string;
  length: number;
  entities: DocumentAnalysis['entities'];
  /** Sentences, mentions and claims, as described in `packAnalysis`. */
  ints: Int32Array;
  /** Figure values, NaN for a value that is absent (or null). */
  numbers: Float64Array;
  strings: string[];
}

const KINDS: readonly MentionKind[] = ['company', 'outlet', 'person', 'money', 'quantity', 'date'];
const QUALIFIERS: readonly Qualifier[] = ['none', 'up to', 'over', 'approximately', 'nearly', 'at least', 'under', 'range'];
const CLAIM_TYPES: ReadonlyArray<Claim['type']> = ['figure', 'deal', 'role', 'event'];
const NONE = -1;

class Writer {
  readonly ints: number[] = [];
  readonly numbers: number[] = [];
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  string(s: string | undefined): void {
    if (s === undefined) {
      this.ints.push(NONE);
      return;
    }
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    this.ints.push(i);
  }

  /** An optional number; null is kept apart from absent. */
  number(x: number | null | undefined): void {
    this.ints.push(x === undefined ? 0 : x === null ? 2 : 1);
    if (typeof x === 'number') this.numbers.push(x);
  }

  list(xs: readonly string[]): void {
    this.ints.push(xs.length);
    for (const x of xs) this.string(x);
  }
}

class Reader {
  private i = 0;
  private n = 0;
  constructor(private readonly ints: Int32Array, private readonly numbers: Float64Array, private readonly strings: readonly string[]) {}

  int(): number {
    return this.ints[this.i++]!;
  }

  string(): string | undefined {
    const k = this.ints[this.i++]!;
    return k === NONE ? undefined : this.strings[k];
  }

  number(): number | null | undefined {
    const tag = this.ints[this.i++]!;
    return tag === 0 ? undefined : tag === 2 ? null : this.numbers[this.n++]!;
  }

  list(): string[] {
    const out: string[] = new Array<string>(this.int());
    for (let k = 0; k < out.length; k++) out[k] = this.string()!;
    return out;
  }
}

/**
 * Layout of `ints`: the sentence count, then start, end, noise of each; the mention count, then per
 * mention its kind, start, end, sentence, entity, source and figure (0 none, 1 amount, 2 quantity,
 * 3 date, each followed by its fields); the claim count, then per claim its start, end, sentence,
 * type, hedged, attribution, entities, figures and hedges.
 */
export function packAnalysis(a: DocumentAnalysis): PackedAnalysis {
  const w = new Writer();
  const ints = w.ints;
  ints.push(a.sentences.length);
  for (const s of a.sentences) ints.push(s.start, s.end, s.noise ? 1 : 0);
  ints.push(a.mentions.length);
  for (const m of a.mentions) {
    ints.push(KINDS.indexOf(m.kind), m.start, m.end, m.sentence);
    w.string(m.entity);
    w.string(m.source);
    if (m.amount) {
      const x = m.amount;
      ints.push(1, QUALIFIERS.indexOf(x.qualifier), x.vague ? 1 : 0);
      w.string(x.currency);
      w.number(x.value);
      w.number(x.high);
      w.number(x.written);
      w.number(x.step);
      w.number(x.conversionOf);
    } else if (m.quantity) {
      const x = m.quantity;
      ints.push(2, QUALIFIERS.indexOf(x.qualifier));
      w.string(x.unit);
      w.string(x.descriptor);
      w.number(x.value);
      w.number(x.high);
      w.number(x.step);
    } else if (m.date) {
      const x = m.date;
      ints.push(3);
      w.number(x.year);
      w.number(x.month);
      w.number(x.day);
      w.string(x.relative);
    } else ints.push(0);
  }
  ints.push(a.claims.length);
  for (const c of a.claims) {
    ints.push(c.start, c.end, c.sentence, CLAIM_TYPES.indexOf(c.type), c.hedged ? 1 : 0);
    w.string(c.attribution);
    w.list(c.entities);
    ints.push(c.figures.length, ...c.figures);
    w.list(c.hedges);
  }
  return { title: a.title, length: a.length, entities: a.entities, ints: Int32Array.from(ints), numbers: Float64Array.from(w.numbers), strings: w.strings };
}

/** The analysis `packAnalysis` packed, with its texts read from `text`, the document it analysed. */
export function unpackAnalysis(p: PackedAnalysis, text: string): DocumentAnalysis {
  const r = new Reader(p.ints, p.numbers, p.strings);
  const sentences: Sentence[] = new Array<Sentence>(r.int());
  for (let k = 0; k < sentences.length; k++) sentences[k] = { start: r.int(), end: r.int(), noise: r.int() === 1 };
  const mentions: Mention[] = new Array<Mention>(r.int());
  for (let k = 0; k < mentions.length; k++) {
    const kind = KINDS[r.int()]!;
    const start = r.int();
    const end = r.int();
    const m: Mention = { kind, start, end, text: text.slice(start, end), sentence: r.int() };
    const entity = r.string();
    if (entity !== undefined) m.entity = entity;
    const source = r.string();
    if (source !== undefined) m.source = source;
    const figure = r.int();
    if (figure === 1) {
      const qualifier = QUALIFIERS[r.int()]!;
      const vague = r.int() === 1;
      const currency = r.string()!;
      const amount: Amount = { value: r.number() ?? null, currency, qualifier, vague };
      optional(amount, 'high', r.number());
      optional(amount, 'written', r.number());
      optional(amount, 'step', r.number());
      optional(amount, 'conversionOf', r.number());
      m.amount = amount;
    } else if (figure === 2) {
      const qualifier = QUALIFIERS[r.int()]!;
      const unit = r.string()!;
      const descriptor = r.string();
      const quantity: Quantity = { value: r.number()!, unit, qualifier };
      optional(quantity, 'high', r.number());
      if (descriptor !== undefined) quantity.descriptor = descriptor;
      optional(quantity, 'step', r.number());
      m.quantity = quantity;
    } else if (figure === 3) {
      const date: DateValue = {};
      optional(date, 'year', r.number());
      optional(date, 'month', r.number());
      optional(date, 'day', r.number());
      const relative = r.string();
      if (relative !== undefined) date.relative = relative;
      m.date = date;
    }
    mentions[k] = m;
  }
  const claims: Claim[] = new Array<Claim>(r.int());
  for (let k = 0; k < claims.length; k++) {
    const start = r.int();
    const end = r.int();
    const sentence = r.int();
    const type = CLAIM_TYPES[r.int()]!;
    const hedged = r.int() === 1;
    const attribution = r.string();
    const entities = r.list();
    const figures: number[] = new Array<number>(r.int());
    for (let f = 0; f < figures.length; f++) figures[f] = r.int();
    claims[k] = { start, end, text: text.slice(start, end), sentence, entities, figures, attribution, hedged, hedges: r.list(), type };
  }
  return { title: p.title, length: p.length, sentences, mentions, claims, entities: p.entities };
}

function optional<T extends object, K extends keyof T>(target: T, key: K, value: number | null | undefined): void {
  if (value !== undefined && value !== null) target[key] = value as T[K];
}
