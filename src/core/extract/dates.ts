// Dates and periods: "May 2024", "June 10, 2025", "10 June 2025", "in 2016", "Q1 2025",
// "last year", "earlier this year", "by year-end".
import { matchAtSpots } from '../text/keywordSpots';
import { withoutOverlaps } from '../text/spans';
import type { DateValue } from '../types';
import type { TriggerSpots } from './triggers';
import { Trigger, spotTriggers } from './triggers';

// Patterns used inside functions are made once here: a pattern literal makes a new RegExp each time it is evaluated.
const BLANK_RUNS = /\s+/g;

export interface DateHit {
  start: number;
  end: number;
  date: DateValue;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
// Sticky: each runs only where its leading words stand (extract/triggers.ts).
const MONTH_FIRST = new RegExp(`\\b(${MONTH})(?:\\s(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s((?:19|20)\\d{2})\\b)?`, 'y');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(${MONTH})(?:,?\\s((?:19|20)\\d{2})\\b)?`, 'y');
const QUARTER = /\b(?:(Q[1-4])|([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[- ][Qq]uarter)(?:\s(?:of\s)?((?:19|20)\d{2}))?\b|\b(?:FY|fiscal (?:year )?)((?:19|20)?\d{2})\b/y;
const YEAR = /(?<![\p{L}\p{N}$£€,.\-/:])((?:19|20)\d{2})(s)?(?![\p{N}%]|,\d|\.\d|[-–]\p{N})/gu;
const CURRENT = /^current /;
const RELATIVE = /\b(?:(?:earlier|later)\s(?:this|last|next)\s(?:year|month|week|quarter)|(?:last|this|next|past|previous|coming|current)\s(?:year|month|week|quarter|decade)|by\s(?:the\s)?(?:year-end|year end|end of (?:the|this|next) year)|(?:end|start)\s(?:the|this)\syear|year-to-date|yesterday|today|tomorrow)\b/iy;
const MAY_CONTEXT = /(?:\b(?:in|on|since|until|by|from|last|this|next|early|late|mid-?|during|of|through)\s)$/i;

/** Finds dates and periods in normalised text; `spots` are the trigger words of its lower-cased copy. */
export function extractDates(text: string, spots: TriggerSpots = spotTriggers(text.toLowerCase())): DateHit[] {
  const hits: DateHit[] = [];
  let m: RegExpExecArray | null;
  for (const m of matchAtSpots(MONTH_FIRST, text, spots[Trigger.MonthFirst]!)) {
    const month = MONTHS[m[1]!.toLowerCase().replace('.', '')]!;
    if (m[1] === 'May' && !m[2] && !m[3] && !MAY_CONTEXT.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (m[1] === 'March' && !m[2] && !m[3] && !MAY_CONTEXT.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const d: DateValue = { month };
    if (m[2]) d.day = Number(m[2]);
    if (m[3]) d.year = Number(m[3]);
    hits.push({ start: m.index, end: m.index + m[0].length, date: d });
  }
  for (const m of matchAtSpots(DAY_FIRST, text, spots[Trigger.DayFirst]!)) {
    const d: DateValue = { day: Number(m[1]), month: MONTHS[m[2]!.toLowerCase().replace('.', '')]! };
    if (d.day! > 31) continue;
    if (m[3]) d.year = Number(m[3]);
    hits.push({ start: m.index, end: m.index + m[0].length, date: d });
  }
  for (const m of matchAtSpots(QUARTER, text, spots[Trigger.Quarter]!)) {
    const y = m[3] ?? m[4];
    const d: DateValue = { relative: m[1] ?? (m[2] ? `${m[2].toLowerCase()} quarter` : 'fiscal year') };
    if (y) d.year = y.length === 2 ? 2000 + Number(y) : Number(y);
    hits.push({ start: m.index, end: m.index + m[0].length, date: d });
  }
  YEAR.lastIndex = 0;
  while ((m = YEAR.exec(text))) {
    const d: DateValue = { year: Number(m[1]) };
    if (m[2]) d.relative = `${m[1]}s`;
    hits.push({ start: m.index, end: m.index + m[0].length, date: d });
  }
  for (const m of matchAtSpots(RELATIVE, text, spots[Trigger.Relative]!)) {
    // "the current quarter" is this quarter.
    hits.push({ start: m.index, end: m.index + m[0].length, date: { relative: m[0].toLowerCase().replace(BLANK_RUNS, ' ').replace(CURRENT, 'this ') } });
  }
  return withoutOverlaps(hits);
}
