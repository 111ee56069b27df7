// Word tokens with offsets. A token keeps inner &, ., ', - so "AT&T", "Scale.ai", "Meta's",
// "T-Mobile" and "U.S" are one token each.

export interface Token {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:[&.'\-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** "Meta's" → "Meta"; other tokens unchanged. */
export function stripPossessive(word: string): string {
  const n = word.length;
  if (n > 2 && word.charCodeAt(n - 2) === 39 /* ' */ && (word[n - 1] === 's' || word[n - 1] === 'S')) return word.slice(0, -2);
  if (n > 2 && word.charCodeAt(n - 1) === 39 && word[n - 2] === 's') return word.slice(0, -1);
  return word;
}

export function isCapitalized(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase();
}

export function isAllCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}
