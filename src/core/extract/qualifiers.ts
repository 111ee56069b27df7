// The words before (and after) a figure that qualify it: "up to", "more than", "about", "nearly"...
// The phrases are looked up by the last words before the figure (a map, not a pattern per phrase),
// so the cost per figure does not grow with the vocabulary.
import type { Qualifier } from '../types';

// Patterns used inside functions are made once here: a pattern literal makes a new RegExp each time it is evaluated.
const SPACE_RUNS = / +/g;
const PLUS_AFTER = /^(?:-plus\b|\+(?![\d])| plus\b(?! \w+ (?:of|in)\b))/i;
const AMOUNT_AHEAD = /^\s*[$£€\d]/;
const OR_MORE_AFTER = /^,? or (?:(more|higher|above|greater)|(less|lower|below|fewer))\b/;

const PHRASES: Array<[Qualifier, string[]]> = [
  ['up to', ['up to', 'as much as', 'as high as', 'as many as', 'a maximum of', 'at most', 'no more than', 'capped at']],
  ['at least', ['at least', 'no less than', 'not less than', 'a minimum of', 'no fewer than']],
  ['nearly', ['nearly', 'near', 'almost', 'close to', 'closer to', 'just under', 'just shy of', 'just below', 'shy of', 'just short of']],
  ['over', ['over', 'more than', 'exceeding', 'exceed', 'exceeds', 'exceeded', 'above', 'in excess of', 'upwards of', 'north of', 'greater than',
    'surpassing', 'surpass', 'surpasses', 'surpassed', 'topping', 'tops', 'topped', 'to top', 'could top', 'will top', 'would top', 'may top', 'might top', 'can top', 'pass', 'passes', 'passed', 'passing',
    'beyond', 'starting at', 'from a low of']],
  ['approximately', ['approximately', 'approx', 'approx.', 'about', 'around', 'roughly', 'some', 'circa', 'ca.', 'an estimated', 'estimated at',
    'in the region of', 'on the order of', 'something like']],
  ['under', ['under', 'less than', 'below', 'fewer than', 'lower than', 'barely']],
];

const BY_PHRASE = new Map<string, Qualifier>();
let longest = 1;
for (const [q, list] of PHRASES) {
  for (const p of list) {
    if (!BY_PHRASE.has(p)) BY_PHRASE.set(p, q);
    longest = Math.max(longest, p.split(' ').length);
  }
}

/** Last words of the phrases: a figure whose preceding word is none of them has no qualifier. */
const LAST_WORDS = new Set([...BY_PHRASE.keys()].map((p) => p.split(' ').pop()!));

function isLowerLetterCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isBreak(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '(' || c === ',';
}

/** Qualifier from the (lower-cased, normalised) text just before a figure. */
export function qualifierBefore(lowerText: string, start: number): Qualifier {
  let end = start;
  // Back over blanks and at most one line break: a qualifier never reaches across a blank line.
  let breaks = 0;
  for (let c = lowerText.charCodeAt(end - 1); end > 0 && (c === 32 || c === 13 || (c === 10 && ++breaks < 2)); c = lowerText.charCodeAt(--end - 1));
  // "near-€2 billion", "about-$5 million": a qualifier joined by a hyphen.
  if (end > 1 && lowerText.charCodeAt(end - 1) === 45 && isLowerLetterCode(lowerText.charCodeAt(end - 2))) end--;
  if (end > 0 && lowerText[end - 1] === '~') return 'approximately';
  // The last few words before the figure, longest phrase first.
  const starts: number[] = [];
  let p = end;
  while (starts.length < longest && p > 0) {
    let q = p;
    while (q > 0 && !isBreak(lowerText[q - 1])) q--;
    if (q === p) break;
    if (starts.length === 0 && !LAST_WORDS.has(lowerText.slice(q, p))) return 'none';
    starts.push(q);
    p = q;
    while (p > 0 && lowerText[p - 1] === ' ') p--;
    if (p > 0 && (lowerText[p - 1] === '\n' || lowerText[p - 1] === '(' || lowerText[p - 1] === ',')) break;
  }
  for (let n = starts.length; n >= 1; n--) {
    let phrase = lowerText.slice(starts[n - 1]!, end);
    if (phrase.includes('  ')) phrase = phrase.replace(SPACE_RUNS, ' ');
    const q = BY_PHRASE.get(phrase);
    if (q) return q;
  }
  return 'none';
}

/** "-plus", " plus", "+" straight after a figure mean "over"; returns the length to include, or 0. */
export function plusAfter(text: string, end: number): number {
  const m = PLUS_AFTER.exec(text.slice(end, end + 12));
  if (!m) return 0;
  // " plus" followed by another amount is addition, not a qualifier ("$5 billion plus $2 billion").
  if (m[0] === ' plus' && AMOUNT_AHEAD.test(text.slice(end + 5, end + 8))) return 0;
  return m[0].length;
}

/** " or more" ("$15 billion or more"): at least; " or less": up to. Returns the length to include and the qualifier. */
export function orMoreAfter(text: string, end: number): [number, Qualifier] | undefined {
  if (text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 44) return undefined;
  const m = OR_MORE_AFTER.exec(text.slice(end, end + 14));
  if (!m) return undefined;
  return [m[0].length, m[1] ? 'at least' : 'up to'];
}
