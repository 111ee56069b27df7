// The company, outlet and product lexicon: built-in data plus what the user adds (companies, aliases,
// "not a company" exclusions). Built once; matching uses a map from first word to candidate phrases.
import companiesData from '../data/companies.json';
import peopleData from '../data/people.json';
import placesData from '../data/places.json';
import type { EntityKind } from '../types';
import { phraseKey, slug } from '../text/normalize';
import { stripPossessive, tokenize } from '../text/tokens';

export interface LexiconEntry {
  id: string;
  kind: Exclude<EntityKind, 'person'>;
  name: string;
  aliases: string[];
  tickers: string[];
  /** An ordinary English word: matched only mid-sentence. */
  common: boolean;
  /** Next words that show this is not the company ("Apple pie"). */
  notBefore: Set<string>;
  source: 'builtin' | 'user';
}

export interface FirstWord {
  lower: string;
  phrases: LexiconPhrase[] | undefined;
}

export interface LexiconPhrase {
  words: string[];
  /** Indexes of words written with a full stop before the next ("U.S. Steel", "Warner Bros. Discovery"). */
  dotted?: number[];
  /** Indexes of words written with a comma before the next ("Clayton, Dubilier & Rice"). */
  commas?: number[];
  entry: LexiconEntry;
  /** Matched only when the entry is named by a strong form in the same document. */
  weak: boolean;
  /** The name ends with a plus sign right after its last word ("Canal+"), which the text must have too. */
  plus?: true;
}

/** What users add through settings or a workspace file. Anything malformed is reported and ignored. */
export interface UserLexicon {
  companies?: Array<string | { name: string; aliases?: string[]; tickers?: string[] }>;
  aliases?: Record<string, string>;
  notCompanies?: string[];
}

export interface Lexicon {
  entries: Map<string, LexiconEntry>;
  /** Lower-cased first word → phrases starting with it, longest first. */
  phrases: Map<string, LexiconPhrase[]>;
  tickers: Map<string, LexiconEntry>;
  /** "SIE" of "SIE.DE": a ticker without its exchange, read only on lines of tickers (one company each). */
  baseTickers: Map<string, LexiconEntry>;
  /** Phrase keys that are never companies: products, public bodies, universities, user exclusions. */
  excluded: Set<string>;
  products: Set<string>;
  firstNames: Set<string>;
  /** Places and the adjectives made from them ("Sweden", "Swedish"). */
  places: Set<string>;
  /** First words, as written, of phrases that do not start with a capital letter ("eBay", "xAI", "3M"). */
  oddFirstWords: Set<string>;
  /** Their first characters (code units below 128), a filter before the set lookup. */
  oddInitials: Uint8Array;
  /** Their first two characters ("7-", "3M", "21"): most tokens with an odd initial ("75", "7.5%") end at this test. */
  oddPrefixes: Set<string>;
  /** Lower-cased first words of excluded phrases: most candidates need no exclusion lookup. */
  excludedFirst: Set<string>;
  /** Token as written → its lower-cased form and the phrases starting with it (a memo: tokens repeat). */
  firstWordCache: Map<string, FirstWord>;
  roles: string[];
  /** Lower-cased roles, for lookups by the words before a name. */
  roleSet: Set<string>;
  /** Last words of the roles (lower-cased): a role ends with one of them. */
  roleLastWords: Set<string>;
  honorifics: Set<string>;
  /** Problems found in user data, for the caller to show. */
  warnings: string[];
}

/** Tickers that are also words or too short to trust without "(TICKER)" or "NYSE:" around them. */
const AMBIGUOUS_TICKERS = new Set(['ALL', 'NOW', 'CAT', 'LOW', 'NET', 'SHOP', 'SNAP', 'PINS', 'ARM', 'UPS', 'AI', 'IT', 'ON', 'DE', 'GE', 'GM', 'MA',
  'MS', 'GS', 'DB', 'PM', 'MO', 'MT', 'SE', 'HD', 'EA', 'ICE', 'CART', 'DASH', 'HOOD', 'COIN', 'BOX', 'TEAM', 'LUV', 'BUD', 'COST', 'GAP', 'SNOW',
  'RIO', 'BP', 'JD', 'TM', 'PG', 'WIT', 'FIG', 'KR', 'DOW', 'DD', 'IBM', 'AMD', 'HPE', 'SAP', 'NYT', 'FOX', 'UBS', 'KKR', 'CME', 'BHP', 'GSK', 'CVS',
  'MET', 'GOLD', 'RACE', 'HAL', 'STM', 'LIN', 'BAM', 'ABB', 'CSX', 'TJX', 'TPG', 'SLB',
  'BALL', 'FAST', 'POOL', 'WELL', 'HAS', 'KEYS', 'GEN', 'AMP', 'PSA', 'PWR', 'PPL', 'TXT', 'URI', 'TEL', 'CMS', 'NRG', 'IEX', 'WAT', 'PKG',
  'TER', 'OTIS', 'AXON', 'CDW', 'BMO', 'BNS', 'AUR',
  // Abbreviations and words written in capitals: liquefied natural gas, trailing twelve months, customer relationship management...
  'LNG', 'TTM', 'CRM', 'GIS', 'USB', 'NOK', 'GRAB', 'WOOF', 'XYZ', 'FANG', 'RIOT', 'SPOT']);

