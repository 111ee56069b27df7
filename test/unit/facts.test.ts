import * as assert from 'assert';
import { relate } from '../../src/core/compare/verdict';
import type { DocEntities } from '../../src/core/compare/entities';
import { indexEntities } from '../../src/core/compare/entities';
import type { Fact } from '../../src/core/compare/facts';
import { Corpus } from '../../src/core/corpus';
import { buildLexicon } from '../../src/core/lexicon/lexicon';
import { fixtureCorpus } from './helpers';

/** A corpus of the given documents (path, text), filed in order. */
function corpusOf(docs: Array<[string, string]>): Corpus {
  const c = new Corpus(buildLexicon());
  for (const [path, text] of docs) c.update(path, text);
  return c;
}

function byLabel(facts: Fact[], label: string): Fact {
  const f = facts.find((x) => x.label === label);
  assert.ok(f, `no fact "${label}" among: ${facts.map((x) => x.label).join(' | ')}`);
  return f;
}

describe('cross-source facts', () => {
  const corpus = fixtureCorpus();
  const facts = corpus.facts();

  it('groups the planted conflict across all three sources and calls it a conflict', () => {
    const f = byLabel(facts, 'Meta investment in Scale AI');
    assert.strictEqual(f.verdict, 'conflict');
    assert.deepStrictEqual(f.documents, ['analyst-blog.md', 'markets-desk.txt', 'wire-report.txt']);
    assert.deepStrictEqual(f.reports.map((r) => `${r.doc}:${r.qualifier}:${r.value}`).sort(), [
      'analyst-blog.md:nearly:15000000000', 'markets-desk.txt:none:14800000000', 'wire-report.txt:none:14300000000', 'wire-report.txt:none:14300000000']);
  });

  it('keeps a conversion with its amount instead of making it a conflict', () => {
    const f = byLabel(facts, 'Meta investment in Scale AI');
    const wire = f.reports.find((r) => r.doc === 'wire-report.txt' && r.conversions);
    assert.deepStrictEqual(wire?.conversions?.map((c) => `${c.text} ${c.unit}`), ['£10.55 billion GBP']);
    assert.ok(!facts.some((x) => x.unit === 'GBP'));
  });

  it('calls "more than $65 billion" against "up to $65 billion" a qualifier difference', () => {
    const f = byLabel(facts, 'Meta spending (this year)');
    assert.strictEqual(f.verdict, 'qualifier-differs');
    assert.deepStrictEqual(f.reports.map((r) => r.qualifier).sort(), ['over', 'up to']);
  });

  it('agrees where all sources give the same value', () => {
    assert.strictEqual(byLabel(facts, 'Scale AI valuation').verdict, 'agree');
    assert.deepStrictEqual(byLabel(facts, 'Scale AI valuation').documents.length, 3);
    assert.strictEqual(byLabel(facts, 'Scale AI revenue (2024)').verdict, 'agree');
    assert.strictEqual(byLabel(facts, 'Meta stake in Scale AI (%)').verdict, 'agree');
  });

  it('does not set look-alike measures against each other', () => {
    const gpus = byLabel(facts, 'Meta GPUs (this year) (projected)');
    const chips = facts.find((f) => f.unit.startsWith('chip'))!;
    assert.strictEqual(gpus.verdict, 'single-source');
    assert.strictEqual(chips.verdict, 'single-source');
    // A valuation in talks is not the reported valuation.
    const talks = byLabel(facts, 'Scale AI valuation (in talks / projected)');
    assert.strictEqual(talks.verdict, 'single-source');
    assert.strictEqual(talks.reports[0]!.value, 40e9);
    assert.ok(!facts.some((f) => f.verdict === 'conflict' && f !== byLabel(facts, 'Meta investment in Scale AI')), 'no other conflict');
  });

  it('merges spelling variants of a person and reports them', () => {
    const wang = corpus.entity('person:alexander-wang')!;
    assert.strictEqual(wang.id, 'person:alexandr-wang');
    assert.deepStrictEqual([...wang.variants].sort(), ['Alexander Wang', 'Alexandr Wang']);
  });

  it('names a person by surname alone where another source gives the full name', () => {
    const text = corpus.text('markets-desk.txt')!;
    const at = text.indexOf('Wang, who');
    const m = corpus.mentionAt('markets-desk.txt', at + 1)!;
    assert.deepStrictEqual([m.kind, m.text, corpus.canonical(m.entity!)], ['person', 'Wang', 'person:alexandr-wang']);
    assert.strictEqual(corpus.entity('person:alexandr-wang')!.mentions.get('markets-desk.txt'), 1);
    // At the start of a sentence, where a verb says it is the person ("Zuckerberg wants"); not where a
    // capitalised word merely starts a sentence ("Zuckerberg fans").
    const wants = corpus.mentionAt('analyst-blog.md', corpus.text('analyst-blog.md')!.indexOf('Zuckerberg wants') + 1)!;
    assert.deepStrictEqual([wants.kind, corpus.canonical(wants.entity!)], ['person', 'person:mark-zuckerberg']);
    const c = corpusOf([['a.txt', 'Meta chief executive Mark Zuckerberg spoke on Monday.'], ['b.txt', 'The stock rose. Zuckerberg fans lined up. Zuckerberg has said little.']]);
    const b = c.text('b.txt')!;
    assert.strictEqual(c.mentionAt('b.txt', b.indexOf('Zuckerberg fans') + 1), undefined);
    assert.strictEqual(c.mentionAt('b.txt', b.indexOf('Zuckerberg has') + 1)?.entity, 'person:mark-zuckerberg');
  });

  it('names a company in an article where only another article introduces it from context', () => {
    const c = corpusOf([
      ['a.txt', 'Alphabet agreed to buy cloud security startup Quillon for $32 billion.'],
    ]);
    const b = 'The price is well above the offer Quillon rejected last year, when Quillon walked away.';
    c.update('b.txt', b);
    const m = c.mentionAt('b.txt', b.indexOf('Quillon walked') + 1)!;
    assert.deepStrictEqual([m.kind, m.text, c.canonical(m.entity!)], ['company', 'Quillon', 'company:quillon']);
    assert.strictEqual(c.entity('company:quillon')!.mentions.get('b.txt'), 2);
    assert.strictEqual(c.summary('b.txt')!.entities, 1);
    // Once no article introduces it, the other article no longer names it.
    c.update('a.txt', 'Alphabet agreed to buy a company for $32 billion.');
    assert.strictEqual(c.mentionAt('b.txt', b.indexOf('Quillon walked') + 1), undefined);
    // A surname that starts a company's name is not taken alone from another article ("the Varda group").
    const fam = new Corpus(buildLexicon());
    fam.update('a.txt', 'Founder Gautam Varda said Varda Enterprises would repay the loans. Varda Ports fell 5% on Monday.');
    const g = 'Shares of the Varda group rebounded.';
    fam.update('b.txt', g);
    assert.strictEqual(fam.mentionAt('b.txt', g.indexOf('Varda') + 1), undefined);
    // A word the lexicon excludes is never taken from another article.
    const user = new Corpus(buildLexicon({ notCompanies: ['Quillon'] }));
    user.update('a.txt', 'Alphabet agreed to buy cloud security startup Quillon for $32 billion.');
    user.update('b.txt', b);
    assert.strictEqual(user.mentionAt('b.txt', b.indexOf('Quillon walked') + 1), undefined);
  });

  it('regroups only what one document touches when it changes', () => {
    const c = fixtureCorpus();
    const before = c.facts();
    const valuation = byLabel(before, 'Scale AI valuation');
    c.update('markets-desk.txt', c.text('markets-desk.txt')!.replace('values Scale AI at $29 billion', 'values Scale AI at $31 billion'));
    const after = c.facts();
    assert.strictEqual(byLabel(after, 'Scale AI valuation').verdict, 'conflict');
    assert.strictEqual(byLabel(after, 'Scale AI revenue (2024)'), byLabel(before, 'Scale AI revenue (2024)'), 'untouched group reused');
    assert.notStrictEqual(byLabel(after, 'Scale AI valuation'), valuation);
    c.remove('markets-desk.txt');
    assert.strictEqual(byLabel(c.facts(), 'Scale AI valuation').verdict, 'agree');
  });

  it('keeps reports in document order through scans, edits and magnitude splits', () => {
    const c = new Corpus(buildLexicon());
    const text = (n: number, unit: string): string => `Meta plans to invest $${n} ${unit} in Scale AI, according to Bloomberg.`;
    // Out of order, as a scan finds files; then facts, then edits that insert in place.
    for (const [doc, n, unit] of [['d.txt', 14, 'billion'], ['b.txt', 15, 'billion'], ['a.txt', 3, 'million'], ['c.txt', 14, 'billion']] as const) c.update(doc, text(n, unit));
    const check = (docs: string[]): void => {
      const facts = c.facts().filter((f) => f.label === 'Meta investment in Scale AI');
      // $3 million is a different magnitude: its own fact.
      assert.strictEqual(facts.length, 2, facts.map((f) => f.label).join(' | '));
      const big = facts.find((f) => f.reports[0]!.value > 1e9)!;
      assert.deepStrictEqual(big.reports.map((r) => r.doc), docs);
      assert.deepStrictEqual(big.documents, docs);
    };
    check(['b.txt', 'c.txt', 'd.txt']);
    c.update('a0.txt', text(16, 'billion'));
    c.update('bb.txt', text(14, 'billion'));
    c.update('c.txt', text(17, 'billion'));
    check(['a0.txt', 'b.txt', 'bb.txt', 'c.txt', 'd.txt']);
  });

  it('keys a takeover\'s value, its breakup fee and a restated "bet" to the company bought', () => {
    const c = corpusOf([
      ['a.txt', 'Google agreed to buy Quillon for $32 billion. Google would pay a breakup fee of about $3.2 billion if regulators block it.'],
      ['b.txt', 'Alphabet will pay $32bn for Quillon, people said. Google will owe Quillon a termination fee of $3.2 billion if the deal fails.'],
      ['c.md', "# Google's $32 billion Quillon bet\n\nGoogle is paying $32 billion for Quillon."],
    ]);
    // Paying for a stake is an investment, not a takeover.
    c.update('d.txt', 'Meta is paying $14.8 billion for its 49% stake in Scale AI.');
    const f = c.facts();
    const deal = byLabel(f, 'Quillon deal value');
    assert.deepStrictEqual(deal.documents.slice().sort(), ['a.txt', 'b.txt', 'c.md']);
    assert.strictEqual(deal.reports.length, 4);
    assert.strictEqual(deal.verdict, 'agree');
    const fee = byLabel(f, 'Quillon breakup fee');
    assert.deepStrictEqual(fee.documents.slice().sort(), ['a.txt', 'b.txt']);
    assert.strictEqual(fee.verdict, 'qualifier-differs');
    assert.ok(byLabel(f, 'Meta investment in Scale AI'));
  });

  it('keeps a listing\'s IPO price, opening and closing prices, valuation and market value apart, and reads a stake from "holds X% of"', () => {
    const c = corpusOf([
      ['a.txt', 'Arm Holdings priced its initial public offering at $51 per share, giving it a valuation of $54.5 billion. SoftBank will keep roughly 90% of the company after selling about 10% of Arm.'],
      ['b.txt', 'Shares of Arm opened at $56.10 and ended the day at $63.50, well above the IPO price of $51, which had valued Arm at about $54.5 billion. Its market value topped $65 billion. SoftBank Group shares rose. The Japanese group holds 90.6% of Arm.'],
    ]);
    const f = c.facts();
    const ipo = byLabel(f, 'Arm IPO price');
    assert.deepStrictEqual([ipo.verdict, ipo.documents], ['agree', ['a.txt', 'b.txt']]);
    assert.deepStrictEqual(byLabel(f, 'Arm opening share price').reports.map((r) => r.text), ['$56.10']);
    assert.deepStrictEqual(byLabel(f, 'Arm closing share price').reports.map((r) => r.text), ['$63.50']);
    const valuation = byLabel(f, 'Arm valuation');
    assert.deepStrictEqual([valuation.verdict, valuation.reports.map((r) => r.text)], ['qualifier-differs', ['$54.5 billion', '$54.5 billion']]);
    assert.deepStrictEqual(byLabel(f, 'Arm market value').reports.map((r) => r.text), ['$65 billion']);
    const stake = byLabel(f, 'SoftBank stake in Arm (%)');
    assert.deepStrictEqual([stake.verdict, stake.reports.map((r) => r.text).sort()], ['qualifier-differs', ['90%', '90.6%']]);
  });

  it('keys debts, loans by their lender, stakes owned through a possessive, and "the company" to the article\'s company', () => {
    const c = corpusOf([
      ['a.txt', 'Quillon, the battery startup, filed for bankruptcy with debts of $5.8 billion. The company said it had secured $245 million in new financing, including a $100 million loan from truck maker Tessaly. Volkswagen, Quillon\'s largest shareholder with about 21% of the company, declined to comment.'],
      ['b.txt', 'The collapse of Quillon hurt its investors. The Stockholm-based company listed liabilities of about $5.8 billion. Tessaly agreed to lend it $145 million. Volkswagen, which owns 21% of Quillon, wrote down its stake earlier this year.'],
      ['c.md', 'Quillon raised more than $15 billion before it ran out of money. The filing gives it $245 million in fresh funding.'],
    ]);
    const f = c.facts();
    assert.deepStrictEqual([byLabel(f, 'Quillon debt').verdict, byLabel(f, 'Quillon debt').documents], ['qualifier-differs', ['a.txt', 'b.txt']]);
    const loan = byLabel(f, 'Tessaly loan');
    assert.deepStrictEqual([loan.verdict, loan.reports.map((r) => r.text)], ['conflict', ['$100 million', '$145 million']]);
    const stake = byLabel(f, 'Volkswagen stake in Quillon (%)');
    assert.deepStrictEqual([stake.verdict, stake.documents], ['qualifier-differs', ['a.txt', 'b.txt']]);
    const funding = f.find((x) => x.reports.some((r) => r.doc === 'a.txt' && r.text === '$245 million'))!;
    assert.deepStrictEqual([funding.label, funding.verdict, funding.documents], ['Quillon funding round', 'agree', ['a.txt', 'c.md']]);
  });

  it('gives a date to the figure nearest it, not to every figure of the sentence', () => {
    const c = corpusOf([
      ['a.txt', 'Boeing shares fell 8% when trading resumed on Monday.'],
      ['b.txt', 'Boeing, which dropped 8% on the first trading day after the blowout, is down about 30% this year.'],
    ]);
    const f = byLabel(c.facts(), 'Boeing change (%)');
    assert.deepStrictEqual([f.verdict, f.documents], ['agree', ['a.txt', 'b.txt']]);
    // Within one clause a date dates both figures.
    c.update('c.txt', "Northwind's revenue rose 12% to $8.4 billion last year.");
    assert.ok(byLabel(c.facts(), 'Northwind revenue (last year)'));
    assert.ok(c.facts().some((x) => x.label.endsWith('(last year)') && x.reports.some((r) => r.text === '12%')));
    // A conversion in brackets restates its amount: the date after it dates the amount too.
    c.update('d.txt', 'Analysts at Bernstein expect Acme revenue of \u20ac11.5 million (US$12.7 million) by 2024.');
    assert.ok(c.facts().some((x) => x.period === '2024' && x.reports.some((r) => r.text === '\u20ac11.5 million')));
  });

  it('tells what a bare percentage measures (a fee, a change) and does not date it by a year that describes a noun', () => {
    const c = corpusOf([
      ['a.txt', "The case stems from a 2019 complaint by Spotify, which says Apple's 30% fee on in-app purchases forced it to raise prices. Apple shares were down 2.5%."],
      ['b.txt', 'Apple takes a 30% cut of in-app payments in their first year and 15% after that.'],
    ]);
    const fee = byLabel(c.facts(), 'Apple fee (%)');
    assert.deepStrictEqual([fee.verdict, fee.documents], ['agree', ['a.txt', 'b.txt']]);
    assert.deepStrictEqual(byLabel(c.facts(), 'Apple change (%)').reports.map((r) => r.text), ['2.5%']);
  });

  it('reads a payment to settle as a settlement, not an investment', () => {
    const c = corpusOf([
      ['a.txt', 'Binance agreed to pay $4.3 billion to settle a long-running investigation.'],
      ['b.txt', 'Binance agreed to a $4.3 billion settlement with U.S. authorities.'],
    ]);
    const f = byLabel(c.facts(), 'Binance settlement');
    assert.deepStrictEqual([f.verdict, f.documents], ['agree', ['a.txt', 'b.txt']]);
  });
});

