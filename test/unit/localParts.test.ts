// A document's local parts (normalised text, sentences, tokens, trigger words, money, figures,
// dates) are the parts of its paragraphs joined: the paragraph cache an open document keeps must
// give exactly what reading the whole text gives, version after version.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../src/core/analyze';
import { Corpus } from '../../src/core/corpus';
import { buildLexicon } from '../../src/core/lexicon/lexicon';
import type { LocalParts } from '../../src/core/localParts';
import { lexiconMatches } from '../../src/core/extract/companies';
import { LocalPartsCache, localParts, paragraphEnds } from '../../src/core/localParts';
import { article, newsArticle } from '../bench/corpus';
import { FIXTURES, analyze, of } from './helpers';

const lexicon = buildLexicon();

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

function plain(p: LocalParts): unknown {
  return { ...p, tokens: p.tokens.map((t) => [t.start, t.end, t.text]) };
}

function fixtureTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:txt|md)$/.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(FIXTURES);
  return out;
}

describe('paragraph cache (localParts)', () => {
  it('finds paragraph ends after blank lines, blanks and carriage returns included', () => {
    const text = 'One.\n\nTwo\nstill two.\r\n \r\nThree.\n\n\n';
    assert.deepStrictEqual(paragraphEnds(text), [6, 25, text.length]);
    assert.deepStrictEqual(paragraphEnds('no breaks'), [9]);
    assert.deepStrictEqual(paragraphEnds(''), [0]);
  });

  it('gives the parts of the whole text, on fixtures and on text broken into many paragraphs', () => {
    const random = rng(11);
    const texts = [...fixtureTexts(), ...Array.from({ length: 40 }, (_, i) => (i % 2 ? newsArticle(i) : article(i)))];
    // Blank lines at random word gaps: between a qualifier and its amount, a month and its year...
    for (let i = 0; i < 40; i++) texts.push((i % 2 ? newsArticle(500 + i) : article(500 + i)).split(' ').map((w, j) => (j && random() < 0.1 ? `\n\n${w}` : w)).join(' '));
    texts.push('up to\n\n$5 billion', 'May\n\n2024 was busy', 'about\n \n40% of it', 'last\n\nyear and 30\n\nyear-old');
    assert.ok(texts.length > 90);
    for (const text of texts) {
      assert.deepStrictEqual(plain(new LocalPartsCache().parts(text)), plain(localParts(text)), text.slice(0, 60));
    }
  });

  it('stays exact while a document is edited: typing, pasting, joining and splitting paragraphs', () => {
    const random = rng(5);
    let text = `${newsArticle(3)}\n\n${article(4)}`;
    const cache = new LocalPartsCache();
    for (let k = 0; k < 60; k++) {
      const at = Math.floor(random() * text.length);
      const edit = ['x', '\n\n', ' $4.5 billion ', '', 'up to '][k % 5]!;
      // Every fifth edit deletes a few characters (it may join two paragraphs).
      text = edit ? text.slice(0, at) + edit + text.slice(at) : text.slice(0, at) + text.slice(at + 3);
      assert.deepStrictEqual(plain(cache.parts(text)), plain(localParts(text)), `edit ${k}`);
    }
    assert.deepStrictEqual(analyzeDocument(text, lexicon, { cache }), analyzeDocument(text, lexicon));
  });

  it('keeps the lexicon\u2019s matches per paragraph exactly as the whole text gives them, while edited', () => {
    const random = rng(7);
    const whole = (text: string): unknown => {
      const p = localParts(text);
      return lexiconMatches(p.norm, p.tokens, lexicon, new Set(p.sentences.filter((s) => !s.noise).map((s) => s.start)));
    };
    // Names a blank line cuts ("Lone Star\n\nState"), names at paragraph ends, sentence-opening common words.
    let text = `${newsArticle(11)}\n\nLone Star\n\nState officials met. Arm Holdings and Lone Star\n\n${article(12)}\n\nShell`;
    const cache = new LocalPartsCache();
    for (let k = 0; k < 40; k++) {
      const at = Math.floor(random() * text.length);
      text = text.slice(0, at) + ['x', '\n\n', ' Meta and Apple ', 'Target '][k % 4]! + text.slice(at);
      cache.parts(text);
      assert.deepStrictEqual(cache.lexiconMatches(lexicon), whole(text), `edit ${k}`);
    }
    assert.ok((cache.lexiconMatches(lexicon) as unknown[]).some((m) => m), 'some names matched');
  });

  it('an open document analysed through the corpus equals one analysed alone', () => {
    const corpus = new Corpus(lexicon);
    let text = '';
    for (let i = 0; text.length < 40_000; i++) text += `${newsArticle(900 + i)}\n\n`;
    corpus.update('long.txt', text, true);
    const edited = text.replace('Advertisement', 'Meta invested up to $2.5 billion in Scale AI.');
    assert.notStrictEqual(edited, text);
    const viaCorpus = corpus.update('long.txt', edited, true);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(viaCorpus)), JSON.parse(JSON.stringify(analyzeDocument(edited, lexicon, { fileName: 'long.txt' }))));
  });

  it('keys an edited open document\u2019s facts as a fresh corpus keys the same text', () => {
    const random = rng(9);
    const open = new Corpus(lexicon);
    let text = '';
    for (let i = 0; text.length < 30_000; i++) text += `${newsArticle(700 + i)}\n\n`;
    open.update('long.txt', text, true);
    for (let k = 0; k < 12; k++) {
      const at = Math.floor(random() * text.length);
      text = text.slice(0, at) + ['x', ' valued at $3 billion. ', '\n\n', 'revenue of $2.1 billion '][k % 4]! + text.slice(at);
      open.update('long.txt', text, true);
    }
    const fresh = new Corpus(lexicon);
    fresh.update('long.txt', text);
    const shape = (c: Corpus): unknown => JSON.parse(JSON.stringify(c.facts().map((f) => [f.label, f.verdict, f.reports.map((r) => [r.start, r.text])])));
    assert.deepStrictEqual(shape(open), shape(fresh));
    assert.ok(open.facts().length > 10);
  });

  it('a qualifier does not reach across a blank line, but does across a wrapped line', () => {
    assert.strictEqual(of(analyze('Meta may invest up to\n\n$5 billion.'), 'money')[0]!.amount!.qualifier, 'none');
    assert.strictEqual(of(analyze('Meta may invest up to\n$5 billion.'), 'money')[0]!.amount!.qualifier, 'up to');
    assert.strictEqual(of(analyze('Meta may invest up to\r\n$5 billion.'), 'money')[0]!.amount!.qualifier, 'up to');
  });
});
