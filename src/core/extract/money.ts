// Money amounts: "$10 billion", "US$10bn", "14.3 billion dollars", "£10.55 billion", "€2.5bn",
// "$60 billion to $65 billion", "$10 billion-plus", "five million yen", "50 cents", and vague ones
// ("multibillion-dollar", "billions of dollars"). Linear scans: numbers are found first, then the
// currency and scale around them are read with anchored, bounded patterns.
import currencies from '../data/currencies.json';
import type { Amount, Qualifier } from '../types';
import { NUMBER_WORD, SCALE_WORDS, SPACED_SCALES, TOUCHING_SCALES, exact, numeralStep, parseNumberWords, parseNumeral } from './numbers';
import { orMoreAfter, plusAfter, qualifierBefore } from './qualifiers';
import { SpanMask } from '../text/spanMask';
import { matchAtSpots } from '../text/keywordSpots';
import type { TriggerSpots } from './triggers';
import { CURRENCY_PHRASES_BY_LAST_WORD, Trigger, spotTriggers } from './triggers';

// Patterns used inside functions are made once here: a pattern literal makes a new RegExp each time it is evaluated.
const BLANK_RUNS = /\s+/g;
const A_FRACTION = /^(?:a|an)[\s-]+(?:quarter|half|million|billion|thousand|hundred|dozen)/;
const BARE_SCALE = /^(?:hundred|thousand|million|billion|trillion)\b/;
const CONVERSION_BETWEEN = /^\s?(?:\(|\/|, or |or |; )\s?(?:about |around |approximately |roughly |some |nearly )?$/;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?/;
const DIGIT_ANY = /[\p{N}]/u;
const LETTER_OR_UNDERSCORE = /[\p{L}_]/u;
const FROM_BEFORE = /\bfrom\s$/;
const BETWEEN_BEFORE = /\bbetween\s$/;
const DIGIT_AHEAD = /^\s?\d/;
const ASCII_LOWER = /[a-z]/;
const STARTS_LOWER = /^[a-z]/;
const STARTS_DIGIT = /^\d/;
const DIGIT = /\d/;
const BLANK_OR_HYPHEN = /[\s-]/;
const LETTER_OR_DIGIT_ANY = /[\p{N}\p{L}]/u;
const LEADING_AND_A = /^(?:and|a|an)[\s-]/;
const WON_VERB_AHEAD = /^ (?:by|the|a|an|their|its|his|her|over|against|in|at|on|out)\b/;

export interface MoneyHit {
  start: number;
  end: number;
  amount: Amount;
}

type Scaled = Record<string, [string, number]>;
const PREFIX: Record<string, string> = currencies.prefix;
const PREFIX_SCALED = currencies.prefixScaled as unknown as Scaled;
const SUFFIX: Record<string, string> = currencies.suffix;
const SUFFIX_SCALED = currencies.suffixScaled as unknown as Scaled;
const MINOR = currencies.minor as unknown as Scaled;
const CASE_SENSITIVE = new Set(currencies.caseSensitivePrefixes);
const TITLE_CASE_PREFIXES = new Set(currencies.titleCasePrefixes);
const SCALE_OR_CENTS_PREFIXES = new Set(currencies.scaleOrCentsPrefixes);
const CENTS = /\.\d\d$/;
/** A share's price or an offer after the number ("R125 a share", "R125 for every MultiChoice share", "N95 offer"): R and N name money there too. */
const PRICED_AHEAD = /^(?: (?:a|per|for (?:every|each)(?: [\w&.'\u2019-]+)?) share\b|[- ](?:a|per)[- ]share\b| (?:offer|bid)\b)/;

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?');
const alternation = (keys: string[]): string => [...keys].sort((a, b) => b.length - a.length).map(esc).join('|');

const PREFIX_KEYS = [...Object.keys(PREFIX), ...Object.keys(PREFIX_SCALED)];
const PREFIX_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternation(PREFIX_KEYS)})\\s?$`, 'u');
const SUFFIX_KEYS = [...Object.keys(SUFFIX_SCALED), ...Object.keys(MINOR), ...Object.keys(SUFFIX)];
const SUFFIX_RE = new RegExp(`[\\s-]?(${alternation(SUFFIX_KEYS)})(?![\\p{L}\\p{N}])`, 'uy');
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?`;
const CRORE_AFTER = / crores?(?![\p{L}\p{N}])/uy;
const SCALE_RE = new RegExp(`(?:[\\s-](${SPACED_SCALES})|(${TOUCHING_SCALES}))(?![\\p{L}\\p{N}])`, 'uy');
const RANGE_RE = new RegExp(`(?:\\s?[-\u2013\u2014]\\s?|\\s(to|and)\\s)(?:(${alternation(Object.keys(PREFIX))})\\s?)?(${NUM})(?![\\d])`, 'uy');
const NUMBER_RE = /\d(?:[\d,]*\d)?(?:\.\d+)?/g;
const VAGUE_CURRENCY: Record<string, string> = currencies.vague;
const VAGUE_WORDS = alternation(Object.keys(VAGUE_CURRENCY));
const VAGUE_RE = new RegExp(String.raw`\bmulti-?\s?(?:million|billion|trillion)(?:[\s-](?:dollars?|pounds?|euros?|yen|yuan)\b)?|\b(?:(?:several|a few|many|tens of|hundreds of)\s)?(?:trillions|billions|millions)\sof\s(?:us\s)?(?:${VAGUE_WORDS})\b|\b(?:several|a few|many)\s(?:hundred\s)?(?:trillion|billion|million)\s(?:us\s)?(?:${VAGUE_WORDS})\b|\b(?:trillions|billions|millions)(?=\s(?:in|into)\s)`, 'y');
/** The currency a vague amount names by its last word ("billions of reais"), dollars when none. */
const VAGUE_CURRENCY_WORD = new RegExp(`(?:${VAGUE_WORDS})$`);

/** Finds money amounts in normalised text; `lower` is its lower-cased copy (same length), `spots` the trigger words in it. */
export function extractMoney(text: string, lower: string = text.toLowerCase(), spots: TriggerSpots = spotTriggers(lower)): MoneyHit[] {
  const hits: MoneyHit[] = [];
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let skipUntil = 0;
  while ((m = NUMBER_RE.exec(lower))) {
    if (m.index < skipUntil) continue;
    const hit = readDigitAmount(text, lower, m.index, m[0], skipUntil);
    if (hit) {
      hits.push(hit);
      skipUntil = hit.end;
      NUMBER_RE.lastIndex = Math.max(NUMBER_RE.lastIndex, hit.end);
    }
  }
  const mask = new SpanMask(text.length);
  for (const h of hits) mask.add(h.start, h.end);
  addWordAmounts(lower, hits, mask, spots[Trigger.CurrencyWord]!);
  addVague(lower, hits, mask, spots[Trigger.VagueMoney]!);
  hits.sort((a, b) => a.start - b.start);
  markConversions(text, hits);
  return hits;
}

/** Numbers followed by "p" that are video resolutions, not pence. */
const VIDEO_LINES = new Set(['240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);

function readDigitAmount(text: string, lower: string, s: number, raw: string, previousEnd: number): MoneyHit | null {
  // The numeral itself: drop a trailing separator the scan swallowed ("2016," is not a numeral).
  let numeral = raw;
  let value = parseNumeral(numeral);
  if (Number.isNaN(value)) {
    const plain = PLAIN_NUMBER.exec(numeral)![0];
    numeral = plain;
    value = Number(plain);
  }
  let e = s + numeral.length;
  if (DIGIT_ANY.test(lower[e] ?? '') || (lower[e] === '.' && DIGIT.test(lower[e + 1] ?? ''))) return null;

  // Currency before the number.
  let start = s;
  let currency: string | undefined;
  let prefixScale = 1;
  const before = lower.slice(Math.max(0, s - 9), s);
  const pm = mayHavePrefix(before) ? PREFIX_RE.exec(before) : null;
  if (pm) {
    const key = pm[1]!.replace(BLANK_RUNS, ' ');
    const trailing = pm[0].length - pm[0].trimEnd().length;
    const prefixStart = s - trailing - pm[1]!.length;
    const original = text.slice(prefixStart, prefixStart + pm[1]!.length);
    const lookupKey = normalizeKey(key);
    if (prefixStart >= previousEnd && (!CASE_SENSITIVE.has(lookupKey) || original === original.toUpperCase() || (TITLE_CASE_PREFIXES.has(lookupKey) && original[0] !== original[0]!.toLowerCase()))) {
      if (lookupKey in PREFIX_SCALED) [currency, prefixScale] = PREFIX_SCALED[lookupKey]!;
      else currency = PREFIX[lookupKey] ?? PREFIX[key];
      // "R44.3bn", "R127.50", "N514.9bn": a one-letter prefix counts before a scale or cents only.
      if (currency && SCALE_OR_CENTS_PREFIXES.has(lookupKey) && !CENTS.test(numeral) && !matchAt(SCALE_RE, lower, e) && !PRICED_AHEAD.test(lower.slice(e, e + 40))) currency = undefined;
      if (currency) start = prefixStart;
    }
  }
  if (!currency && LETTER_OR_UNDERSCORE.test(lower[s - 1] ?? '')) return null; // "H100", "Q3 2024"
  if (!currency && s > 0 && DIGIT_ANY.test(lower[s - 1]!)) return null;

  // Scale, range, scale of the range's end.
  let scale = 1;
  let sm = matchAt(SCALE_RE, lower, e);
  if (sm) {
    scale = SCALE_WORDS[(sm[1] ?? sm[2])!]!;
    // A bare single-letter scale needs a currency before it ("$10m", not "10m" of height).
    if (!currency && !sm[1] && (sm[2] ?? '').length <= 2) {
      sm = null;
      scale = 1;
    } else {
      e += sm[0].length;
      // "₹1.02 lakh crore", "5,000 thousand crore": a scale of crores.
      const crores = scale <= 1e5 ? matchAt(CRORE_AFTER, lower, e) : null;
      if (crores) {
        scale *= 1e7;
        e += crores[0].length;
      }
    }
  }
  let high: number | undefined;
  const rm = matchAt(RANGE_RE, lower, e);
  if (rm && (rm[1] !== 'and' || BETWEEN_BEFORE.test(lower.slice(Math.max(0, start - 9), start)))
      && !FROM_BEFORE.test(lower.slice(Math.max(0, start - 6), start))) {
    const v2 = parseNumeral(rm[3]!);
    if (!Number.isNaN(v2)) {
      let e2 = e + rm[0].length;
      let scale2 = scale;
      const sm2 = matchAt(SCALE_RE, lower, e2);
      if (sm2) {
        scale2 = SCALE_WORDS[(sm2[1] ?? sm2[2])!]!;
        e2 += sm2[0].length;
      }
      const low = value * (sm ? scale : scale2);
      const hi = v2 * scale2;
      if (hi > low && (currency || rm[2] || matchAt(SUFFIX_RE, lower, e2))) {
        high = exact(hi * prefixScale);
        if (!sm) scale = scale2;
        e = e2;
      }
    }
  }

  // "-plus" belongs to the amount; the currency word after it may follow ("$10 billion-plus").
  let qualifier: Qualifier | undefined;
  const plus = plusAfter(lower, e);
  if (plus) {
    e += plus;
    qualifier = 'over';
  }

  // Currency after the number.
  let minorDivisor = 1;
  if (!currency || !plus) {
    const xm = matchAt(SUFFIX_RE, lower, e);
    const key = xm ? normalizeKey(xm[1]!) : '';
    const isSymbol = xm ? !STARTS_LOWER.test(key) : false;
    if (xm && !(isSymbol && DIGIT_AHEAD.test(lower.slice(e + xm[0].length, e + xm[0].length + 2)))) {
      let suffixCurrency: string | undefined;
      let suffixScale = 1;
      if (key in SUFFIX_SCALED) [suffixCurrency, suffixScale] = SUFFIX_SCALED[key]!;
      else if (key in MINOR) {
        suffixCurrency = MINOR[key]![0];
        minorDivisor = MINOR[key]![1];
      } else suffixCurrency = SUFFIX[key];
      // "won" is a verb as often: the currency only after a large or scaled number, before no object ("53,400 won", "8 trillion won").
      if (key === 'won' && scale === 1 && (value < 100 || WON_VERB_AHEAD.test(lower.slice(e + xm[0].length, e + xm[0].length + 10)))) suffixCurrency = undefined;
      if (suffixCurrency && (!currency || suffixCurrency === currency || (currency === 'USD' && key.includes('dollar')))) {
        if (!currency || key.includes('dollar') || suffixScale !== 1) {
          currency = currency && currency !== 'USD' ? currency : suffixCurrency;
          scale *= suffixScale;
          e += xm[0].length;
        }
      }
      // A different currency word after a prefixed amount belongs to something else.
    }
  }
  // "626p", "705p": pence, as British share prices are written (not "1080p" video, nor "5pm").
  if (!currency && scale === 1 && lower.charCodeAt(e) === 112 && !LETTER_OR_UNDERSCORE.test(lower[e + 1] ?? '') && !DIGIT_ANY.test(lower[e + 1] ?? '')
    && numeral.length <= 9 && !VIDEO_LINES.has(numeral)) {
    currency = 'GBP';
    minorDivisor = 100;
    e += 1;
  }
  if (!currency) return null;
  // "$15 billion or more": at least that, when nothing before the amount qualifies it already.
  const orMore = high === undefined && !qualifier ? orMoreAfter(lower, e) : undefined;
  if (orMore && qualifierBefore(lower, start) === 'none') {
    qualifier = orMore[1];
    e += orMore[0];
  }
  const written = exact(value * scale * prefixScale);
  const amount: Amount = {
    value: exact(written / minorDivisor),
    currency,
    qualifier: high !== undefined ? 'range' : (qualifier ?? qualifierBefore(lower, start)),
    vague: false,
    written,
    step: (numeralStep(numeral) * scale * prefixScale) / minorDivisor,
  };
  if (high !== undefined) amount.high = exact(high / minorDivisor);
  // "3 dollars 50 cents", "15 dollars and 50": a minor part after a currency word.
  const tail = minorTail(lower, e);
  if (tail && ASCII_LOWER.test(lower.slice(s, e)) && minorDivisor === 1 && scale === 1) {
    amount.value = exact(amount.value! + tail.value / 100);
    amount.written = amount.value!;
    e += tail.length;
  }
  return { start, end: e, amount };
}


const KEYS_BY_LAST = CURRENCY_PHRASES_BY_LAST_WORD;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Currency words and phrases standing alone in the text, from the places their last words stand. */
function currencyWords(lower: string, spots: readonly number[]): Array<{ start: number; end: number; key: string }> {
  const out: Array<{ start: number; end: number; key: string }> = [];
  for (const at of spots) {
    // The spotted word runs to the end of its letters and digits.
    let end = at;
    for (let c = lower.charCodeAt(end); (c >= 97 && c <= 122) || (c >= 48 && c <= 57); c = lower.charCodeAt(++end));
    const keys = KEYS_BY_LAST.get(lower.slice(at, end));
    if (!keys) continue;
    if (LETTER_OR_DIGIT.test(lower[end] ?? '') || LETTER_OR_DIGIT.test(lower[at - 1] ?? '')) continue;
    for (const key of keys) {
      const start = end - key.length;
      if (start < 0 || lower.slice(start, end) !== key) continue;
      if (start > 0 && LETTER_OR_DIGIT.test(lower[start - 1]!)) continue;
      out.push({ start, end, key });
      break;
    }
  }
  return out;
}

/** Cheap test before the prefix pattern: does the text before the number end like any currency prefix? */
const PREFIX_LAST = new Set(Object.keys(PREFIX).concat(Object.keys(PREFIX_SCALED)).map((k) => k[k.length - 1]!));
function mayHavePrefix(before: string): boolean {
  let i = before.length - 1;
  if (before[i] === ' ') i--;
  return i >= 0 && PREFIX_LAST.has(before[i]!);
}

function normalizeKey(k: string): string {
  return k.replace(BLANK_RUNS, ' ').trim();
}

function matchAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

const MINOR_TAIL = /\s(?:and\s)?(\d{1,2}|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]?)?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(\s?cents?\b)?(?=\s*(?:[.,;!?]|$|more\b|\s?cents?\b))/y;

function minorTail(lower: string, at: number): { value: number; length: number } | null {
  const m = matchAt(MINOR_TAIL, lower, at);
  if (!m) return null;
  const v = STARTS_DIGIT.test(m[1]!) ? Number(m[1]) : parseNumberWords(m[1]!);
  if (Number.isNaN(v) || v >= 100) return null;
  return { value: v, length: m[0].length };
}

/** "five million yen", "one-yen", "thirteen dollars and forty-five cents", "twenty MUSD". */
function addWordAmounts(lower: string, hits: MoneyHit[], mask: SpanMask, spots: readonly number[]): void {
  const found: MoneyHit[] = [];
  const taken = (a: number, b: number): boolean => mask.overlaps(a, b);
  for (const cw of currencyWords(lower, spots)) {
    const cs = cw.start;
    let ce = cw.end;
    if (taken(cs, ce)) continue;
    // Walk back over number words.
    let p = cs;
    let wordsStart = cs;
    let count = 0;
    while (count < 8) {
      let q = p;
      while (q > 0 && BLANK_OR_HYPHEN.test(lower[q - 1]!)) q--;
      if (q === p || q === 0) break;
      let w = q;
      while (w > 0 && ASCII_LOWER.test(lower[w - 1]!)) w--;
      const word = lower.slice(w, q);
      if (!word || !NUMBER_WORD.test(word)) break;
      if (w > 0 && LETTER_OR_DIGIT_ANY.test(lower[w - 1]!) ) break;
      p = w;
      wordsStart = w;
      count++;
    }
    while (LEADING_AND_A.test(lower.slice(wordsStart, cs)) && !A_FRACTION.test(lower.slice(wordsStart, cs))) {
      wordsStart = lower.indexOf(' ', wordsStart) + 1 || cs;
      if (wordsStart >= cs) break;
    }
    if (wordsStart >= cs) continue;
    const phrase = lower.slice(wordsStart, cs).trim();
    // "billion dollars" alone, "multi-billion dollar", "several billion dollars": vague, not one billion.
    if (BARE_SCALE.test(phrase)) continue;
    const value = parseNumberWords(phrase);
    if (Number.isNaN(value) || value === 0) continue;
    const key = cw.key;
    let currency: string;
    let factor = 1;
    let divisor = 1;
    if (key in SUFFIX_SCALED) [currency, factor] = SUFFIX_SCALED[key]!;
    else if (key in MINOR) [currency, divisor] = MINOR[key]!;
    else currency = SUFFIX[key]!;
    const written = exact(value * factor);
    const amount: Amount = { value: exact(written / divisor), currency, qualifier: qualifierBefore(lower, wordsStart), vague: false, written, step: factor / divisor };
    const tail = divisor === 1 ? minorTail(lower, ce) : null;
    if (tail) {
      amount.value = exact(amount.value! + tail.value / 100);
      amount.written = amount.value!;
      ce += tail.length;
    }
    found.push({ start: wordsStart, end: ce, amount });
    mask.add(wordsStart, ce);
  }
  hits.push(...found);
}

function addVague(lower: string, hits: MoneyHit[], mask: SpanMask, spots: readonly number[]): void {
  for (const m of matchAtSpots(VAGUE_RE, lower, spots)) {
    const s = m.index;
    const e = s + m[0].length;
    if (mask.overlaps(s, e)) continue;
    mask.add(s, e);
    const word = VAGUE_CURRENCY_WORD.exec(m[0])?.[0];
    const cur = word ? VAGUE_CURRENCY[word]! : 'USD';
    hits.push({ start: s, end: e, amount: { value: null, currency: cur, qualifier: 'none', vague: true } });
  }
}

const CROWN_CURRENCIES = new Set(Object.values(currencies.crownPlaces));
const CROWN_PLACE_RE = new RegExp(`\\b(?:${Object.keys(currencies.crownPlaces).join('|')})\\b`);

/**
 * Amounts in bare crowns ("21.74 crowns"), named by the document: the first crown it names with its
 * country ("18 billion Swedish crowns"), else the first crown country or city it mentions; else they
 * stay in "crown". New hits where a currency changes (the paragraphs' own hits are cached).
 */
export function nameCrowns(money: MoneyHit[], lower: string): MoneyHit[] {
  if (!money.some((h) => h.amount.currency === 'crown')) return money;
  const named = money.find((h) => CROWN_CURRENCIES.has(h.amount.currency))?.amount.currency
    ?? (currencies.crownPlaces as Record<string, string>)[CROWN_PLACE_RE.exec(lower)?.[0] ?? ''];
  if (!named) return money;
  return money.map((h) => (h.amount.currency === 'crown' ? { ...h, amount: { ...h.amount, currency: named } } : h));
}

/** "$14.3 billion (£10.55 billion)": the bracketed amount in another currency restates the first. */
function markConversions(text: string, hits: MoneyHit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1]!;
    const b = hits[i]!;
    const between = text.slice(a.end, b.start);
    if (a.amount.currency !== b.amount.currency && a.amount.value !== null && b.amount.value !== null
        && CONVERSION_BETWEEN.test(between)) {
      b.amount.conversionOf = i - 1;
    }
  }
}
