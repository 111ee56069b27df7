import * as assert from 'assert';
import { hoverAt } from '../../src/core/hoverCard';
import { fixtureCorpus } from './helpers';

const link = (doc: string, start: number, end: number): string => `open:${doc}:${start}:${end}`;

describe('hover cards', () => {
  const corpus = fixtureCorpus();

  it('on a disputed figure lists every source with value, qualifier and a link to the place', () => {
    const text = corpus.text('markets-desk.txt')!;
    const at = text.indexOf('$14.8 billion') + 2;
    const card = hoverAt(corpus, 'markets-desk.txt', at, link)!;
    assert.ok(card.markdown.includes('Meta investment in Scale AI'));
    assert.ok(card.markdown.includes('Sources conflict'));
    assert.ok(card.markdown.includes('$14.8 billion') && card.markdown.includes('$14.3 billion') && card.markdown.includes('$15 billion'));
    assert.ok(card.markdown.includes('| nearly |'));
    const wire = corpus.text('wire-report.txt')!;
    const s = wire.indexOf('$14.3 billion (');
    assert.ok(card.markdown.includes(`open:wire-report.txt:${s}:${s + '$14.3 billion'.length}`), card.markdown);
    assert.strictEqual(text.slice(card.start, card.end), '$14.8 billion');
  });

  it('on a company shows its forms, mentions per source and key figures', () => {
    const text = corpus.text('wire-report.txt')!;
    const card = hoverAt(corpus, 'wire-report.txt', text.indexOf('Meta Platforms') + 1, link)!;
    assert.ok(card.markdown.startsWith('**Meta** — company'));
    assert.ok(card.markdown.includes('"META"'));
    assert.ok(card.markdown.includes('Key figures'));
    assert.match(card.markdown, /\| \[markets-desk\.txt\]\(open:markets-desk\.txt:\d+:\d+\) \| \d+ \|/);
  });

  it('on a person shows spelling variants', () => {
    const text = corpus.text('analyst-blog.md')!;
    const card = hoverAt(corpus, 'analyst-blog.md', text.indexOf('Alexander Wang') + 1, link)!;
    assert.ok(card.markdown.includes('Spelled differently across sources'), card.markdown);
  });

  it('on a claim shows confirming and contradicting sentences', () => {
    const text = corpus.text('markets-desk.txt')!;
    const card = hoverAt(corpus, 'markets-desk.txt', text.indexOf('The transaction values'), link)!;
    assert.ok(card.markdown.includes('Also reported by'), card.markdown);
    assert.ok(card.markdown.includes('wire-report.txt'));
  });
});
