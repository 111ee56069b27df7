// Figures other than money: percentages and stakes ("49% stake"), counts with units ("1.3 million GPUs",
// "350,000 Nvidia H100 chips", "2-gigawatt"), ages ("28-year-old") and scores ("Market Impact: 0.65").
import units from '../data/units.json';
import { matchAtSpots, mergeSpots } from '../text/keywordSpots';
import { withoutOverlaps } from '../text/spans';
import type { Qualifier, Quantity } from '../types';
import { SCALE_WORDS, exact, numeralStep, parseNumberWords, parseNumeral } from './numbers';
import { qualifierBefore } from './qualifiers';
import type { TriggerSpots } from './triggers';
import { Trigger, spotTriggers } from './triggers';

// Patterns used inside functions are made once here: a pattern literal makes a new RegExp each time it is evaluated.
const STAKE_AFTER = /^\s(stake|share|ownership|interest|holding|equity|stake)\b/;
const YEAR_LIKE = /^(?:19|20)\d{2}$/;
const BLANK_OR_HYPHEN = /[\s-]/;
const UNIT_WORDS = /^([a-z0-9][a-z0-9-]*)(?:\s([a-z][a-z-]*))?(?:\s([a-z][a-z-]*))?/;
const LETTER = /[\p{L}]/u;
const COMPOUND_ADJECTIVE = /^[a-z]{2,}-[a-z]{2,}$/;
const NAME_START = /^[A-Z0-9]/;
const DOTTED_ABBREVIATION = /^(?:[A-Z]\.){2,3}(?=\s)/;
const ALL_DIGITS = /^\d+$/;
const DIGIT = /\d/;
const VAGUE_WORDS = /hundreds|thousands|millions|billions|several|few|tens of/;

export interface QuantityHit {
  start: number;
  end: number;
  quantity: Quantity;
}

