// A document's text kept in as little memory as it takes. A JavaScript string with any character
// above U+00FF (one curly quote is enough) takes two bytes per character; as UTF-8, news text takes
// little more than one. The index holds thousands of texts, so it keeps them packed and unpacks on
// demand (a few microseconds for an article; the last few unpacked are kept).
//
// TextEncoder and TextDecoder exist in every host the core runs in (browsers, Node, workers) but in
// no ECMAScript library typing: declared here, narrowly.
declare const TextEncoder: { new (): { encode(text: string): Uint8Array } };
declare const TextDecoder: { new (): { decode(bytes: Uint8Array): string } };

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const RECENT_LIMIT = 64;
/** The texts unpacked last, most recent last (a claim card reads a few documents many times). */
const recent = new Map<PackedText, string>();

export class PackedText {
  readonly length: number;
  private readonly packed: string | Uint8Array;

  constructor(text: string) {
    this.length = text.length;
    this.packed = pack(text);
  }

  /** Whether the text is held as UTF-8 (for tests and the benchmark). */
  get isPacked(): boolean {
    return typeof this.packed !== 'string';
  }

  toString(): string {
    if (typeof this.packed === 'string') return this.packed;
    let text = recent.get(this);
    if (text !== undefined) {
      recent.delete(this);
    } else {
      text = decoder.decode(this.packed);
      if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
    }
    recent.set(this, text);
    return text;
  }

  slice(start: number, end: number): string {
    return this.toString().slice(start, end);
  }
}

/** UTF-8 when that saves at least a third; kept as it is with a lone surrogate (UTF-8 cannot carry one back). */
function pack(text: string): string | Uint8Array {
  if (text.length < 256 || !/[^\u0000-\u00FF]/.test(text)) return text;
  // Most texts have no surrogate at all: one quick scan before the pattern that looks around each.
  if (/[\uD800-\uDFFF]/.test(text) && LONE_SURROGATE.test(text)) return text;
  const bytes = encoder.encode(text);
  return bytes.length < text.length * 1.34 ? bytes : text;
}

/**
 * A copy of a string that does not keep a longer one alive. V8 makes a substring of 13 or more
 * characters a view into its parent; the index keeps names and short texts for a long time, and
 * must not keep whole articles through them. Elsewhere it is a plain copy.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}
