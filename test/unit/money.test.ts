import * as assert from 'assert';
import { extractMoney } from '../../src/core/extract/money';
import { normalizeText } from '../../src/core/text/normalize';
import type { Qualifier } from '../../src/core/types';
import { analyze, of } from './helpers';

function one(sentence: string): { text: string; value: number | null; currency: string; qualifier: Qualifier; vague: boolean; high?: number } {
  const hits = extractMoney(normalizeText(sentence));
  assert.strictEqual(hits.length, 1, `one amount in ${JSON.stringify(sentence)}, got ${JSON.stringify(hits.map((h) => sentence.slice(h.start, h.end)))}`);
  const h = hits[0]!;
  const r: ReturnType<typeof one> = { text: sentence.slice(h.start, h.end), value: h.amount.value, currency: h.amount.currency, qualifier: h.amount.qualifier, vague: h.amount.vague };
  if (h.amount.high !== undefined) r.high = h.amount.high;
  return r;
}

describe('money', () => {
  const cases: Array<[string, string, number | null, string, Qualifier, number?]> = [
    ['The startup was valued at $13.8 billion last spring.', '$13.8 billion', 13.8e9, 'USD', 'none'],
    ['Revenue reached $870 million.', '$870 million', 870e6, 'USD', 'none'],
    ['It could spend $10B on the deal.', '$10B', 10e9, 'USD', 'none'],
    ['A $10bn cheque is on the table.', '$10bn', 10e9, 'USD', 'none'],
    ['The county sold $ 75 million of bonds.', '$ 75 million', 75e6, 'USD', 'none'],
    ['The buyer offered US$10 billion in cash.', 'US$10 billion', 10e9, 'USD', 'none'],
    ['That is 14.3 billion dollars in all.', '14.3 billion dollars', 14.3e9, 'USD', 'none'],
    ['Converted, the stake costs £10.55 billion.', '£10.55 billion', 10.55e9, 'GBP', 'none'],
    ['The fund raised €2.5bn from pensions.', '€2.5bn', 2.5e9, 'EUR', 'none'],
    ['Capex will be $60 billion to $65 billion.', '$60 billion to $65 billion', 60e9, 'USD', 'range', 65e9],
    ['Capex will be $60-65 billion.', '$60-65 billion', 60e9, 'USD', 'range', 65e9],
    ['Analysts see a $10 billion-plus package.', '$10 billion-plus', 10e9, 'USD', 'over'],
    ['Meta may invest up to $10 billion.', '$10 billion', 10e9, 'USD', 'up to'],
    ['Meta may invest as much as $10 billion.', '$10 billion', 10e9, 'USD', 'up to'],
    ['The bill could exceed $10 billion.', '$10 billion', 10e9, 'USD', 'over'],
    ['She expects sales to top $5 billion a year.', '$5 billion', 5e9, 'USD', 'over'],
    ['It has poured more than $13 billion into the lab.', '$13 billion', 13e9, 'USD', 'over'],
    ['The cost is in excess of $2 million.', '$2 million', 2e6, 'USD', 'over'],
    ['It stood at approximately $13.8 billion.', '$13.8 billion', 13.8e9, 'USD', 'approximately'],
    ['It is worth about $5 billion.', '$5 billion', 5e9, 'USD', 'approximately'],
    ['It is worth nearly $15 billion.', '$15 billion', 15e9, 'USD', 'nearly'],
    ['It fetched close to $15 billion.', '$15 billion', 15e9, 'USD', 'nearly'],
    ['It needs at least $3 billion.', '$3 billion', 3e9, 'USD', 'at least'],
    ['It sold for less than $1 million.', '$1 million', 1e6, 'USD', 'under'],
    ['Meta eyes a multibillion-dollar deal.', 'multibillion-dollar', null, 'USD', 'none'],
    ['They will spend billions of dollars on chips.', 'billions of dollars', null, 'USD', 'none'],
    ['Tokyo paid five million yen for it.', 'five million yen', 5e6, 'JPY', 'none'],
    ['Shares fell 34 cents.', '34 cents', 0.34, 'USD', 'none'],
    ['Sales are expected to pass $1 billion this year.', '$1 billion', 1e9, 'USD', 'over'],
    ['Shares fell 3% to 626p in London.', '626p', 6.26, 'GBP', 'none'],
    ['The market was pricing in something closer to $5 billion.', '$5 billion', 5e9, 'USD', 'nearly'],
    ['It wrote down more than 28 billion Danish crowns.', '28 billion Danish crowns', 28e9, 'DKK', 'over'],
  ];
  for (const [sentence, text, value, currency, qualifier, high] of cases) {
    it(`reads ${JSON.stringify(text)} in "${sentence}"`, () => {
      const got = one(sentence);
      assert.strictEqual(got.text, text);
      assert.strictEqual(got.currency, currency);
      assert.strictEqual(got.qualifier, qualifier);
      if (value === null) assert.strictEqual(got.vague, true);
      else assert.ok(Math.abs(got.value! - value) < 1e-6 * value, `value ${got.value} ≠ ${value}`);
      if (high !== undefined) assert.strictEqual(got.high, high);
    });
  }

  it('scales decimals without binary noise (8.3 times a billion is 8,300,000,000, not 8,300,000,000.000001)', () => {
    for (const [sentence, value, high] of [
      ['The deal is valued at $8.3 billion including debt.', 8_300_000_000],
      ['It sold the unit for $0.07 billion.', 70_000_000],
      ['Costs rose to 8.3 million euros.', 8_300_000],
      ['Bids were $8.3 billion to $9.3 billion.', 8_300_000_000, 9_300_000_000],
    ] as Array<[string, number, number?]>) {
      const m = one(sentence);
      assert.strictEqual(m.value, value, sentence);
      assert.strictEqual(m.high, high, sentence);
    }
    const q = analyze('The service had 8.3 million subscribers.').mentions.find((m) => m.kind === 'quantity')!;
    assert.strictEqual(q.quantity!.value, 8_300_000);
    // A range of percentages told with "to", but not a move from one level to another.
    const percents = (text: string): Array<[string, number, number | undefined]> => analyze(text).mentions.filter((m) => m.kind === 'quantity').map((m) => [m.text, m.quantity!.value, m.quantity!.high]);
    assert.deepStrictEqual(percents('Chevron plans to cut 15% to 20% of its workforce.'), [['15% to 20%', 15, 20]]);
    assert.deepStrictEqual(percents('Its stake rose from 5% to 20%. Shares fell 5% to 20% below the offer.'), [['5%', 5, undefined], ['20%', 20, undefined], ['5%', 5, undefined], ['20%', 20, undefined]]);
  });

  it('finds no money in years, lone dollar signs, series letters or bare numbers', () => {
    for (const s of ['Founded in 2016, it raised a Series F in May 2024.', 'Press $ to continue.', 'It has 10 billion users.', 'The $ sign alone is not money.', 'H100 chips and Llama 3 models.']) {
      assert.deepStrictEqual(extractMoney(normalizeText(s)).map((h) => s.slice(h.start, h.end)), [], s);
    }
  });

  it('marks an amount restated in another currency as a conversion of the first', () => {
    const a = analyze('Meta will pay $14.3 billion (£10.55 billion) for the stake.');
    const money = of(a, 'money');
    assert.deepStrictEqual(money.map((m) => m.text), ['$14.3 billion', '£10.55 billion']);
    assert.strictEqual(money[1]!.amount!.conversionOf, a.mentions.indexOf(money[0]!));
  });

  it('gives UTF-16 offsets that slice the original text, curly quotes and non-breaking spaces included', () => {
    const text = 'Meta\u2019s \u201Cbet\u201D is worth\u00A0$14.3\u00A0billion \u{1F4B0} and more than $2 billion.';
    const money = of(analyze(text), 'money');
    assert.deepStrictEqual(money.map((m) => text.slice(m.start, m.end)), ['$14.3\u00A0billion', '$2 billion']);
    assert.deepStrictEqual(money.map((m) => m.amount!.qualifier), ['none', 'over']);
  });
});