describe('one figure keyed two ways by two sources', () => {
  it('puts a figure whose measure one source did not give with the fact of its company', () => {
    const c = corpusOf([
      ['a.txt', 'Corvane Inc. agreed to pay $2.1 billion to settle the fraud inquiry.'],
      ['b.txt', 'Regulators said Corvane Inc. would pay a $2.1 billion penalty.'],
      ['c.md', 'More than $2 billion is a heavy bill even for Corvane Inc., the exchange.'],
    ]);
    // Paid to settle, or called a penalty: one payment, named as the first source has it.
    const f = byLabel(c.facts(), 'Corvane settlement');
    assert.deepStrictEqual([f.verdict, f.documents], ['qualifier-differs', ['a.txt', 'b.txt', 'c.md']]);
  });

  it('groups one price told as a takeover by one source and as a value by another, through the companies each sentence names', () => {
    const c = corpusOf([
      ['a.txt', 'Haldor Foods agreed to be taken private by Pellham Capital in a deal valued at $12.2 billion.'],
      ['b.txt', 'Pellham Capital will buy Haldor Foods, a takeover worth $12.2 billion.'],
    ]);
    const f = c.facts().find((x) => x.reports.length === 2 && x.reports.every((r) => r.text === '$12.2 billion'));
    assert.ok(f, c.facts().map((x) => `${x.label}: ${x.documents.join(',')}`).join(' | '));
    assert.strictEqual(f.verdict, 'agree');
  });

  it('joins close figures of one subject when one source did not say what they measure, so that the conflict shows', () => {
    const c = corpusOf([
      ['a.txt', 'Brightfield will buy Osterlund Holdings for $2.4 billion.'],
      ['b.txt', 'The family will receive $2.5 billion for Osterlund Holdings.'],
    ]);
    const f = c.facts().find((x) => x.documents.length === 2);
    assert.ok(f, c.facts().map((x) => x.label).join(' | '));
    assert.deepStrictEqual([f.verdict, f.reports.map((r) => r.text)], ['conflict', ['$2.4 billion', '$2.5 billion']]);
  });

  it('keeps apart figures of unrelated companies, figures that fit only some wordings of a fact, and values including debt', () => {
    const c = corpusOf([
      ['a.txt', 'Marrow Labs agreed to pay $900 million to settle the case.'],
      ['b.txt', 'Quenby Robotics raised $900 million from investors.'],
      ['c.txt', 'Tarrant Oil will buy Fenwick Energy in a deal valued at $53 billion.'],
      ['d.md', 'It became a deal worth almost $60 billion including debt for Fenwick Energy.'],
    ]);
    const f = c.facts();
    assert.ok(!f.some((x) => x.documents.includes('a.txt') && x.documents.includes('b.txt')), 'unrelated companies share a fact');
    assert.ok(!f.some((x) => x.documents.includes('c.txt') && x.documents.includes('d.md')), 'a value including debt joined a deal value');
    assert.ok(f.some((x) => x.measure === 'enterprise-value' && x.reports.some((r) => r.text === '$60 billion')));
  });

  it('keys a figure by a company only another article introduced, whichever article is read first', () => {
    const a: [string, string] = ['a.txt', 'Shares of software maker Quorlix rose 21% on Thursday.'];
    const b: [string, string] = ['b.txt', 'Traders bid up Quorlix after the news, and the stock rose about 20% by the close.'];
    for (const docs of [[a, b], [b, a]]) {
      const c = corpusOf(docs);
      const f = byLabel(c.facts(), 'Quorlix change (%)');
      assert.deepStrictEqual([f.verdict, f.documents], ['qualifier-differs', ['a.txt', 'b.txt']]);
      // The article that introduced the name goes: the other's figure has no subject again.
      c.remove('a.txt');
      assert.ok(!c.facts().some((x) => x.label === 'Quorlix change (%)'));
    }
  });

  it('keys a large archive with a name another article introduced a bounded number of documents per call, until all are keyed', () => {
    const c = new Corpus(buildLexicon(), { cachedAnalyses: 1 });
    c.update('intro.txt', 'Shares of software maker Quorlix rose 20% on Thursday.');
    for (let i = 0; i < 150; i++) c.update(`d${i}.txt`, `Traders bid up Quorlix after the news, and the stock rose about 20% by the close (note ${i}).`);
    const docs = (): number => c.facts().find((x) => x.label === 'Quorlix change (%)')?.documents.length ?? 0;
    const first = docs();
    assert.ok(first > 1 && first < 151, `first call keyed ${first} documents`);
    for (let k = 0; k < 5 && docs() < 151; k++);
    assert.strictEqual(docs(), 151);
  });

  it('keeps annual recurring revenue apart from revenue, reads "slipped 4%" as a change, and an investment "in the company" as one in the company just named', () => {
    const c = corpusOf([
      ['a.txt', 'Splendra Inc. reported revenue of $3.65 billion. Its shares slipped 4% on Friday. Splendra, which sells software, was struggling. Private equity firm Silver Lake invested $1 billion in the company in 2020.'],
      ['b.txt', "Splendra's annual recurring revenue was roughly $3.9 billion. Splendra shares fell 4%. Silver Lake put about $1 billion into Splendra."],
    ]);
    const f = c.facts();
    assert.ok(!f.some((x) => x.documents.length === 2 && x.reports.some((r) => r.text === '$3.65 billion')), 'revenue and ARR were grouped');
    assert.deepStrictEqual(byLabel(f, 'Splendra change (%)').documents, ['a.txt', 'b.txt']);
    const stake = byLabel(f, 'Silver Lake investment in Splendra');
    assert.deepStrictEqual([stake.verdict, stake.documents], ['qualifier-differs', ['a.txt', 'b.txt']]);
  });

  it('reads a guarantee, the face value of bonds, a sale of one company to another and a share bought as what they are', () => {
    const c = corpusOf([
      ['a.txt', 'Harbin Bank agreed to buy Lorne Bank for 3 billion francs. The state will guarantee up to CHF 9 billion of losses that Harbin Bank may face. Lorne Bank bonds with a face value of CHF 16 billion were written off. Its largest shareholder, Qadir Holdings, held a 9.9% stake.'],
      ['b.txt', 'Investors weighed the sale of Lorne Bank to Harbin Bank for CHF 3 billion. The state guarantee for Harbin Bank covers as much as CHF 9 billion of losses. Holders of roughly 16 billion Swiss francs of Lorne Bank bonds lost everything. Qadir Holdings, which had bought almost 10% of Lorne Bank, lost most of it.'],
    ]);
    const f = c.facts();
    const deal = byLabel(f, 'Lorne Bank deal value');
    assert.deepStrictEqual([deal.verdict, deal.documents, deal.unit], ['agree', ['a.txt', 'b.txt'], 'CHF']);
    assert.deepStrictEqual([byLabel(f, 'Harbin Bank guarantee').verdict, byLabel(f, 'Harbin Bank guarantee').documents], ['agree', ['a.txt', 'b.txt']]);
    assert.deepStrictEqual(byLabel(f, 'Lorne Bank debt').verdict, 'qualifier-differs');
    assert.ok(f.some((x) => x.measure === 'stake' && x.documents.length === 2 && x.verdict === 'qualifier-differs'), f.map((x) => x.label).join(' | '));
  });

  it('reads quarterly results: a data source is no subject, an analysts\' estimate and a business\'s revenue stand apart, undated and relative figures join the dated one', () => {
    const c = corpusOf([
      ['a.txt', 'Veyron Chips Inc. forecast third-quarter revenue of $32.5 billion. Revenue in the second quarter rose to $30.04 billion, compared with analysts\' average estimate of $28.7 billion, according to LSEG data. Sales in the data center unit rose to $26.3 billion.'],
      ['b.txt', 'Veyron Chips shares dropped about 6% even though the company reported second-quarter revenue of $30 billion and promised around $32.5 billion for the current quarter. Veyron Chips\'s data center revenue reached $26.3 billion.'],
      ['c.md', 'Veyron Chips Inc. sold more than $30 billion worth of chips in three months, and the outlook of $32.5 billion beat forecasts.'],
    ]);
    const f = c.facts();
    const q2 = byLabel(f, 'Veyron Chips revenue (second quarter)');
    assert.deepStrictEqual([q2.verdict, q2.documents, q2.reports.map((r) => r.text)], ['qualifier-differs', ['a.txt', 'b.txt', 'c.md'], ['$30.04 billion', '$30 billion', '$30 billion']]);
    const dc = byLabel(f, 'Veyron Chips data center revenue');
    assert.deepStrictEqual([dc.verdict, dc.documents], ['agree', ['a.txt', 'b.txt']]);
    assert.ok(f.some((x) => x.measure === 'estimate' && x.reports[0]!.text === '$28.7 billion'));
    const q3 = f.find((x) => x.reports.length === 3 && x.reports.every((r) => r.text === '$32.5 billion'));
    assert.ok(q3, f.map((x) => `${x.label}: ${x.documents.join(',')}`).join(' | '));
    assert.ok(!f.some((x) => x.subject === 'company:lseg'));
    // The share move is not dated by the quarter of the results it came after.
    assert.ok(f.some((x) => x.measure === 'quantity' && !x.period && x.reports.some((r) => r.text === '6%')));
  });

  it('reads the parts of a funding round, the company a round "values", and a price tag', () => {
    const c = corpusOf([
      ['a.txt', 'Orlane AI Inc. has raised 600 million euros in a round led by Halvard Capital that values the Paris-based company at 5.8 billion euros. The round combines 468 million euros of equity with 132 million euros of debt.'],
      ['b.txt', "Orlane AI Inc.'s €5.8 billion price tag is modest. The round included roughly €130 million of debt, and Orlane AI Inc. raised €600 million in all."],
    ]);
    const f = c.facts();
    assert.deepStrictEqual(byLabel(f, 'Orlane AI valuation').documents, ['a.txt', 'b.txt']);
    assert.deepStrictEqual(byLabel(f, 'Orlane AI debt').verdict, 'qualifier-differs');
    const round = byLabel(f, 'Orlane AI funding round');
    assert.deepStrictEqual([round.verdict, round.reports.map((r) => r.text)], ['agree', ['600 million euros', '€600 million']]);
    assert.ok(f.some((x) => x.measure === 'equity' && x.reports[0]!.text === '468 million euros'));
  });

  it('reads a wage increase and a pay raise as one raise, undated by the contract\'s end, and labor costs as costs', () => {
    const c = corpusOf([
      ['a.txt', 'Harwick Motors Inc. agreed to a 25% increase in base wages over contracts that run through April 2028. Harwick Motors Inc. said the contract would add $8.8 billion in labor costs.'],
      ['b.txt', 'Workers at Harwick Motors Inc. won a 25% raise in base pay by 2028. Harwick Motors Inc. estimates the deal will raise its labor costs by $8.8 billion.'],
    ]);
    const f = c.facts();
    const raise = byLabel(f, 'Harwick Motors raise (%)');
    assert.deepStrictEqual([raise.verdict, raise.documents], ['agree', ['a.txt', 'b.txt']]);
    const costs = byLabel(f, 'Harwick Motors costs');
    assert.deepStrictEqual([costs.verdict, costs.documents], ['agree', ['a.txt', 'b.txt']]);
  });

  it('reads a takeover told three ways: the listed company\'s share price, a premium, and the value once debt is counted', () => {
    const c = corpusOf([
      ['a.txt', 'Morvane Inc. agreed to buy Quellin Foods for $83.50 per share in cash, valuing Quellin Foods at $35.9 billion including debt. The offer is a premium of 44% to the closing price.'],
      ['b.txt', 'Quellin Foods stock climbed after Morvane Inc. agreed to pay $83.50 a share, a 44% premium. Including debt, the transaction values the snack maker at nearly $36 billion.'],
      ['c.md', 'Morvane Inc. is paying $83.50 in cash for each Quellin Foods share, or about $35.9 billion once debt is counted.'],
    ]);
    const f = c.facts();
    assert.deepStrictEqual(byLabel(f, 'Quellin Foods price per share').documents, ['a.txt', 'b.txt', 'c.md']);
    assert.deepStrictEqual(byLabel(f, 'Quellin Foods premium (%)').documents, ['a.txt', 'b.txt']);
    const ev = byLabel(f, 'Quellin Foods value including debt');
    assert.deepStrictEqual([ev.verdict, ev.documents], ['qualifier-differs', ['a.txt', 'b.txt', 'c.md']]);
  });

  it('counts computers, machines and devices as one unit', () => {
    const c = corpusOf([
      ['a.txt', 'A faulty Fenrick Labs update crashed about 8.5 million computers.'],
      ['b.txt', 'The Fenrick Labs failure hit 8.5 million machines.'],
    ]);
    const f = byLabel(c.facts(), 'Fenrick Labs devices');
    assert.deepStrictEqual([f.verdict, f.documents], ['qualifier-differs', ['a.txt', 'b.txt']]);
  });

  it('reads "shares for $15 each" and "$157 each for X shares" as a price per share and "ordered to pay" as a fine', () => {
    const c = corpusOf([
      ['a.txt', 'Holders of Lindqvist Media stock can sell their shares for $15 each.'],
      ['b.txt', 'Lindqvist Media holders will get $15 a share. Lindqvist Media was ordered to pay $40 million last month.'],
      ['c.md', 'Brightfield will pay $15 each for Lindqvist Media shares.'],
    ]);
    const price = byLabel(c.facts(), 'Lindqvist Media price per share');
    assert.deepStrictEqual([price.verdict, price.documents], ['agree', ['a.txt', 'b.txt', 'c.md']]);
    assert.ok(c.facts().some((x) => x.measure === 'fine' && x.reports.some((r) => r.text === '$40 million')));
  });
});

