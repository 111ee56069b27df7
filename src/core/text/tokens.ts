// Word tokens with offsets. A token keeps inner &, ., ', - so "AT&T", "Scale.ai", "Meta's",
// "T-Mobile" and "U.S" are one token each.

export interface Token {
  start: number;
  end: number;
  text: string;
}

/** A token of a text: its text is sliced when first read (most lower-case words never are). */
class TextToken implements Token {
  #text: string | undefined;

  constructor(private readonly source: string, readonly start: number, readonly end: number) {}

  get text(): string {
    return (this.#text ??= this.source.slice(this.start, this.end));
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]!);
}

function isJoiner(c: number): boolean {
  return c === 38 /* & */ || c === 46 /* . */ || c === 39 /* ' */ || c === 45 /* - */;
}

/** Where a token that goes on at `i` ends: word characters, and joiners between them. */
function tokenEnd(text: string, i: number, n: number): number {
  for (;;) {
    while (i < n && isWordCode(text, i)) i++;
    if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordCode(text, i + 1)) {
      i += 2;
      continue;
    }
    return i;
  }
}

/** A hand-written scanner (a Unicode-aware pattern over every character was the slowest part). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  const n = to;
  while (i < n) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i = tokenEnd(text, i + 1, n);
    out.push(new TextToken(text, start, i));
  }
  return out;
}

/**
 * The tokens tokenize would give that start with a capital letter, found without tokenizing the
 * rest (most words are lower case): a capital starts a token where no word character, nor a joiner
 * after one, stands before it, and the token runs on as tokenize's do.
 */
export function capitalTokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || (c > 90 && c < 192)) continue;
    if (c >= 192 && !UPPER.test(text[i]!)) continue;
    if (i > 0 && (isWordCode(text, i - 1) || (isJoiner(text.charCodeAt(i - 1)) && i > 1 && isWordCode(text, i - 2)))) continue;
    const e = tokenEnd(text, i + 1, n);
    out.push(new TextToken(text, i, e));
    i = e - 1;
  }
  return out;
}

const UPPER = /\p{Lu}/u;

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

/** A token of a piece of text, placed where the piece stands in a longer one: its text is the piece token's, sliced once for every version that keeps the piece. */
class ShiftedToken implements Token {
  constructor(private readonly inner: Token, readonly start: number, readonly end: number) {}

  get text(): string {
    return this.inner.text;
  }
}

/** Tokens of a piece of text that starts at `offset` in a longer one, as tokens of the longer one. */
export function shiftTokens(tokens: readonly Token[], offset: number): Token[] {
  const out = new Array<Token>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out[i] = new ShiftedToken(t, t.start + offset, t.end + offset);
  }
  return out;
}
