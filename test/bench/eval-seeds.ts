// Precision, recall and F1 of companies, people and money (value and qualifier) per document on the
// real articles in ../shared/seeds, against the hand annotations in test/eval/seeds-gold.json.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../src/core/analyze';
import { Corpus } from '../../src/core/corpus';
import { buildLexicon } from '../../src/core/lexicon/lexicon';

type Gold = Record<string, { companies: string[]; outlets: string[]; people: string[]; money: string[] }>;

function f1(got: string[], want: string[]): { p: number; r: number; f: number; tp: number } {
  const pool = [...want];
  let tp = 0;
  for (const g of got) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      tp++;
      pool.splice(i, 1);
    }
  }
  const p = got.length ? tp / got.length : want.length ? 0 : 1;
  const r = want.length ? tp / want.length : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp };
}

/**
 * `folder`: the articles are read together, as the CLI and the editor read a folder, and a document
 * also names what only another article introduces (a surname spelled out elsewhere, a company another
 * article names from context); otherwise each article is read alone.
 */
export function evaluateSeeds(dir: string, goldFile: string, folder = false): Array<{ doc: string; scores: Record<string, ReturnType<typeof f1>>; misses: string[] }> {
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Gold;
  const lex = buildLexicon();
  const docs = Object.keys(gold).filter((d) => !d.startsWith('$'));
  const corpus = new Corpus(lex, { cachedAnalyses: Infinity, cachedChars: Infinity });
  if (folder) for (const doc of docs) corpus.update(doc, fs.readFileSync(path.join(dir, doc), 'utf8'));
  const out = [];
  for (const doc of docs) {
    const g = gold[doc]!;
    const a = folder ? corpus.analysis(doc)! : analyzeDocument(fs.readFileSync(path.join(dir, doc), 'utf8'), lex);
    const mentions = folder ? corpus.mentionsOf(doc) : a.mentions;
    // Read as a folder, an entity goes by the name the whole folder gives it ("GQG" in one article, "GQG Partners" in another).
    const nameOf = (id: string): string => (folder ? corpus.nameOf(id) : a.entities.find((e) => e.id === id)!.name);
    const names = (kind: string): string[] => [...new Set(mentions.filter((m) => m.kind === kind).map((m) => nameOf(m.entity!)))];
    const money = mentions.filter((m) => m.kind === 'money').map((m) => (m.amount!.vague ? 'vague' : `${m.amount!.value}|${m.amount!.qualifier}`));
    const got = { companies: names('company'), outlets: names('outlet'), people: names('person'), money };
    const scores: Record<string, ReturnType<typeof f1>> = {};
    const misses: string[] = [];
    for (const k of ['companies', 'outlets', 'people', 'money'] as const) {
      scores[k] = f1(got[k], g[k]);
      const extra = got[k].filter((x) => !g[k].includes(x));
      const missing = g[k].filter((x) => !got[k].includes(x));
      if (extra.length || missing.length) misses.push(`${k}: extra ${JSON.stringify(extra)} missing ${JSON.stringify(missing)}`);
    }
    out.push({ doc, scores, misses });
  }
  return out;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '../../..');
  const dir = process.env.CORROBORATE_SEEDS ?? path.join(root, '../shared/seeds');
  if (!fs.existsSync(dir)) {
    console.log(`seeds not found at ${dir}; skipped`);
    process.exit(0);
  }
  for (const [label, d, gold] of [['seeds (../shared/seeds; developed against)', dir, 'test/eval/seeds-gold.json'], ['held-out set 1 (test/eval/heldout; first measured before any tuning at companies 0.769, people 0.667, money 0.917, then used to fix general rules)', path.join(root, 'test/eval/heldout'), 'test/eval/heldout-gold.json'], ['held-out set 2 (test/eval/heldout2; first measured once after all other tuning at companies 0.694, people 0.750, money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout2'), 'test/eval/heldout2-gold.json'], ['held-out set 3 (test/eval/heldout3, session 4; a story never seen before, first measured once at companies 0.487, outlets 1.000, people 0.886, money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout3'), 'test/eval/heldout3-gold.json'], ['held-out set 4 (test/eval/heldout4, session 4; written after the set 3 fixes, first measured once at companies 0.922, outlets 1.000, people 1.000, money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout4'), 'test/eval/heldout4-gold.json'], ['held-out set 5 (test/eval/heldout5, session 5; a story never seen, written after all session-4 fixes, first measured once at companies 0.905, outlets 0.667, people 0.796, money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout5'), 'test/eval/heldout5-gold.json'], ['held-out set 6 (test/eval/heldout6, session 5; a story never seen, written after the set 5 fixes, first measured once at companies 0.917, outlets 1.000, people 1.000, money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout6'), 'test/eval/heldout6-gold.json'], ['held-out set 7 (test/eval/heldout7, session 5; a story never seen, written after the set 5 and 6 fixes and the folder reading, first measured once at companies 0.700 (0.766 read as a folder), outlets, people and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout7'), 'test/eval/heldout7-gold.json'], ['held-out set 8 (test/eval/heldout8, session 5; a story never seen, written after the set 7 fixes, first measured once at companies 0.629 (0.629 read as a folder, people 0.822 there), outlets, people and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout8'), 'test/eval/heldout8-gold.json'], ['held-out set 9 (test/eval/heldout9, session 5; a story never seen, written after the set 8 fixes, first measured once at companies 0.855 (0.855 read as a folder), people 0.869, outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout9'), 'test/eval/heldout9-gold.json'], ['held-out set 10 (test/eval/heldout10, session 5; a story never seen, written after all other session-5 fixes, first measured once at companies 0.899 (0.899 read as a folder), outlets, people and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout10'), 'test/eval/heldout10-gold.json'], ['held-out set 11 (test/eval/heldout11, session 5; a story never seen, written after the set 10 fixes, first measured once at companies 0.886 (0.886 read as a folder), people 0.933, money 0.833, outlets 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout11'), 'test/eval/heldout11-gold.json'], ['held-out set 12 (test/eval/heldout12, session 5; a story never seen, written after the set 11 fixes, first measured once at companies 0.795 (0.795 read as a folder), people 0.952, outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout12'), 'test/eval/heldout12-gold.json'], ['held-out set 13 (test/eval/heldout13, session 5; a story never seen, written after the set 12 fixes, first measured once at companies 0.809 (0.838 read as a folder), people 0.952, outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout13'), 'test/eval/heldout13-gold.json'], ['held-out set 14 (test/eval/heldout14, session 5; a story never seen, written after every other session-5 fix, measured once at the end of the session: companies 0.822 (0.822 read as a folder), people, outlets and money 1.000; afterwards 124 well-known companies joined the lexicon, four of them its misses, so its later scores are no longer blind)', path.join(root, 'test/eval/heldout14'), 'test/eval/heldout14-gold.json'], ['held-out set 15 (test/eval/heldout15, session 6; a story never seen, written after the session-6 fact merging, first measured once at companies 0.861 (0.890 read as a folder), people 0.841, outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout15'), 'test/eval/heldout15-gold.json'], ['held-out set 16 (test/eval/heldout16, session 6; a story never seen, written after the set 15 fixes, first measured once at companies 0.767 (0.767 read as a folder), outlets, people and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout16'), 'test/eval/heldout16-gold.json'], ['held-out set 17 (test/eval/heldout17, session 6; a story never seen, written after the set 16 fixes, first measured once at companies 0.949 (0.949 read as a folder), outlets, people and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout17'), 'test/eval/heldout17-gold.json'], ['held-out set 18 (test/eval/heldout18, session 6; a story never seen, written after the set 17 fixes, first measured once at companies 0.761 (0.761 read as a folder; 0.889 counting Supermicro, found but annotated as Super Micro Computer), people 0.933, outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout18'), 'test/eval/heldout18-gold.json'], ['held-out set 19 (test/eval/heldout19, session 6; a story never seen, written after the set 18 fixes, first measured once at companies 0.933 (0.933 read as a folder; Google DeepMind found under the lexicon name DeepMind), people 0.896, outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout19'), 'test/eval/heldout19-gold.json'], ['held-out set 20 (test/eval/heldout20, session 6; a story never seen, written after the set 19 fixes, first measured once at companies 0.886 (0.886 read as a folder), people 0.952 (1.000 read as a folder), outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout20'), 'test/eval/heldout20-gold.json'], ['held-out set 21 (test/eval/heldout21, session 6; a story never seen, written after every other session-6 fix, first measured once at companies 0.464 (0.497 read as a folder; the lexicon still named Kellanova by its old name Kellogg), people, outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout21'), 'test/eval/heldout21-gold.json'], ['held-out set 22 (test/eval/heldout22, session 6; a story never seen, written after every session-6 fix, first measured once at companies 0.760 (0.760 read as a folder), people 0.630 (one article naming no person read a company as one), outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout22'), 'test/eval/heldout22-gold.json'], ['held-out set 23 (test/eval/heldout23, session 7; a story never seen (Boeing buying Spirit AeroSystems; set 9 named the same companies in another story), written after the session-7 memory work, first measured once at companies 0.885 (0.885 read as a folder; Spirit alone read as a company of its own), outlets and people 1.000, money 0.806 as first annotated (the headline amount was left out of the annotation, and $8.3 billion was read as 8300000000.000001), then used for general fixes)', path.join(root, 'test/eval/heldout23'), 'test/eval/heldout23-gold.json'], ['held-out set 24 (test/eval/heldout24, session 7; new articles on the story of set 3 (Nippon Steel buying U.S. Steel), so not blind to the story, written after set 23 was written, first measured once at companies 0.819 (0.819 read as a folder; China Baowu Steel annotated under a longer name than the lexicon gives it, a union and a surname with Mc read as companies, J.P. Morgan the financier read as the bank), people 0.820, outlets 1.000, money 0.963 as first annotated (the headline amount left out of the annotation), then used for general fixes)', path.join(root, 'test/eval/heldout24'), 'test/eval/heldout24-gold.json'], ['held-out set 25 (test/eval/heldout25, session 7; a story never seen (Exxon Mobil buying Pioneer Natural Resources), written after the set 23 and 24 fixes, first measured once at companies 0.970 (0.970 read as a folder; Raymond James read as a person), people 0.889, outlets 0.667 (the code read the Journal as The Wall Street Journal, which the annotation had left out), money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout25'), 'test/eval/heldout25-gold.json'], ['held-out set 26 (test/eval/heldout26, session 7; a story never seen (Capital One buying Discover), written after the set 23 and 24 fixes, first measured once at companies 0.724 (0.683 read as a folder; Capital One read as a person too, Discover Financial apart from Discover Financial Services, Keefe, Bruyette & Woods split in two, Visa opening a sentence missed, and Capital One first annotated by its short name), people 0.905, outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout26'), 'test/eval/heldout26-gold.json'], ['held-out set 27 (test/eval/heldout27, session 7; a story never seen (Reddit listing its shares), written after the set 25 and 26 fixes, first measured once at companies 0.952 (0.952 read as a folder; Advance Publications, the media group, missed), outlets, people and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout27'), 'test/eval/heldout27-gold.json'], ['held-out set 28 (test/eval/heldout28, session 7; a story never seen (Intel cutting jobs after a loss), written after the set 25 and 26 fixes, first measured once at companies 0.963 (0.963 read as a folder; its Mobileye unit missed), people 0.889 (1.000 read as a folder; Pat not a known given name), outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout28'), 'test/eval/heldout28-gold.json'], ['held-out set 29 (test/eval/heldout29, session 7; a story never seen (the EU fining Meta over Marketplace), written after the set 27 and 28 fixes, first measured once at companies, outlets and money 1.000, people 0.889 (1.000 read as a folder; Margrethe not a known given name), then used for general fixes)', path.join(root, 'test/eval/heldout29'), 'test/eval/heldout29-gold.json'], ['held-out set 30 (test/eval/heldout30, session 7; a story never seen (Databricks raising $10 billion), written after the set 27 and 28 fixes, first measured once at companies 0.944 (0.944 read as a folder; DST Global in a list read as Global), outlets, people and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout30'), 'test/eval/heldout30-gold.json'], ['held-out set 31 (test/eval/heldout31, session 7; a story never seen (Starbucks hiring Brian Niccol), written after the set 29 and 30 fixes, first measured once at companies 0.963 (0.963 read as a folder; Starboard Value listed after a known firm missed), people 0.880 (0.880 read as a folder; Laxman not a known given name, Newport Beach read as a person), outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout31'), 'test/eval/heldout31-gold.json'], ['held-out set 32 (test/eval/heldout32, session 7; a story never seen (a court voiding Elon Musk\u2019s Tesla pay), written after the set 29 and 30 fixes, first measured once at companies 0.778 (0.778 read as a folder; Kathaleen McCormick read as a company, McCormick taken for a brand), people 0.880, outlets and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout32'), 'test/eval/heldout32-gold.json'], ['held-out set 33 (test/eval/heldout33, session 7; a story never seen (Unilever separating its ice cream business), written after the set 31 and 32 fixes, first measured once at companies 0.830 (0.830 read as a folder; Ben & Jerry\u2019s, named from two given names, and Froneri, the buyer of a business, missed), people 0.933 (1.000 read as a folder), outlets and money 1.000, then used for general fixes; Ben & Jerry\u2019s is still missed)', path.join(root, 'test/eval/heldout33'), 'test/eval/heldout33-gold.json'], ['held-out set 34 (test/eval/heldout34, session 7; a story never seen (Amazon investing up to $4 billion in Anthropic), written after the set 31 and 32 fixes, first measured once at companies, outlets, people and money 1.000)', path.join(root, 'test/eval/heldout34'), 'test/eval/heldout34-gold.json'], ['held-out set 35 (test/eval/heldout35, session 7; a story never seen (a judge blocking JetBlue\u2019s purchase of Spirit Airlines), written after the set 33 and 34 fixes, first measured once at companies 0.800 (0.800 read as a folder; an article naming Spirit Airlines only as Spirit, and Frontier short for Frontier Airlines), outlets, people and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout35'), 'test/eval/heldout35-gold.json'], ['held-out set 36 (test/eval/heldout36, session 7; a story never seen (the cost of the Change Healthcare cyberattack), written after the set 33 and 34 fixes, first measured once at companies 0.736 (0.692 read as a folder; Change alone apart from Change Healthcare, the hacker group BlackCat read as a company), outlets, people and money 1.000, then used for general fixes; BlackCat, and Change Healthcare named in a phrase with no cue, are still wrong)', path.join(root, 'test/eval/heldout36'), 'test/eval/heldout36-gold.json'], ['held-out set 37 (test/eval/heldout37, session 7; a story never seen (Microsoft closing its purchase of Activision Blizzard), written after the set 35 and 36 fixes, first measured once at companies, outlets, people and money 1.000)', path.join(root, 'test/eval/heldout37'), 'test/eval/heldout37-gold.json'], ['held-out set 38 (test/eval/heldout38, session 7; a story never seen (Tesla recalling 2 million vehicles), written after the set 35 and 36 fixes, first measured once at companies, outlets, people and money 1.000)', path.join(root, 'test/eval/heldout38'), 'test/eval/heldout38-gold.json'], ['held-out set 39 (test/eval/heldout39, session 7; a story never seen (Walmart buying Vizio), written after the set 37 and 38 fixes, first measured once at companies 0.889 (0.952 read as a folder; SmartCast accounts read as a company), outlets, people and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout39'), 'test/eval/heldout39-gold.json'], ['held-out set 40 (test/eval/heldout40, session 7; a story never seen (Adobe abandoning its purchase of Figma), written after the set 37 and 38 fixes, first measured once at companies, outlets, people and money 1.000)', path.join(root, 'test/eval/heldout40'), 'test/eval/heldout40-gold.json'], ['held-out set 41 (test/eval/heldout41, session 7; a story never seen (Hewlett Packard Enterprise buying Juniper Networks), written after the set 39 and 40 fixes, first measured once at companies, outlets and money 1.000, people 0.933 (1.000 read as a folder))', path.join(root, 'test/eval/heldout41'), 'test/eval/heldout41-gold.json'], ['held-out set 42 (test/eval/heldout42, session 7; a story never seen (Synopsys buying Ansys), written after the set 39 and 40 fixes, first measured once at companies, outlets and money 1.000, people 0.889 (1.000 read as a folder))', path.join(root, 'test/eval/heldout42'), 'test/eval/heldout42-gold.json'], ['held-out set 43 (test/eval/heldout43, session 7; a story never seen (a judge blocking Tapestry\u2019s purchase of Capri), written after the set 41 and 42 fixes, first measured once at companies 0.619 (0.952 read as a folder; Capri alone and Tapestry with no cue missed in one article), people 0.739 (brands named after people, Michael Kors, Jimmy Choo and Kate Spade, read as people), outlets and money 1.000; the brands are still read as people)', path.join(root, 'test/eval/heldout43'), 'test/eval/heldout43-gold.json'], ['held-out set 44 (test/eval/heldout44, session 7; a story never seen (Carlos Tavares leaving Stellantis), written after the set 41 and 42 fixes, first measured once at companies 0.633 (0.633 read as a folder; Fiat Chrysler and PSA from a merger, and Exor, the holding company, missed), outlets, people and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout44'), 'test/eval/heldout44-gold.json'], ['held-out set 45 (test/eval/heldout45, session 7; a story never seen (Nike bringing back Elliott Hill), written after the set 43 and 44 fixes, first measured once at companies 0.756 (0.756 read as a folder; Adidas by an exchange ticker, On Holding, Foot Locker after partners such as), outlets, people and money 1.000, then used for general fixes)', path.join(root, 'test/eval/heldout45'), 'test/eval/heldout45-gold.json'], ['held-out set 46 (test/eval/heldout46, session 7; a story never seen (WeWork filing for bankruptcy), written after the set 43 and 44 fixes, first measured once at companies 0.917 (0.917 read as a folder; IWG missed, the brand Regus it runs read as a company), outlets, people and money 1.000)', path.join(root, 'test/eval/heldout46'), 'test/eval/heldout46-gold.json']] as const) {
    console.log(`\n${label}`);
    report(evaluateSeeds(d, path.join(root, gold)));
    const together = evaluateSeeds(d, path.join(root, gold), true);
    console.log(`  read as a folder (a document also names what another article introduces): ${meanLine(together)}`);
    for (const r of together) for (const m of r.misses) console.log(`   ${r.doc} ${m}`);
  }
  for (const [label, dir, file] of [
    ['cross-source story 3 (test/eval/story3; first measured at 1 of 3 planted facts, then used for general fixes)', 'test/eval/story3', 'test/eval/story3-facts.json'],
    ['cross-source story 4 (held-out set 4; first measured at 1 of 3 planted facts, then used for general fixes)', 'test/eval/heldout4', 'test/eval/heldout4-facts.json'],
    ['cross-source story 5 (held-out set 5; first measured at 0 of 4 planted facts, then used for general fixes)', 'test/eval/heldout5', 'test/eval/heldout5-facts.json'],
    ['cross-source story 6 (held-out set 6; first measured at 1 of 4 planted facts, then used for general fixes)', 'test/eval/heldout6', 'test/eval/heldout6-facts.json'],
    ['cross-source story 7 (held-out set 7; first measured at 0 of 4 planted facts, then used for general fixes)', 'test/eval/heldout7', 'test/eval/heldout7-facts.json'],
    ['cross-source story 8 (held-out set 8; first measured at 0 of 3 planted facts, then used for general fixes)', 'test/eval/heldout8', 'test/eval/heldout8-facts.json'],
    ['cross-source story 9 (held-out set 9; first measured at 0 of 4 planted facts, then used for general fixes)', 'test/eval/heldout9', 'test/eval/heldout9-facts.json'],
    ['cross-source story 10 (held-out set 10; first measured at 2 of 2 planted facts)', 'test/eval/heldout10', 'test/eval/heldout10-facts.json'],
    ['cross-source story 11 (held-out set 11; first measured at 0 of 2 planted facts, then used for general fixes)', 'test/eval/heldout11', 'test/eval/heldout11-facts.json'],
    ['cross-source story 12 (held-out set 12; first measured at 0 of 3 planted facts)', 'test/eval/heldout12', 'test/eval/heldout12-facts.json'],
    ['cross-source story 13 (held-out set 13; first measured at 0 of 3 planted facts)', 'test/eval/heldout13', 'test/eval/heldout13-facts.json'],
    ['cross-source story 14 (held-out set 14; measured once, not used for fixes: 0 of 2 planted facts)', 'test/eval/heldout14', 'test/eval/heldout14-facts.json'],
    ['cross-source story 15 (held-out set 15; first measured at 4 of 6 planted facts, then used for general fixes)', 'test/eval/heldout15', 'test/eval/heldout15-facts.json'],
    ['cross-source story 16 (held-out set 16; first measured at 0 of 5 planted facts, then used for general fixes)', 'test/eval/heldout16', 'test/eval/heldout16-facts.json'],
    ['cross-source story 17 (held-out set 17; first measured at 1 of 4 planted facts, then used for general fixes)', 'test/eval/heldout17', 'test/eval/heldout17-facts.json'],
    ['cross-source story 18 (held-out set 18; first measured at 0 of 5 planted facts, then used for general fixes)', 'test/eval/heldout18', 'test/eval/heldout18-facts.json'],
    ['cross-source story 19 (held-out set 19; first measured at 1 of 3 planted facts, then used for general fixes)', 'test/eval/heldout19', 'test/eval/heldout19-facts.json'],
    ['cross-source story 20 (held-out set 20; first measured at 2 of 4 planted facts, then used for general fixes)', 'test/eval/heldout20', 'test/eval/heldout20-facts.json'],
    ['cross-source story 21 (held-out set 21; first measured at 1 of 4 planted facts, then used for general fixes)', 'test/eval/heldout21', 'test/eval/heldout21-facts.json'],
    ['cross-source story 22 (held-out set 22; first measured at 1 of 4 planted facts, then used for general fixes)', 'test/eval/heldout22', 'test/eval/heldout22-facts.json'],
    ['cross-source story 23 (held-out set 23; first measured at 1 of 4 planted facts, then used for general fixes)', 'test/eval/heldout23', 'test/eval/heldout23-facts.json'],
    ['cross-source story 24 (held-out set 24, the story of set 3 in new articles; first measured at 2 of 4 planted facts, then used for general fixes)', 'test/eval/heldout24', 'test/eval/heldout24-facts.json'],
    ['cross-source story 25 (held-out set 25; first measured at 4 of 5 planted facts, then used for general fixes)', 'test/eval/heldout25', 'test/eval/heldout25-facts.json'],
    ['cross-source story 26 (held-out set 26; first measured at 2 of 3 planted facts, then used for general fixes)', 'test/eval/heldout26', 'test/eval/heldout26-facts.json'],
    ['cross-source story 27 (held-out set 27; first measured at 3 of 4 planted facts, then used for general fixes)', 'test/eval/heldout27', 'test/eval/heldout27-facts.json'],
    ['cross-source story 28 (held-out set 28; first measured at 2 of 5 planted facts, then used for general fixes)', 'test/eval/heldout28', 'test/eval/heldout28-facts.json'],
    ['cross-source story 29 (held-out set 29; first measured at 2 of 3 planted facts; its miss stands: one article truncates 797.72 million euros to 797 million, which is a conflict)', 'test/eval/heldout29', 'test/eval/heldout29-facts.json'],
    ['cross-source story 30 (held-out set 30; first measured at 3 of 4 planted facts, then used for general fixes)', 'test/eval/heldout30', 'test/eval/heldout30-facts.json'],
    ['cross-source story 31 (held-out set 31; first measured at 2 of 4 planted facts, then used for general fixes)', 'test/eval/heldout31', 'test/eval/heldout31-facts.json'],
    ['cross-source story 32 (held-out set 32; first measured at 2 of 3 planted facts, then used for general fixes)', 'test/eval/heldout32', 'test/eval/heldout32-facts.json'],
    ['cross-source story 33 (held-out set 33; first measured at 1 of 4 planted facts, then used for general fixes; the jobs-cut miss stands: its headline gives 7,500 with no qualifier, so qualifiers do differ, which the planting overlooked)', 'test/eval/heldout33', 'test/eval/heldout33-facts.json'],
    ['cross-source story 34 (held-out set 34; first measured at 0 of 2 planted facts, then used for general fixes; the investment miss stands: one article also writes a plain $4 billion, so qualifiers do differ, which the planting overlooked)', 'test/eval/heldout34', 'test/eval/heldout34-facts.json'],
    ['cross-source story 35 (held-out set 35; first measured at 3 of 5 planted facts, then used for general fixes)', 'test/eval/heldout35', 'test/eval/heldout35-facts.json'],
    ['cross-source story 36 (held-out set 36; first measured at 1 of 3 planted facts: figures of a unit, Change Healthcare, are keyed apart from its parent)', 'test/eval/heldout36', 'test/eval/heldout36-facts.json'],
    ['cross-source story 37 (held-out set 37; first measured at 2 of 3 planted facts, then used for one general fix)', 'test/eval/heldout37', 'test/eval/heldout37-facts.json'],
    ['cross-source story 38 (held-out set 38; first measured at 1 of 1 planted facts)', 'test/eval/heldout38', 'test/eval/heldout38-facts.json'],
    ['cross-source story 39 (held-out set 39; first measured at 2 of 3 planted facts, then used for general fixes)', 'test/eval/heldout39', 'test/eval/heldout39-facts.json'],
    ['cross-source story 40 (held-out set 40; first measured at 3 of 3 planted facts)', 'test/eval/heldout40', 'test/eval/heldout40-facts.json'],
    ['cross-source story 41 (held-out set 41; first measured at 1 of 4 planted facts; a purchase told as spending on a company, and savings told with save, are still keyed apart)', 'test/eval/heldout41', 'test/eval/heldout41-facts.json'],
    ['cross-source story 42 (held-out set 42; first measured at 3 of 4 planted facts, then used for one general fix)', 'test/eval/heldout42', 'test/eval/heldout42-facts.json'],
    ['cross-source story 43 (held-out set 43; first measured at 2 of 2 planted facts)', 'test/eval/heldout43', 'test/eval/heldout43-facts.json'],
    ['cross-source story 44 (held-out set 44; first measured at 1 of 2 planted facts: a fall in the share price this year split by how it is worded)', 'test/eval/heldout44', 'test/eval/heldout44-facts.json'],
    ['cross-source story 45 (held-out set 45; first measured at 1 of 2 planted facts, then used for general fixes)', 'test/eval/heldout45', 'test/eval/heldout45-facts.json'],
    ['cross-source story 46 (held-out set 46; first measured at 3 of 3 planted facts)', 'test/eval/heldout46', 'test/eval/heldout46-facts.json'],
  ] as const) {
    const story = evaluateStory(path.join(root, dir), path.join(root, file));
    console.log(`\n${label}`);
    for (const s of story) console.log(`  ${s.ok ? 'ok  ' : 'MISS'} ${s.label}: ${s.why}`);
    console.log(`  ${story.filter((s) => s.ok).length} of ${story.length} multi-source facts grouped across all their sources with the right verdict`);
  }
}

