// Sentence and line splitting with offsets. Lines always end a sentence (headlines, bullets and
// bylines are lines of their own); within a line, ., ! and ? end one unless they close a known
// abbreviation, an initial or a decimal.
import type { Sentence } from '../types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'vs', 'etc',
  'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'gov', 'sen',
  'rep', 'rev', 'hon', 'lt', 'col', 'capt', 'sgt', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'approx', 'est', 'fig',
  'dept', 'univ', 'assn', 'ave', 'blvd', 'mt', 'ft', 'vol', 'ed', 'al',
  // Abbreviations inside company names ("Chr. Hansen").
  'chr',
]);

/** Lines that carry no article content. */
const NOISE_LINE = /^(?:advertisement|advertising|sponsored(?: content)?|read more\b.*|related:.*|next story.*|back to news|share this.*|sign up.*|subscribe.*|click here.*|loading\W*|\W*)$/i;
/** A run-together strip of tickers: one upper-case word of 6+ letters and nothing else. */
const TICKER_STRIP = /^[A-Z]{6,}$/;
// Patterns used per line and per character live here: a pattern literal inside a function makes a
// new RegExp object each time it is evaluated.
const BLANK = /\s/;
const MARKDOWN_MARKER = /^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)/;
const SENTENCE_OPENER = /[A-Z0-9"'(\[$£€]/;
const ABBREVIATION_CHAR = /[A-Za-z.]/;
const INITIAL = /^[A-Z]$/;
const DOTTED = /^(?:[A-Za-z]\.)+[A-Za-z]$/;

export function isNoiseLine(line: string): boolean {
  const t = line.trim();
  return t.length === 0 || NOISE_LINE.test(t) || TICKER_STRIP.test(t);
}

/** Splits normalised text into sentences; spans are trimmed of white space and Markdown markers. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  // Strip Markdown heading, quote and bullet markers, and surrounding blanks.
  let s = from;
  while (s < to && BLANK.test(text[s]!)) s++;
  const marker = MARKDOWN_MARKER.exec(text.slice(s, Math.min(to, s + 10)));
  if (marker) s += marker[0].length;
  let e = to;
  while (e > s && BLANK.test(text[e - 1]!)) e--;
  if (e <= s) return;
  const noise = isNoiseLine(text.slice(s, e));
  if (noise) {
    out.push({ start: s, end: e, noise: true });
    return;
  }
  let start = s;
  // Character codes, not one-character strings: this loop sees every character of the text.
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 /* . */ && c !== 33 /* ! */ && c !== 63 /* ? */) continue;
    // Closing quotes and brackets stay with the sentence.
    let j = i + 1;
    for (let q = text.charCodeAt(j); j < e && (q === 34 || q === 39 || q === 41 || q === 93); q = text.charCodeAt(++j));
    if (j < e && text.charCodeAt(j) !== 32) continue; // "3.5", "U.S.", "Scale.ai"
    if (j >= e) break;
    let k = j;
    while (k < e && text.charCodeAt(k) === 32) k++;
    const next = text[k];
    if (next === undefined || !SENTENCE_OPENER.test(next)) continue;
    if (c === 46 && isAbbreviation(text, start, i)) continue;
    out.push({ start, end: j, noise: false });
    start = k;
    i = k - 1;
  }
  if (start < e) out.push({ start, end: e, noise: false });
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let w = dot;
  while (w > sentenceStart && ABBREVIATION_CHAR.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  // Initials ("J. Smith"), dotted abbreviations ("U.S.") and listed ones ("Inc.") never end a sentence.
  // (A letter after an ampersand ends a name: "Verizon and AT&T. The price...")
  if (INITIAL.test(word)) return w === sentenceStart || text.charCodeAt(w - 1) !== 38;
  if (ABBREVIATIONS.has(lower)) return lower !== 'etc';
  if (DOTTED.test(word)) return true;
  return false;
}

/** Binary search: index of the sentence containing offset, or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