describe('currencies named after the number', () => {
  it('reads reais, riyals, dirhams, baht, rupiah, zlotys, Egyptian pounds and South Korean won', () => {
    const a = analyze('They pay 170 billion reais, 27.25 riyals a share, 500 million dirhams, 3 billion baht, 2 trillion rupiah, 40 billion zlotys, 7 billion Egyptian pounds and 1.2 trillion South Korean won.');
    assert.deepStrictEqual(of(a, 'money').map((m) => `${m.amount!.value} ${m.amount!.currency}`), ['170000000000 BRL', '27.25 SAR', '500000000 AED', '3000000000 THB', '2000000000000 IDR', '40000000000 PLN', '7000000000 EGP', '1200000000000 KRW']);
  });
});

describe('Indian rupees and minor units of a named currency', () => {
  it('names bare crowns by the crown the document names, else by the country or city it mentions', () => {
    const cur = (t: string): string[] => of(analyze(t), 'money').map((m) => `${m.amount!.value} ${m.amount!.currency}`);
    assert.deepStrictEqual(cur('Volvo Cars will save 18 billion Swedish crowns. It took a charge of about 1.5 billion crowns.'), ['18000000000 SEK', '1500000000 SEK']);
    assert.deepStrictEqual(cur('DSV rose to 1,398 kroner in Copenhagen.'), ['1398 DKK']);
    assert.deepStrictEqual(cur('It cost 5 kronor, then 50 crowns.'), ['5 SEK', '50 SEK']);
    assert.deepStrictEqual(cur('It cost 50 crowns.'), ['50 crown']);
  });

  it('reads R for rand and N for naira before a scale or cents only, and three-letter codes written in capitals', () => {
    const a = analyze('Sasol lost R44.3bn and ended at R127.50. MTN lost N514.9bn. Emirates earned AED18.7bn, or AED 17.2bn. The R2 road, N95 masks and R&D cost nothing; aed 5 is no code.');
    assert.deepStrictEqual(of(a, 'money').map((m) => `${m.text}=${m.amount!.value} ${m.amount!.currency}`), ['R44.3bn=44300000000 ZAR', 'R127.50=127.5 ZAR', 'N514.9bn=514900000000 NGN', 'AED18.7bn=18700000000 AED', 'AED 17.2bn=17200000000 AED']);
  });

  it('reads CFA francs as West African francs, before or after the number', () => {
    const a = analyze('Barrick will pay 275 billion CFA francs, or CFA275bn; the Swiss pay 5 francs.');
    assert.deepStrictEqual(of(a, 'money').map((m) => `${m.text}=${m.amount!.value} ${m.amount!.currency}`), ['275 billion CFA francs=275000000000 XOF', 'CFA275bn=275000000000 XOF', '5 francs=5 CHF']);
  });

  it('reads a lakh crore as a hundred thousand crore', () => {
    const a = analyze('Swiggy was worth roughly ₹1.02 lakh crore at the close, and Rs 2 lakh crore later; 5 lakh rupees is a salary.');
    assert.deepStrictEqual(of(a, 'money').map((m) => `${m.text}=${m.amount!.value} ${m.amount!.currency} ${m.amount!.qualifier}`), ['₹1.02 lakh crore=1020000000000 INR approximately', 'Rs 2 lakh crore=2000000000000 INR none', '5 lakh rupees=500000 INR none']);
  });

  it('reads Rs with a capital only, crore after it, and euro cents as hundredths of a euro', () => {
    const a = analyze('The issue was priced at Rs 1,960 a share and raised Rs 27,870 crore; Rs. 500 was the floor. The dividend is 11 euro cents. Other yrs 5 and rs 4 are not money.');
    assert.deepStrictEqual(of(a, 'money').map((m) => `${m.text}=${m.amount!.value} ${m.amount!.currency}`), ['Rs 1,960=1960 INR', 'Rs 27,870 crore=278700000000 INR', 'Rs. 500=500 INR', '11 euro cents=0.11 EUR']);
  });
});

