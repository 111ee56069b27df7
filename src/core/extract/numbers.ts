// Numbers as news text writes them: "1,234.5", "12,34,567.89", "13.8", "five", "forty-five",
// "a quarter", "three quarters", and scale words ("million", "bn", "lakh").

export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, k: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, m: 1e6, mm: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, b: 1e9,
  trillion: 1e12, trillions: 1e12, tn: 1e12, trn: 1e12, t: 1e12,
};
/** Scale words that may follow the number with a space ("10 million"); the others must touch it ("10m"). */
export const SPACED_SCALES = 'thousand|million|billion|trillion|lakh|crore|mn|bn|mln|bln|tn';
export const TOUCHING_SCALES = 'thousand|million|billion|trillion|lakh|crore|mn|bn|mln|bln|trn|tn|mm|k|m|b|t';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, half: 0.5, quarter: 0.25, quarters: 0.25, dozen: 12,
};
export const NUMBER_WORD = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|quarter|quarters|dozen|and|a|an)$/;

// Made once: a pattern literal makes a new RegExp each time it is evaluated.
const NUMERAL = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?$/;
const COMMAS = /,/g;

/** Parses digits with thousands separators (Western or Indian grouping); NaN when malformed. */
export function parseNumeral(s: string): number {
  if (!NUMERAL.test(s)) return NaN;
  return Number(s.replace(COMMAS, ''));
}

/** Value of one unit in the last written digit of a numeral: "14.3" → 0.1, "870" → 1. */
export function numeralStep(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 1 : Math.pow(10, -(s.length - dot - 1));
}

/**
 * A decimal times a scale without binary noise: 8.3 * 1e9 is 8300000000.000001 in floating point,
 * and a figure is never written with more than 15 significant digits.
 */
export function exact(x: number): number {
  // Most amounts scale to a whole number: rounding is enough, and far cheaper than formatting.
  const whole = Math.round(x);
  if (Math.abs(x - whole) <= Math.abs(x) * 1e-12) return whole;
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}

/**
 * Parses a phrase of number words ("three quarters", "forty-five", "one hundred twenty", "half million").
 * Returns NaN when the words do not form a number.
 */
export function parseNumberWords(phrase: string): number {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (words.length === 0) return NaN;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'hundred') {
      current = (current || 1) * 100;
    } else if (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') {
      const scale = SCALE_WORDS[w]!;
      total += (current || 1) * scale;
      current = 0;
    } else if (w in UNITS) {
      const v = UNITS[w]!;
      if ((w === 'quarter' || w === 'quarters') && current >= 1 && current < 4) current = current * v; // "three quarters"
      else if (w === 'half' || w === 'quarter') current = current + v;
      else if ((w === 'a' || w === 'an') && i + 1 < words.length) current += 0; // "a quarter", "a million"
      else current += v;
    } else {
      return NaN;
    }
    seen = true;
  }
  return seen ? total + current : NaN;
}
