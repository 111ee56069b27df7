import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../src/core/corpus';
import { hoverAt } from '../../src/core/hoverCard';
import { buildLexicon } from '../../src/core/lexicon/lexicon';
import { PackedText, detach } from '../../src/core/text/packedText';
import { FIXTURES } from './helpers';

// The corpus keeps a bounded number of full analyses: the others are remade from the text when
// asked for. Nothing a user sees may differ from a corpus that keeps them all.
describe('bounded cache of analyses', () => {
  const lexicon = buildLexicon();
  const dir = path.join(FIXTURES, 'workspace');
  const files = fs.readdirSync(dir).sort();
  const all = new Corpus(lexicon, { cachedAnalyses: Infinity, cachedChars: Infinity });
  const few = new Corpus(lexicon, { cachedAnalyses: 1 });
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    all.update(f, text);
    few.update(f, text);
  }
  const link = (d: string, s: number, e: number): string => `${d}:${s}:${e}`;

  it('keeps one analysis when told to, and remakes the others identically', () => {
    assert.strictEqual(few.cachedAnalyses, 1);
    assert.strictEqual(all.cachedAnalyses, files.length);
    for (const f of files) {
      assert.deepStrictEqual(few.analysis(f), all.analysis(f), f);
      assert.strictEqual(few.cachedAnalyses, 1);
    }
  });

  it('hands out the same claim objects before and after an analysis is remade', () => {
    const claims = few.analysis(files[0]!)!.claims;
    few.analysis(files[1]!);
    assert.strictEqual(few.analysis(files[0]!)!.claims, claims);
  });

  it('gives the same hover cards as a corpus that keeps every analysis', () => {
    let cards = 0;
    for (const f of files) {
      for (const m of all.mentionsOf(f)) {
        // Another document first, so the one hovered has been dropped from the cache.
        few.analysis(files.find((x) => x !== f)!);
        const a = hoverAt(all, f, m.start + 1, link);
        assert.deepStrictEqual(hoverAt(few, f, m.start + 1, link), a, `${f} at ${m.start} (${m.text})`);
        if (a) cards++;
      }
    }
    assert.ok(cards > 30, `only ${cards} hover cards compared`);
  });

  it('answers titles, summaries and first mentions without the full analysis', () => {
    for (const f of files) {
      const a = all.analysis(f)!;
      const s = few.summary(f)!;
      assert.strictEqual(few.title(f), a.title);
      assert.strictEqual(s.title, a.title);
      assert.strictEqual(s.figures, a.mentions.filter((m) => m.kind === 'money' || m.kind === 'quantity').length);
      assert.strictEqual(s.claims, a.claims.length);
      const ids = new Set(all.mentionsOf(f).filter((m) => m.entity).map((m) => all.canonical(m.entity!)));
      assert.strictEqual(s.entities, ids.size);
      for (const id of ids) {
        const first = all.mentionsOf(f).find((m) => m.entity && all.canonical(m.entity) === id)!;
        assert.deepStrictEqual(few.firstMention(f, id), { start: first.start, end: first.end }, `${f}: ${id}`);
      }
    }
  });

  it('does not churn the cache while filing many documents, and keeps what is open', () => {
    const c = new Corpus(lexicon, { cachedAnalyses: 2 });
    const text = (i: number): string => `Meta plans to invest $${i} billion in Scale AI, according to Bloomberg.`;
    const filed = [0, 1, 2, 3].map((i) => c.update(`d${i}.txt`, text(i)));
    // The first two filled the cache; the others were filed without pushing them out.
    assert.strictEqual(c.cachedAnalyses, 2);
    assert.strictEqual(c.analysis('d0.txt'), filed[0], 'd0 stayed cached');
    assert.strictEqual(c.analysis('d1.txt'), filed[1], 'd1 stayed cached');
    // An edit of a cached document keeps it cached.
    const edited = c.update('d1.txt', text(11));
    assert.strictEqual(c.analysis('d1.txt'), edited);
    // An open document is cached whatever the room (the least recently used, d0, makes way).
    const open = c.update('d4.txt', text(44), true);
    assert.strictEqual(c.analysis('d4.txt'), open);
    assert.strictEqual(c.cachedAnalyses, 2);
    // A document filed without room is remade when asked for, with the same content (its claims are
    // the index's packed ones, made into objects again: compared as they serialise).
    const again = c.analysis('d2.txt');
    assert.notStrictEqual(again, filed[2]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(again)), JSON.parse(JSON.stringify(filed[2])));
    // Pushed out of the cache and remade again, its claims are the same objects.
    c.analysis('d3.txt');
    c.analysis('d1.txt');
    const third = c.analysis('d2.txt')!;
    assert.notStrictEqual(third, again);
    assert.strictEqual(third.claims[0], again!.claims[0], 'a claim keeps its identity');
  });

  it('drops a removed document from the cache and bounds the cache by text size too', () => {
    const c = new Corpus(lexicon, { cachedAnalyses: 100, cachedChars: 1000 });
    const text = fs.readFileSync(path.join(dir, files[0]!), 'utf8');
    assert.ok(text.length > 500 && text.length <= 1000, `fixture is ${text.length} characters`);
    c.update('a.txt', text);
    c.update('b.txt', text);
    assert.strictEqual(c.cachedAnalyses, 1, 'two fixtures exceed 1,000 characters');
    c.remove('b.txt');
    assert.strictEqual(c.cachedAnalyses, 0);
    assert.ok(c.analysis('a.txt'));
    assert.strictEqual(c.analysis('b.txt'), undefined);
  });

  it('keeps two-byte texts as UTF-8, and claims and reports read their sentences from them', () => {
    const curly = 'Meta\u2019s \u201Cbig bet\u201D: Meta plans to invest $14.3 billion in Scale AI, according to Bloomberg. '.repeat(6);
    const cases: Array<[string, string, boolean]> = [
      ['ASCII', 'Meta invested $14.3 billion. '.repeat(20), false],
      ['Latin-1', 'Caf\u00E9 M\u00FCller paid \u00A310 million. '.repeat(20), false],
      ['curly quotes', curly, true],
      ['Chinese', '\u5B57\u8282\u8DF3\u52A8\u6295\u8D44\u4E86\u4E09\u5341\u4EBF\u7F8E\u5143\u3002'.repeat(30), false],
      ['lone surrogate', `${curly}\uD800 end`, false],
      ['short', 'Meta\u2019s', false],
    ];
    for (const [name, text, packs] of cases) {
      const p = new PackedText(text);
      assert.strictEqual(p.isPacked, packs, name);
      assert.strictEqual(p.toString(), text, name);
      assert.strictEqual(p.slice(3, 40), text.slice(3, 40), name);
    }
    assert.strictEqual(detach('Scale AI valuation (in talks)'), 'Scale AI valuation (in talks)');
    const c = new Corpus(lexicon, { cachedAnalyses: 1 });
    c.update('curly.txt', curly);
    c.update('other.txt', 'Meta invested $14.3 billion in Scale AI.');
    assert.strictEqual(c.text('curly.txt'), curly);
    const plain = new Corpus(lexicon, { cachedAnalyses: Infinity }).update('curly.txt', curly);
    const claims = c.analysis('curly.txt')!.claims;
    assert.ok(claims.length >= 6);
    for (const [i, claim] of claims.entries()) {
      assert.strictEqual(claim.text, curly.slice(claim.start, claim.end));
      assert.strictEqual(claim.text, plain.claims[i]!.text);
      assert.strictEqual((JSON.parse(JSON.stringify(claim)) as { text: string }).text, claim.text, 'serialised with its text');
    }
    const fact = c.factsFor('curly.txt').find((f) => f.label === 'Meta investment in Scale AI')!;
    for (const r of fact.reports) {
      assert.strictEqual(r.sentence, c.text(r.doc)!.slice(r.sentenceStart, r.sentenceEnd));
      assert.strictEqual((JSON.parse(JSON.stringify(r)) as { sentence: string }).sentence, r.sentence);
    }
  });
});
