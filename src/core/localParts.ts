// The parts of the analysis that look no further than a paragraph: normalised text, sentences, word
// tokens, trigger words, money, figures and dates. None of them reaches across a blank line, so a
// document's parts are the parts of its paragraphs, joined. A document being edited keeps them per
// paragraph (LocalPartsCache): a keystroke re-reads one paragraph, not the whole article.
import type { DateHit } from './extract/dates';
import { extractDates } from './extract/dates';
import type { LexiconMatch } from './extract/companies';
import { lexiconMatches } from './extract/companies';
import type { MoneyHit } from './extract/money';
import { extractMoney } from './extract/money';
import type { QuantityHit } from './extract/quantities';
import { extractQuantities } from './extract/quantities';
import type { TriggerSpots } from './extract/triggers';
import { spotTriggers } from './extract/triggers';
import type { Lexicon } from './lexicon/lexicon';
import { lowerSameLength, normalizeText } from './text/normalize';
import { splitSentences } from './text/sentences';
import { SpanMask } from './text/spanMask';
import type { Token } from './text/tokens';
import { shiftTokens, tokenize } from './text/tokens';
import type { Sentence } from './types';

export interface LocalParts {
  norm: string;
  lower: string;
  sentences: Sentence[];
  tokens: Token[];
  spots: TriggerSpots;
  money: MoneyHit[];
  /** Figures not inside an amount. */
  quantities: QuantityHit[];
  /** Dates not inside an amount or a figure. */
  dates: DateHit[];
}

/** The local parts of a whole text, in one piece. */
export function localParts(text: string): LocalParts {
  const norm = normalizeText(text);
  const lower = lowerSameLength(norm);
  const sentences = splitSentences(norm);
  const tokens = tokenize(norm);
  // Where the keyword-led patterns of every extractor may start, in one pass.
  const spots = spotTriggers(lower);
  const money = extractMoney(norm, lower, spots);
  const mask = new SpanMask(norm.length);
  for (const h of money) mask.add(h.start, h.end);
  const quantities = extractQuantities(norm, lower, spots).filter((h) => !mask.overlaps(h.start, h.end));
  for (const q of quantities) mask.add(q.start, q.end);
  const dates = extractDates(norm, spots).filter((h) => !mask.overlaps(h.start, h.end));
  return { norm, lower, sentences, tokens, spots, money, quantities, dates };
}

/** Where paragraphs end: after each run of blank lines. Always ends with the text's length. */
export function paragraphEnds(text: string): number[] {
  const ends: number[] = [];
  let i = text.indexOf('\n');
  while (i >= 0) {
    // A blank line follows this line break: spaces, tabs or a carriage return, then another break.
    let j = i + 1;
    let blank = false;
    for (;;) {
      let k = j;
      while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++;
      if (k < text.length && text.charCodeAt(k) === 10) {
        blank = true;
        j = k + 1;
        continue;
      }
      break;
    }
    if (blank && j < text.length) ends.push(j);
    i = text.indexOf('\n', j);
  }
  ends.push(text.length);
  return ends;
}

/** A piece's tokens placed in the whole text, by the piece's parts, with the offset they were placed at. */
export type PlacedTokens = Map<LocalParts, { offset: number; tokens: Token[] }>;

/**
 * Joins the parts of consecutive pieces of one text into the parts of the whole. `placed` holds the
 * pieces' tokens as an earlier join placed them: a piece at the same place keeps them (a keystroke
 * moves only the paragraphs after it); it is updated for the next join.
 */
