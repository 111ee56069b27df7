import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURES, analyze, of, texts } from './helpers';

const wire = fs.readFileSync(path.join(FIXTURES, 'workspace/wire-report.txt'), 'utf8');
const markets = fs.readFileSync(path.join(FIXTURES, 'workspace/markets-desk.txt'), 'utf8');

describe('companies and outlets', () => {
  it('resolves forms of one company to one entity: name, possessive, full name, ticker and ticker strip', () => {
    const a = analyze(wire);
    const meta = of(a, 'company').filter((m) => m.entity === 'company:meta').map((m) => m.text);
    assert.deepStrictEqual(meta, ['Meta', 'META', 'Meta Platforms', 'Meta', 'Meta', 'Meta']);
    const strip = of(a, 'company').filter((m) => m.source === 'ticker').map((m) => `${m.text}→${m.entity}`);
    assert.deepStrictEqual(strip, ['META→company:meta', 'NVDA→company:nvidia', 'MSFT→company:microsoft']);
    assert.ok(texts(a, 'company').includes('Scale AI'));
    // "Scale AI’s" (curly apostrophe): the span stops before the possessive.
    const at = wire.indexOf('Scale AI\u2019s');
    assert.ok(of(a, 'company').some((m) => m.start === at && m.end === at + 'Scale AI'.length));
  });

  it('names news outlets as outlets, not companies', () => {
    assert.deepStrictEqual(of(analyze(wire), 'outlet').map((m) => `${m.text}:${m.entity}`), ['Reuters:outlet:reuters']);
    assert.deepStrictEqual(of(analyze(markets), 'outlet').map((m) => m.text), ['Bloomberg']);
  });

  it('leaves Apple pie, the Amazon rainforest and a meta-analysis alone', () => {
    const a = analyze(markets);
    const names = texts(a, 'company');
    assert.ok(!names.includes('Apple') && !names.includes('Amazon') && !names.includes('meta'), names.join(', '));
    assert.ok(names.includes('Nvidia'));
  });

  it('finds companies absent from the lexicon from their context', () => {
    const a = analyze('Defense contractor Halvorsen Dynamics won the bid. Robotics startup Quillfeather raised money, and Brightwater Labs Inc. filed papers. Quillfeather’s CEO declined to comment.');
    const ents = [...new Set(of(a, 'company').map((m) => m.entity))];
    // Ids leave out a trailing corporate word, so "Brightwater" elsewhere is the same company.
    assert.deepStrictEqual(ents, ['company:halvorsen', 'company:quillfeather', 'company:brightwater']);
    assert.deepStrictEqual(a.entities.filter((e) => e.kind === 'company').map((e) => e.name), ['Halvorsen Dynamics', 'Quillfeather', 'Brightwater Labs']);
    assert.strictEqual(of(a, 'company').filter((m) => m.entity === 'company:quillfeather').length, 2);
  });

  it('does not take products, public bodies or universities for companies', () => {
    const a = analyze('Scale AI built Defense Llama on Llama 3 for the Department of Defense, and researchers at Stanford University tested ChatGPT.');
    assert.deepStrictEqual([...new Set(texts(a, 'company'))], ['Scale AI']);
  });

  it('honours user companies, aliases and exclusions', () => {
    const text = 'Quorvex signed with Acme Holdings. The Zeta unit of Meta grew. Scale AI hired staff.';
    const a = analyze(text, { companies: ['Quorvex'], aliases: { Zeta: 'Meta' }, notCompanies: ['Scale AI'] });
    const got = of(a, 'company').map((m) => `${m.text}:${m.entity}`);
    assert.ok(got.includes('Quorvex:company:quorvex'), got.join());
    assert.ok(got.includes('Zeta:company:meta'), got.join());
    assert.ok(!got.some((g) => g.startsWith('Scale AI')), got.join());
  });

  it('reports malformed user data and keeps working', () => {
    const a = analyze('Meta invested.', { companies: [{ name: '' } as never, 42 as never], aliases: 'oops' as never });
    assert.deepStrictEqual(texts(a, 'company'), ['Meta']);
  });
});

describe('people', () => {
  it('finds full names, roles and later surname mentions', () => {
    const a = analyze(wire);
    const people = of(a, 'person').map((m) => `${m.text}→${m.entity}`);
    assert.deepStrictEqual(people, ['Dana Whitfield→person:dana-whitfield', 'Alexandr Wang→person:alexandr-wang', 'Wang→person:alexandr-wang', 'Lucy Guo→person:lucy-guo', 'Mark Zuckerberg→person:mark-zuckerberg']);
    assert.strictEqual(a.entities.find((e) => e.id === 'person:mark-zuckerberg')!.role, 'Meta CEO');
  });

  it('finds a name introduced by founding when the given name is unusual', () => {
    const a = analyze('Wang co-founded the company in 2016 with Luci Guo, a former colleague.');
    assert.deepStrictEqual(texts(a, 'person'), ['Luci Guo']);
  });
});

describe('claims', () => {
  it('marks attribution and hedging', () => {
    const a = analyze('Meta is reportedly in talks to invest up to $10 billion in Scale AI, according to Bloomberg. Scale AI was valued at $13.8 billion in 2024.');
    assert.strictEqual(a.claims.length, 2);
    assert.strictEqual(a.claims[0]!.attribution, 'Bloomberg');
    assert.ok(a.claims[0]!.hedged);
    assert.ok(a.claims[0]!.hedges.includes('reportedly') && a.claims[0]!.hedges.includes('in talks'));
    assert.strictEqual(a.claims[1]!.hedged, false);
    assert.strictEqual(a.claims[1]!.attribution, undefined);
    assert.deepStrictEqual(a.claims[1]!.entities, ['company:scale-ai']);
  });

  it('skips noise lines: advertisements, ticker strips, read-more links', () => {
    const a = analyze('Advertisement\nMETAMSFTNDAQ\nRead more: Meta invests $5 billion\nMeta invested $5 billion in Scale AI last year.');
    assert.strictEqual(a.claims.length, 1);
    assert.ok(a.claims[0]!.text.startsWith('Meta invested'));
  });
});

describe('dates and figures', () => {
  it('reads dates, percentages and counts with units', () => {
    const a = analyze('In May 2024 it sold a 49% stake. Meta plans 1.3 million GPUs and holds 350,000 Nvidia H100 chips for a 2-gigawatt site; the founder is a 28-year-old.');
    assert.deepStrictEqual(texts(a, 'date'), ['May 2024']);
    const q = of(a, 'quantity').map((m) => `${m.text}|${m.quantity!.value}|${m.quantity!.unit}`);
    assert.deepStrictEqual(q, ['49%|49|percent', '1.3 million GPUs|1300000|GPU', '350,000 Nvidia H100 chips|350000|chip', '2-gigawatt|2|gigawatt', '28-year-old|28|age']);
  });

  it('reads a count whose descriptor holds model numbers, but no number right after the count as one', () => {
    const q = (t: string): string[] => of(analyze(t), 'quantity').map((m) => `${m.text}|${m.quantity!.value}`);
    assert.deepStrictEqual(q('Regulators grounded 171 Boeing 737 Max 9 jets on Saturday.'), ['171 Boeing 737 Max 9 jets|171']);
    assert.deepStrictEqual(q('It hired between 5 10 people.'), ['10 people|10']);
  });
});
