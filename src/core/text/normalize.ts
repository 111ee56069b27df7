// Length-preserving normalisation: every character maps to exactly one character, so an index into
// the normalised text is an index into the original. Matching runs on the normalised text; mention
// texts are sliced from the original.

const MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2005': ' ', '\u2006': ' ', '\u3000': ' ', '\t': ' ', '\u200B': ' ', '\uFEFF': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\uFE63': '-', '\uFF0D': '-',
};
const NEEDS = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u201C-\u201F\u2033\u00A0\u2007\u2009\u200A\u202F\u2002\u2003\u2005\u2006\u3000\t\u200B\uFEFF\u2010-\u2012\u2212\uFE63\uFF0D]/g;

/** Straight quotes, plain spaces and ASCII hyphens; same length as the input. */
export function normalizeText(text: string): string {
  return text.replace(NEEDS, (c) => MAP[c] ?? c);
}

/** Lower-case, collapse white space, straighten quotes: a key for comparing phrases. */
export function phraseKey(text: string): string {
  return normalizeText(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "Scale AI" → "scale-ai": a stable slug for entity ids. */
export function slug(text: string): string {
  return phraseKey(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lower-cases without changing the length (a few characters lower-case to two code units). */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  let out = '';
  for (const ch of s) {
    const c = ch.toLowerCase();
    out += c.length === ch.length ? c : ch;
  }
  return out;
}