export function isAmbiguousTicker(t: string): boolean {
  return t.length <= 2 || AMBIGUOUS_TICKERS.has(t);
}

type Row = [string, string?, string?, string?];

export function buildLexicon(user: UserLexicon = {}): Lexicon {
  const lex: Lexicon = {
    entries: new Map(),
    phrases: new Map(),
    tickers: new Map(),
    baseTickers: new Map(),
    excluded: new Set(),
    products: new Set(),
    firstNames: new Set(peopleData.firstNames),
    places: new Set([...placesData.places, ...placesData.demonyms]),
    oddFirstWords: new Set(),
    oddInitials: new Uint8Array(128),
    oddPrefixes: new Set(),
    excludedFirst: new Set(),
    firstWordCache: new Map(),
    roles: [...peopleData.roles].sort((a, b) => b.length - a.length),
    roleSet: new Set(peopleData.roles.flatMap((r) => [r.toLowerCase(), r.toLowerCase().replace(/-/g, ' '), r.toLowerCase().replace(/-/g, '')])),
    roleLastWords: new Set(),
    honorifics: new Set(peopleData.honorifics),
    warnings: [],
  };
  for (const p of companiesData.products) {
    lex.products.add(phraseKey(p));
    lex.excluded.add(phraseKey(p));
  }
  for (const n of companiesData.notCompanies) lex.excluded.add(phraseKey(n));

  for (const row of companiesData.companies as Row[]) addRow(lex, row, 'company', 'builtin');
  for (const row of companiesData.outlets as Row[]) addRow(lex, row, 'outlet', 'builtin');
  applyUser(lex, user);
  for (const list of lex.phrases.values()) {
    list.sort((a, b) => b.words.length - a.words.length);
    for (const p of list) {
      const w = p.words[0]!;
      if (/^[A-Z]/.test(w)) continue;
      lex.oddFirstWords.add(w);
      if (w.charCodeAt(0) < 128) lex.oddInitials[w.charCodeAt(0)] = 1;
      lex.oddPrefixes.add(w.slice(0, 2));
    }
  }
  const shared = new Set<string>();
  for (const [t, e] of lex.tickers) {
    const dot = t.indexOf('.');
    if (dot < 2) continue;
    const base = t.slice(0, dot);
    if (!/^[A-Z]{2,6}$/.test(base) || lex.tickers.has(base)) continue;
    const known = lex.baseTickers.get(base);
    if (known && known !== e) shared.add(base);
    else lex.baseTickers.set(base, e);
  }
  for (const b of shared) lex.baseTickers.delete(b);
  for (const r of lex.roleSet) lex.roleLastWords.add(r.split(' ').pop()!);
  for (const key of lex.excluded) lex.excludedFirst.add(key.split(' ')[0]!);
  return lex;
}

const FIRST_WORD_CACHE_LIMIT = 50000;

/** The phrases starting with this word (matched case-insensitively), memoised per lexicon. */
export function firstWord(lex: Lexicon, word: string): FirstWord {
  let f = lex.firstWordCache.get(word);
  if (!f) {
    const lower = word.toLowerCase();
    f = { lower, phrases: lex.phrases.get(lower) };
    if (lex.firstWordCache.size >= FIRST_WORD_CACHE_LIMIT) lex.firstWordCache.clear();
    lex.firstWordCache.set(word, f);
  }
  return f;
}

function addRow(lex: Lexicon, row: Row, kind: 'company' | 'outlet', source: 'builtin' | 'user'): LexiconEntry {
  const [name, aliasText, tickerText = '', flags = ''] = row;
  const aliases = aliasText ? aliasText.split('|') : [];
  const tickers = tickerText ? tickerText.split('|') : [];
  const entry: LexiconEntry = {
    id: `${kind}:${slug(name)}`,
    kind,
    name,
    aliases: [],
    tickers,
    common: /\bcommon\b/.test(flags),
    notBefore: new Set(),
    source,
  };
  let weak: string[] = [];
  for (const flag of flags.split(/\s+/)) {
    if (flag.startsWith('not:')) for (const w of flag.slice(4).split('|')) entry.notBefore.add(w);
    if (flag.startsWith('weak:')) weak = flag.slice(5).split('|');
  }
  lex.entries.set(entry.id, entry);
  addPhrase(lex, name, entry, false);
  for (const a of aliases) addAlias(lex, entry, a, false);
  for (const a of weak) addAlias(lex, entry, a, true);
  for (const t of tickers) if (!lex.tickers.has(t)) lex.tickers.set(t, entry);
  return entry;
}