describe('cross-source facts on a second story (airline order)', () => {
  const corpus = fixtureCorpus('airline');
  const facts = corpus.facts();

  it('sets 120 jets against 150 jets across all three sources, whatever each calls the company', () => {
    const f = byLabel(facts, 'Northwind Airlines aircraft');
    assert.strictEqual(f.verdict, 'conflict');
    assert.deepStrictEqual(f.documents, ['order-markets.txt', 'order-trade-press.md', 'order-wire.txt']);
    assert.deepStrictEqual([...new Set(f.reports.map((r) => r.value))].sort(), [120, 150]);
  });

  it('keeps options on 40 more aircraft apart from the order itself', () => {
    const extra = byLabel(facts, 'Northwind Airlines additional aircraft');
    assert.strictEqual(extra.verdict, 'single-source');
    assert.strictEqual(extra.reports[0]!.value, 40);
  });

  it('reads "valued at", "worth about" and "valued at up to" as one deal value that differs in wording', () => {
    const f = byLabel(facts, 'Northwind Airlines deal value');
    assert.strictEqual(f.verdict, 'qualifier-differs');
    assert.deepStrictEqual(f.reports.map((r) => `${r.doc}:${r.qualifier}:${r.value}`).sort(), [
      'order-markets.txt:up to:16200000000', 'order-trade-press.md:approximately:16000000000', 'order-wire.txt:none:16200000000']);
    const trade = f.reports.find((r) => r.doc === 'order-trade-press.md')!;
    assert.deepStrictEqual(trade.conversions?.map((c) => c.unit), ['EUR']);
  });

  it('joins revenue "last year" with revenue "in 2024" when the figures agree', () => {
    const f = byLabel(facts, 'Northwind Airlines revenue (2024)');
    assert.strictEqual(f.verdict, 'agree');
    assert.deepStrictEqual(f.documents, ['order-trade-press.md', 'order-wire.txt']);
    assert.ok(!facts.some((x) => x.label === 'Northwind Airlines revenue (last year)'));
  });

  it('merges "Hanna Okafor" and "Hannah Okafor" and reports the spellings', () => {
    const p = [...corpus.entities().values()].find((e) => e.kind === 'person' && e.name.endsWith('Okafor'))!;
    assert.deepStrictEqual([...p.variants].sort(), ['Hanna Okafor', 'Hannah Okafor']);
  });
});

describe('verdict rules', () => {
  it('treats rounding as agreement and qualifier-compatible values as a qualifier difference', () => {
    assert.strictEqual(relate({ value: 14e9, qualifier: 'none', step: 1e9 }, { value: 14.3e9, qualifier: 'none', step: 1e8 }), 'rounded');
    assert.strictEqual(relate({ value: 15e9, qualifier: 'nearly', step: 1e9 }, { value: 14.3e9, qualifier: 'none', step: 1e8 }), 'compatible');
    assert.strictEqual(relate({ value: 10e9, qualifier: 'up to' }, { value: 10e9, qualifier: 'over' }), 'qualifier');
    assert.strictEqual(relate({ value: 14.3e9, qualifier: 'none', step: 1e8 }, { value: 14.8e9, qualifier: 'none', step: 1e8 }), 'different');
    assert.strictEqual(relate({ value: 10e9, qualifier: 'none', step: 1e9 }, { value: 13.8e9, qualifier: 'none', step: 1e8 }), 'different');
  });
});

describe('looking facts up by position', () => {
  it('finds the merged fact from either report, and lists each document\'s facts', () => {
    const corpus = fixtureCorpus('airline');
    const revenue = byLabel(corpus.facts(), 'Northwind Airlines revenue (2024)');
    assert.deepStrictEqual(revenue.reports.map((r) => r.period), ['2024', 'last year']);
    // The "last year" report was grouped under its own key, then merged: it still leads to the merged fact.
    for (const r of revenue.reports) assert.strictEqual(corpus.factAt(r.doc, r.start + 1), revenue, `${r.doc}: ${r.text}`);
    assert.ok(corpus.factsFor('order-wire.txt').includes(revenue));
    assert.ok(!corpus.factsFor('order-markets.txt').includes(revenue));
    // After a change elsewhere the lookups follow the regrouped facts.
    corpus.update('order-markets.txt', `${corpus.text('order-markets.txt')}\nNorthwind Airlines reported revenue of $8.4 billion in 2024.\n`);
    const again = byLabel(corpus.facts(), 'Northwind Airlines revenue (2024)');
    assert.deepStrictEqual(again.documents, ['order-markets.txt', 'order-trade-press.md', 'order-wire.txt']);
    assert.ok(corpus.factsFor('order-markets.txt').includes(again));
    const wire = again.reports.find((r) => r.doc === 'order-wire.txt')!;
    assert.strictEqual(corpus.factAt('order-wire.txt', wire.start + 1), again);
  });
});

