import * as assert from 'assert';
import { Corpus } from '../../src/core/corpus';
import { buildLexicon } from '../../src/core/lexicon/lexicon';

describe('claims across sources', () => {
  const A = 'Meta will invest $14.3 billion in Scale AI, according to Bloomberg. Meta announced a partnership with Scale AI to build training data tools.';
  const build = (): Corpus => {
    const c = new Corpus(buildLexicon());
    c.update('a.txt', A);
    c.update('b.txt', 'Meta will invest $14.8 billion in Scale AI, Reuters reported on Thursday.');
    c.update('c.txt', 'Meta agreed to invest $14.3 billion in Scale AI, the company said in a statement.');
    c.update('d.txt', 'On Monday Meta announced a partnership with Scale AI to build tools for training data.');
    return c;
  };
  const linksAt = (c: Corpus, doc: string, offset: number): { confirmed: string[]; contradicted: string[] } => {
    const r = c.claimLinksAt(doc, offset);
    assert.ok(r, `a claim at ${doc}:${offset}`);
    return {
      confirmed: r.links.confirmedBy.map((x) => `${x.doc} ${x.how}`).sort(),
      contradicted: r.links.contradictedBy.map((x) => `${x.doc} ${x.fact}`).sort(),
    };
  };

  it('links a figure claim to the sources that confirm it and those that contradict it', () => {
    const c = build();
    assert.deepStrictEqual(linksAt(c, 'a.txt', 5), { confirmed: ['c.txt same figure'], contradicted: ['b.txt Meta investment in Scale AI'] });
  });

  it('links a claim without figures to a paraphrase in another source', () => {
    const c = build();
    assert.deepStrictEqual(linksAt(c, 'a.txt', A.indexOf('announced')).confirmed, ['d.txt paraphrase']);
  });

  it('keeps the links current as sources are removed, changed and added back', () => {
    const c = build();
    c.remove('c.txt');
    assert.deepStrictEqual(linksAt(c, 'a.txt', 5).confirmed, []);
    c.update('b.txt', 'Meta will invest $14.3 billion in Scale AI, Reuters reported on Thursday.');
    assert.deepStrictEqual(linksAt(c, 'a.txt', 5), { confirmed: ['b.txt same figure'], contradicted: [] });
    c.update('c.txt', 'Meta agreed to invest $14.3 billion in Scale AI, the company said in a statement.');
    assert.deepStrictEqual(linksAt(c, 'a.txt', 5).confirmed, ['b.txt same figure', 'c.txt same figure']);
    c.update('d.txt', 'Scale AI said nothing about Meta on Monday.');
    assert.deepStrictEqual(linksAt(c, 'a.txt', A.indexOf('announced')).confirmed, []);
  });
});

describe('people counted across sources', () => {
  it('counts each mention once: full names, the surname in the same article, and a surname another source spells out', () => {
    const c = new Corpus(buildLexicon());
    c.update('a.txt', 'Mark Zuckerberg said Meta would invest more. Zuckerberg added that the deal was done.');
    c.update('b.txt', 'Meta and Alexandr Wang agreed. Wang said the deal was done.');
    c.update('c.txt', 'Scale AI grew fast. Wang, the founder, declined to comment.');
    const counts = (id: string): Array<[string, number]> => [...c.entity(id)!.mentions].sort();
    assert.deepStrictEqual(counts('person:mark-zuckerberg'), [['a.txt', 2]]);
    assert.deepStrictEqual(counts('person:alexandr-wang'), [['b.txt', 2], ['c.txt', 1]]);
    // The surname alone in c.txt is a mention of him there too.
    assert.strictEqual(c.mentionAt('c.txt', 21)?.entity, 'person:alexandr-wang');
    // An edit that names no one new updates the counts in place; one that does rebuilds the index.
    c.entities();
    c.update('a.txt', 'Mark Zuckerberg said Meta would invest more. Zuckerberg added that the deal was done. Zuckerberg smiled.');
    assert.deepStrictEqual(counts('person:mark-zuckerberg'), [['a.txt', 3]]);
    assert.strictEqual([...c.entity('company:meta')!.mentions].find(([d]) => d === 'a.txt')?.[1], 1);
    c.update('a.txt', 'Mark Zuckerberg said Meta and Microsoft would invest more. Zuckerberg added that the deal was done.');
    assert.deepStrictEqual(counts('person:mark-zuckerberg'), [['a.txt', 2]]);
    assert.ok(c.entity('company:microsoft')?.mentions.has('a.txt'));
  });
});
