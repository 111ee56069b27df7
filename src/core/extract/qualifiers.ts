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

/** All qualifiers in one end-anchored pattern, one capture group each, tried in the order above. */
const ANY_BEFORE = new RegExp(`(?:${BEFORE.map(([, re]) => `(${re.source.replace(/\\s\*\$$/, '').replace(/\((?!\?)/g, '(?:')})`).join('|')})\\s*$`);
const WORD_END = /[a-z~.]\s*$/;

/** Qualifier from the (lower-cased, normalised) text just before a figure. */
export function qualifierBefore(lowerText: string, start: number): Qualifier {
  const from = Math.max(0, start - 40);
  let ctx = lowerText.slice(from, start);
  if (!WORD_END.test(ctx)) return 'none';
  if (/\s\s/.test(ctx)) ctx = ctx.replace(/\s+/g, ' ');
  const m = ANY_BEFORE.exec(ctx);
  if (!m) return 'none';
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return BEFORE[g - 1]![0];
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