/** Planted multi-source facts: grouped with all their reports and the right verdict, or not. */
export function evaluateStory(dir: string, factsFile: string): Array<{ label: string; ok: boolean; why: string }> {
  const planted = (JSON.parse(fs.readFileSync(factsFile, 'utf8')) as { facts: Array<{ label: string; verdict: string; reports: string[] }> }).facts;
  const corpus = new Corpus(buildLexicon());
  for (const f of fs.readdirSync(dir).sort()) corpus.update(f, fs.readFileSync(path.join(dir, f), 'utf8'));
  const facts = corpus.facts();
  return planted.map((p) => {
    const holder = facts.find((f) => p.reports.every((r) => f.reports.some((x) => `${x.doc}:${x.text}` === r)));
    if (!holder) {
      const found = p.reports.map((r) => facts.find((f) => f.reports.some((x) => `${x.doc}:${x.text}` === r))?.label ?? 'nothing');
      return { label: p.label, ok: false, why: `split across: ${[...new Set(found)].join(' | ')}` };
    }
    return { label: p.label, ok: holder.verdict === p.verdict, why: `"${holder.label}" ${holder.verdict} (want ${p.verdict})` };
  });
}

function meanLine(rows: ReturnType<typeof evaluateSeeds>): string {
  const avg: Record<string, number> = {};
  for (const r of rows) for (const [k, sc] of Object.entries(r.scores)) avg[k] = (avg[k] ?? 0) + sc.f / rows.length;
  return `mean per-document F1: ${Object.entries(avg).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`;
}

function report(rows: ReturnType<typeof evaluateSeeds>): void {
  {
  const avg: Record<string, number> = {};
  for (const r of rows) {
    console.log(`${r.doc}: ${Object.entries(r.scores).map(([k, s]) => `${k} F1 ${s.f.toFixed(2)}`).join(', ')}`);
    for (const m of r.misses) console.log(`   ${m}`);
    for (const [k, s] of Object.entries(r.scores)) avg[k] = (avg[k] ?? 0) + s.f / rows.length;
  }
  console.log(`mean per-document F1: ${Object.entries(avg).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}`);
  }
}