describe('amounts qualified after the number, and vague amounts in other currencies', () => {
  it('reads "or more" as at least and "or less" as up to, and billions of reais or several hundred million euros as vague', () => {
    const a = analyze('Disney had hoped for $15 billion or more, and 5 billion euros or less. Lenders are owed billions of reais; the price was several hundred million euros.');
    assert.deepStrictEqual(of(a, 'money').map((m) => `${m.text}=${m.amount!.vague ? 'vague' : m.amount!.value} ${m.amount!.currency} ${m.amount!.qualifier}`), [
      '$15 billion or more=15000000000 USD at least', '5 billion euros or less=5000000000 EUR up to', 'billions of reais=vague BRL none', 'several hundred million euros=vague EUR none']);
  });
});

describe('Korean won', () => {
  it('reads won after a large or scaled number, and not the verb', () => {
    const a = analyze('A deal worth about 8 trillion won. Shares rose to 53,400 won; profit was 6.5 trillion won in the quarter. Of 300 seats, 180 won by the party; they won 5 games and 12 won.');
    assert.deepStrictEqual(of(a, 'money').map((m) => `${m.text}=${m.amount!.value} ${m.amount!.currency}`), ['8 trillion won=8000000000000 KRW', '53,400 won=53400 KRW', '6.5 trillion won=6500000000000 KRW']);
  });
});

