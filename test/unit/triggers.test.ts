// The keyword-led patterns run only where their leading words stand (extract/triggers.ts). Trying
// them at every place instead must find exactly the same: each extractor is run both ways, on the
// fixture articles, the benchmark's synthetic articles, the adversarial texts and random text made
// of the trigger words themselves with the characters that sit around words.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extractClaims } from '../../src/core/extract/claims';
import { extractCompanies } from '../../src/core/extract/companies';
import { extractDates } from '../../src/core/extract/dates';
import { extractMoney } from '../../src/core/extract/money';
import { extractPeople } from '../../src/core/extract/people';
import { extractQuantities } from '../../src/core/extract/quantities';
import type { TriggerSpots } from '../../src/core/extract/triggers';
import { Trigger, spotTriggers } from '../../src/core/extract/triggers';
import { buildLexicon } from '../../src/core/lexicon/lexicon';
import { KeywordSpotter, matchAtSpots, mergeSpots } from '../../src/core/text/keywordSpots';
import { lowerSameLength, normalizeText } from '../../src/core/text/normalize';
import { splitSentences } from '../../src/core/text/sentences';
import { capitalTokens, tokenize } from '../../src/core/text/tokens';
import { analyzeDocument } from '../../src/core/analyze';
import { article, newsArticle } from '../bench/corpus';
import { ADVERSARIAL } from '../fixtures/adversarial';
import { FIXTURES } from './helpers';

const lexicon = buildLexicon();

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

/** Spots that allow every place: the extractors then behave as a global search would. */
function everywhere(length: number): TriggerSpots {
  const all = Array.from({ length: length + 1 }, (_, i) => i);
  return Object.values(Trigger).map(() => all);
}

function sameEitherWay(text: string, label: string): void {
  const norm = normalizeText(text);
  const lower = lowerSameLength(norm);
  const spots = spotTriggers(lower);
  const all = everywhere(norm.length);
  const tokens = tokenize(norm);
  const sentences = splitSentences(norm);
  const starts = new Set(sentences.filter((s) => !s.noise).map((s) => s.start));
  assert.deepStrictEqual(extractMoney(norm, lower, spots), extractMoney(norm, lower, all), `money: ${label}`);
  assert.deepStrictEqual(extractQuantities(norm, lower, spots), extractQuantities(norm, lower, all), `quantities: ${label}`);
  assert.deepStrictEqual(extractDates(norm, spots), extractDates(norm, all), `dates: ${label}`);
  assert.deepStrictEqual(extractPeople(norm, tokens, lexicon, spots), extractPeople(norm, tokens, lexicon, all), `people: ${label}`);
  assert.deepStrictEqual(extractCompanies(norm, tokens, starts, lexicon, [], spots), extractCompanies(norm, tokens, starts, lexicon, [], all), `companies: ${label}`);
  const mentions = analyzeDocument(text, lexicon).mentions;
  assert.deepStrictEqual(extractClaims(norm, sentences, mentions, lower, spots), extractClaims(norm, sentences, mentions, lower, all), `claims: ${label}`);
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (/\.(?:txt|md)$/.test(e.name)) out.push(p);
  }
  return out;
}

// Every word the trigger groups list, as it may be written, and what stands around words.
const WORDS = `multimillion multi-billion several a few many tens of hundreds of thousands of millions billions trillions one two five twelve fifty hundred
  thousand million billion dollars yen euros pounds US dollars Hong Kong dollars cents 28-year-old aged year-old score Impact sentiment rating index confidence
  January June Sept. Sep. Dec. May March 10th 3 1st Q1 Q4 first-quarter third quarter FY2024 FY25 fiscal year earlier later last this next past previous coming
  by the end of the year year-end year end start end year-to-date yesterday today tomorrow co-founded cofounded founded started launched created led run
  headed with by startup start-up company firm chipmaker rival lab bank fund platform CEO chief executive founder co-founder chairman president investors
  shareholders employees spokeswoman invest invests investment stake backing funding into in analysts Economists staff workers at from acquisition purchase
  takeover of acquire acquired acquiring partnership merger backed owned deal buys bought merged partnered raised valued sold spending poured role joined
  hired appointed named resigned steps down leads announced launched released unveiled signed filed disclosed reported plans planned agreed approved built
  develops expanded employs serves holds owns targets aims reportedly talks advanced could may might potentially possibly likely expected to considering
  would if discussions rumoured said to be plans to aims to projected estimates reports indicated suggest according per told confirmed wrote noted stated
  people familiar with sources say close to person familiar anonymous unnamed insiders Acme Labs Jane Roe John Doe Alexandr Wang Meta Scale AI Inc
  users GPUs chips percent`.split(/\s+/);
