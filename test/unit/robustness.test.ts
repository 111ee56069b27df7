// Fuzzing: random and adversarial text through every extractor. Asserts that results are well-formed
// (spans inside the text, slices equal to their text); speed per KB is reported by `npm run bench`.
import * as assert from 'assert';
import { analyzeDocument } from '../../src/core/analyze';
import { buildLexicon } from '../../src/core/lexicon/lexicon';
import { decodeArticle } from '../../src/shared/decode';
import { createFileFilter } from '../../src/shared/fileFilter';
import { ADVERSARIAL } from '../fixtures/adversarial';

const lexicon = buildLexicon();

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}



function check(text: string): void {
  const a = analyzeDocument(text, lexicon);
  for (const m of a.mentions) {
    assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `span ${m.start}-${m.end}`);
    assert.strictEqual(text.slice(m.start, m.end), m.text);
  }
  for (const c of a.claims) assert.strictEqual(text.slice(c.start, c.end), c.text);
}

describe('robustness', () => {
  for (const [name, text] of ADVERSARIAL) it(`survives ${name}`, () => check(text));

  it('survives random text built from the extractors\' own alphabet', () => {
    const r = rng(42);
    const pieces = ['$', '£', '€', '1', '0', ',', '.', ' ', '-', 'billion', 'million', 'bn', 'Meta', "'s", '\u2019', 'Scale', 'AI', 'up to', 'over', '%', '\n', 'May', '2024', 'CEO', 'Mark', 'Zuckerberg', '(', ')', 'Inc', 'startup', '\u00A0', 'US', 'dollars', 'five', 'to', 'and'];
    for (let n = 0; n < 200; n++) {
      let s = '';
      const len = 1 + Math.floor(r() * 300);
      for (let i = 0; i < len; i++) s += pieces[Math.floor(r() * pieces.length)];
      check(s);
    }
  });

  it('survives random Unicode, control characters and lone surrogates', () => {
    const r = rng(7);
    for (let n = 0; n < 100; n++) {
      let s = '';
      for (let i = 0; i < 500; i++) s += String.fromCharCode(Math.floor(r() * 0xffff));
      check(s);
    }
  });
});

describe('input decoding and globs', () => {
  it('decodes UTF-8 with a BOM and UTF-16, and refuses binary and invalid UTF-8 with a reason', () => {
    assert.deepStrictEqual(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x4d, 0x65])), { ok: true, text: 'Me' });
    assert.deepStrictEqual(decodeArticle(new Uint8Array([0xff, 0xfe, 0x4d, 0x00, 0x65, 0x00])), { ok: true, text: 'Me' });
    assert.deepStrictEqual(decodeArticle(new Uint8Array([0x4d, 0x00, 0x65])), { ok: false, reason: 'binary (contains NUL bytes)' });
    assert.strictEqual(decodeArticle(new Uint8Array([0x4d, 0xff, 0x65])).ok, false);
    assert.match((decodeArticle(new Uint8Array(11), 10) as { reason: string }).reason, /too large/);
  });

  it('reports invalid globs and falls back to defaults', () => {
    const f = createFileFilter(['', 42] as unknown as string[], 'nope' as unknown as string[]);
    assert.strictEqual(f.warnings.length, 3, f.warnings.join('\n'));
    assert.match(f.warnings.join('\n'), /exclude should be a list/);
    assert.ok(f.matches('a/b.txt'));
    assert.ok(!f.matches('node_modules/x.txt'));
  });
});
