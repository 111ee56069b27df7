// One document in, everything found in it out: the pure entry point the CLI, the editor and the
// corpus share.
import type { Lexicon } from './lexicon/lexicon';
import { extractClaims } from './extract/claims';
import { extractCompanies } from './extract/companies';
import { nameCrowns } from './extract/money';
import { extractPeople } from './extract/people';
import type { LocalPartsCache } from './localParts';
import { localParts } from './localParts';
import { sentenceAt } from './text/sentences';
import { SpanMask } from './text/spanMask';
import type { Token } from './text/tokens';
import type { DocumentAnalysis, Entity, Mention, Sentence } from './types';

// Patterns used inside functions are made once here: a pattern literal makes a new RegExp each time it is evaluated.
const POSSESSIVE_END = /['’]s$/;

export interface AnalyzeOptions {
  /** Used for the title when the text has none. */
  fileName?: string;
  /** The paragraphs of the document's previous version, when it is being edited. */
  cache?: LocalPartsCache;
}

export function analyzeDocument(text: string, lexicon: Lexicon, options: AnalyzeOptions = {}): DocumentAnalysis {
  return analyzeDocumentParts(text, lexicon, options).analysis;
}

/** The analysis, with the normalised text and word tokens it was made from (the corpus reuses them). */
export function analyzeDocumentParts(text: string, lexicon: Lexicon, options: AnalyzeOptions = {}): { analysis: DocumentAnalysis; norm: string; tokens: Token[] } {
  const { norm, lower, sentences, tokens, spots, money: localMoney, quantities, dates } = options.cache?.parts(text) ?? localParts(text);
  // A bare crown is the crown the document names elsewhere (Swedish, Danish...).
  const money = nameCrowns(localMoney, lower);
  const content = sentences.filter((s) => !s.noise);
  const sentenceStarts = new Set(content.map((s) => s.start));

  const people = extractPeople(norm, tokens, lexicon, spots);
  // Companies may sit inside a figure ("350,000 Nvidia H100 chips"), not inside an amount or a name.
  const named = people.filter((p) => p.source === 'pattern');
  const personWords = new Set<string>();
  for (const p of named) for (const w of p.name.split(' ')) personWords.add(w);
  // (An open document's paragraphs keep the lexicon's matches too.)
  const orgs = extractCompanies(norm, tokens, sentenceStarts, lexicon, [...money, ...dates, ...named], spots, personWords, named, options.cache?.lexiconMatches(lexicon));
  const orgMask = new SpanMask(norm.length);
  for (const o of orgs) orgMask.add(o.start, o.end);
  const persons = people.filter((p) => !(p.source === 'surname' && orgMask.overlaps(p.start, p.end)));

  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  const sentenceOf = (start: number): number => sentenceAt(sentences, start);
  const slice = (s: number, e: number): string => text.slice(s, e);
  for (const h of money) mentions.push({ kind: 'money', start: h.start, end: h.end, text: slice(h.start, h.end), amount: h.amount, sentence: sentenceOf(h.start) });
  for (const h of quantities) mentions.push({ kind: 'quantity', start: h.start, end: h.end, text: slice(h.start, h.end), quantity: h.quantity, sentence: sentenceOf(h.start) });
  for (const h of dates) mentions.push({ kind: 'date', start: h.start, end: h.end, text: slice(h.start, h.end), date: h.date, sentence: sentenceOf(h.start) });
  for (const h of orgs) {
    const surface = slice(h.start, h.end);
    mentions.push({ kind: h.kind, start: h.start, end: h.end, text: surface, entity: h.id, sentence: sentenceOf(h.start), source: h.source });
    addForm(entities, { id: h.id, kind: h.kind, name: h.name, aliases: [] }, surface);
  }
  for (const h of persons) {
    const surface = slice(h.start, h.end);
    mentions.push({ kind: 'person', start: h.start, end: h.end, text: surface, entity: h.id, sentence: sentenceOf(h.start), source: h.source });
    const e = addForm(entities, { id: h.id, kind: 'person', name: h.name, aliases: [] }, surface);
    if (h.role && !e.role) e.role = h.role;
  }
  // Mentions in noise lines (bylines, ticker strips) are kept: ticker strips name companies.
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  // Conversions pointed at the money list; point them at the sorted mention list instead.
  const moneyIndex = new Map<number, number>();
  mentions.forEach((x, i) => { if (x.kind === 'money') moneyIndex.set(x.start, i); });
  for (const m of money) if (m.amount.conversionOf !== undefined) {
    const idx = moneyIndex.get(money[m.amount.conversionOf]!.start);
    const self = mentions[moneyIndex.get(m.start)!]!;
    if (idx !== undefined) self.amount!.conversionOf = idx;
  }
  const claims = extractClaims(norm, sentences, mentions, lower, spots);
  for (const c of claims) c.text = text.slice(c.start, c.end);
  for (const e of entities.values()) e.aliases = e.aliases.slice();
  const analysis = { title: findTitle(text, norm, sentences, options.fileName), length: text.length, sentences, mentions, claims, entities: [...entities.values()] };
  return { analysis, norm, tokens };
}

function addForm(map: Map<string, Entity>, e: Entity, surface: string): Entity {
  let cur = map.get(e.id);
  if (!cur) map.set(e.id, (cur = e));
  const form = surface.replace(POSSESSIVE_END, '');
  if (form !== cur.name && !cur.aliases.includes(form)) cur.aliases.push(form);
  return cur;
}

const LABEL_LINE = /^(?:commentary|analysis|opinion|news|back to news|summary|exclusive|breaking|update|market impact.*|by .*|updated .*|published .*|\d.*)$/i;

function findTitle(text: string, norm: string, sentences: Sentence[], fileName?: string): string {
  const heading = /^#\s+(.+)$/m.exec(norm);
  if (heading) return text.substr(heading.index + heading[0].indexOf(heading[1]!), heading[1]!.trim().length).trim();
  for (const s of sentences.slice(0, 12)) {
    if (s.noise) continue;
    const lineStart = norm.lastIndexOf('\n', s.start - 1) + 1;
    let lineEnd = norm.indexOf('\n', s.start);
    if (lineEnd < 0) lineEnd = norm.length;
    const line = norm.slice(lineStart, lineEnd).trim();
    const words = line.split(/\s+/).length;
    if (LABEL_LINE.test(line) || words < 3) continue;
    if (words <= 25 && !/[.!?]$/.test(line)) return text.slice(s.start, s.end).trim();
    break;
  }
  const first = sentences.find((s) => !s.noise);
  if (first) {
    const t = text.slice(first.start, first.end).trim();
    return t.length > 90 ? `${t.slice(0, 87).trimEnd()}...` : t;
  }
  return fileName ?? 'Untitled';
}
