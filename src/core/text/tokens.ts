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
  return /['](?:s|S)$/.test(word) ? word.slice(0, -2) : word.endsWith("s'") ? word.slice(0, -1) : word;
}

export function isCapitalized(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase();
}

export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && word === word.toUpperCase();
}
