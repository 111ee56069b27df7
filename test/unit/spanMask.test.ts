// The span mask against a plain list of taken characters, on random spans of every length.
import * as assert from 'assert';
import { SpanMask } from '../../src/core/text/spanMask';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

describe('span mask', () => {
  it('answers overlaps as a per-character list would, across word boundaries and past the end', () => {
    const r = rng(5);
    for (let round = 0; round < 60; round++) {
      const length = 1 + Math.floor(r() * 400);
      const mask = new SpanMask(length);
      const taken = new Array<boolean>(length + 100).fill(false);
      for (let k = 0; k < 25; k++) {
        const start = Math.floor(r() * (length + 20)) - 10;
        const end = start + Math.floor(r() * (r() < 0.2 ? 120 : 12));
        const a = Math.floor(r() * (length + 20)) - 10;
        const b = a + Math.floor(r() * (r() < 0.2 ? 120 : 12));
        let expected = false;
        for (let i = Math.max(0, a); i < b && i <= length; i++) if (taken[i]) expected = true;
        assert.strictEqual(mask.overlaps(a, b), expected, `length ${length}, round ${round}: overlaps(${a}, ${b})`);
        mask.add(start, end);
        for (let i = Math.max(0, start); i < end && i <= length; i++) taken[i] = true;
      }
    }
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
