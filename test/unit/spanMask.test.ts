// The span mask against a plain list of taken characters, on random spans of every length, kept as
// a list of runs (few spans) and as one byte per character (many).
import * as assert from 'assert';
import { SpanMask } from '../../src/core/text/spanMask';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

describe('span mask', () => {
  it('answers overlaps as a per-character list would, across word boundaries and past the end', () => {
    const r = rng(5);
    let switched = 0;
    for (let round = 0; round < 90; round++) {
      // Every third round adds many short spans to a long text: enough runs for the mask to keep
      // one byte per character instead.
      const many = round % 3 === 0;
      const length = many ? 2000 + Math.floor(r() * 2000) : 1 + Math.floor(r() * 400);
      const span = (): number => (many ? 1 + Math.floor(r() * 3) : Math.floor(r() * (r() < 0.2 ? 120 : 12)));
      const mask = new SpanMask(length);
      const taken = new Array<boolean>(length + 200).fill(false);
      for (let k = 0; k < (many ? 150 : 25); k++) {
        const start = Math.floor(r() * (length + 20)) - 10;
        const end = start + span();
        const a = Math.floor(r() * (length + 20)) - 10;
        const b = a + span();
        let expected = false;
        for (let i = Math.max(0, a); i < b && i <= length; i++) if (taken[i]) expected = true;
        assert.strictEqual(mask.overlaps(a, b), expected, `length ${length}, round ${round}: overlaps(${a}, ${b})`);
        mask.add(start, end);
        for (let i = Math.max(0, start); i < end && i <= length; i++) taken[i] = true;
      }
      // Every character checked once more, after the last span.
      for (let i = -1; i <= length + 1; i++) assert.strictEqual(mask.overlaps(i, i + 1), i >= 0 && !!taken[i], `length ${length}, round ${round}: character ${i}`);
      if ((mask as unknown as { bits?: Uint8Array }).bits) switched++;
    }
    assert.ok(switched >= 20, `${switched} masks kept one byte per character`);
  });

  it('takes nothing for empty or reversed spans', () => {
    const mask = new SpanMask(100);
    mask.add(40, 40);
    mask.add(50, 45);
    assert.strictEqual(mask.overlaps(0, 100), false);
    mask.add(30, 90);
    assert.strictEqual(mask.overlaps(89, 90), true);
    assert.strictEqual(mask.overlaps(90, 95), false);
    assert.strictEqual(mask.overlaps(29, 30), false);
    assert.strictEqual(mask.overlaps(60, 60), false);
  });
});
