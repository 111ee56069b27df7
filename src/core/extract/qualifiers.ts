// The words before (and after) a figure that qualify it: "up to", "more than", "about", "nearly"...
import type { Qualifier } from '../types';

const BEFORE: Array<[Qualifier, RegExp]> = [
  ['up to', /(?:\bup to|\bas much as|\bas high as|\bas many as|\ba maximum of|\bat most|\bno more than|\bcapped at)\s*$/],
  ['at least', /(?:\bat least|\bno less than|\bnot less than|\ba minimum of|\bno fewer than)\s*$/],
  ['nearly', /(?:\bnearly|\balmost|\bclose to|\bjust under|\bjust shy of|\bjust below|\bshy of|\bjust short of)\s*$/],
  ['over', /(?:\bover|\bmore than|\bexceeding|\bexceeds?|\bexceeded|\babove|\bin excess of|\bupwards of|\bnorth of|\bgreater than|\bsurpassing|\bsurpass(?:es|ed)?|\btopping|\bbeyond|\bstarting at|\bfrom a low of)\s*$/],
  ['approximately', /(?:\bapproximately|\bapprox\.?|\babout|\baround|\broughly|\bsome|\bcirca|\bca\.|\ban estimated|\bestimated at|\bin the region of|\bon the order of|\bsomething like|~)\s*$/],
  ['under', /(?:\bunder|\bless than|\bbelow|\bfewer than|\blower than|\bbarely)\s*$/],
];

/** Qualifier from the (lower-cased, normalised) text just before a figure. */
export function qualifierBefore(lowerText: string, start: number): Qualifier {
  const from = Math.max(0, start - 40);
  const ctx = lowerText.slice(from, start).replace(/\s+/g, ' ');
  for (const [q, re] of BEFORE) if (re.test(ctx)) return q;
  return 'none';
}

/** "-plus", " plus", "+" straight after a figure mean "over"; returns the length to include, or 0. */
export function plusAfter(text: string, end: number): number {
  const m = /^(?:-plus\b|\+(?![\d])| plus\b(?! \w+ (?:of|in)\b))/i.exec(text.slice(end, end + 12));
  if (!m) return 0;
  // " plus" followed by another amount is addition, not a qualifier ("$5 billion plus $2 billion").
  if (m[0] === ' plus' && /^\s*[$£€\d]/.test(text.slice(end + 5, end + 8))) return 0;
  return m[0].length;
}