function addAlias(lex: Lexicon, entry: LexiconEntry, alias: string, weak: boolean): void {
  if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
  addPhrase(lex, alias, entry, weak);
}

function addPhrase(lex: Lexicon, phrase: string, entry: LexiconEntry, weak: boolean): void {
  const tokens = tokenize(phrase);
  const words = tokens.map((t) => t.text);
  if (words.length === 0) return;
  const dotted: number[] = [];
  const commas: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const gap = phrase.slice(tokens[i]!.end, tokens[i + 1]!.start);
    if (gap === '. ') dotted.push(i);
    else if (gap === ', ') commas.push(i);
  }
  const key = stripPossessive(words[0]!).toLowerCase();
  let list = lex.phrases.get(key);
  if (!list) lex.phrases.set(key, (list = []));
  const plus = phrase.charCodeAt(tokens[tokens.length - 1]!.end) === 43 && tokens[tokens.length - 1]!.end === phrase.trimEnd().length - 1;
  if (list.some((p) => p.entry === entry && p.words.join(' ') === words.join(' ') && !!p.plus === plus)) return;
  const p: LexiconPhrase = { words, entry, weak };
  if (plus) p.plus = true;
  if (dotted.length) p.dotted = dotted;
  if (commas.length) p.commas = commas;
  list.push(p);
}

function applyUser(lex: Lexicon, user: UserLexicon): void {
  const byName = new Map<string, LexiconEntry>();
  for (const e of lex.entries.values()) {
    byName.set(phraseKey(e.name), e);
    for (const a of e.aliases) if (!byName.has(phraseKey(a))) byName.set(phraseKey(a), e);
  }
  if (user.companies !== undefined && !Array.isArray(user.companies)) lex.warnings.push('"companies" should be a list of names or { "name": ... } objects; ignored.');
  for (const c of Array.isArray(user.companies) ? user.companies : []) {
    const spec = typeof c === 'string' ? { name: c } : c;
    if (!spec || typeof spec.name !== 'string' || !spec.name.trim()) {
      lex.warnings.push(`Ignored a custom company without a name: ${JSON.stringify(c)}`);
      continue;
    }
    const name = spec.name.trim();
    const aliases = Array.isArray(spec.aliases) ? spec.aliases.filter((a): a is string => typeof a === 'string' && !!a.trim()) : [];
    const tickers = Array.isArray(spec.tickers) ? spec.tickers.filter((t): t is string => typeof t === 'string' && /^[A-Z.]{1,6}$/.test(t)) : [];
    const existing = byName.get(phraseKey(name));
    if (existing) {
      for (const a of aliases) addAlias(lex, existing, a, false);
      for (const t of tickers) lex.tickers.set(t, existing);
      continue;
    }
    const entry = addRow(lex, [name, aliases.join('|'), tickers.join('|')], 'company', 'user');
    byName.set(phraseKey(name), entry);
    lex.excluded.delete(phraseKey(name));
  }
  if (user.aliases !== undefined && (typeof user.aliases !== 'object' || user.aliases === null || Array.isArray(user.aliases))) {
    lex.warnings.push('"aliases" should be an object of { "alias": "Company name" }; ignored.');
  } else {
    for (const [alias, target] of Object.entries(user.aliases ?? {})) {
      if (typeof target !== 'string' || !target.trim() || !alias.trim()) {
        lex.warnings.push(`Ignored alias "${alias}": its company name must be a non-empty string.`);
        continue;
      }
      let entry = byName.get(phraseKey(target));
      if (!entry) {
        entry = addRow(lex, [target.trim(), '', ''], 'company', 'user');
        byName.set(phraseKey(target), entry);
      }
      addAlias(lex, entry, alias.trim(), false);
      lex.excluded.delete(phraseKey(alias));
    }
  }
  if (user.notCompanies !== undefined && !Array.isArray(user.notCompanies)) lex.warnings.push('"notCompanies" should be a list of phrases; ignored.');
  for (const n of Array.isArray(user.notCompanies) ? user.notCompanies : []) {
    if (typeof n !== 'string' || !n.trim()) {
      lex.warnings.push(`Ignored a "not a company" entry that is not text: ${JSON.stringify(n)}`);
      continue;
    }
    lex.excluded.add(phraseKey(n));
    // Excluding a company by its name drops it whole: its aliases and tickers too.
    const entry = byName.get(phraseKey(n));
    if (entry && phraseKey(entry.name) === phraseKey(n)) {
      lex.entries.delete(entry.id);
      for (const [t, e] of [...lex.tickers]) if (e === entry) lex.tickers.delete(t);
      for (const [k, list] of lex.phrases) lex.phrases.set(k, list.filter((p) => p.entry !== entry));
    }
  }
}