export function joinParts(pieces: ReadonlyArray<{ offset: number; parts: LocalParts }>, placed?: PlacedTokens): LocalParts {
  const norm = pieces.map((p) => p.parts.norm).join('');
  const lower = pieces.map((p) => p.parts.lower).join('');
  const sentences: Sentence[] = [];
  const groups = pieces[0]?.parts.spots.length ?? spotTriggers('').length;
  // Exact-size lists, filled in place: a long document has tens of thousands of tokens and spots.
  let tokenCount = 0;
  const spotCounts = new Array<number>(groups).fill(0);
  for (const { parts } of pieces) {
    tokenCount += parts.tokens.length;
    for (let g = 0; g < groups; g++) spotCounts[g]! += parts.spots[g]!.length;
  }
  const tokens = new Array<Token>(tokenCount);
  const spots: TriggerSpots = spotCounts.map((n) => new Array<number>(n));
  const spotFill = new Array<number>(groups).fill(0);
  let tokenFill = 0;
  const money: MoneyHit[] = [];
  const quantities: QuantityHit[] = [];
  const dates: DateHit[] = [];
  for (const { offset, parts } of pieces) {
    for (const s of parts.sentences) sentences.push({ start: s.start + offset, end: s.end + offset, noise: s.noise });
    let own = placed?.get(parts);
    if (!own || own.offset !== offset) {
      own = { offset, tokens: shiftTokens(parts.tokens, offset) };
      placed?.set(parts, own);
    }
    for (const t of own.tokens) tokens[tokenFill++] = t;
    for (let g = 0; g < groups; g++) {
      const into = spots[g]!;
      let k = spotFill[g]!;
      for (const at of parts.spots[g]!) into[k++] = at + offset;
      spotFill[g] = k;
    }
    // Copies: the analysis built from these hits changes some of them (conversions are re-pointed).
    const base = money.length;
    for (const h of parts.money) {
      const amount = { ...h.amount };
      if (amount.conversionOf !== undefined) amount.conversionOf += base;
      money.push({ start: h.start + offset, end: h.end + offset, amount });
    }
    for (const h of parts.quantities) quantities.push({ start: h.start + offset, end: h.end + offset, quantity: { ...h.quantity } });
    for (const h of parts.dates) dates.push({ start: h.start + offset, end: h.end + offset, date: { ...h.date } });
  }
  return { norm, lower, sentences, tokens, spots, money, quantities, dates };
}

/**
 * The local parts of one document's successive versions, kept per paragraph: each version re-reads
 * only the paragraphs it does not share with the one before. The result equals localParts(text).
 */
export class LocalPartsCache {
  private paragraphs = new Map<string, LocalParts>();
  /** The lexicon's matches per paragraph's parts, for one lexicon (another lexicon starts them over). */
  private matches = new WeakMap<LocalParts, Array<LexiconMatch | null | undefined>>();
  private matchesLexicon: Lexicon | undefined;
  /** The paragraphs' tokens as the last join placed them. */
  private placed: PlacedTokens = new Map();
  /** The pieces of the text last given to parts(). */
  private pieces: Array<{ offset: number; parts: LocalParts }> = [];

  parts(text: string): LocalParts {
    const next = new Map<string, LocalParts>();
    const pieces: Array<{ offset: number; parts: LocalParts }> = [];
    let from = 0;
    for (const end of paragraphEnds(text)) {
      const para = text.slice(from, end);
      const parts = next.get(para) ?? this.paragraphs.get(para) ?? localParts(para);
      next.set(para, parts);
      pieces.push({ offset: from, parts });
      from = end;
    }
    this.paragraphs = next;
    this.pieces = pieces;
    // Tokens placed for paragraphs gone from the text are let go.
    const placed: PlacedTokens = new Map();
    for (const { parts } of pieces) {
      const own = this.placed.get(parts);
      if (own) placed.set(parts, own);
    }
    this.placed = placed;
    return joinParts(pieces, placed);
  }

  /**
   * lexiconMatches of the text last given to parts(), as they would be made on the whole text: a
   * name never reaches across a blank line, so each paragraph keeps its own.
   */
  lexiconMatches(lex: Lexicon): Array<LexiconMatch | null | undefined> {
    if (this.matchesLexicon !== lex) {
      this.matches = new WeakMap();
      this.matchesLexicon = lex;
    }
    let total = 0;
    for (const { parts } of this.pieces) total += parts.tokens.length;
    const out = new Array<LexiconMatch | null | undefined>(total);
    let base = 0;
    for (const { offset, parts } of this.pieces) {
      let own = this.matches.get(parts);
      if (!own) {
        const starts = new Set<number>();
        for (const s of parts.sentences) if (!s.noise) starts.add(s.start);
        own = lexiconMatches(parts.norm, parts.tokens, lex, starts);
        this.matches.set(parts, own);
      }
      for (let i = 0; i < own.length; i++) {
        const m = own[i];
        if (m !== undefined) out[base + i] = m && { start: m.start + offset, end: m.end + offset, entry: m.entry, weak: m.weak };
      }
      base += own.length;
    }
    return out;
  }
}