const UNIT: Record<string, string> = units.units;
const DESCRIPTOR = new Set(units.descriptorWords);
// Descriptors with model numbers run long: "171 Boeing 737 Max 9 jets".
const UNIT_MAX_WORDS = 5;

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const PERCENT_RE = new RegExp(`(?<![\\p{L}\\p{N}.,])(${NUM})(?:\\s?[-\u2013]\\s?(${NUM}))?(\\s?%|\\s(?:percent|per cent|pct)\\b|\\s(?:percentage points?)\\b)`, 'gu');
const COUNT_RE = new RegExp(`(?<![\\p{L}\\p{N}.,$£€¥])(${NUM})(?:[\\s-](thousand|million|billion|trillion)|(k|m|bn|mn)(?![\\p{L}]))?(?=[\\s.,;:-]|$)`, 'gu');
const WORD_COUNT_RE = /\b((?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds of|thousands of|tens of|several|a few)\s(?:hundred\s)?(?:thousand|million|billion)|hundreds|thousands|millions|billions)(?=\s)/y;
const AGE_RE = /\b(\d{1,3})-year-old\b|\baged\s(\d{1,3})\b/y;
/** The high end of a range of percentages after "to" ("15% to 20%"). */
const PERCENT_TO_AHEAD = new RegExp(`^(?: to |[-\u2013])(${NUM})(?:\\s?%|\\s(?:percent|per cent)\\b)`);
const PERCENT_AND_AHEAD = new RegExp(`^ and (${NUM})(?:\\s?%|\\s(?:percent|per cent)\\b)`);
const BETWEEN_BEFORE = /\bbetween (?:(?:about|around|roughly) )?$/;
/** Words before a percentage that make "X% to Y%" a move from one level to another, not a range. */
const MOVE_BEFORE = /\b(?:from|rose|rises|risen|fell|falls|fallen|grew|grows|jumped|jumps|climbed|climbs|dropped|drops|slid|slides|gained|gains|increased|decreased|declined|surged|sank|tumbled|plunged|soared|slumped|raised|lowered|lifted|trimmed|edged (?:up|down|higher|lower)|up|down)\s(?:(?:by|about|around|roughly|nearly|almost|some|more than)\s)*$/;
/** Between a part and the whole it is of: " of its roughly 8,500", " of the group's 40,000". */
const PART_OF_AHEAD = new RegExp(`^ of (?:its|the|their|our|his|her|the company['\u2019]s|the group['\u2019]s) (?:(?:about|around|roughly|nearly|almost|some|more than|over|just over|just under) )?(?:${NUM})(?:[\\s-](?:thousand|million|billion))?(?=[\\s-])`);
/** A fraction after "by" (the word itself is the figure), or "halved" after a verb's subject. */
const FRACTION_RE = /(?<=\bby (?:(?:about|around|roughly|nearly|almost|more than|less than|over|some) )?(?:a )?)(half|third|quarter)\b(?! (?:of|a|an|the|century|mile|point|year|hour|percent)\b|-)|(?<=\b(?:has|have|had|more than|nearly|almost|roughly|about|all but) )halved\b/y;
const SENTENCE_END = /[.!?\n]/;
const UNIT_SUBJECT = /^\s*(?:[-*]\s+)?(?:\*\*)?([A-Z][a-z-]+(?: [a-z-]+){0,2})\b[^.;:\n]{0,50}?(?:\b(?:grew|rose|climbed|increased|jumped|fell|dropped|declined)\b[^.;:\n]{0,16} to|\b(?:reached|totall?ed|hit|topped|were|was)|:(?:\*\*)?) (?:(?:about|around|roughly|nearly|almost|some|more than|over|just over|just under) )?$/;
const SCORE_RE = /\b(score|impact|sentiment|rating|index|confidence)\b[^.\n\d]{0,20}?[:(]\s?(-?\d+(?:\.\d+)?)(?!\s?%)/iy;

/** Finds figures in normalised text; `lower` is its lower-cased copy, `spots` the trigger words in it. */
export function extractQuantities(text: string, lower: string = text.toLowerCase(), spots: TriggerSpots = spotTriggers(lower)): QuantityHit[] {
  const hits: QuantityHit[] = [];
  let m: RegExpExecArray | null;

  PERCENT_RE.lastIndex = 0;
  while ((m = PERCENT_RE.exec(lower))) {
    const value = parseNumeral(m[1]!);
    const q: Quantity = { value, unit: m[3]!.includes('point') ? 'percentage point' : 'percent', qualifier: qualifierBefore(lower, m.index), step: numeralStep(m[1]!) };
    if (m[2]) {
      q.high = parseNumeral(m[2]);
      q.qualifier = 'range';
    }
    let end = m.index + m[0].length;
    // "15% to 20% of its workforce": a range told with "to" (not a move: "rose from 5% to 20%", "fell 5% to 20%");
    // "between 7.5% and 8.5%" too.
    if (!m[2]) {
      const to = PERCENT_TO_AHEAD.exec(lower.slice(end, end + 28)) ?? (BETWEEN_BEFORE.test(lower.slice(Math.max(0, m.index - 24), m.index)) ? PERCENT_AND_AHEAD.exec(lower.slice(end, end + 28)) : null);
      if (to && (!to[0].startsWith(' to ') || !MOVE_BEFORE.test(lower.slice(Math.max(0, m.index - 24), m.index)))) {
        const high = parseNumeral(to[1]!);
        if (high > value) {
          q.high = high;
          if (q.qualifier === 'none') q.qualifier = 'range';
          end += to[0].length;
          PERCENT_RE.lastIndex = end;
        }
      }
    }
    const after = STAKE_AFTER.exec(lower.slice(end, end + 12));
    if (after) q.descriptor = after[1]!;
    hits.push({ start: m.index, end, quantity: q });
  }

  COUNT_RE.lastIndex = 0;
  while ((m = COUNT_RE.exec(lower))) {
    let value = parseNumeral(m[1]!);
    if (Number.isNaN(value)) continue;
    const scaleWord = m[2] ?? m[3];
    // Before punctuation only a count of millions may have a unit (one the sentence opens with).
    const after = lower.charCodeAt(m.index + m[0].length);
    if (!scaleWord && after !== 32 && after !== 45 && after !== 10 && after !== 9) continue;
    const scale = scaleWord ? SCALE_WORDS[scaleWord]! : 1;
    let unit = readUnit(text, lower, m.index + m[0].length);
    // "close about 1,200 of its roughly 8,500 U.S. stores": a part, counted in the unit of the whole.
    let end = unit?.end;
    if (!unit) {
      const of = lower.startsWith(' of ', m.index + m[0].length) ? PART_OF_AHEAD.exec(lower.slice(m.index + m[0].length, m.index + m[0].length + 48)) : null;
      unit = of ? readUnit(text, lower, m.index + m[0].length + of[0].length) : null;
      // "Trips on the platform grew 24% to 2.6 billion", "Trips in the quarter: about 2.6 billion": a
      // count of millions or more whose unit opens the sentence.
      if (!unit && scaleWord) unit = subjectUnit(text, m.index);
      if (!unit) continue;
      end = m.index + m[0].length;
    }
    // A bare year before a unit ("2024 users") is more likely a date than a count.
    if (!scaleWord && YEAR_LIKE.test(m[1]!) && !unit.hyphen) continue;
    value = exact(value * scale);
    const q: Quantity = { value, unit: unit.unit, qualifier: qualifierBefore(lower, m.index), step: numeralStep(m[1]!) * scale };
    if (unit.descriptor) q.descriptor = unit.descriptor;
    hits.push({ start: m.index, end: end!, quantity: q });
  }

  for (const m of matchAtSpots(WORD_COUNT_RE, lower, spots[Trigger.WordCount]!)) {
    const unit = readUnit(text, lower, m.index + m[0].length);
    if (!unit) continue;
    const phrase = m[1]!;
    const vague = VAGUE_WORDS.test(phrase);
    const value = vague ? NaN : parseNumberWords(phrase);
    if (!vague && Number.isNaN(value)) continue;
    const q: Quantity = { value: vague ? 0 : value, unit: unit.unit, qualifier: vague ? 'approximately' : qualifierBefore(lower, m.index) };
    if (vague) q.descriptor = phrase;
    else q.step = SCALE_WORDS[phrase.split(' ').pop()!] ?? 1;
    if (unit.descriptor) q.descriptor = unit.descriptor;
    hits.push({ start: m.index, end: unit.end, quantity: q });
  }

  for (const m of matchAtSpots(AGE_RE, lower, mergeSpots(spots[Trigger.AgeYearOld]!, spots[Trigger.Aged]!))) {
    hits.push({ start: m.index, end: m.index + m[0].length, quantity: { value: Number(m[1] ?? m[2]), unit: 'age', qualifier: 'none' as Qualifier, step: 1 } });
  }

  // "fallen by half", "cut its workforce by a third", "shares have more than halved": a share told in words.
  for (const m of matchAtSpots(FRACTION_RE, lower, spots[Trigger.Fraction]!)) {
    const word = m[1] ?? 'halved';
    const value = word === 'third' ? 33.3 : word === 'quarter' ? 25 : 50;
    hits.push({ start: m.index, end: m.index + m[0].length, quantity: { value, unit: 'percent', qualifier: qualifierBefore(lower, m.index - (m[1] && lower.startsWith('a ', m.index - 2) ? 2 : 0)), step: value === 33.3 ? 0.1 : 1 } });
  }

  for (const m of matchAtSpots(SCORE_RE, text, spots[Trigger.Score]!)) {
    const numStart = m.index + m[0].length - m[2]!.length;
    hits.push({ start: numStart, end: m.index + m[0].length, quantity: { value: Number(m[2]), unit: 'score', qualifier: 'none', descriptor: m[1]!.toLowerCase(), step: numeralStep(m[2]!.replace('-', '')) } });
  }
  return withoutOverlaps(hits);
}

/** The unit a sentence opens with, when it leads to the count at `at` ("Trips ... grew 24% to", "Trips in the quarter:"). */
function subjectUnit(text: string, at: number): { unit: string; end: number; hyphen: boolean } | null {
  let from = at;
  while (from > 0 && at - from < 100 && !SENTENCE_END.test(text[from - 1]!)) from--;
  const m = UNIT_SUBJECT.exec(text.slice(from, at));
  if (!m) return null;
  const words = m[1]!.toLowerCase().split(' ');
  for (let n = words.length; n >= 1; n--) {
    const unit = UNIT[words.slice(0, n).join(' ')];
    if (unit) return { unit, end: at, hyphen: false };
  }
  // ("Ad-tier users:", "Total paid memberships:": the last word names the unit.)
  const last = UNIT[words[words.length - 1]!];
  return last ? { unit: last, end: at, hyphen: false } : null;
}

/** Reads "GPUs", "Nvidia H100 chips", "-gigawatt" after a number: the unit and where it ends. */
function readUnit(text: string, lower: string, at: number): { unit: string; end: number; descriptor?: string; hyphen: boolean } | null {
  const hyphen = lower[at] === '-';
  let p = at;
  const descriptor: string[] = [];
  for (let words = 0; words <= UNIT_MAX_WORDS; words++) {
    if (p >= lower.length || !BLANK_OR_HYPHEN.test(lower[p]!)) return null;
    p++;
    // "8,500 U.S. stores": a dotted abbreviation describes the count.
    const c = text.charCodeAt(p);
    const dotted = c >= 65 && c <= 90 && text.charCodeAt(p + 1) === 46 ? DOTTED_ABBREVIATION.exec(text.slice(p, p + 8)) : null;
    if (dotted) {
      descriptor.push(dotted[0]);
      p += dotted[0].length;
      continue;
    }
    // Longest unit phrase of up to three words starting here.
    const window = lower.slice(p, p + 40);
    const wm = UNIT_WORDS.exec(window);
    if (!wm) return null;
    for (let n = 3; n >= 1; n--) {
      const parts = wm.slice(1, 1 + n);
      if (parts.some((x) => x === undefined)) continue;
      const phrase = parts.join(' ');
      if (phrase in UNIT) {
        const end = p + phrase.length;
        if (LETTER.test(lower[end] ?? '')) continue;
        const r: { unit: string; end: number; descriptor?: string; hyphen: boolean } = { unit: UNIT[phrase]!, end, hyphen };
        if (descriptor.length) r.descriptor = descriptor.join(' ');
        return r;
      }
    }
    // Not a unit: a descriptor may stand between ("Nvidia H100", "monthly active", "new").
    const word = wm[1]!;
    const original = text.slice(p, p + word.length);
    const isName = NAME_START.test(original) || DIGIT.test(word);
    // So may a compound adjective ("battery-only", "low-cost").
    if (!isName && !DESCRIPTOR.has(word) && !COMPOUND_ADJECTIVE.test(word)) return null;
    if (word === 'of' && descriptor.length === 0) return null;
    // A model number follows a name ("Boeing 737"); a number right after the count is no descriptor ("5 10 people").
    if (descriptor.length === 0 && ALL_DIGITS.test(word)) return null;
    descriptor.push(original);
    p += word.length;
  }
  return null;
}


