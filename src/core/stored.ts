// How the index keeps claims and fact reports for thousands of documents: the same fields, but
// their sentences are read from the document's packed text when asked for instead of each holding
// a view that keeps the whole two-byte text alive. Callers see the Claim and FactReport shapes.
import type { FactReport } from './compare/facts';
import type { PackedText } from './text/packedText';
import { detach } from './text/packedText';
import type { Claim, Qualifier } from './types';

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

  constructor(c: Claim, source: PackedText) {
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