describe('merging people across sources', () => {
  const person = (doc: string, name: string, count = 1): [string, DocEntities] => {
    const id = `person:${name.toLowerCase().replace(/ /g, '-')}`;
    return [doc, { entities: [{ id, kind: 'person', name, aliases: [] }], counts: new Map([[id, count]]) }];
  };

  it('merges first-name and surname spelling variants, and keeps different people apart', () => {
    const idx = indexEntities([
      person('a', 'Alexandr Wang', 3), person('b', 'Alexander Wang'), person('c', 'Alex Wang'), person('d', 'Bob Wang'),
      person('e', 'Hannah Okafor', 2), person('f', 'Hannah Okafer'), person('g', 'Hannah Oka'), person('h', 'Lisa Su'), person('i', 'Lisa Sun'),
    ]);
    const groups = [...idx.entities.values()].map((e) => [e.name, ...e.variants.filter((v) => v !== e.name)].join(' = ')).sort();
    assert.deepStrictEqual(groups, ['Alex Wang', 'Alexandr Wang = Alexander Wang', 'Bob Wang', 'Hannah Oka', 'Hannah Okafor = Hannah Okafer', 'Lisa Su', 'Lisa Sun']);
    assert.strictEqual(idx.canonical.get('person:alexander-wang'), 'person:alexandr-wang');
    assert.strictEqual(idx.entities.get('person:alexandr-wang')!.mentions.get('b'), 1);
  });
  it('keeps a rejected offer apart from the agreed deal, named by the company bid for, and reads the figure an offer gives as the deal value', () => {
    const c = corpusOf([
      ['wire.txt', 'Halvard Steel agreed to buy Corvane Metals for $14.1 billion. Corvane Metals had rejected an unsolicited offer of $7.3 billion from Brightmoor Iron in August.'],
      ['markets.txt', 'Shares of Brightmoor Iron fell 8%. Its rejected approach had valued Corvane Metals at $7.3 billion, well short of the roughly $14.1 billion Halvard Steel is offering.'],
      ['column.md', 'The $14.1 billion takeover of Corvane Metals by Halvard Steel is set. Brightmoor Iron chief executive Ana Ruiz says her company\u2019s spurned $7.8 billion offer was better for workers.'],
    ]);
    const facts = c.facts();
    const deal = byLabel(facts, 'Corvane Metals deal value');
    assert.deepStrictEqual(deal.reports.map((r) => `${r.doc}:${r.value}:${r.qualifier}`).sort(), ['column.md:14100000000:none', 'markets.txt:14100000000:approximately', 'wire.txt:14100000000:none']);
    assert.strictEqual(deal.verdict, 'qualifier-differs');
    const rejected = byLabel(facts, 'Corvane Metals rejected offer');
    assert.deepStrictEqual(rejected.reports.map((r) => `${r.doc}:${r.value}`).sort(), ['column.md:7800000000', 'markets.txt:7300000000', 'wire.txt:7300000000']);
    assert.strictEqual(rejected.verdict, 'conflict');
  });

  it('reads debt named with its owner as a value including debt, and "to close at" as a closing price', () => {
    const c = corpusOf([
      ['a.txt', 'Including Corvane\u2019s net debt, the deal carries a total value of $8.3 billion, Halvard Steel said.'],
      // (The company bought names the deal: Corvane, whose debt is counted.)
      ['b.txt', 'Halvard Steel\u2019s purchase of Corvane, counting the debt it will assume, is valued at roughly $8.3 billion.'],
      ['c.txt', 'Corvane Metals stock jumped 26% on Monday to close at $49.59.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(facts.filter((f) => f.measure === 'enterprise-value').map((f) => f.documents.join(',')), ['a.txt,b.txt']);
    assert.ok(facts.some((f) => f.measure === 'closing-price' && f.reports[0]!.value === 49.59), facts.map((f) => f.label).join(' | '));
  });
  it('names a takeover premium by the company whose price it is measured against, and a deal by the company bought', () => {
    const c = corpusOf([
      ['wire.txt', 'Exxon Mobil agreed to buy Pioneer Natural Resources for $59.5 billion. Exxon will pay $253 per share, an 18% premium to Pioneer Natural Resources\u2019 average price.'],
      ['column.md', 'Exxon Mobil\u2019s $59.5 billion purchase of Pioneer Natural Resources is a bet on oil. Selling to Exxon for what the company calls an 18% premium is fitting.'],
      ['markets.txt', 'Pioneer Natural Resources fell 3% after Exxon Mobil agreed to buy the shale driller for nearly $60 billion. The offer is a 9% premium to Pioneer Natural Resources\u2019 close, and the combination will cut costs by about $2 billion a year.'],
    ]);
    const facts = c.facts();
    assert.strictEqual(byLabel(facts, 'Pioneer Natural Resources deal value').documents.length, 3);
    const premium = byLabel(facts, 'Pioneer Natural Resources premium (%)');
    assert.deepStrictEqual(premium.reports.map((r) => `${r.doc}:${r.value}`).sort(), ['column.md:18', 'markets.txt:9', 'wire.txt:18']);
    assert.strictEqual(premium.verdict, 'conflict');
    // A deal's savings are named by the deal.
    assert.ok(facts.some((f) => f.label === 'Pioneer Natural Resources cost savings'), facts.map((f) => f.label).join(' | '));
  });

  it('takes the company bought over one merely named after "in", and not a partner in the bid for the target', () => {
    const c = corpusOf([
      ['a.txt', 'Chevron stock fell 2% as the company closed its acquisition of Hess, a deal worth less than the $53 billion announced, because of the slide in Chevron\u2019s own shares.'],
      ['b.txt', 'Skydance will buy Paramount. Sony Pictures and Apollo Global Management offered $26 billion for the whole company.'],
    ]);
    const labels = c.facts().map((f) => f.label);
    assert.ok(labels.includes('Hess deal value'), labels.join(' | '));
    assert.ok(labels.includes('Paramount deal value'), labels.join(' | '));
  });
  it('reads jobs cut however they are counted, a year-earlier figure apart, no period from "since", and "went public at" as the IPO price', () => {
    const c = corpusOf([
      ['wire.txt', 'Intel said it would cut more than 15,000 jobs and more than 15% of its workforce, as the chipmaker forecast third-quarter revenue below estimates. It reported a net loss of $1.6 billion for the second quarter.'],
      ['markets.txt', 'Intel fell 26%, its worst day since 1974, after announcing about 15,000 layoffs. Its second-quarter loss of $1.6 billion compared with a profit of $1.5 billion a year earlier.'],
      ['column.md', 'Intel is cutting about 15% of its staff, roughly 15,000 people. The company lost $1.6 billion in the second quarter.'],
      ['ipo.txt', 'Reddit priced its IPO at $34 per share.'],
      ['ipo2.md', 'Reddit went public at $34 a share.'],
    ]);
    const facts = c.facts();
    const jobs = byLabel(facts, 'Intel jobs cut');
    assert.deepStrictEqual(jobs.documents, ['column.md', 'markets.txt', 'wire.txt']);
    assert.strictEqual(jobs.verdict, 'qualifier-differs');
    assert.deepStrictEqual(byLabel(facts, 'Intel workforce cut (%)').documents, ['column.md', 'wire.txt']);
    const loss = byLabel(facts, 'Intel profit (second quarter)');
    assert.deepStrictEqual(loss.reports.map((r) => `${r.doc}:${r.value}`).sort(), ['column.md:1600000000', 'markets.txt:1600000000', 'wire.txt:1600000000']);
    assert.strictEqual(loss.verdict, 'agree');
    assert.ok(facts.some((f) => f.period === 'second quarter, a year earlier' && f.reports[0]!.value === 1_500_000_000), facts.map((f) => `${f.label} ${f.period}`).join(' | '));
    assert.deepStrictEqual(byLabel(facts, 'Reddit IPO price').documents, ['ipo.txt', 'ipo2.md']);
  });
  it('keeps an earlier valuation apart, and gives a measure word right before a figure to that figure', () => {
    const c = corpusOf([
      ['wire.txt', 'Databricks raised $10 billion in a funding round that values it at $62 billion.'],
      ['markets.txt', 'Databricks is now valued at about $62 billion after raising roughly $10 billion, up from the $43 billion valuation it fetched in a round last year.'],
      ['column.md', 'The round values Databricks at $62 billion. Last year\u2019s round valued the company at $43.5 billion.'],
    ]);
    const facts = c.facts();
    const now = byLabel(facts, 'Databricks valuation');
    assert.deepStrictEqual(now.reports.map((r) => `${r.doc}:${r.value}`).sort(), ['column.md:62000000000', 'markets.txt:62000000000', 'wire.txt:62000000000']);
    assert.strictEqual(now.verdict, 'qualifier-differs');
    assert.strictEqual(now.period, undefined);
    const before = byLabel(facts, 'Databricks earlier valuation');
    assert.deepStrictEqual(before.reports.map((r) => `${r.doc}:${r.value}`).sort(), ['column.md:43500000000', 'markets.txt:43000000000']);
    assert.deepStrictEqual(byLabel(facts, 'Databricks funding round').documents, ['markets.txt', 'wire.txt']);
  });
  it('reads a person\u2019s pay as pay of the article\u2019s company, and no hedge in a plan that is a noun or undone by a verb of its own', () => {
    const c = corpusOf([
      ['wire.txt', 'Starbucks hired Brian Niccol. Equity awards could bring his first-year pay package to about $113 million, a filing showed. Starbucks shares fell 3% on Monday.'],
      ['markets.txt', 'Starbucks poached Brian Niccol from Chipotle. Chipotle fell 7.5%. Niccol\u2019s pay could exceed $100 million in his first year. Starbucks shares slipped more than 2% after the company changed its compensation plan.'],
      ['column.md', 'At Starbucks, the old plan to cut costs did not stop the shares from falling 3%.'],
    ]);
    const facts = c.facts();
    const pay = facts.find((f) => f.measure === 'salary' && f.documents.length === 2);
    assert.ok(pay && pay.subject === 'company:starbucks', facts.map((f) => `${f.label} ${f.documents.join(',')}`).join(' | '));
    const moves = facts.filter((f) => f.subject === 'company:starbucks' && f.unit.startsWith('percent'));
    assert.ok(moves.every((f) => f.reports.every((r) => r.status === 'reported')), moves.map((f) => f.label).join(' | '));
  });
  it('keeps the first tranche of a commitment apart, counts roles cut as jobs, and takes no analysts\u2019 firm for a figure\u2019s subject', () => {
    const c = corpusOf([
      ['wire.txt', 'Amazon will invest up to $4 billion in Anthropic. Amazon will make an initial investment of $1.25 billion in Anthropic. Unilever will cut about 7,500 jobs.'],
      ['markets.txt', 'The first tranche of the Amazon investment in Anthropic is $1.25 billion. Unilever will cut roughly 7,500 roles. Analysts at Bernstein said the cuts will save about 800 million euros.'],
      ['column.md', 'Amazon puts $1.5 billion into Anthropic now and the rest later.'],
    ]);
    const facts = c.facts();
    const first = facts.find((f) => f.measure === 'initial-investment');
    assert.ok(first, facts.map((f) => f.label).join(' | '));
    assert.deepStrictEqual(first.reports.map((r) => `${r.doc}:${r.value}`).sort(), ['column.md:1500000000', 'markets.txt:1250000000', 'wire.txt:1250000000']);
    assert.strictEqual(first.verdict, 'conflict');
    assert.ok(!facts.some((f) => f.subject === 'company:bernstein'), facts.map((f) => f.label).join(' | '));
    assert.ok(facts.some((f) => f.measure === 'job-cuts' && f.documents.length === 2), facts.map((f) => f.label).join(' | '));
  });
  it('reads a word one article takes for a company of its own as the known company other articles use it for, in names and facts', () => {
    const c = corpusOf([
      ['wire.txt', 'A judge blocked JetBlue\u2019s $3.8 billion acquisition of Spirit Airlines. JetBlue had agreed to pay $3.8 billion for Spirit. Frontier Airlines, which lost a bidding war for Spirit, could return.'],
      ['column.md', 'The court stopped JetBlue from buying Spirit for $3.8 billion. Frontier, which agreed to merge with Spirit before, may try again.'],
    ]);
    assert.strictEqual(c.canonical('company:spirit'), 'company:spirit-airlines');
    assert.strictEqual(c.nameOf(c.canonical('company:spirit')), 'Spirit Airlines');
    const deal = byLabel(c.facts(), 'Spirit Airlines deal value');
    assert.deepStrictEqual(deal.documents, ['column.md', 'wire.txt']);
    const frontier = c.mentionsOf('column.md').find((m) => m.text === 'Frontier');
    assert.strictEqual(frontier && c.nameOf(c.canonical(frontier.entity!)), 'Frontier Airlines');
  });
  it('dates no premium: it is measured against a price, whatever date the sentence gives', () => {
    const c = corpusOf([
      ['a.txt', 'Microsoft will pay $95 a share for Activision Blizzard, a 45% premium to its price before the deal was announced in January 2022.'],
      ['b.md', 'The price of $95 a share for Activision Blizzard was a 40% premium when Microsoft announced the deal.'],
    ]);
    const premium = byLabel(c.facts(), 'Activision Blizzard premium (%)');
    assert.deepStrictEqual(premium.documents, ['a.txt', 'b.md']);
    assert.strictEqual(premium.period, undefined);
    assert.strictEqual(premium.verdict, 'conflict');
  });
  it('reads a deal for a company as its purchase, and names it and its premium by the company bought', () => {
    const c = corpusOf([
      ['a.txt', 'Walmart will buy Vizio for $2.3 billion, a premium of about 29%.'],
      ['b.md', 'Walmart\u2019s $2.3 billion deal for Vizio is small. At $11.50 a share, Walmart is paying a premium of about 29%.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(byLabel(facts, 'Vizio deal value').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(facts, 'Vizio premium (%)').documents, ['a.txt', 'b.md']);
  });
  it('reads an offer price in a takeover as the price per share, and a premium "of about 32% to" a company\u2019s price as that company\u2019s', () => {
    const c = corpusOf([
      ['a.txt', 'Synopsys will buy Ansys, valuing Ansys at $390.19 per share. HPE will pay $40 per share, a premium of about 32% to Juniper Networks\u2019 closing price.'],
      ['b.txt', 'Ansys stock rose 1%, closing well below the offer price of $390.19 a share.'],
      ['c.txt', 'Reddit priced its IPO at $34 per share.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(byLabel(facts, 'Ansys price per share').documents, ['a.txt', 'b.txt']);
    assert.ok(facts.some((f) => f.label === 'Juniper Networks premium (%)'), facts.map((f) => f.label).join(' | '));
    assert.ok(facts.some((f) => f.label === 'Reddit IPO price'), facts.map((f) => f.label).join(' | '));
  });
  it('reads a fall told with a participle ("had fallen about 25%") as a change, like "lost about 25%"', () => {
    const c = corpusOf([
      ['a.txt', 'Nike\u2019s revenue fell. The stock had lost about 25% this year.'],
      ['b.txt', 'Nike\u2019s revenue fell. The shares had fallen about 25% this year.'],
    ]);
    assert.deepStrictEqual(byLabel(c.facts(), 'Nike change (%) (this year)').documents, ['a.txt', 'b.txt']);
  });
  it('reads a refusal right before a figure as a refused offer named by who refused, and a call-off of talks to be bought too', () => {
    const c = corpusOf([
      ['a.txt', 'Quillon walks away from Alphabet\u2019s $23 billion offer. Quillon, the security startup, has ended talks to be bought by Alphabet for $23 billion.'],
      ['b.txt', 'Quillon turned down an offer of roughly $23 billion from Alphabet. \u201cWalking away from $23 billion tells you a lot,\u201d an analyst said.'],
    ]);
    const f = byLabel(c.facts(), 'Quillon rejected offer');
    assert.deepStrictEqual(f.reports.map((r) => r.doc), ['a.txt', 'a.txt', 'b.txt', 'b.txt']);
    assert.strictEqual(f.verdict, 'qualifier-differs');
  });
  it('reads the cash from a sale as proceeds, the seller\u2019s with its buyback, and recurring revenue without "annual"', () => {
    const c = corpusOf([
      ['a.txt', 'Halvard Bank expects about $10.1 billion in after-tax cash from the sale and a buyback of up to $5 billion.'],
      ['b.md', 'The $15.5 billion sale of Quell Insurance Holdings to Quorra Point Capital leaves Halvard Bank a plainer lender. The roughly $10.1 billion in after-tax proceeds will go toward a buyback of up to $5 billion.'],
      ['c.txt', 'Security startup Quillon expects $1 billion in recurring revenue.'],
      ['d.txt', 'Security startup Quillon expects $1 billion in annual recurring revenue.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(byLabel(facts, 'Halvard Bank proceeds').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(facts, 'Halvard Bank share buyback').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(facts, 'Quillon annual recurring revenue').documents, ['c.txt', 'd.txt']);
  });
  it('takes no company named after the figure in another clause for its subject', () => {
    const c = corpusOf([
      ['a.txt', 'Honda and Nissan would sell 8 million cars. Their combined sales of nearly 30 trillion yen would be large, but scale did not save the Renault-Nissan alliance.'],
    ]);
    assert.ok(c.facts().every((f) => !f.label.startsWith('Renault')), c.facts().map((f) => f.label).join(' | '));
  });
  it('reads a one-word name as the known company the folder names in full with it, and "its" as the sentence\u2019s subject', () => {
    const c = corpusOf([
      ['a.txt', 'The deal follows Exxon Mobil\u2019s purchase of Pioneer Natural Resources.'],
      ['b.md', 'Exxon promised $2 billion a year in savings from its purchase of Pioneer.'],
    ]);
    assert.strictEqual(c.nameOf('company:pioneer'), 'Pioneer Natural Resources');
    const d = corpusOf([['a.txt', 'Hershey stock climbed 11% after a report of the approach from Mondelez, lifting its market value to more than $38 billion.']]);
    assert.ok(d.facts().some((f) => f.label === 'Hershey market value'), d.facts().map((f) => f.label).join(' | '));
  });
  it('reads a holding raised to a figure as a stake in the company named before "stake", and a state\u2019s stake as the government\u2019s', () => {
    const c = corpusOf([
      ['a.txt', 'UniCredit raises Commerzbank stake to 21%. UniCredit has raised its holding in Commerzbank to about 21%. The government still owns 12%.'],
      ['b.md', 'UniCredit lifted its position in Commerzbank to roughly 21%. Berlin\u2019s 12% stake in Commerzbank gives it a voice.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(byLabel(facts, 'UniCredit stake in Commerzbank (%)').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(facts, 'The government stake in Commerzbank (%)').documents, ['a.txt', 'b.md']);
  });
  it('names a price per share by who refused it or by a buyer\u2019s price beside a share price, a premium told as more than the market price, and no deal recalled in parentheses', () => {
    const c = corpusOf([
      ['a.txt', 'Rightmove, the property portal, rejected a fourth proposal from REA Group, saying the offer of 705 pence a share undervalued it.'],
      ['b.txt', 'Shares in Rightmove fell 3% to 626p, well below the 705p REA Group has put on the table.'],
      ['c.txt', 'Salesforce agreed to buy Informatica for $25 a share, a premium of roughly 30%, valuing it at about $8 billion.'],
      ['d.md', 'The $8 billion Informatica purchase is smaller than Slack ($27.7 billion) or Tableau ($15.7 billion). At $25 a share, Salesforce is paying about 30% more than the market price.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(byLabel(facts, 'Rightmove price per share').documents, ['a.txt', 'b.txt']);
    assert.deepStrictEqual(byLabel(facts, 'Informatica price per share').documents, ['c.txt', 'd.md']);
    assert.deepStrictEqual(byLabel(facts, 'Informatica premium (%)').documents, ['c.txt', 'd.md']);
    assert.ok(facts.some((f) => f.label === 'Slack deal value') && facts.some((f) => f.label === 'Tableau deal value'), facts.map((f) => f.label).join(' | '));
  });
  it('names a deal by the company taken private or named after its price, a share of a combined company as a stake, and no hedge from a clause after "after"', () => {
    const c = corpusOf([
      ['a.txt', 'A group led by Toyota will take Toyota Industries private for about 4.7 trillion yen.'],
      ['b.md', 'The 4.7 trillion yen Toyota Industries buyout ends that.'],
      ['c.txt', 'Disney will get a 70% stake in the combined company with Fubo. Fubo shares closed up 251%.'],
      ['d.md', 'The deal hands Disney 70% of a combined company with Fubo. Fubo stock jumped 251% after the company said it would merge with Disney.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(byLabel(facts, 'Toyota Industries deal value').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(facts, 'Fubo change (%)').documents, ['c.txt', 'd.md']);
    assert.ok(facts.some((f) => f.label.startsWith('Disney stake') && f.documents.join() === 'c.txt,d.md'), facts.map((f) => f.label).join(' | '));
  });
  it('takes a company of the figure\u2019s own clause before one named in another clause', () => {
    const c = corpusOf([['a.txt', 'A panel flew off an Alaska Airlines plane, and the grounding of about 170 planes has become Boeing\u2019s costliest crisis.']]);
    assert.ok(c.facts().some((f) => f.label === 'Boeing aircraft'), c.facts().map((f) => f.label).join(' | '));
  });
  it('reads a raise told with its verb or as a pay rise as the same raise', () => {
    const c = corpusOf([
      ['a.txt', 'Boeing workers backed the deal, which raises wages by 38% over four years.'],
      ['b.txt', 'At Boeing, the agreement gives workers a 38% pay rise over four years.'],
    ]);
    assert.deepStrictEqual(byLabel(c.facts(), 'Boeing raise (%)').documents, ['a.txt', 'b.txt']);
  });
  it('names a deal by the company agreeing to be bought, not by the buyer after "bought by", and reads "values X at" as a value, not the earnings after it', () => {
    const c = corpusOf([
      ['a.txt', 'Skechers agreed on Monday to be bought by 3G Capital, the investment firm, for $63 a share in cash, or about $9.4 billion.'],
      ['b.txt', 'The deal values Skechers at roughly $9.4 billion, about 16 times its expected earnings.'],
    ]);
    const facts = c.facts();
    assert.ok(facts.some((f) => f.label === 'Skechers deal value'), facts.map((f) => f.label).join(' | '));
    assert.ok(facts.some((f) => f.label === 'Skechers price per share'), facts.map((f) => f.label).join(' | '));
    // The value the deal puts on Skechers joins the deal's value: not its earnings.
    assert.deepStrictEqual(byLabel(facts, 'Skechers deal value').documents, ['a.txt', 'b.txt']);
    assert.ok(!facts.some((f) => f.label.includes('profit')), facts.map((f) => f.label).join(' | '));
  });
  it('reads "for its rival" as the other company of a deal', () => {
    const c = corpusOf([
      ['a.txt', 'Dick\u2019s Sporting Goods will buy Foot Locker for $2.4 billion.'],
      ['b.md', 'Foot Locker struggled in malls. Paying $2.4 billion for its rival gives Dick\u2019s Sporting Goods the shops it lacks.'],
    ]);
    assert.deepStrictEqual(byLabel(c.facts(), 'Foot Locker deal value').documents, ['a.txt', 'b.md']);
  });

  it('dates a past purchase, so an old price stays apart from today\u2019s deal, and an undated report of it joins it', () => {
    const c = corpusOf([
      ['a.txt', 'Bayer inherited the cases with its $63 billion purchase of Monsanto in 2018.'],
      ['b.txt', 'Bayer is now worth less than the roughly $63 billion it paid for Monsanto.'],
      ['c.txt', 'SoftBank bought Arm for about $32 billion in 2016. Arm was valued at $54.5 billion when it listed.'],
    ]);
    const facts = c.facts();
    const monsanto = byLabel(facts, 'Monsanto deal value (2018)');
    assert.deepStrictEqual([monsanto.documents, monsanto.verdict], [['a.txt', 'b.txt'], 'qualifier-differs']);
    assert.ok(byLabel(facts, 'Arm deal value (2016)'));
  });

  it('takes no company that only describes another for the subject of a figure', () => {
    const c = corpusOf([
      ['a.txt', 'Arm Holdings listed its shares, giving the SoftBank-owned chip designer a valuation of $54.5 billion.'],
      ['b.txt', 'At its offer price, Arm had a valuation of $54.5 billion.'],
    ]);
    assert.deepStrictEqual(byLabel(c.facts(), 'Arm valuation').documents, ['a.txt', 'b.txt']);
  });

  it('keys a price by the company it is paid for, a price that values a company as the deal, and where its shares went apart from the offer', () => {
    const c = corpusOf([
      ['a.txt', 'Rio Tinto will buy Arcadium Lithium for $6.7 billion, paying $5.85 for each Arcadium share.'],
      ['b.txt', 'Arcadium Lithium shares surged more than 30% to about $5.50, below Rio Tinto\u2019s offer of $5.85. The price values Arcadium Lithium at roughly $6.7 billion.'],
      ['c.txt', 'Rio Tinto is paying close to $6.7 billion for Arcadium Lithium, its biggest purchase since it bought Alcan for $38 billion in 2007.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(byLabel(facts, 'Arcadium Lithium deal value').documents, ['a.txt', 'b.txt', 'c.txt']);
    const perShare = byLabel(facts, 'Arcadium Lithium price per share');
    assert.deepStrictEqual([perShare.documents, perShare.verdict], [['a.txt', 'b.txt'], 'agree']);
    assert.deepStrictEqual(byLabel(facts, 'Arcadium Lithium closing share price').reports.map((r) => r.text), ['$5.50']);
    // Shares bought at a price are no share price the market set.
    const n = corpusOf([['a.txt', 'Nvidia will buy Intel shares at $23.28 each.'], ['b.txt', 'Nvidia paid for Intel shares, priced at $23.28 each. Intel shares rose nearly 23% to about $30.57.']]);
    assert.deepStrictEqual(byLabel(n.facts(), 'Intel price per share').documents, ['a.txt', 'b.txt']);
    assert.deepStrictEqual(byLabel(n.facts(), 'Intel closing share price').reports.map((r) => r.text), ['$30.57']);
    // An offer priced per share that values the company states the deal's value, decimals and all.
    const d = corpusOf([['a.txt', 'A group has offered to buy Santos for $5.76 a share in cash, valuing Australia\u2019s second-largest oil and gas producer at about $18.7 billion.'], ['b.txt', 'The $18.7 billion offer for Santos is a test.']]);
    const deal = byLabel(d.facts(), 'Santos deal value');
    assert.deepStrictEqual([deal.documents, deal.verdict], [['a.txt', 'b.txt'], 'qualifier-differs']);
  });

  it('reads an amount named by a noun of its own as no other measure of its sentence', () => {
    const c = corpusOf([
      ['a.txt', 'Americanas filed for protection, listing debts of about 43 billion reais, days after it disclosed accounting inconsistencies of 20 billion reais.'],
      ['b.txt', 'Americanas has debts of around 43 billion reais.'],
    ]);
    const debt = byLabel(c.facts(), 'Americanas debt');
    assert.deepStrictEqual([debt.reports.map((r) => r.text), debt.verdict], [['43 billion reais', '43 billion reais'], 'agree']);
  });

  it('counts cars described by compound adjectives', () => {
    const c = corpusOf([
      ['a.txt', 'BYD delivered 526,409 battery-only cars in the quarter.'],
      ['b.txt', 'In the quarter BYD sold 526,409 battery-electric cars.'],
    ]);
    assert.deepStrictEqual(byLabel(c.facts(), 'BYD cars delivered or sold').documents, ['a.txt', 'b.txt']);
  });

  it('keeps a penalty apart from the settlement that includes it, and reads paying over a dispute as a settlement', () => {
    const c = corpusOf([
      ['a.txt', 'Qantas to pay A$120 million over ghost flights\n\nQantas agreed to pay A$120 million to settle a lawsuit. The settlement includes a A$100 million penalty.'],
      ['b.txt', 'Qantas agreed to a settlement of A$120 million. The penalty of A$100 million needs approval.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(byLabel(facts, 'Qantas settlement').documents, ['a.txt', 'b.txt']);
    const fine = byLabel(facts, 'Qantas fine');
    assert.deepStrictEqual([fine.documents, fine.verdict], [['a.txt', 'b.txt'], 'agree']);
  });

  it('joins undated reports of job cuts to the cuts dated by the year they are due', () => {
    const c = corpusOf([
      ['a.txt', 'Volkswagen agreed to cut more than 35,000 jobs in Germany by 2030.'],
      ['b.txt', 'Volkswagen will eliminate 35,000 jobs without closing factories.'],
    ]);
    const f = byLabel(c.facts(), 'Volkswagen jobs cut (2030)');
    assert.deepStrictEqual([f.documents, f.verdict], [['a.txt', 'b.txt'], 'qualifier-differs']);
  });

  it('takes no purchase dated in the past for the deal the article goes on reporting', () => {
    const c = corpusOf([
      ['a.md', 'Novartis is paying 2.7 billion euros for MorphoSys. MorphoSys got the drug with its $1.7 billion purchase of Constellation Pharmaceuticals in 2021. At 68 euros a share, Novartis is paying a 94% premium.'],
      ['b.txt', 'Novartis will buy MorphoSys for 68 euros a share, a premium of 94%.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(facts.filter((f) => f.measure === 'price-per-share' || f.measure === 'premium').map((f) => `${f.label}: ${f.documents.join(',')}`), ['MorphoSys premium (%): a.md,b.txt', 'MorphoSys price per share: a.md,b.txt']);
  });

  it('reads debt counted in and a total after net debt as a value including debt, joined to the headline figure of the same article', () => {
    const c = corpusOf([
      ['a.txt', 'Brenvik to buy Quillaro for $3.1 billion\n\nBrenvik agreed to buy Quillaro for $23 a share, valuing it at about $3.1 billion including debt.'],
      ['b.md', 'Brenvik will pay $23 for each share of Quillaro, roughly $3.1 billion once the cereal company\'s borrowings are counted.'],
      ['c.md', 'Brenvik is paying for Quillaro and taking on about $1.4 billion of net debt, for a total of around $3.1 billion.'],
    ]);
    const facts = c.facts();
    const f = facts.find((x) => x.measure === 'enterprise-value')!;
    assert.deepStrictEqual([f.label, f.reports.map((r) => `${r.doc}:${r.text}`), f.verdict], ['Quillaro value including debt', ['a.txt:$3.1 billion', 'a.txt:$3.1 billion', 'b.md:$3.1 billion', 'c.md:$3.1 billion'], 'qualifier-differs']);
    assert.deepStrictEqual(byLabel(facts, 'Quillaro price per share').documents, ['a.txt', 'b.md']);
  });

  it('keys where shares traded by the company whose shares they are, never by the exchange, and a price they jumped to apart from the offer', () => {
    const c = corpusOf([
      ['a.txt', 'Brenvik agreed to buy Quillaro for $23 a share. Quillaro shares jumped 30.6% to $22.63 in morning trading.'],
      ['b.md', 'Brenvik will pay $23 for each Quillaro share. Shares of Quillaro closed up 31% at $22.63 on Thursday.'],
      ['c.txt', 'Zorbanite Ltd, the group spun off by Holcim, ended its first day at $50.10 on the New York Stock Exchange, giving it a market value of nearly $28 billion.'],
      ['d.txt', 'Zorbanite shares opened at $51.50 on the New York Stock Exchange, valuing the company at about $28 billion.'],
    ]);
    const facts = c.facts();
    const close = byLabel(facts, 'Quillaro closing share price');
    assert.deepStrictEqual([close.documents, close.verdict], [['a.txt', 'b.md'], 'agree']);
    assert.deepStrictEqual(byLabel(facts, 'Quillaro price per share').reports.map((r) => r.text), ['$23', '$23']);
    assert.deepStrictEqual(facts.filter((f) => f.documents.includes('c.txt')).map((f) => `${f.label}: ${f.documents.join(',')}`).sort(), ['Zorbanite closing share price: c.txt', 'Zorbanite market value: c.txt,d.txt']);
    assert.ok(facts.some((f) => f.label === 'Zorbanite opening share price'));
    assert.ok(!facts.some((f) => f.subject === 'company:nyse'), 'an exchange was taken for a subject');
  });

  it('keys a figure by the company an apposition or a possessive owner describes, reads a price named after it, and keys an offer by the company bid for', () => {
    const c = corpusOf([
      ['a.txt', "Vantor's Quillmark raises $315 million in IPO\n\nJune 26 (Reuters) - Quillmark Entertainment, the U.S.-based comics platform controlled by South Korea's Vantor, raised $315 million in its initial public offering after pricing its shares at $21 each."],
      ['b.md', 'Shares of Quillmark Entertainment Inc opened at $23 on Thursday, up 9.5% from their $21 IPO price. The listing raised about $315 million.'],
      ['c.txt', "Zorbank launched a hostile offer for Banco Sabadell worth about 12.23 billion euros, days after the smaller bank's board turned down a friendly merger."],
      ['d.md', "Zorbank's unsolicited offer values Banco de Sabadell at roughly 12.2 billion euros, and Sabadell's board rejected it."],
    ]);
    const facts = c.facts();
    const ipo = byLabel(facts, 'Quillmark Entertainment IPO price');
    assert.deepStrictEqual([ipo.documents, ipo.verdict], [['a.txt', 'b.md'], 'agree']);
    assert.deepStrictEqual(byLabel(facts, 'Quillmark Entertainment funding round').documents, ['a.txt', 'b.md']);
    const offer = byLabel(facts, 'Banco Sabadell rejected offer');
    assert.deepStrictEqual([offer.documents, offer.verdict], [['c.txt', 'd.md'], 'agree']);
  });

  it('keys a bidder\'s price by the company bid for, reads a close after a decimal move, and joins a listing\'s price per share to its IPO price', () => {
    const c = corpusOf([
      ['a.txt', 'KKR raised its tender offer for Japanese software developer Fuji Soft to 9,451 yen a share. Fuji Soft shares closed 0.5% higher at 9,510 yen, above the offer.'],
      ['b.md', "The contest for Fuji Soft Inc goes on. KKR's latest offer of \u00a59,451 a share gives the company a value of roughly \u00a5600bn. Shares of the company finished at \u00a59,510."],
      ['c.txt', 'Reddit sold 22 million American depositary shares at $34 each.'],
      ['d.md', 'Reddit priced its New York IPO at $34 per ADS.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(byLabel(facts, 'Fuji Soft price per share').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(facts, 'Fuji Soft closing share price').documents, ['a.txt', 'b.md']);
    assert.ok(!facts.some((f) => f.subject === 'company:kkr' && f.measure === 'price-per-share'), 'the bidder was keyed');
    assert.deepStrictEqual(facts.filter((f) => f.documents.includes('c.txt') && f.unit === 'USD').map((f) => f.documents.join(',')), ['c.txt,d.md']);
  });

  it('keys a state\'s stake to the state, keeps a stake before apart, reads where shares began trading and a stock after a bare apostrophe, and counts firm orders', () => {
    const c = corpusOf([
      ['a.txt', 'Air France-KLM will raise its stake in SAS to 60.5% from 19.9%. The Danish state, which owns 25.8% of SAS, will keep its stake. Barclays shares rose 1.5% to 161.4 pence. Sony Financial shares opened at 205 yen. Xiaomi received more than 240,000 firm orders.'],
      ['b.md', "Air France-KLM's controlling 60.5% stake in SAS is coming. Barclays' stock closed at 161.4p. Sony Financial Group began trading on Monday at \u00a5205. Xiaomi took about 240,000 binding orders."],
    ]);
    const facts = c.facts();
    const stake = byLabel(facts, 'Air France-KLM stake in SAS (%)');
    assert.deepStrictEqual([stake.reports.map((r) => r.text), stake.verdict], [['60.5%', '60.5%'], 'agree']);
    assert.deepStrictEqual(byLabel(facts, 'Barclays closing share price').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(facts.filter((f) => f.measure === 'opening-price').map((f) => f.documents.join(',')), ['a.txt,b.md']);
    assert.deepStrictEqual(byLabel(facts, 'Xiaomi orders').verdict, 'qualifier-differs');
  });

  it('keeps counter-guarantees apart from guarantees, reads what saving and costing a company are, dates a price paid for a company in a year, and takes a person\'s expectation for an estimate', () => {
    const c = corpusOf([
      ['a.txt', 'Siemens Energy secured 15 billion euros of guarantees, backed by 7.5 billion euros of counter-guarantees. The halt is costing Siemens Energy about 50 million euros a week. Nokia says the deal will save about 200 million euros a year. Coca-Cola paid 3.9 billion pounds for Costa in 2019.'],
      ['b.md', 'Siemens Energy has 15 billion euros of bank guarantees, with 7.5 billion euros of counter-guarantees from Berlin. Siemens Energy said the halt was costing it 50 million euros a week. Nokia expects savings of 200 million euros. She expects Nokia to save about 150 million euros. Coca-Cola bought Costa for 3.9 billion pounds in 2019.'],
    ]);
    const facts = c.facts();
    for (const label of ['Siemens Energy guarantee', 'Siemens Energy counter-guarantee', 'Siemens Energy costs', 'Nokia cost savings', 'Costa deal value (2019)']) {
      assert.deepStrictEqual(byLabel(facts, label).documents, ['a.txt', 'b.md'], label);
    }
    assert.deepStrictEqual(byLabel(facts, 'Nokia cost savings').reports.map((r) => r.text), ['200 million euros', '200 million euros']);
  });

  it('keeps a kind of loss apart from the loss, and keys a figure told by a noun subject to the article\'s company, not the parent in its aside', () => {
    const c = corpusOf([
      ['a.txt', 'MTN Nigeria reported a pretax loss of 514.9 billion naira. The telecoms operator, a unit of MTN Group, said revenue rose 32%.'],
      ['b.md', 'MTN Nigeria lost N514.9bn before tax; foreign exchange losses reached about N926bn. MTN Nigeria revenue climbed roughly 32%.'],
    ]);
    const facts = c.facts();
    const loss = byLabel(facts, 'MTN Nigeria profit');
    assert.deepStrictEqual([loss.documents, loss.verdict], [['a.txt', 'b.md'], 'agree']);
    assert.ok(facts.some((f) => f.label === 'MTN Nigeria foreign exchange losses'));
    assert.deepStrictEqual(byLabel(facts, 'MTN Nigeria revenue change (%)').documents, ['a.txt', 'b.md']);
  });

  it('reads a first offer that was turned down as a rejected offer, keys two valuations of one sentence apart, and reads a payment to end a dispute as a settlement', () => {
    const c = corpusOf([
      ['a.txt', 'Newmont had first offered A$24.5 billion for Newcrest in February, which Newcrest rejected. The deal values Brenvik at $80 billion and Newcrest at $33 billion. Barrick agrees to pay Mali $430 million to end gold mine dispute.'],
      ['b.md', 'The first approach for Newcrest, worth A$24.5bn, was turned down in February. Brenvik is valued at $80bn. Barrick will pay Mali $430m to settle the dispute.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual(byLabel(facts, 'Newcrest rejected offer').documents, ['a.txt', 'b.md']);
    const v = facts.find((f) => f.documents.length === 2 && f.measure === 'valuation')!;
    assert.deepStrictEqual([v.reports.map((r) => r.text), v.verdict], [['$80 billion', '$80bn'], 'agree']);
    assert.deepStrictEqual(byLabel(facts, 'Barrick Gold settlement').documents, ['a.txt', 'b.md']);
  });

  it('keys a price per a named company\u2019s share, an equity portion, a holder\u2019s worth per share, failed talks, borrowing and a stake bought apart from the deal', () => {
    const c = corpusOf([
      ['a.txt', 'Pfizer said it would buy Seagen for $229 a share in cash, valuing it at about $43 billion. The equity portion of the transaction is worth roughly $40 billion. Merck had held talks to buy Seagen at a price of around $40 billion, but those talks ended without a deal. Pfizer plans to fund the deal with $31 billion of new long-term debt. Glendon said Seagen was worth at least $250 a share. Kering agreed to buy a 30% stake in fashion house Valentino from Mayhoola for 1.7 billion euros.'],
      ['b.md', 'Pfizer is paying $229 per Seagen share, or roughly $43bn in all, to replace sales that will fade. Pfizer will borrow about $31 billion to pay for it. Kering\u2019s \u20ac1.7bn payment for 30% of Valentino looks like a bet.'],
    ]);
    const facts = c.facts();
    assert.deepStrictEqual([byLabel(facts, 'Seagen price per share').documents, byLabel(facts, 'Seagen price per share').verdict], [['a.txt', 'b.md'], 'agree']);
    assert.deepStrictEqual([byLabel(facts, 'Seagen deal value').reports.map((r) => r.text), byLabel(facts, 'Seagen deal value').verdict], [['$43 billion', '$43bn'], 'agree']);
    assert.deepStrictEqual(byLabel(facts, 'Seagen rejected offer').reports.map((r) => r.text), ['$40 billion']);
    assert.deepStrictEqual(byLabel(facts, 'Seagen value per share').reports.map((r) => r.text), ['$250']);
    assert.ok(facts.some((f) => f.measure === 'equity' && f.reports[0]!.text === '$40 billion'));
    assert.deepStrictEqual([byLabel(facts, 'Pfizer debt').documents, byLabel(facts, 'Pfizer debt').verdict], [['a.txt', 'b.md'], 'qualifier-differs']);
    const stake = byLabel(facts, 'Kering investment in Valentino');
    assert.deepStrictEqual([stake.documents, stake.verdict], [['a.txt', 'b.md'], 'agree']);
    assert.deepStrictEqual(byLabel(facts, 'Kering stake in Valentino (%)').documents, ['a.txt', 'b.md']);
  });

  it('keys a deal\u2019s bank loans, the shares tendered, a seller\u2019s takings from the deal and deposits by the deal', () => {
    const toshiba = corpusOf([
      ['a.txt', 'The offer values Toshiba at about 2 trillion yen. Banks led by Mizuho have agreed to lend up to 1.4 trillion yen to fund the deal. Shareholders tendered 78.65% of Toshiba\u2019s stock.'],
      ['b.md', 'A group led by JIP will own Toshiba, the conglomerate.\n\n| Deal value | roughly \u00a52 trillion |\n|---|---|\n| Shares tendered | 78.65% |\n| Bank loans | up to \u00a51.4 trillion |'],
    ]).facts();
    assert.deepStrictEqual([byLabel(toshiba, 'Toshiba loan').documents, byLabel(toshiba, 'Toshiba loan').verdict], [['a.txt', 'b.md'], 'agree']);
    assert.deepStrictEqual(byLabel(toshiba, 'Toshiba shares tendered (%)').documents, ['a.txt', 'b.md']);
    const bank = corpusOf([
      ['a.txt', 'NatWest will pay \u00a3125 million for Sainsbury\u2019s Bank, with \u00a32.5 billion of loans and \u00a32.6 billion of deposits. Sainsbury\u2019s expects to receive about \u00a3250 million in total from the deal.'],
      ['b.md', 'Sainsbury\u2019s is selling its bank to NatWest. The chain, which sells Argos goods, expects total proceeds of around \u00a3250mn, which it will hand to investors.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(bank, 'Sainsbury\'s Bank deposits').reports.map((r) => r.text), ['\u00a32.6 billion']);
    assert.deepStrictEqual(byLabel(bank, 'Sainsbury\'s proceeds').documents, ['a.txt', 'b.md']);
  });

  it('keys offers per share in rand, a turned-down offer per share, a stake held by the company an aside describes, expectations named after the figure, a listing\u2019s valuation, and what a percentage change is of', () => {
    const media = corpusOf([
      ['a.txt', 'Canal+, controlled by Vivendi, had built a stake of more than 35% in MultiChoice. Canal+ made an offer for the rest of MultiChoice at 125 rand per share. MultiChoice rejected an earlier approach at 105 rand a share as too low.'],
      ['b.md', 'Canal+ is offering R125 for every MultiChoice share. The French company, part of Vivendi, owns about 45% of MultiChoice. An earlier indicative offer of R105 a share was turned down in February.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(media, 'MultiChoice price per share').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(media, 'MultiChoice rejected offer per share').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual([byLabel(media, 'Canal+ stake in MultiChoice (%)').documents, byLabel(media, 'Canal+ stake in MultiChoice (%)').verdict], [['a.txt', 'b.md'], 'qualifier-differs']);
    const results = corpusOf([
      ['a.txt', 'H&M said operating profit rose to 3.2 billion Swedish crowns from 821 million crowns a year earlier, short of the 4.5 billion crowns analysts had expected. Revenue rose 4%.'],
      ['b.md', 'H&M\u2019s operating profit came in at SEK 3.2bn, well below the SEK 4.5bn consensus. Shares of H&M fell 4%.'],
    ]).facts();
    assert.deepStrictEqual([byLabel(results, 'H&M profit').verdict, byLabel(results, 'H&M analysts\' estimate').verdict], ['agree', 'agree']);
    assert.deepStrictEqual([byLabel(results, 'H&M revenue change (%)').documents, byLabel(results, 'H&M change (%)').documents], [['a.txt'], ['b.md']]);
    const listing = corpusOf([
      ['a.txt', 'Birkenstock priced its initial public offering at $46 per share, raising about $1.48 billion for the sandal maker and its owner, L Catterton. The price values the company at roughly $8.6 billion. The stock, which trades under the ticker BIRK after a deal with L Catterton, closed at $40.20.'],
      ['b.md', 'Birkenstock\u2019s IPO price was $46 per share, valuing it at $8.6 billion. Birkenstock shares closed at $40.20.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(listing, 'Birkenstock IPO price').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual([byLabel(listing, 'Birkenstock valuation').documents, byLabel(listing, 'Birkenstock valuation').verdict], [['a.txt', 'b.md'], 'qualifier-differs']);
    assert.deepStrictEqual(byLabel(listing, 'Birkenstock closing share price').documents, ['a.txt', 'b.md']);
  });

  it('joins an undated figure to the one figure dated relative to its article', () => {
    const facts = corpusOf([
      ['a.txt', 'Rheinmetall expects sales of about 7.6 billion euros this year.'],
      ['b.md', 'The price is 1.6 times Rheinmetall\u2019s expected sales of about \u20ac7.6bn.'],
    ]).facts();
    assert.deepStrictEqual(facts.filter((f) => f.measure === 'revenue').map((f) => f.documents), [['a.txt', 'b.md']]);
  });

  it('reads payments to resolve lawsuits as settlements, market shares apart from stakes, a holding by a company named after it, a stake owned by the state, and a pronoun\u2019s stake', () => {
    const philips = corpusOf([
      ['a.txt', 'Philips will pay $1.1 billion to resolve U.S. personal injury lawsuits over its machines.'],
      ['b.md', 'The $1.1bn Philips agreed to pay American plaintiffs is smaller than feared: some analysts had pencilled in more than $2 billion.'],
    ]).facts();
    assert.deepStrictEqual([byLabel(philips, 'Philips settlement').documents, byLabel(philips, 'Philips settlement').verdict], [['a.txt', 'b.md'], 'agree']);
    const air = corpusOf([
      ['a.txt', 'Singapore Airlines will take a 25.1% stake in Air India. Singapore Airlines, which owned 49% of Vistara, will invest. The airline trails IndiGo, which controls more than 60% of the domestic market.'],
      ['b.md', 'Its planes now belong to Air India, owned by Tata Sons with a 25.1% holding by Singapore Airlines. Singapore Airlines is putting in money. It had held 49% of Vistara, a venture it set up with Tata Sons in 2013. IndiGo\u2019s share of the domestic market is about 62%.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(air, 'Singapore Airlines stake in Air India (%)').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(air, 'Singapore Airlines stake in Vistara (%)').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual([byLabel(air, 'IndiGo market share (%)').documents, byLabel(air, 'IndiGo market share (%)').verdict], [['a.txt', 'b.md'], 'qualifier-differs']);
    const bank = corpusOf([
      ['a.txt', 'The Dutch state still owns about 30% of ABN Amro.'],
      ['b.md', 'ABN Amro, still about 30% owned by the Netherlands after its 2008 rescue, wants deals.'],
    ]).facts();
    assert.deepStrictEqual(bank.filter((f) => f.measure === 'stake').map((f) => [f.subject, f.object, f.documents]), [['owner:the-government', 'company:abn-amro', ['a.txt', 'b.md']]]);
  });

  it('reads a change told after its figure, a share of sales apart from a change, a fall in sales still to come, and pence with a comma and decimals', () => {
    const facts = corpusOf([
      ['a.txt', 'Diageo shares fell 12% on Friday after it warned that sales in Latin America would fall by more than 20%. The region accounts for about 11% of group sales. The shares closed at 2,779.5 pence.'],
      ['b.md', 'Diageo warned that first-half sales in Latin America will drop by over 20%. The region makes up around 11% of sales. The stock ended the day 12% lower at 2,779.5p.'],
    ]).facts();
    assert.deepStrictEqual([byLabel(facts, 'Diageo change (%)').documents, byLabel(facts, 'Diageo change (%)').verdict], [['a.txt', 'b.md'], 'agree']);
    assert.deepStrictEqual(byLabel(facts, 'Diageo revenue change (%) (projected)').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(facts, 'Diageo percentage').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(facts, 'Diageo closing share price').reports.map((r) => r.text), ['2,779.5 pence', '2,779.5p']);
  });

  it('keys assets apart from the price paid for them, and an offer of pence turned down as one per share', () => {
    const bank = corpusOf([
      ['a.txt', 'Royal Bank of Canada will buy HSBC Bank Canada for C$13.5 billion, adding C$134 billion of assets.'],
      ['b.md', 'Royal Bank of Canada is paying C$13.5bn for HSBC Bank Canada. Assets acquired: around C$134bn.'],
    ]).facts();
    assert.deepStrictEqual(bank.filter((f) => f.measure === 'assets').map((f) => [f.documents, f.verdict]), [[['a.txt', 'b.md'], 'qualifier-differs']]);
    const offer = corpusOf([
      ['a.txt', 'Aviva will pay 275 pence per share for insurer Direct Line. Direct Line had rejected an earlier offer of 250 pence a share.'],
      ['b.md', 'Aviva\u2019s offer of 275p a share values Direct Line at roughly \u00a33.7bn, after an earlier 250p approach was rebuffed.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(offer, 'Direct Line rejected offer per share').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual([byLabel(offer, 'Direct Line price per share').documents, byLabel(offer, 'Direct Line price per share').verdict], [['a.txt', 'b.md'], 'agree']);
  });

  it('keys a price a month apart from money raised, the shares of the article\u2019s company, growth told with grew, and a sentence about a noun with its owner in an aside', () => {
    const music = corpusOf([
      ['a.txt', 'Spotify raised the price of its premium plan to $11.99 a month. Revenue rose 20% to 3.8 billion euros. Monthly active users rose 14% to 626 million. Spotify shares rose 12%.'],
      ['b.md', 'Spotify\u2019s U.S. premium plan now costs $11.99 a month. Revenue grew 20% to \u20ac3.8bn. The shares rose 12% to $360.68.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(music, 'Spotify price a month').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(music, 'Spotify revenue change (%)').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual([byLabel(music, 'Spotify change (%)').documents, byLabel(music, 'Spotify change (%)').verdict], [['a.txt', 'b.md'], 'agree']);
    const car = corpusOf([
      ['a.txt', 'Porsche, which is majority-owned by Volkswagen, said first-quarter operating profit fell 40% to 760 million euros.'],
      ['b.md', 'Porsche cut its forecast. The luxury sports car maker, controlled by Volkswagen, blamed tariffs. First-quarter operating profit dropped 40% to \u20ac760mn.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(car, 'Porsche profit (first quarter)').documents, ['a.txt', 'b.md']);
  });

  it('keys asset sales apart from assets, a counterfactual figure as reported, and a sentence about the group by its company', () => {
    const oil = corpusOf([
      ['a.txt', 'BP also plans to sell $20 billion of assets by 2027. BP holds $300 billion of assets.'],
      ['b.md', 'BP\u2019s chief wants $20bn from asset sales by 2027.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(oil, 'BP asset sales').documents, ['a.txt', 'b.md']);
    const chips = corpusOf([
      ['a.txt', 'Nvidia said revenue in the second quarter more than doubled to $30.04 billion.'],
      ['b.md', 'Nvidia\u2019s second-quarter revenue of $30bn would have stunned investors a year ago.'],
    ]).facts();
    assert.deepStrictEqual(chips.filter((f) => f.measure === 'revenue').map((f) => f.documents), [['a.txt', 'b.md']]);
    const cars = corpusOf([
      ['a.txt', 'Toyota shares fell 3.1% to 3,456 yen.'],
      ['b.md', 'Toyota made a record profit. The group sold about 10.3 million vehicles, counting Daihatsu and Hino Motors. Its shares closed 3.1% lower at \u00a53,456.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(cars, 'Toyota closing share price').documents, ['a.txt', 'b.md']);
  });

  it('reads the month of May as no hedge, a premium or stake told after a colon, a loan from banks, and shares in a company with an abbreviation in its name', () => {
    const facts = corpusOf([
      ['a.txt', 'Nike had about 83,700 employees at the end of May. Takeda will borrow $30.85 billion from banks. Shares in Chr. Hansen jumped 11% to 526 Danish crowns.'],
      ['b.md', 'Nike has some 83,700 staff. Takeda has lined up a bridge loan of $30.85bn from lenders including JPMorgan. Chr. Hansen shares closed at 526 Danish crowns.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(facts, 'Nike employees').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(facts, 'Takeda loan').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(facts, 'Chr. Hansen closing share price').documents, ['a.txt', 'b.md']);
    const list = corpusOf([
      ['a.txt', 'Zalando will pay a premium of 41% to About You\u2019s average price. The Otto Group has agreed to sell its 41.7% stake in About You.'],
      ['b.md', 'Zalando is buying About You.\n\n- Premium: 41% over the three-month average\n- Otto Group\u2019s stake in About You, already committed: 41.7%'],
    ]).facts();
    assert.deepStrictEqual(byLabel(list, 'About You premium (%)').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(list, 'Otto Group stake in About You (%)').documents, ['a.txt', 'b.md']);
  });

  it('reads a target\u2019s share move after a buyer\u2019s offer, a break fee, the combined company, the deal named in bold, a deal recalled after another amount, and branches', () => {
    const drug = corpusOf([
      ['a.txt', 'Johnson & Johnson will buy Intra-Cellular Therapies. Intra-Cellular Therapies stock closed at $127.48.'],
      ['b.md', 'Shares of Intra-Cellular Therapies jumped 34% to $127.05 on Monday after Johnson & Johnson said it would pay $132 a share for the company.'],
    ]).facts();
    const closing = byLabel(drug, 'Intra-Cellular Therapies closing share price');
    assert.deepStrictEqual([closing.documents, closing.verdict], [['a.txt', 'b.md'], 'conflict']);
    const fee = corpusOf([
      ['a.txt', 'Baker Hughes will buy Chart Industries. Chart will pay Flowserve a $266 million termination fee.'],
      ['b.md', 'Baker Hughes made an offer for **Chart Industries**. Flowserve walks away with a $266m break fee.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(fee, 'Chart Industries breakup fee').documents, ['a.txt', 'b.md']);
    const power = corpusOf([
      ['a.txt', 'Constellation Energy agreed to buy Calpine. The combined company would have nearly 60 gigawatts of capacity.'],
      ['b.md', 'Constellation Energy will acquire Calpine. The combined group will own 60 GW.'],
    ]).facts();
    assert.deepStrictEqual(power.filter((f) => f.unit === 'gigawatt').map((f) => [f.label, f.documents]), [['Calpine gigawatts (projected)', ['a.txt', 'b.md']]]);
    const roofs = corpusOf([
      ['a.txt', 'Home Depot agreed to buy SRS Distribution for $18.25 billion. SRS has more than 760 branches.'],
      ['b.md', 'Home Depot\u2019s $18.25bn purchase of **SRS Distribution** is its biggest. Including debt, the deal is worth $18.25 billion, the most since it paid about $8 billion for HD Supply in 2020. SRS runs 760 branches.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(roofs, 'SRS Distribution deal value').documents, ['a.txt', 'b.md']);
    assert.strictEqual(byLabel(roofs, 'SRS Distribution branches').verdict, 'qualifier-differs');
  });

  it('reads money a share sale brought in, a debt owed, capital to hold, a revenue figure before its change, jobs cut counted as job cuts, a restructuring that will cost, and a price net of tax benefits', () => {
    const boeing = corpusOf([
      ['a.txt', 'Boeing raised about $21.1 billion by selling new shares. Boeing carries nearly $58 billion of debt.'],
      ['b.md', 'Boeing sold shares. The sale of common shares and convertible stock brought in about $21 billion. Boeing owes $63bn.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(boeing, 'Boeing funding round').documents, ['a.txt', 'b.md']);
    assert.strictEqual(byLabel(boeing, 'Boeing debt').verdict, 'conflict');
    const ubs = corpusOf([
      ['a.txt', 'UBS would need to hold an extra $26 billion of core capital.'],
      ['b.md', 'The plan would force UBS to hold up to $26bn more capital.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(ubs, 'UBS capital').documents, ['a.txt', 'b.md']);
    const celsius = corpusOf([
      ['a.txt', 'Celsius Holdings will buy Alani Nu for $1.8 billion. The price drops to about $1.65 billion after counting $150 million of expected tax benefits. Celsius Holdings reported revenue of $332.2 million, down 31% from a year earlier. Celsius Holdings shares jumped 27%.'],
      ['b.md', 'Celsius Holdings agreed to pay $1.8 billion for Alani Nu. Net of tax benefits, the deal is worth roughly $1.65 billion. Celsius Holdings shares soared 23%.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(celsius, 'Alani Nu deal value net of tax benefits').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(celsius, 'Celsius Holdings change (%)').reports.map((r) => r.text), ['27%', '23%']);
    const novo = corpusOf([
      ['a.txt', 'Novo Nordisk will cut about 9,000 jobs. Novo will take restructuring costs of about 8 billion Danish crowns.'],
      ['b.md', 'Novo Nordisk announced 9,000 job cuts. The restructuring will cost 9 billion Danish crowns this quarter.'],
    ]).facts();
    assert.strictEqual(byLabel(novo, 'Novo Nordisk jobs cut').verdict, 'qualifier-differs');
    assert.strictEqual(byLabel(novo, 'Novo Nordisk costs').verdict, 'conflict');
  });

  it('reads a contingent right per share apart from the cash price, the cash part of an offer, debt a bank commits as the deal\u2019s, a year earlier than a year, results measured against forecasts, and a drop in net profit', () => {
    const drug = corpusOf([
      ['a.txt', 'Pfizer agreed to buy Metsera for $47.50 per share in cash, plus a contingent value right worth up to $22.50 per share.'],
      ['b.md', 'Metsera shares rose to $52.70, above the $47.50 cash part of Pfizer\u2019s offer. Pfizer will pay $47.50 a share for Metsera, and up to $22.50 a share more if its drugs succeed.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(drug, 'Metsera price per share').reports.map((r) => r.text), ['$47.50', '$47.50', '$47.50']);
    assert.deepStrictEqual(drug.filter((f) => f.measure === 'contingent-value-per-share').map((f) => f.documents), [['a.txt', 'b.md']]);
    const games = corpusOf([
      ['a.txt', 'Electronic Arts agreed to be taken private by Silver Lake. JPMorgan Chase has committed $20 billion of debt financing.'],
      ['b.md', 'Silver Lake will take Electronic Arts private and load EA with $20bn of debt.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(games, 'Electronic Arts debt').documents, ['a.txt', 'b.md']);
    const cars = corpusOf([
      ['a.txt', 'Stellantis reported a net loss of 2.3 billion euros for the first half of 2025, compared with a profit of 5.6 billion euros a year earlier.'],
      ['b.md', 'Stellantis lost \u20ac2.3bn in the first half of 2025, against a profit of \u20ac5.6bn in the same period of 2024.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(cars, 'Stellantis profit (2024)').documents, ['a.txt', 'b.md']);
    const luxury = corpusOf([
      ['a.txt', 'LVMH reported a 22% drop in first-half net profit to 5.7 billion euros. Revenue was 39.8 billion euros.'],
      ['b.md', 'LVMH stock rose after its first-half revenue of \u20ac39.8 billion came in roughly in line with forecasts, even as net profit dropped 22% to \u20ac5.7 billion.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(luxury, 'LVMH revenue').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(luxury, 'LVMH profit change (%)').documents, ['a.txt', 'b.md']);
  });

  it('reads a stake kept, costs reduced, people employed as employees, and no date of a headcount for the cuts after it', () => {
    const chips = corpusOf([
      ['a.txt', 'Intel will keep the remaining 49% of Altera.'],
      ['b.md', 'Intel keeps 49% of Altera.'],
    ]).facts();
    assert.deepStrictEqual(chips.filter((f) => f.measure === 'stake').map((f) => [f.documents, f.verdict]), [[['a.txt', 'b.md'], 'agree']]);
    const oil = corpusOf([
      ['a.txt', 'Chevron plans to reduce costs by $2 billion to $3 billion. Chevron had about 40,000 employees at the end of 2023, which means the cuts could reach up to 8,000 jobs.'],
      ['b.md', 'Chevron expects to save $2bn-$3bn a year. Chevron will shed as many as 9,000 jobs. The company employed roughly 40,000 people at the end of 2023.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(oil, 'Chevron cost savings').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(oil, 'Chevron employees (2023)').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(oil, 'Chevron jobs cut').documents, ['a.txt', 'b.md']);
  });

  it('keys its share price by the company the sentence is about, not by a company it bought on the way', () => {
    const mining = corpusOf([
      ['a.txt', 'Rio Tinto named a new chief executive. The company\u2019s shares have fallen about 12% over the past year.'],
      ['b.md', 'Rio Tinto picked an insider. He inherits a company that spent heavily on lithium, including the $6.7bn purchase of Arcadium Lithium, while its share price has fallen 12% in a year.'],
    ]).facts();
    assert.ok(mining.some((f) => f.subject === 'company:rio-tinto' && f.documents.length === 2 && f.reports.every((r) => r.text === '12%')), mining.map((f) => f.label).join(' | '));
  });

  it('reads charges (apart by the unit they hit, shared by an amount joined with "and"), losses per share, a workforce reduced by a share, and grants apart from an earlier award', () => {
    const planes = corpusOf([
      ['a.txt', 'Aerion Dynamics will take charges of $1.4 billion in its jets unit and $600 million in its rockets unit. It expects a loss of $2.15 per share. The group will reduce its workforce by 8%, or 4,000 people.'],
      ['b.md', 'Aerion Dynamics is booking writedowns of about $1.4 billion on airliners and $750 million in rockets, where fixed-price contracts keep losing money. It forecast a loss of $2.15 a share. Aerion Dynamics will cut 8% of its workforce, about 4,000 jobs.'],
    ]).facts();
    const rockets = byLabel(planes, 'Aerion Dynamics rockets charge');
    assert.deepStrictEqual([rockets.documents, rockets.verdict], [['a.txt', 'b.md'], 'conflict']);
    assert.ok(!planes.some((f) => f.measure === 'contract'), planes.map((f) => f.label).join(' | '));
    assert.deepStrictEqual(byLabel(planes, 'Aerion Dynamics earnings per share').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(planes, 'Aerion Dynamics workforce cut (%)').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(planes, 'Aerion Dynamics jobs cut').verdict, 'qualifier-differs');
    const chips = corpusOf([
      ['a.txt', 'Intel was awarded a grant of $6.1 billion, less than the $7 billion announced in spring.'],
      ['b.md', 'Intel gets a federal subsidy of nearly $6.2 billion.'],
    ]).facts();
    const grant = byLabel(chips, 'Intel grant');
    assert.deepStrictEqual([grant.reports.map((r) => r.text), grant.verdict], [['$6.1 billion', '$6.2 billion'], 'qualifier-differs']);
  });

  it('keys a deal\u2019s price by the company taken private, not a partner in the bid, a family\u2019s stake by the family, debt assumed and customers taken over by the company bought, and leaves out a price range and a past price', () => {
    const retail = corpusOf([
      ['a.txt', 'Dillard\u2019s said on Monday it had agreed to be taken private by its founding family and Mexican retailer Grupo Sorel for $18.50 per share. The Dillard family will own 60% of the company and Grupo Sorel will hold 40%.'],
      ['b.md', 'The Dillards are taking **Dillard\u2019s** off the stock market. Together with Mexican retailer Grupo Sorel, the family will pay $18.50 a share, well below the $31 a share it fetched in 2021. Grupo Sorel ends up with 40% of Dillard\u2019s; the family keeps 60%.'],
    ]).facts();
    assert.deepStrictEqual(retail.filter((f) => f.measure === 'price-per-share').map((f) => [f.reports.map((r) => r.text), f.verdict]), [[['$18.50', '$18.50'], 'agree'], [['$31'], 'single-source']]);
    assert.deepStrictEqual(retail.filter((f) => f.measure === 'stake').map((f) => [f.label, f.documents, f.verdict]), [
      ['Grupo Sorel stake in Dillard\'s (%)', ['a.txt', 'b.md'], 'agree'],
      ['The Dillard family stake in Dillard\'s (%)', ['a.txt', 'b.md'], 'agree'],
    ]);
    const telecom = corpusOf([
      ['a.txt', 'Lumen will buy most of Altice USA for $2.2 billion, including the assumption of up to $900 million of debt. Lumen will take over Altice USA\u2019s roughly 1.5 million wireless customers.'],
      ['b.md', 'Lumen is paying $2.2 billion for the bulk of Altice USA, which competes with Verizon and AT&T. The price includes $900 million of debt that Lumen will take on. The buyer gets 1.5 million subscribers.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(telecom, 'Altice USA debt').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(telecom, 'Altice USA customers').verdict, 'qualifier-differs');
    const listing = corpusOf([['a.txt', 'Klarna priced its IPO at $24 a share, the top of its $21 to $24 range.'], ['b.md', 'Klarna set its IPO price at $24.']]).facts();
    assert.deepStrictEqual(byLabel(listing, 'Klarna IPO price').reports.map((r) => r.text), ['$24', '$24']);
  });

  it('reads earnings per share told before a range, the price of a second deal named after it, stores closed counted as part of the whole, rides and trips, a share fall in words, and a date across a clause of its own', () => {
    const health = corpusOf([
      ['a.txt', 'CVS Health expects third-quarter adjusted earnings of $1.05 to $1.10 per share. It led the $10.6 billion purchase of Oak Street Health and the $8 billion acquisition of Signify Health.'],
      ['b.md', 'CVS Health scrapped its 2024 outlook and guided to quarterly adjusted earnings per share of between $1.05 and $1.10. It paid roughly $10.6 billion for Oak Street Health.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(health, 'CVS Health earnings per share (third quarter)').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(health.filter((f) => f.measure === 'deal-value').map((f) => [f.label, f.documents, f.verdict]), [
      ['Oak Street Health deal value', ['a.txt', 'b.md'], 'qualifier-differs'],
      ['Signify Health deal value', ['a.txt'], 'single-source'],
    ]);
    const stores = corpusOf([
      ['a.txt', 'Walgreens will close about 1,200 of its roughly 8,500 U.S. stores over three years, including 500 in fiscal 2025. Its shares rose 15.8%.'],
      ['b.md', 'Walgreens plans to close 1,200 locations by 2027. Waymo gives more than 100,000 paid rides a week.'],
      ['c.md', 'Waymo handles 100,000 paid trips each week. Intel forecast weak sales, and its shares have fallen by half in 2024.'],
      ['d.txt', 'Intel shares have lost about 50% of their value this year. The stock lost 5% as Honeywell guided to revenue of $40 billion this year.'],
    ]).facts();
    const closed = byLabel(stores, 'Walgreens stores closed');
    assert.deepStrictEqual([closed.reports.map((r) => r.text), closed.verdict], [['1,200', '1,200 locations'], 'qualifier-differs']);
    assert.ok(!stores.some((f) => f.measure === 'closures' && f.reports.some((r) => r.text.startsWith('8,500'))));
    assert.deepStrictEqual(byLabel(stores, 'Waymo rides').documents, ['b.md', 'c.md']);
    assert.deepStrictEqual(byLabel(stores, 'Intel change (%) (2024)').reports.map((r) => r.text), ['half', '50%']);
    assert.ok(stores.some((f) => f.subject === 'company:honeywell' && !f.period && f.reports[0]!.text === '5%'), stores.map((f) => f.label).join(' | '));
  });

  it('reads gross bookings apart from revenue, a loss the year before, a count whose unit opens the sentence, one business\u2019s sales change, an outlook that should come in, and jobs cut told as a share of the staff', () => {
    const rides = corpusOf([
      ['a.txt', 'Uber posted an operating profit of $1.1 billion in 2023. Gross bookings rose 22% to $37.6 billion in the fourth quarter, and revenue climbed 15% to $9.94 billion. Trips on the platform grew 24% to 2.6 billion.'],
      ['b.md', 'Uber made $1.1bn in 2023, against a loss of $1.8bn the year before.\n\n- Fourth-quarter gross bookings: $37.6bn.\n- Trips in the quarter: about 2.6 billion.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(rides, 'Uber gross bookings (fourth quarter)').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(rides, 'Uber profit (2023)').verdict, 'agree');
    assert.deepStrictEqual(byLabel(rides, 'Uber profit (2022)').reports.map((r) => r.text), ['$1.8bn']);
    assert.deepStrictEqual(byLabel(rides, 'Uber rides').verdict, 'qualifier-differs');
    const media = corpusOf([
      ['a.txt', 'Warner Bros. Discovery said revenue fell 6% to $9.71 billion. Its shares fell 9% after hours. Revenue for the year should come in at $38 billion to $39 billion.'],
      ['b.md', 'Warner Bros. Discovery quarterly revenue came in at $9.7bn, down 6% from a year earlier. Advertising sales in the networks business fell 9%. The company lowered its revenue outlook to $38bn to $39bn.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(media, 'Warner Bros. Discovery revenue change (%)').verdict, 'agree');
    assert.deepStrictEqual(byLabel(media, 'Warner Bros. Discovery advertising revenue change (%)').documents, ['b.md']);
    assert.deepStrictEqual(byLabel(media, 'Warner Bros. Discovery revenue (projected)').verdict, 'agree');
    const toys = corpusOf([
      ['a.txt', 'Hasbro to cut 1,100 more jobs. Hasbro will lay off about 1,100 employees.'],
      ['b.md', '### Hasbro\u2019s second round of cuts\n\n- **Jobs:** 1,100 positions, about a fifth of the company\u2019s staff.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(toys, 'Hasbro jobs cut').reports.map((r) => r.text), ['1,100 more jobs', '1,100 employees', '1,100 positions']);
  });

  it('reads a bankruptcy loan and an equity injection, a buyer\u2019s new debt and its stock part of a price, asset sales told as a range, and no date across "but"', () => {
    const air = corpusOf([
      ['a.txt', 'Spirit Airlines reached a deal that includes $350 million of new equity and $300 million of debtor-in-possession financing.'],
      ['b.md', 'Spirit Airlines has arranged a $300mn bankruptcy loan and a $350mn equity injection.'],
    ]).facts();
    assert.deepStrictEqual([byLabel(air, 'Spirit Airlines loan').documents, byLabel(air, 'Spirit Airlines equity').documents], [['a.txt', 'b.md'], ['a.txt', 'b.md']]);
    const oil = corpusOf([
      ['a.txt', 'Occidental Petroleum agreed to buy CrownRock for about $12 billion. Occidental Petroleum will pay with $9.1 billion of new debt and about $1.7 billion in stock. It would sell $4.5 billion to $6 billion of assets. Occidental Petroleum shares rose 1.6% in early trading but remain down about 24% this year.'],
      ['b.md', 'Occidental Petroleum is paying roughly $12bn for CrownRock, financed mostly by borrowing: $9.1bn of fresh debt plus $1.7bn of shares. It plans asset sales of $4.5bn-$6bn. Occidental Petroleum gained 1.6% before the open.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(oil, 'Occidental Petroleum debt').verdict, 'agree');
    assert.deepStrictEqual(byLabel(oil, 'CrownRock paid in stock').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(oil, 'Occidental Petroleum asset sales').verdict, 'agree');
    assert.ok(oil.some((f) => !f.period && f.documents.length === 2 && f.reports.every((r) => r.text === '1.6%')), oil.map((f) => f.label).join(' | '));
  });

  it('reads support staff reduced by a count and support positions cut as jobs cut, and people to be hired and jobs to be added as one count', () => {
    const jobs = corpusOf([
      ['a.txt', 'Salesforce has reduced its customer support staff by about 4,000 roles. Apple will hire about 20,000 people over four years.'],
      ['b.md', 'Salesforce has cut roughly 4,000 customer support positions. Apple says it will add 20,000 jobs.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(jobs, 'Salesforce jobs cut').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(jobs, 'Apple jobs added').verdict, 'qualifier-differs');
  });

  it('keeps vehicles delivered apart from vehicles produced, reads a range between two percentages, a count after a list label, and joins an undated figure to the one dated relative to the article that it fits', () => {
    const cars = corpusOf([
      ['a.txt', 'Tesla delivered 462,890 vehicles in the third quarter. Tesla produced 469,796 vehicles in the quarter. Mercedes-Benz expects a return on sales of 7.5% to 8.5% this year. Mercedes-Benz sold about 36% of its cars in China in 2023.'],
      ['b.md', '### Tesla Q3 deliveries\n\n- **Deliveries:** 462,890 vehicles.\n- **Production:** 469,796 vehicles.'],
      ['d.md', 'The margin target of Mercedes-Benz falls to between 7.5% and 8.5%, from 10%-11%.'],
      ['c.md', 'Netflix had 282.7 million paid memberships.'],
      ['e.md', '### Netflix by the numbers\n\n- **Total paid memberships:** about 283 million.\n- **Ad-tier users:** 70 million a month.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(cars, 'Tesla vehicles delivered or sold (third quarter)').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(cars, 'Tesla vehicles produced').documents, ['a.txt', 'b.md']);
    assert.ok(cars.some((f) => f.subject === 'company:mercedes-benz' && f.documents.length === 2 && f.reports.some((r) => r.text === '7.5% and 8.5%')), cars.map((f) => f.label).join(' | '));
    assert.deepStrictEqual(byLabel(cars, 'Netflix members').verdict, 'qualifier-differs');
    assert.ok(cars.some((f) => f.label === 'Netflix users'), cars.map((f) => f.label).join(' | '));
  });

  it('keys a stake a person holds by the person', () => {
    const holders = corpusOf([
      ['a.txt', 'Elon Musk owns about 13% of Tesla, according to filings.'],
      ['b.md', 'Musk, who holds 13% of Tesla, backed the plan. Elon Musk\u2019s 13% stake in Tesla is worth billions.'],
    ]).facts();
    const stake = byLabel(holders, 'Elon Musk stake in Tesla (%)');
    assert.deepStrictEqual([stake.documents, stake.verdict], [['a.txt', 'b.md'], 'qualifier-differs']);
  });

  it('reads a division\u2019s sales change told with an aside before the verb as that business\u2019s', () => {
    const luxury = corpusOf([
      ['a.txt', 'LVMH said fashion and leather goods sales fell 8%.'],
      ['b.md', 'LVMH revenue fell 4%. Sales in its fashion and leather goods division, home to Louis Vuitton and Dior, fell 9% organically.'],
    ]).facts();
    const division = byLabel(luxury, 'LVMH goods revenue change (%)');
    assert.deepStrictEqual([division.documents, division.verdict], [['a.txt', 'b.md'], 'conflict']);
  });

  it('reads the company after a Target: label as the one bought, EBITDA a deal will add as the deal\u2019s, a gain of a percentage as a change, and leaves out a range a new one replaces', () => {
    const deal = corpusOf([
      ['a.txt', 'AbbVie agreed to buy Cerevel Therapeutics for $45 a share. It came a week after AbbVie agreed to buy ImmunoGen for $10.1 billion. Hock Tan said the deal will add about $8.5 billion of annual earnings before interest, taxes, depreciation and amortization. The stock closed at $115.50, up 250%.'],
      ['b.md', '- **Target:** **Cerevel Therapeutics**.\n- **Price:** $45 per share.\n- **Also:** the $10.1 billion purchase of ImmunoGen.\n\nCerevel Therapeutics is the target: roughly $8.5bn of EBITDA from Cerevel Therapeutics. The stock finished at $115.50, a gain of 250%.'],
      ['c.txt', 'Maersk now sees EBITDA of $8bn to $9.5bn for the year, against an earlier range of $6bn to $8bn.'],
      ['d.md', 'Maersk expects EBITDA of 8 billion to 9.5 billion dollars this year, up from 6 billion to 8 billion dollars previously.'],
    ]).facts();
    assert.deepStrictEqual(byLabel(deal, 'Cerevel Therapeutics price per share').documents, ['a.txt', 'b.md']);
    assert.deepStrictEqual(byLabel(deal, 'Cerevel Therapeutics EBITDA').documents, ['a.txt', 'b.md']);
    assert.ok(deal.some((f) => f.label.endsWith('change (%)') && f.reports.some((r) => r.doc === 'b.md' && r.text === '250%')), deal.map((f) => f.label).join(' | '));
    const maersk = deal.filter((f) => f.subject === 'company:maersk' && f.documents.length === 2);
    assert.deepStrictEqual(maersk.map((f) => [f.verdict, f.reports.map((r) => r.text)]), [['agree', ['$8bn to $9.5bn', '8 billion to 9.5 billion dollars']]]);
  });
});