const GLUE = [' ', ' ', ' ', ' ', '  ', '-', '.', ', ', ': ', '(', ')', '\n', "'s ", '_', '\u00e9', '\u00A0', '$', '2024', '10', '1.5', ' 7 ', '%'];

describe('trigger words', function () {
  // Trying every pattern at every place is slow by design.
  this.timeout(60000);
  it('each extractor finds the same run only at its trigger words as run everywhere', () => {
    const texts: Array<[string, string]> = [];
    for (const f of filesUnder(FIXTURES)) texts.push([path.relative(FIXTURES, f), fs.readFileSync(f, 'utf8')]);
    for (let i = 0; i < 12; i++) texts.push([`news-density article ${i}`, newsArticle(i)], [`dense article ${i}`, article(i)]);
    for (const [name, text] of ADVERSARIAL) texts.push([name, text.slice(0, 4000)]);
    assert.ok(texts.length > 30);
    for (const [label, text] of texts) sameEitherWay(text, label);
  });

  it('the same on random text made of the trigger words', () => {
    const r = rng(11);
    for (let n = 0; n < 150; n++) {
      let s = '';
      const len = 5 + Math.floor(r() * 120);
      for (let i = 0; i < len; i++) {
        let w = WORDS[Math.floor(r() * WORDS.length)]!;
        const x = r();
        if (x < 0.15) w = w[0]!.toUpperCase() + w.slice(1);
        else if (x < 0.2) w = w.toUpperCase();
        s += w + (r() < 0.7 ? ' ' : GLUE[Math.floor(r() * GLUE.length)]!);
      }
      sameEitherWay(s, JSON.stringify(s));
    }
  });

  it('spots words, prefixes and the word before, in ascending order', () => {
    const spotter = new KeywordSpotter([{ words: ['year', 'invest*'] }, { wordsAfterStart: ['june'] }, { words: ['a'], wordsAfterStart: ['old'] }]);
    const text = 'a year-old investor, 10 june; investyear years year_ café-year 5 june june a old';
    const [g0, g1, g2] = spotter.spot(text);
    const at = (w: string, from = 0): number => text.indexOf(w, from);
    // "year" as a whole word (not "years"), also before "_" and after "é" (the pattern checks its own
    // boundaries); "investor" and "investyear" by the prefix.
    assert.deepStrictEqual(g0, [at('year'), at('investor'), at('investyear'), at('year_'), at('year', at('café'))]);
    // The word before each "june": "10", "5", and the first "june" for the second.
    assert.deepStrictEqual(g1, [at('10'), at('5 june'), at('june', at('5 june'))]);
    // "a" itself, then the word before each "old": "year" in "year-old", and the last "a" (listed once).
    assert.deepStrictEqual(g2, [0, at('year'), at('a old')]);
    assert.throws(() => new KeywordSpotter([{ words: ['two words'] }]), /not one run/);
  });

  it('tries a sticky pattern where a global search would, skipping places inside a match', () => {
    const re = /ab+/y;
    const text = 'abbb ab xab abab';
    const spots = [0, 1, 5, 9, 12, 14];
    assert.deepStrictEqual(matchAtSpots(re, text, spots).map((m) => [m.index, m[0]]), [[0, 'abbb'], [5, 'ab'], [9, 'ab'], [12, 'ab'], [14, 'ab']]);
    assert.deepStrictEqual(matchAtSpots(/abab|ab/y, 'ababab', [0, 2, 4]).map((m) => m.index), [0, 4]);
    assert.deepStrictEqual(mergeSpots([1, 4, 9], [2, 4, 10]), [1, 2, 4, 9, 10]);
  });
  it('finds the capitalised tokens tokenize would give, without tokenizing the rest', () => {
    const text = "x-Ray and T-Mobile's AT&T, e.g. U.S. Steel; eBay, SentinelOne -Meta 'Apple' Étoile élan 3M Zoë's Ñandú. Acme";
    const want = tokenize(text).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => `${t.start}:${t.text}`);
    assert.deepStrictEqual(capitalTokens(text).map((t) => `${t.start}:${t.text}`), want);
    assert.ok(want.length >= 8);
  });
});
