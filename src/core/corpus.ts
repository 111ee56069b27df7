// The incremental index the editor and the CLI share: documents → analyses → fact candidates →
// facts. Updating one document re-analyses it alone and regroups only the facts its figures touch.
import { analyzeDocument, analyzeDocumentParts } from './analyze';
import type { ClaimLinks, ClaimRef } from './compare/claims';
import { linkClaim } from './compare/claims';
import type { CorpusEntity, DocEntities, EntityIndex } from './compare/entities';
import { docEntities, extendsName, indexEntities } from './compare/entities';
import type { Fact, FactCandidate, FactReport } from './compare/facts';
import { MeasureWordsMemo, factCandidates, groupFacts, mergeRelativePeriods, mergeSameFigure } from './compare/facts';
import type { Lexicon } from './lexicon/lexicon';
import { LocalPartsCache } from './localParts';
import { corporateHead } from './extract/companies';
import { familyName } from './extract/people';
import { normalizeText, slug } from './text/normalize';
import { sentenceAt } from './text/sentences';
import { SpanMask } from './text/spanMask';
import type { Token } from './text/tokens';
import { capitalTokens, stripPossessive } from './text/tokens';
import { PackedText, detach } from './text/packedText';
import { StoredClaims, StoredReport } from './stored';
import type { DocumentAnalysis, Entity, Mention, Span } from './types';

// Patterns used inside functions are made once here: a pattern literal makes a new RegExp each time it is evaluated.
/** Words that open sentences and name no one ("It was", "They said"): never kept as bare words. */
const SENTENCE_OPENERS = new Set(['It', 'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'We', 'You', 'There', 'Here', 'The', 'An', 'Its', 'His', 'Her',
  'Their', 'Our', 'What', 'Which', 'Who', 'When', 'Where', 'Why', 'How', 'But', 'And', 'Or', 'So', 'Yet', 'Such', 'Some', 'Many', 'Most', 'Both', 'Each',
  'Other', 'Others', 'All', 'Any', 'No', 'None', 'Nothing', 'Analysts', 'Investors', 'Shares', 'Officials', 'Executives', 'Sales', 'Revenue', 'Profit']);
const NAMED_AFTER = /^(?:,|'s\b|\u2019s\b| (?:said|says|told|now|has|had|is|was|will|would|also|declined|agreed|plans|wants|needs|must|could|can|did|does|[a-z]{2,}ed)\b)/;

/**
 * What the corpus keeps of every document, whether or not its full analysis is in memory: what
 * cross-document work needs (fact candidates, claims, entity counts, bare words) and little else.
 * Mentions and sentences live only in the bounded cache of analyses, and are remade on demand.
 */
interface DocEntry {
  /** The text, packed (see PackedText); claims and reports read their sentences from it. */
  text: PackedText;
  /** The lexicon the document was analysed with: a cache miss re-analyses with the same one. */
  lexicon: Lexicon;
  title: string;
  claims: StoredClaims;
  /** Money amounts and other figures (quantities) in the document. */
  figureCount: number;
  /** Fact candidates, in text order (sorted by the start of their figure). */
  candidates: FactCandidate[];
  /** Capitalised words no mention covers: where a surname named in full elsewhere may stand alone. */
  bare: BareWord[];
  /** Surnames of the people the document names itself. */
  ownSurnames: Set<string>;
  entityCounts: DocEntities;
  /** The document's claims as references, in text order (made when first asked for). */
  claimRefs?: ClaimRef[];
  /** Entity ids its claims name (document-level ids), for the claim index. */
  claimEntityIds: string[];
  factsFor?: { generation: number; facts: Fact[] };
  /** One-word names of companies the document found from context ("startup Wiz"), with their ids. */
  contextWords: Array<[string, string]>;
  /** The company-word map its fact candidates were keyed with, and where those words stood in it ("start:id,..."). */
  keyedWith?: Map<string, string>;
  folderHits: string;
  /** Its cross-source mentions for one surname map and one company-word map (see crossSourceMentions). */
  surnameHits?: { map: Map<string, string>; companies: Map<string, string>; list: Mention[] };
}

/** Documents shorter than this are re-read whole on each change (joining paragraphs would cost about as much). */
const PARAGRAPH_CACHE_MIN_CHARS = 16_384;
/** Documents without an analysis in memory that one facts() call re-reads for the folder's names. */
const FOLDER_REREADS = 64;
/** Open documents whose paragraphs are kept. */
const PARAGRAPH_CACHES = 8;
/** Distinct entity objects shared between documents before the table starts over. */
const SHARED_ENTITIES = 50_000;
/** Shared by every document without surname mentions; never mutated. */
const NO_MENTIONS: Mention[] = Object.freeze([]) as unknown as Mention[];

/** A full analysis kept in the cache, with the document's mentions merged with cross-source surnames. */
interface HotEntry {
  analysis: DocumentAnalysis;
  mentions?: { generation: number; list: Mention[] };
}

export interface CorpusOptions {
  /**
   * How many full analyses (mentions, sentences) to keep in memory, most recently used first; the
   * others are remade from the text when asked for. Infinity keeps all of them (the CLI).
   */
  cachedAnalyses?: number;
  /** The most text (UTF-16 code units) the cached analyses may cover together. */
  cachedChars?: number;
}

/** Index of the first candidate whose figure starts at or after offset (candidates are in text order). */
function firstCandidateFrom(list: FactCandidate[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.report.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface BareWord {
  word: string;
  start: number;
  end: number;
  sentence: number;
}

const SURNAME_PREFIX = /^Ma?c[A-Z][a-z]/;

/** "Wang", "McCormick": one capital (after a Mc or Mac), then lower-case letters only (ASCII checked by code, the rest by pattern). */
function isTitleWord(word: string): boolean {
  if (SURNAME_PREFIX.test(word)) word = word.slice(word.charCodeAt(1) === 97 ? 3 : 2);
  const c0 = word.charCodeAt(0);
  if (c0 < 128 && (c0 < 65 || c0 > 90)) return false;
  if (word.length < 2) return false;
  for (let i = c0 < 128 ? 1 : 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return /^\p{Lu}\p{Ll}+$/u.test(word);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Acronyms that name no company ("CEO", "IPO", "EU"). */
const COMMON_ACRONYMS = new Set(['CEO', 'CFO', 'CTO', 'COO', 'CIO', 'AI', 'IPO', 'US', 'UK', 'EU', 'UN', 'GDP', 'ETF', 'SEC', 'FDA', 'DOJ', 'FTC', 'FCC', 'EPA', 'IRS',
  'NATO', 'OPEC', 'TV', 'PC', 'IT', 'HR', 'PR', 'VR', 'AR', 'LLM', 'GPU', 'CPU', 'EV', 'EVS', 'OK', 'AGM', 'ESG', 'API', 'USA', 'UAE', 'ID', 'IMF', 'WHO', 'WTO', 'ECB',
  'AM', 'PM', 'ET', 'GMT', 'EST', 'PST', 'CEST', 'BST', 'A', 'I', 'II', 'III', 'IV', 'NEW', 'THE', 'AND', 'FOR', 'CAGR', 'EPS', 'EBITDA', 'ROI', 'M&A', 'LNG', 'OTC']);

/** "NNPC": capitals only, two to six, that may be a company's short name. */
function isAcronymWord(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return !COMMON_ACRONYMS.has(word);
}

function startsUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text.slice(at, at + 2));
}

/** Capitalised words outside every mention, kept where they could be a surname standing alone. */
function bareWords(text: string, a: DocumentAnalysis, tokens: Token[] = capitalTokens(normalizeText(text))): BareWord[] {
  const taken = new SpanMask(text.length);
  for (const m of a.mentions) taken.add(m.start, m.end);
  const starts = new Set(a.sentences.map((s) => s.start));
  const out: BareWord[] = [];
  for (const tok of tokens) {
    const c0 = text.charCodeAt(tok.start); // from the text: most tokens are never sliced
    if (c0 < 65 || (c0 > 90 && c0 < 192)) continue; // not a capital: most words end here, before any pattern
    const word = stripPossessive(tok.text);
    const acronym = !isTitleWord(word);
    // An acronym counts in prose only (ticker lines are full of them).
    if (acronym && (!isAcronymWord(word) || a.sentences[sentenceAt(a.sentences, tok.start)]?.noise !== false)) continue;
    const end = tok.start + word.length;
    if (taken.overlaps(tok.start, end) || (text.charCodeAt(end) === 32 && startsUpper(text, end + 1))) continue;
    // At the start of a sentence a capitalised word proves less: ask for "Wang," or "Wang said".
    // (Keeping every sentence's first word for companies named elsewhere cost 40 MB on 10,000 articles.)
    if (starts.has(tok.start) && (SENTENCE_OPENERS.has(word) || !NAMED_AFTER.test(text.slice(end, end + 16)))) continue;
    out.push({ word: detach(word), start: tok.start, end, sentence: sentenceAt(a.sentences, tok.start) });
  }
  return out;
}

/**
 * A long open document's cache in a map of the few most recently updated: kept (made if missing) and
 * moved last when `make` is given, dropped otherwise; the oldest go past PARAGRAPH_CACHES.
 */
function keepRecent<V>(map: Map<string, V>, key: string, make: (() => V) | undefined): V | undefined {
  let value = map.get(key);
  if (value !== undefined) map.delete(key);
  if (!make) return undefined;
  value ??= make();
  map.set(key, value);
  for (const k of map.keys()) {
    if (map.size <= PARAGRAPH_CACHES) break;
    map.delete(k);
  }
  return value;
}

/** The previous map when the new one holds the same entries: whatever was keyed with it stays valid. */
function sameMap(previous: Map<string, string> | undefined, map: Map<string, string>): Map<string, string> {
  return previous && previous.size === map.size && [...map].every(([k, v]) => previous.get(k) === v) ? previous : map;
}

/** A bare word taken for a person another source names in full, or a company another source introduced. */
function bareMention(b: BareWord, kind: 'person' | 'company', entity: string): Mention {
  return { kind, start: b.start, end: b.end, text: b.word, entity, sentence: b.sentence, source: kind === 'person' ? 'surname' : 'context' };
}

/** The entries whose key has one value only (a key given two values is dropped). */
function oneValuePerKey(entries: Iterable<[string, string]>): Map<string, string> {
  const map = new Map<string, string>();
  const clash = new Set<string>();
  for (const [k, v] of entries) {
    if (map.has(k) && map.get(k) !== v) clash.add(k);
    map.set(k, v);
  }
  for (const k of clash) map.delete(k);
  return map;
}

const WEAK_WORDS = new WeakMap<Lexicon, Map<string, string>>();

/** The one-word names the lexicon matches only beside the company's full name, with their ids (a word of two companies is left out). */
function weakWords(lex: Lexicon): Map<string, string> {
  let out = WEAK_WORDS.get(lex);
  if (out) return out;
  const entries: Array<[string, string]> = [];
  for (const list of lex.phrases.values()) for (const p of list) if (p.weak && p.words.length === 1) entries.push([p.words[0]!, p.entry.id]);
  out = oneValuePerKey(entries);
  WEAK_WORDS.set(lex, out);
  return out;
}

/** Where a document uses alone one-word company names another document introduced, as company mentions. */
function folderCompanies(bare: readonly BareWord[], words: Map<string, string>): Mention[] {
  if (!words.size) return NO_MENTIONS;
  let out: Mention[] = NO_MENTIONS;
  for (const b of bare) {
    const id = words.get(b.word);
    if (!id) continue;
    if (out === NO_MENTIONS) out = [];
    out.push(bareMention(b, 'company', id));
  }
  return out;
}

function hitsKey(folder: readonly Mention[], aliases?: Map<string, string>): string {
  const hits = folder.length ? folder.map((m) => `${m.start}:${m.entity}`).join(',') : '';
  return aliases ? `${hits};${[...aliases].map(([a, b]) => `${a}>${b}`).join(',')}` : hits;
}

/** Document order, then text order: the order of a fact's reports. */
function byDocOrder(a: FactCandidate, b: FactCandidate): number {
  return a.report.doc < b.report.doc ? -1 : a.report.doc > b.report.doc ? 1 : a.report.start - b.report.start;
}

function fileNameOf(path: string): string {
  return path.split('/').pop() ?? path;
}

/** Code-unit order: far cheaper than localeCompare on a hundred thousand facts (labels start with a capital). */
function compareLabels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The claim (of a document's claims, in text order) that holds [start, end): a binary search. */
function claimAround(refs: ClaimRef[] | undefined, start: number, end: number): ClaimRef | undefined {
  if (!refs) return undefined;
  let lo = 0;
  let hi = refs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = refs[mid]!.claim;
    if (start < c.start) hi = mid - 1;
    else if (start >= c.end) lo = mid + 1;
    else return end <= c.end ? refs[mid] : undefined;
  }
  return undefined;
}

const RANK = { conflict: 0, 'qualifier-differs': 1, agree: 2, 'single-source': 3 } as const;

/** Discrepancies first, then the facts more sources report, then by label. */
function factOrder(a: Fact, b: Fact): number {
  return RANK[a.verdict] - RANK[b.verdict] || b.documents.length - a.documents.length || compareLabels(a.label, b.label);
}

/** Same entities with the same names, forms and roles (counts aside). */
function sameEntities(a: Entity[], b: Entity[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(a.map((e) => [e.id, e]));
  for (const e of b) {
    const o = byId.get(e.id);
    if (!o || o.name !== e.name || o.kind !== e.kind || o.role !== e.role || o.aliases.length !== e.aliases.length || o.aliases.some((x, i) => x !== e.aliases[i])) return false;
  }
  return true;
}

export class Corpus {
  private readonly docs = new Map<string, DocEntry>();
  private readonly groups = new Map<string, FactCandidate[]>();
  private readonly groupFactsCache = new Map<string, Fact[]>();
  private readonly dirty = new Set<string>();
  /** Group keys filled by appending (a scan), sorted when next regrouped; in-place insertions per key since. */
  private readonly unsorted = new Set<string>();
  private readonly inserts = new Map<string, number>();
  /** Per group key, each report's fact (for groups of many reports; dropped when the group is regrouped). */
  private readonly reportFacts = new Map<string, Map<FactReport, Fact>>();
  private factList: Fact[] | undefined;
  private entityIndex: EntityIndex | undefined;
  /** Facts that a merge (relative periods, one figure keyed two ways) replaced or absorbed, to the fact that stands for them now. */
  private replacedFacts = new Map<Fact, Fact>();
  private generation = 0;
  private sortedPaths: string[] | undefined;
  /** Per entity id, the documents whose claims name it, in filing order (arrays: thousands of Set adds cost more). */
  private readonly claimDocs = new Map<string, string[]>();
  private rawIds: { generation: number; map: Map<string, string[]> } | undefined;
  /** Fullest name seen per entity id, kept up to date as documents arrive (stale entries are harmless). */
  private readonly entityNames = new Map<string, string>();
  private longFormMap: { generation: number; map: Map<string, string | null> } | undefined;
  private readonly claimFacts = new WeakMap<object, { generation: number; facts: Fact[] }>();
  private readonly hot = new Map<string, HotEntry>();
  private readonly entityObjects = new Map<string, Entity>();
  /** Paragraphs of the long documents open in editors, most recently updated last: a keystroke re-reads one paragraph. */
  private readonly paragraphs = new Map<string, LocalPartsCache>();
  /** The measure words of those documents' sentences, kept the same way. */
  private readonly measureMemos = new Map<string, MeasureWordsMemo>();
  private hotChars = 0;
  private readonly maxHot: number;
  private readonly maxHotChars: number;
  private factsByEntity: { generation: number; map: Map<string, Fact[]> } | undefined;
  private surnameMap: { generation: number; map: Map<string, string> } | undefined;
  private companyWordMap: { generation: number; map: Map<string, string> } | undefined;
  private rawWordMap: { generation: number; map: Map<string, string> } | undefined;
  private entitiesWithSurnames: { generation: number; map: Map<string, CorpusEntity> } | undefined;

  constructor(private lexiconValue: Lexicon, options: CorpusOptions = {}) {
    this.maxHot = Math.max(1, options.cachedAnalyses ?? 256);
    this.maxHotChars = options.cachedChars ?? 8_000_000;
  }

  get lexicon(): Lexicon {
    return this.lexiconValue;
  }

  /** Changes of any kind bump it; views compare it to know when to refresh. */
  get version(): number {
    return this.generation;
  }

  get size(): number {
    return this.docs.size;
  }

  /** Replaces the lexicon and re-analyses every document (unless the caller will do it, in its own time). */
  setLexicon(lexicon: Lexicon, reanalyze = true): void {
    this.lexiconValue = lexicon;
    if (reanalyze) for (const [path, d] of [...this.docs]) this.update(path, d.text.toString(), this.hot.has(path));
  }

  /**
   * Analyses a document into the index. Its full analysis stays cached when `keep` is set (an open
   * editor), when it was cached already, or while the cache has room: a scan of thousands of files
   * does not churn the cache (each analysis pushed out would first have been kept long enough to
   * become old garbage for the collector).
   */
  update(path: string, text: string, keep = false): DocumentAnalysis {
    const { analysis, tokens } = analyzeDocumentParts(text, this.lexiconValue, { fileName: fileNameOf(path), cache: this.paragraphCache(path, text, keep) });
    this.store(path, text, analysis, keep, tokens);
    return analysis;
  }

  /** Keeps (or drops) the measure words of a long open document's sentences, for the few most recently updated. */
  private keepMeasureMemo(path: string, keep: boolean): void {
    keepRecent(this.measureMemos, path, keep ? () => new MeasureWordsMemo() : undefined);
  }

  /** The paragraph cache for an open document long enough to gain from one (the few most recent are kept). */
  private paragraphCache(path: string, text: string, keep: boolean): LocalPartsCache | undefined {
    return keepRecent(this.paragraphs, path, keep && text.length >= PARAGRAPH_CACHE_MIN_CHARS ? () => new LocalPartsCache() : undefined);
  }

  /** Stores an analysis made elsewhere (a worker thread) with the same lexicon; `keep` as for update. */
  setAnalysis(path: string, text: string, analysis: DocumentAnalysis, keep = false): DocumentAnalysis {
    this.store(path, text, analysis, keep);
    return analysis;
  }

  /** Files a document's analysis; `tokens` are the word tokens of its normalised text, when at hand. */
  private store(path: string, text: string, analysis: DocumentAnalysis, keep: boolean, tokens?: Token[]): void {
    this.keepMeasureMemo(path, keep && text.length >= PARAGRAPH_CACHE_MIN_CHARS);
    // What outlives the analysis must not hold views into the text: names are copied, claims and
    // reports read their sentences from the packed text.
    const source = new PackedText(text);
    analysis.entities = analysis.entities.map((e) => this.sharedEntity(e));
    for (const e of analysis.entities) {
      const known = this.entityNames.get(e.id);
      if (known === undefined || extendsName(e.name, known)) this.entityNames.set(e.id, e.name);
    }
    const claims = new StoredClaims(analysis.claims, source);
    this.removeCandidates(path);
    this.unindexClaims(path);
    const bare = bareWords(text, analysis, tokens);
    // Facts are keyed with the names other documents made known as of the last look (see refreshFolderNames).
    const ownSurnames = new Set(analysis.entities.filter((e) => e.kind === 'person').map((e) => familyName(e.name)));
    // One-word names found from context, with their ids; a word that stands for two ids here stands for none.
    const contextNames = new Map<string, string | null>();
    for (const m of analysis.mentions) {
      // A common word the lexicon names only mid-sentence ("Mars") counts too: other articles may open sentences with it.
      if (m.kind !== 'company' || (m.source !== 'context' && !(m.source === 'lexicon' && this.lexiconValue.entries.get(m.entity!)?.common && !m.text.includes(' ')))) continue;
      // "Frontier Airlines" is "Frontier" in an article that says no more (not the family name of
      // known companies, "Adani", nor a surname the article gives a person).
      const name = stripPossessive(m.text);
      const head = corporateHead(name);
      const word = head && !this.lexiconValue.phrases.has(head.toLowerCase()) && !ownSurnames.has(head) ? head : name;
      if (!isTitleWord(word) && !isAcronymWord(word)) continue;
      const known = contextNames.get(word);
      contextNames.set(word, known === undefined || known === m.entity ? m.entity! : null);
    }
    const contextWords = [...contextNames].filter((e): e is [string, string] => e[1] !== null).map(([w, id]): [string, string] => [detach(w), id]);
    // Facts are keyed with the names other documents made known as of the last look (see refreshFolderNames).
    const keyedWith = this.rawWordMap?.map;
    const folder = keyedWith ? folderCompanies(bare, keyedWith) : NO_MENTIONS;
    const aliases = keyedWith ? this.ownAliases(contextWords, keyedWith) : undefined;
    const candidates = this.keyFacts(path, text, analysis, source, folder, aliases);
    const ids = new Set<string>();
    for (const c of analysis.claims) for (const id of c.entities) ids.add(id);
    const claimEntityIds = [...ids];
    const entityCounts = docEntities(analysis);
    // Typing rarely changes who an article names: then only its counts change in the entity index.
    const previous = this.docs.get(path)?.entityCounts;
    const keepEntities = !!previous && sameEntities(previous.entities, entityCounts.entities) && this.patchEntityCounts(path, entityCounts);
    let figureCount = 0;
    for (const m of analysis.mentions) if (m.kind === 'money' || m.kind === 'quantity') figureCount++;
    this.docs.set(path, {
      text: source, lexicon: this.lexiconValue, title: detach(analysis.title), claims, figureCount,
      candidates, bare, ownSurnames, contextWords, entityCounts, claimEntityIds, keyedWith, folderHits: hitsKey(folder, aliases),
    });
    const wasCached = this.dropHot(path);
    if (keep || wasCached || this.hot.size < this.maxHot) {
      // The claims a cached analysis shows are the index's own (same identity); others are the caller's.
      analysis.claims = claims.list();
      this.putHot(path, { analysis });
    }
    for (const c of candidates) this.addCandidate(c);
    this.indexClaims(path, claimEntityIds);
    this.invalidate(keepEntities);
  }

  /**
   * One object for each distinct entity as documents give it (id, kind, name, role, aliases): an
   * archive names the same companies the same way thousands of times. Shared objects are never
   * changed (the entity index copies what it merges); the table starts over past a bound.
   */
  private sharedEntity(e: Entity): Entity {
    const key = `${e.id}\n${e.kind}\n${e.name}\n${e.role ?? ''}\n${e.aliases.join('\n')}`;
    const known = this.entityObjects.get(key);
    if (known) return known;
    if (this.entityObjects.size >= SHARED_ENTITIES) this.entityObjects.clear();
    const copy: Entity = { id: e.id, kind: e.kind, name: detach(e.name), aliases: e.aliases.map(detach) };
    if (e.role) copy.role = detach(e.role);
    this.entityObjects.set(key, copy);
    return copy;
  }

  /** A document's fact candidates, their reports reading sentences from the packed text. */
  private keyFacts(path: string, text: string, analysis: DocumentAnalysis, source: PackedText, folder: readonly Mention[], aliases?: Map<string, string>): FactCandidate[] {
    const candidates = factCandidates(path, text, analysis, aliases ? (id) => aliases.get(id) ?? id : undefined, folder, this.measureMemos.get(path));
    for (const c of candidates) c.report = new StoredReport(c.report, source);
    return candidates;
  }

  /**
   * Keys again the facts of documents that use alone a company name another document introduced
   * ("Shares of Splunk rose" where another article wrote "software maker Splunk"), when the names
   * known across the folder changed since they were keyed. Most documents use none: a look at their
   * bare words, and nothing else.
   */
  private refreshFolderNames(): boolean {
    const map = this.rawCompanyWords();
    // Documents whose analysis is not in memory are re-read a bounded number at a time: a name used
    // bare in thousands of archived articles is taken in over several calls, never in one long pause.
    let rereads = 0;
    let pending = false;
    let rekeyed = false;
    for (const [path, d] of this.docs) {
      if (d.keyedWith === map) continue;
      const folder = folderCompanies(d.bare, map);
      const aliases = this.ownAliases(d.contextWords, map);
      const key = hitsKey(folder, aliases);
      if (key === d.folderHits) {
        d.keyedWith = map;
        continue;
      }
      if (!this.hot.has(path) && ++rereads > FOLDER_REREADS) {
        pending = true;
        continue;
      }
      d.keyedWith = map;
      d.folderHits = key;
      const analysis = this.analysis(path);
      if (!analysis) continue;
      this.removeCandidates(path);
      d.candidates = this.keyFacts(path, d.text.toString(), analysis, d.text, folder, aliases);
      for (const c of d.candidates) this.addCandidate(c);
      d.factsFor = undefined;
      rekeyed = true;
    }
    // Views that cached this version's facts ask again.
    if (rekeyed) this.generation++;
    return pending;
  }

  remove(path: string): boolean {
    this.paragraphs.delete(path);
    this.measureMemos.delete(path);
    if (!this.docs.has(path)) return false;
    this.removeCandidates(path);
    this.unindexClaims(path);
    this.docs.delete(path);
    this.dropHot(path);
    this.invalidate();
    return true;
  }


  clear(): void {
    this.paragraphs.clear();
    this.measureMemos.clear();
    this.docs.clear();
    this.hot.clear();
    this.hotChars = 0;
    this.entityObjects.clear();
    this.claimDocs.clear();
    this.groups.clear();
    this.groupFactsCache.clear();
    this.unsorted.clear();
    this.inserts.clear();
    this.reportFacts.clear();
    this.dirty.clear();
    this.invalidate();
  }

  has(path: string): boolean {
    return this.docs.has(path);
  }

  /** The full analysis of a document: from the cache, else made again from its text (same lexicon, same result). */
  analysis(path: string): DocumentAnalysis | undefined {
    return this.hotEntry(path)?.analysis;
  }

  /** The document's title, without its full analysis. */
  title(path: string): string | undefined {
    return this.docs.get(path)?.title;
  }

  /** Counts for a document's summary line, without its full analysis. */
  summary(path: string): { title: string; entities: number; figures: number; claims: number } | undefined {
    const d = this.docs.get(path);
    if (!d) return undefined;
    const ids = new Set<string>();
    for (const id of d.entityCounts.counts.keys()) ids.add(this.canonical(id));
    for (const m of this.crossSourceMentions(path)) ids.add(this.canonical(m.entity!));
    return { title: d.title, entities: ids.size, figures: d.figureCount, claims: d.claims.length };
  }

  /** Where the document first mentions an entity (canonical id), without its full analysis. */
  firstMention(path: string, entityId: string): Span | undefined {
    const d = this.docs.get(path);
    if (!d) return undefined;
    let best: Span | undefined;
    const first = d.entityCounts.first;
    if (first) {
      let k = 0;
      for (const id of d.entityCounts.counts.keys()) {
        const start = first[k++]!;
        const end = first[k++]!;
        if ((!best || start < best.start) && this.canonical(id) === entityId) best = { start, end };
      }
    }
    for (const m of this.crossSourceMentions(path)) {
      if (best && m.start >= best.start) break;
      if (this.canonical(m.entity!) === entityId) best = { start: m.start, end: m.end };
    }
    return best;
  }

  /** How many full analyses are in memory now (for tests and the benchmark). */
  get cachedAnalyses(): number {
    return this.hot.size;
  }

  private hotEntry(path: string): HotEntry | undefined {
    let h = this.hot.get(path);
    if (h) {
      // Most recently used last.
      this.hot.delete(path);
      this.hot.set(path, h);
      return h;
    }
    const d = this.docs.get(path);
    if (!d) return undefined;
    const analysis = analyzeDocument(d.text.toString(), d.lexicon, { fileName: fileNameOf(path) });
    // The claims the corpus indexed stay the ones callers see (same content, same identity).
    analysis.claims = d.claims.list();
    h = { analysis };
    this.putHot(path, h);
    return h;
  }

  private putHot(path: string, h: HotEntry): void {
    this.hot.set(path, h);
    this.hotChars += h.analysis.length;
    for (const [p, old] of this.hot) {
      if (this.hot.size <= this.maxHot && this.hotChars <= this.maxHotChars) break;
      if (p === path) continue;
      this.hot.delete(p);
      this.hotChars -= old.analysis.length;
    }
  }

  private dropHot(path: string): boolean {
    const h = this.hot.get(path);
    if (!h) return false;
    this.hot.delete(path);
    this.hotChars -= h.analysis.length;
    return true;
  }

  text(path: string): string | undefined {
    return this.docs.get(path)?.text.toString();
  }

  paths(): string[] {
    if (!this.sortedPaths) this.sortedPaths = [...this.docs.keys()].sort();
    return this.sortedPaths;
  }


  /** All facts, discrepancies first. Regroups only what changed since the last call. */
  facts(): Fact[] {
    if (this.factList) return this.factList;
    const pending = this.refreshFolderNames();
    // Labels use names kept as documents arrive: the full entity index is not rebuilt for them.
    const names = (id: string): string => this.entityNames.get(id) ?? this.lexiconValue.entries.get(id)?.name ?? id.replace(/^[a-z]+:/, '').replace(/-/g, ' ');
    for (const key of this.dirty) {
      this.reportFacts.delete(key);
      const g = this.groups.get(key);
      if (g && this.unsorted.delete(key)) g.sort(byDocOrder);
      if (!g || g.length === 0) {
        this.groups.delete(key);
        this.groupFactsCache.delete(key);
      } else {
        this.groupFactsCache.set(key, groupFacts(g, names));
      }
    }
    this.dirty.clear();
    this.inserts.clear();
    let all: Fact[] = [];
    for (const fs of this.groupFactsCache.values()) all.push(...fs);
    this.replacedFacts = new Map();
    all = mergeSameFigure(mergeRelativePeriods(all, this.replacedFacts), this.replacedFacts);
    all.sort(factOrder);
    // Ids stay unique across groups.
    const seen = new Map<string, number>();
    for (const f of all) {
      const n = seen.get(f.id) ?? 0;
      seen.set(f.id, n + 1);
      if (n) f.id = `${f.id}~${n}`;
    }
    // Some documents still wait to be keyed with the folder's names: the next call goes on with them.
    if (!pending) this.factList = all;
    return all;
  }

  /** Facts whose subject or object is the entity (canonical id), indexed once per change. */
  factsAbout(entityId: string): Fact[] {
    if (!this.factsByEntity || this.factsByEntity.generation !== this.generation) {
      const map = new Map<string, Fact[]>();
      const add = (id: string | undefined, f: Fact): void => {
        if (!id) return;
        let l = map.get(id);
        if (!l) map.set(id, (l = []));
        if (l[l.length - 1] !== f) l.push(f);
      };
      for (const f of this.facts()) {
        add(f.subject, f);
        add(f.object, f);
      }
      this.factsByEntity = { generation: this.generation, map };
    }
    return this.factsByEntity.map.get(entityId) ?? [];
  }

  /**
   * Facts with a report in the document, in the order of facts(). Found through the document's own
   * fact candidates: nothing is rebuilt over the whole corpus after a change elsewhere.
   */
  factsFor(path: string): Fact[] {
    const d = this.docs.get(path);
    if (!d) return [];
    this.facts();
    if (d.factsFor && d.factsFor.generation === this.generation) return d.factsFor.facts;
    const out = new Set<Fact>();
    for (const c of d.candidates) {
      const f = this.factOfCandidate(c);
      if (f) out.add(f);
    }
    const facts = [...out].sort(factOrder);
    d.factsFor = { generation: this.generation, facts };
    return facts;
  }

  /** The fact of the figure covering offset in the document. */
  factAt(path: string, offset: number): Fact | undefined {
    const d = this.docs.get(path);
    if (!d) return undefined;
    const mention = this.mentionAt(path, offset, (m) => m.kind === 'money' || m.kind === 'quantity');
    if (!mention) return undefined;
    const own = this.factOfFigure(d, mention.start);
    if (own) return own;
    // A conversion ("£10.55 billion") belongs to the fact of the amount it restates.
    if (mention.amount?.conversionOf !== undefined) {
      const target = this.analysis(path)?.mentions[mention.amount.conversionOf];
      if (target) return this.factOfFigure(d, target.start);
    }
    return undefined;
  }

  private factOfFigure(d: DocEntry, start: number): Fact | undefined {
    const c = d.candidates[firstCandidateFrom(d.candidates, start)];
    return c && c.report.start === start ? this.factOfCandidate(c) : undefined;
  }

  /** The fact (as facts() gives it) holding a candidate's report. */
  private factOfCandidate(c: FactCandidate): Fact | undefined {
    this.facts();
    const facts = this.groupFactsCache.get(c.key);
    if (!facts) return undefined;
    let f: Fact | undefined;
    if (facts.length === 1 && facts[0]!.reports.length <= 16) f = facts[0]!.reports.includes(c.report) ? facts[0] : undefined;
    else {
      // A group of many reports: an index from report to fact, made once per regrouping.
      let index = this.reportFacts.get(c.key);
      if (!index) {
        index = new Map();
        for (const x of facts) for (const r of x.reports) index.set(r, x);
        this.reportFacts.set(c.key, index);
      }
      f = index.get(c.report);
    }
    // Merges may replace a fact more than once (a period merge, then a figure merge).
    let g = f;
    for (let n = 0; g && n < 4 && this.replacedFacts.has(g); n++) g = this.replacedFacts.get(g);
    return g;
  }

  /**
   * Every mention of a document, plus names that only another source introduces: a surname another
   * article spells out in full ("Wang" for "Alexandr Wang"), and a company another article names
   * from context ("Wiz" where one article wrote "startup Wiz" and this one only "Wiz walked away").
   * Computed once per corpus version.
   */
  mentionsOf(path: string): Mention[] {
    const h = this.hotEntry(path);
    if (!h) return [];
    if (h.mentions && h.mentions.generation === this.generation) return h.mentions.list;
    const a = h.analysis;
    const extra = this.crossSourceMentions(path);
    const list = extra.length ? [...a.mentions, ...extra].sort((x, y) => x.start - y.start || x.end - y.end) : a.mentions;
    h.mentions = { generation: this.generation, list };
    return list;
  }

  private crossSourceMentions(path: string): Mention[] {
    return this.crossSourceMentionsOf(this.docs.get(path)!, this.surnames(), this.companyWords());
  }

  private crossSourceMentionsOf(d: DocEntry, people: Map<string, string>, companies: Map<string, string>): Mention[] {
    if ((!people.size && !companies.size) || !d.bare.length) return NO_MENTIONS;
    // Kept while the maps stay the same objects: most edits change no one's name, and the entity
    // counts read every document's cross-source mentions after each change.
    if (d.surnameHits && d.surnameHits.map === people && d.surnameHits.companies === companies) return d.surnameHits.list;
    let out: Mention[] = NO_MENTIONS;
    for (const b of d.bare) {
      const person = d.ownSurnames.has(b.word) ? undefined : people.get(b.word);
      const company = person ? undefined : companies.get(b.word);
      if (!person && !company) continue;
      if (out === NO_MENTIONS) out = [];
      out.push(person ? bareMention(b, 'person', person) : bareMention(b, 'company', company!));
    }
    d.surnameHits = { map: people, companies, list: out };
    return out;
  }

  /** One-word company names found from context in some document (one id per word), to find where other documents use them alone. */
  private companyWords(): Map<string, string> {
    if (this.companyWordMap && this.companyWordMap.generation === this.generation) return this.companyWordMap.map;
    const map = new Map<string, string>();
    for (const [word, id] of this.rawCompanyWords()) map.set(word, this.canonical(id));
    this.companyWordMap = { generation: this.generation, map: sameMap(this.companyWordMap?.map, map) };
    return this.companyWordMap.map;
  }

  /**
   * The same words with the ids their documents gave them (as fact candidates use), without the
   * entity index: facts are regrouped after a change without rebuilding it.
   */
  private rawCompanyWords(): Map<string, string> {
    if (this.rawWordMap && this.rawWordMap.generation === this.generation) return this.rawWordMap.map;
    // A word an article took for a company of its own ("Spirit", company:spirit) gives way to the known
    // company other articles use it for (Spirit Airlines); two known companies for one word cancel out.
    const entries = [...this.contextWordEntries()];
    const map = oneValuePerKey(entries.filter(([, id]) => !this.lexiconValue.entries.has(id)));
    for (const [w, id] of oneValuePerKey(entries.filter(([, id]) => this.lexiconValue.entries.has(id)))) map.set(w, id);
    // A name the lexicon knows as a word of its own, or excludes, is the lexicon's to decide (the first
    // word of a longer known name, "Spirit" of "Spirit AeroSystems", is not).
    // Unless it is a common word the lexicon names only mid-sentence ("Mars"): an article found it, and
    // others may open sentences with it.
    for (const [w, id] of [...map]) {
      const lower = w.toLowerCase();
      if (this.lexiconValue.phrases.get(lower)?.some((p) => p.words.length === 1 && !(p.entry.common && p.entry.id === id)) || this.lexiconValue.excluded.has(lower)) map.delete(w);
    }
    // A short name the lexicon keeps for articles that name the company in full ("Frontier" of
    // Frontier Airlines) stands for it in every article of a folder where one article does.
    const weak = weakWords(this.lexiconValue);
    if (weak.size) {
      const ids = new Set(weak.values());
      const named = new Set<string>();
      for (const d of this.docs.values()) for (const id of ids) if (d.entityCounts.counts.has(id)) named.add(id);
      for (const [w, id] of weak) if (named.has(id) && !map.has(w)) map.set(w, id);
    }
    this.rawWordMap = { generation: this.generation, map: sameMap(this.rawWordMap?.map, map) };
    return this.rawWordMap.map;
  }

  private *contextWordEntries(): IterableIterator<[string, string]> {
    for (const d of this.docs.values()) yield* d.contextWords;
  }

  private *surnameEntries(): IterableIterator<[string, string]> {
    for (const e of this.entityIdx().entities.values()) if (e.kind === 'person' && e.name.includes(' ')) yield [familyName(e.name), e.id];
  }

  /** Surnames of people named in full somewhere in the corpus, where only one person has that surname. */
  private surnames(): Map<string, string> {
    if (this.surnameMap && this.surnameMap.generation === this.generation) return this.surnameMap.map;
    const map = oneValuePerKey(this.surnameEntries());
    // "Adani" in "the Adani group" is no person where "Adani Enterprises" is a company: a surname that
    // starts a company's name is not taken alone from another source.
    for (const e of this.entityIdx().entities.values()) if (e.kind === 'company' && e.name.includes(' ')) map.delete(e.name.split(' ')[0]!);
    // Unchanged content keeps the previous object, and with it every document's surname mentions.
    this.surnameMap = { generation: this.generation, map: sameMap(this.surnameMap?.map, map) };
    return this.surnameMap.map;
  }

  /** The mention covering offset (binary search over the sorted mentions). */
  mentionAt(path: string, offset: number, filter?: (m: Mention) => boolean): Mention | undefined {
    if (!this.docs.has(path)) return undefined;
    const ms = this.mentionsOf(path);
    let lo = 0;
    let hi = ms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.start <= offset) lo = mid + 1;
      else hi = mid - 1;
    }
    for (let i = hi; i >= 0 && i >= hi - 8; i--) {
      const m = ms[i]!;
      if (m.start <= offset && offset <= m.end && (!filter || filter(m))) return m;
    }
    return undefined;
  }

  /** Entities across sources, counting the surname-only mentions of people named in full elsewhere. */
  entities(): Map<string, CorpusEntity> {
    if (this.entitiesWithSurnames && this.entitiesWithSurnames.generation === this.generation) return this.entitiesWithSurnames.map;
    const base = this.entityIdx().entities;
    let map = base;
    const people = this.surnames();
    const companies = this.companyWords();
    if (people.size || companies.size) {
      map = new Map(base);
      // Only the names a document leaves to another source: its own are in the base counts already.
      for (const [path, d] of this.docs) {
        for (const m of this.crossSourceMentionsOf(d, people, companies)) {
          const id = this.canonical(m.entity!);
          const e = map.get(id);
          if (!e) continue;
          let copy = e;
          if (copy === base.get(id)) map.set(id, (copy = { ...e, mentions: new Map(e.mentions), aliases: [...e.aliases] }));
          copy.mentions.set(path, (copy.mentions.get(path) ?? 0) + 1);
          if (!copy.aliases.includes(m.text)) copy.aliases.push(m.text);
        }
      }
    }
    this.entitiesWithSurnames = { generation: this.generation, map };
    return map;
  }

  canonical(id: string): string {
    return this.entityIdx().canonical.get(id) ?? id;
  }

  entity(id: string): CorpusEntity | undefined {
    return this.entities().get(this.canonical(id));
  }

  nameOf(id: string): string {
    return this.entity(id)?.name ?? this.lexiconValue.entries.get(id)?.name ?? id.replace(/^[a-z]+:/, '').replace(/-/g, ' ');
  }

  /** Other documents' claims that confirm or contradict the claim at offset. */
  claimLinksAt(path: string, offset: number): { claim: ClaimRef; links: ClaimLinks } | undefined {
    const claims = this.docs.get(path)?.claims;
    if (!claims) return undefined;
    const index = claims.indexAt(offset);
    if (index < 0) return undefined;
    const target: ClaimRef = { doc: path, index, claim: claims.list()[index]! };
    const links = linkClaim(target, this.candidateClaims(target), (ref) => this.factsOfClaim(ref), (id) => this.canonical(id), (fact, ref) => this.reportIn(fact, ref));
    return { claim: target, links };
  }

  /**
   * Claims worth comparing with a claim: those holding a report of one of its facts, then those that
   * share its least common entity, capped so that a hover stays fast in a large archive.
   */
  private candidateClaims(target: ClaimRef): ClaimRef[] {
    const out = new Set<ClaimRef>();
    for (const f of this.factsOfClaim(target)) {
      for (const r of f.reports.slice(0, 120)) {
        const ref = claimAround(this.claimRefsOf(r.doc), r.start, r.end);
        if (ref) out.add(ref);
      }
    }
    // The least common of its entities (counting every id merged into it), then the claims naming it
    // in the first documents that do.
    let best: string[] | undefined;
    let bestCount = Infinity;
    for (const e of new Set(target.claim.entities.map((x) => this.canonical(x)))) {
      const raw = this.rawIdsOf(e);
      const count = raw.reduce((n, id) => n + (this.claimDocs.get(id)?.length ?? 0), 0);
      if (count < bestCount) {
        bestCount = count;
        best = raw;
      }
    }
    if (!best) return [...out];
    const ids = new Set(best);
    let taken = 0;
    outer: for (const id of best) {
      for (const doc of this.claimDocs.get(id) ?? []) {
        for (const ref of this.claimRefsOf(doc) ?? []) {
          if (!ref.claim.entities.some((x) => ids.has(x)) || out.has(ref)) continue;
          out.add(ref);
          if (++taken >= 200) break outer;
        }
      }
    }
    return [...out];
  }

  private claimRefsOf(doc: string): ClaimRef[] | undefined {
    const d = this.docs.get(doc);
    if (!d) return undefined;
    return (d.claimRefs ??= d.claims.list().map((claim, index) => ({ doc, index, claim })));
  }

  /** Document-level entity ids merged into a canonical one (itself included), per change. */
  private rawIdsOf(canonicalId: string): string[] {
    if (!this.rawIds || this.rawIds.generation !== this.generation) {
      const map = new Map<string, string[]>();
      for (const id of this.claimDocs.keys()) {
        const c = this.canonical(id);
        let l = map.get(c);
        if (!l) map.set(c, (l = []));
        l.push(id);
      }
      this.rawIds = { generation: this.generation, map };
    }
    return this.rawIds.map.get(canonicalId) ?? [];
  }

  /** Documents whose claims name each (document-level) entity id, kept as documents come and go. */
  private indexClaims(path: string, ids: string[]): void {
    for (const id of ids) {
      const docs = this.claimDocs.get(id);
      if (docs) docs.push(path);
      else this.claimDocs.set(id, [path]);
    }
  }

  private unindexClaims(path: string): void {
    const old = this.docs.get(path);
    if (!old) return;
    for (const id of old.claimEntityIds) {
      const docs = this.claimDocs.get(id);
      if (!docs) continue;
      const i = docs.indexOf(path);
      if (i >= 0) docs.splice(i, 1);
      if (docs.length === 0) this.claimDocs.delete(id);
    }
  }

  factsOfClaim(ref: ClaimRef): Fact[] {
    const cached = this.claimFacts.get(ref.claim);
    if (cached && cached.generation === this.generation) return cached.facts;
    const facts = this.computeFactsOfClaim(ref);
    this.claimFacts.set(ref.claim, { generation: this.generation, facts });
    return facts;
  }

  /** A fact's report inside a claim, through the document's own candidates: nothing is built per fact. */
  private reportIn(fact: Fact, ref: ClaimRef): FactReport | undefined {
    const d = this.docs.get(ref.doc);
    if (!d) return undefined;
    for (let i = firstCandidateFrom(d.candidates, ref.claim.start); i < d.candidates.length; i++) {
      const c = d.candidates[i]!;
      if (c.report.start >= ref.claim.end) break;
      if (c.report.end <= ref.claim.end && this.factOfCandidate(c) === fact) return c.report;
    }
    return undefined;
  }

  /** The facts of the figures inside a claim, found through the document's fact candidates. */
  private computeFactsOfClaim(ref: ClaimRef): Fact[] {
    const d = this.docs.get(ref.doc);
    if (!d) return [];
    const out: Fact[] = [];
    for (let i = firstCandidateFrom(d.candidates, ref.claim.start); i < d.candidates.length; i++) {
      const c = d.candidates[i]!;
      if (c.report.start >= ref.claim.end) break;
      const f = this.factOfCandidate(c);
      if (f && !out.includes(f)) out.push(f);
    }
    return out;
  }

  private entityIdx(): EntityIndex {
    if (!this.entityIndex) this.entityIndex = indexEntities(this.entityCountsByDoc(), this.contextAliases());
    return this.entityIndex;
  }

  /**
   * The known company a word stands for across the folder, when the folder's names tie it to one
   * other than the word's own context id ("Spirit", company:spirit, stands for Spirit Airlines).
   */
  private knownFor(word: string, words: Map<string, string>): string | undefined {
    const to = words.get(word);
    if (to === undefined) return undefined;
    if (to !== `company:${slug(word)}`) return this.lexiconValue.entries.has(to) ? to : undefined;
    // "its purchase of Pioneer" where another article names Pioneer Natural Resources: the first word
    // of the one known company of the folder whose name starts with it.
    return this.longForms().get(word) ?? undefined;
  }

  /** First words of the known companies of several words the folder names, with their ids (null: two companies). */
  private longForms(): Map<string, string | null> {
    if (this.longFormMap && this.longFormMap.generation === this.generation) return this.longFormMap.map;
    const map = new Map<string, string | null>();
    for (const d of this.docs.values()) {
      for (const e of d.entityCounts.entities) {
        if (e.kind !== 'company' || !this.lexiconValue.entries.has(e.id)) continue;
        const sp = e.name.indexOf(' ');
        if (sp < 0) continue;
        const w = e.name.slice(0, sp);
        const cur = map.get(w);
        map.set(w, cur === undefined || cur === e.id ? e.id : null);
      }
    }
    this.longFormMap = { generation: this.generation, map };
    return map;
  }

  /** A document's own one-word context ids that the folder's names tie to a known company. */
  private ownAliases(contextWords: ReadonlyArray<[string, string]>, words: Map<string, string>): Map<string, string> | undefined {
    let out: Map<string, string> | undefined;
    for (const [w, id] of contextWords) {
      const to = id === `company:${slug(w)}` ? this.knownFor(w, words) : undefined;
      if (to) (out ??= new Map()).set(id, to);
    }
    return out;
  }

  /** Every one-word context id of the folder that stands for a known company, for the entity index. */
  private contextAliases(): Map<string, string> {
    const words = this.rawCompanyWords();
    const aliases = new Map<string, string>();
    for (const word of words.keys()) {
      const to = this.knownFor(word, words);
      if (to) aliases.set(`company:${slug(word)}`, to);
    }
    return aliases;
  }

  private *entityCountsByDoc(): IterableIterator<[string, DocEntities]> {
    for (const [p, d] of this.docs) yield [p, d.entityCounts];
  }

  /**
   * Groups are kept in document order (then text order) so that regrouping one after an edit does
   * not sort thousands of reports: a candidate is inserted in place, unless the group is filling in
   * bulk (a scan), where it is appended and the group sorted once when facts are next asked for.
   */
  private addCandidate(c: FactCandidate): void {
    let g = this.groups.get(c.key);
    if (!g) this.groups.set(c.key, (g = []));
    // One string per key for the whole group (thousands of candidates share a key in a large archive).
    else if (g.length) c.key = g[0]!.key;
    const key = c.key;
    const last = g[g.length - 1];
    if (!last || this.unsorted.has(key) || byDocOrder(last, c) <= 0) g.push(c);
    else {
      const inserts = (this.inserts.get(key) ?? 0) + 1;
      this.inserts.set(key, inserts);
      if (inserts > 64) {
        g.push(c);
        this.unsorted.add(key);
      } else {
        let lo = 0;
        let hi = g.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (byDocOrder(g[mid]!, c) <= 0) lo = mid + 1;
          else hi = mid;
        }
        g.splice(lo, 0, c);
      }
    }
    this.dirty.add(key);
  }

  private removeCandidates(path: string): void {
    const old = this.docs.get(path);
    if (!old) return;
    for (const c of old.candidates) {
      const g = this.groups.get(c.key);
      if (!g) continue;
      const i = g.indexOf(c);
      if (i >= 0) g.splice(i, 1);
      this.dirty.add(c.key);
    }
  }

  private invalidate(keepEntityIndex = false): void {
    this.sortedPaths = undefined;
    this.factList = undefined;
    if (!keepEntityIndex) this.entityIndex = undefined;
    this.generation++;
  }

  /**
   * Updates a document's mention counts in the built entity index, when nothing else about its
   * entities changed. Not for people merged with a spelling variant: which spelling leads depends on
   * the counts, so those take a rebuild.
   */
  private patchEntityCounts(path: string, counts: DocEntities): boolean {
    const idx = this.entityIndex;
    if (!idx) return false;
    const sums = new Map<string, number>();
    for (const [id, n] of counts.counts) {
      const c = idx.canonical.get(id) ?? id;
      const e = idx.entities.get(c);
      if (!e || e.variants.length > 1) return false;
      sums.set(c, (sums.get(c) ?? 0) + n);
    }
    for (const [c, n] of sums) idx.entities.get(c)!.mentions.set(path, n);
    return true;
  }
}
