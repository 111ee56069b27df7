// Claims: sentences that assert something checkable (a figure, a deal, a role, an event), with the
// entities and figures in them, who the text attributes them to, and whether they are hedged.
import { anySpotIn } from '../text/keywordSpots';
import type { Claim, Mention, Sentence } from '../types';
import type { TriggerSpots } from './triggers';
import { Trigger, spotTriggers } from './triggers';

// Patterns used inside functions are made once here: a pattern literal makes a new RegExp each time it is evaluated.
const HAS_VERB = /[a-z]{3,}(?:s|ed|ing)?\b/;
const ENDS_SENTENCE = /[.!?"']$/;

// Case-insensitive tests run on the lower-cased sentence: a case-sensitive pattern with the
// word boundary factored out front is about twice as fast as /i with a boundary per alternative.
const DEAL = /\b(?:invest\w*|acqui\w+|buy(?:s|ing)?|bought|merg\w+|partner\w*|deal|stake|funding|fund(?:s|ed)|rais\w+|valu\w+|back(?:ed|ing)|sold|sell(?:s|ing)?|purchas\w+|contract|agreement|spend\w*|pour(?:s|ed)?)\b/;
const ROLE = /\b(?:ceo|chief executive|founder|co-?founded|founded|chairman|president|joined|hired|appointed|named|resigned|steps? down|leads?|led)\b/;
const EVENT = /\b(?:announc\w+|launch\w*|releas\w+|unveil\w*|sign\w*|fil(?:ed|es|ing)|disclos\w+|report(?:ed|s|ing)|plans?|planned|agreed|approv\w+|built|build(?:s|ing)|develop\w*|expand\w*|employ\w*|serves?|hold(?:s|ing)|own(?:s|ed)|targets?|aims?)\b/;
const HEDGES: Array<[string, RegExp]> = [
  ['reportedly', /\breportedly\b/i], ['in talks', /\bin (?:advanced )?talks\b/i], ['talks', /\b(?:advanced )?talks (?:to|with|that)\b/i],
  ['could', /\bcould\b/i], ['may', /\bmay\b(?! \d)/], ['might', /\bmight\b/i], ['potentially', /\bpotential(?:ly)?\b/i], ['possibly', /\bpossibl[ey]\b/i],
  ['likely', /\blikely\b/i], ['expected to', /\bexpect(?:ed|s)? to\b/i], ['considering', /\bconsider(?:ing|s)\b/i], ['would', /\bwould\b/i],
  ['if', /\bif\b/i], ['discussions', /\bdiscussions?\b/i], ['rumored', /\brumou?red\b/i], ['said to be', /\bsaid to be\b/i], ['plans to', /\bplans? to\b/i],
  ['aims to', /\baims? to\b/i], ['projected', /\bproject(?:ed|ing|ions?)\b/i], ['estimated', /\bestimat\w+\b/i], ['reports indicated', /\breports? (?:indicated?|suggest(?:ed|s)?)\b/i],
];
const ATTRIBUTION: RegExp[] = [
  /\baccording to (?:a (?:new )?report (?:from|by|in) |reports? (?:from|by|in) |data from |a statement from )?((?:the )?[A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}){0,4}|recent surveys|sources|people familiar with the matter|analysts)/,
  /\bas per ((?:the )?[A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}){0,3})/,
  /\b(?:a )?report (?:from|by|in) ((?:the )?[A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}){0,3})/,
  /\b(?:reported|first reported|disclosed) by ((?:the )?[A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}){0,3})/,
  /((?:the )?[A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}){0,3}) (?:said|says|reported|reports|told|confirmed|announced|wrote|noted|disclosed|stated)\b/,
  /\b(?:said|says|told) ((?:the )?[A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'-]{0,30}){0,3})/,
];
/** Any hedge at all, in the lower-cased sentence? One pass before the per-hedge patterns. */
const HEDGE_ANY = new RegExp(String.raw`\b(?:${HEDGES.map(([, re]) => re.source.replace(/^\\b/, '')).join('|')})`);
const ATTRIBUTION_ANY = /\b(?:according|per|report|reported|reports|said|says|told|confirmed|announced|wrote|noted|disclosed|stated)\b/;
const UNNAMED = /\b(?:people familiar with|sources (?:said|say|close to|familiar)|person familiar|anonymous|unnamed|insiders?)\b/;
const NOT_SOURCE = /^(?:The|It|He|She|They|We|This|That|Meta|Company)$/;

/** Shared by every unhedged claim, and by claims without entities or figures; never mutated. */
const NO_HEDGES: string[] = Object.freeze([]) as unknown as string[];
const NONE_STRINGS: string[] = Object.freeze([]) as unknown as string[];
const NONE_NUMBERS: number[] = Object.freeze([]) as unknown as number[];

/**
 * `lower` is the text lower-cased, same length; `spots` the trigger words in it (analyze makes both
 * once for every extractor). A sentence is tested for deal, role, event, hedge or attribution words
 * only when one of the group's words stands in it.
 */
export function extractClaims(text: string, sentences: Sentence[], mentions: Mention[], lower: string = text.toLowerCase(), spots: TriggerSpots = spotTriggers(lower)): Claim[] {
  const deal = spots[Trigger.Deal]!;
  const role = spots[Trigger.Role]!;
  const event = spots[Trigger.Event]!;
  const hedge = spots[Trigger.Hedge]!;
  const attribution = spots[Trigger.Attribution]!;
  const unnamed = spots[Trigger.Unnamed]!;
  const claims: Claim[] = [];
  // Scratch lists, copied to exact size into each claim (every sentence used to make its own).
  const figures: number[] = [];
  const entities: string[] = [];
  // Claims naming the same entities share one list (an archive keeps hundreds of thousands of claims).
  const entityLists = new Map<string, string[]>();
  let mi = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    // The sentence's mentions: indexes from..to (mentions are in text order).
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    let to = mi;
    while (to < mentions.length && mentions[to]!.start < s.end) to++;
    if (s.noise) continue;
    let figureCount = 0;
    let entityCount = 0;
    let hardCount = 0;
    for (let k = mi; k < to; k++) {
      const x = mentions[k]!;
      if (x.kind === 'money' || x.kind === 'quantity') {
        figures[figureCount++] = k;
        hardCount++;
      } else if (x.kind === 'date') figures[figureCount++] = k;
      else if (x.entity && !listed(entities, entityCount, x.entity)) entities[entityCount++] = x.entity;
    }
    // Without a figure or an entity a sentence is no claim of any type: no need to read it.
    if (!hardCount && !entityCount) continue;
    if (!hasWords(text, s.start, s.end, 4)) continue;
    const body = text.slice(s.start, s.end);
    // The lower-cased sentence, made only if one of the word tests below runs.
    let low: string | undefined;
    const lowered = (): string => (low ??= lower.slice(s.start, s.end));
    // A figure makes the sentence a claim whatever its words: deal and event words are read only without one.
    const isDeal = !hardCount && anySpotIn(deal, s.start, s.end) && DEAL.test(lowered());
    const isEvent = !hardCount && anySpotIn(event, s.start, s.end) && EVENT.test(lowered());
    let type: Claim['type'] | undefined;
    if (hardCount) type = 'figure';
    else if (entityCount && isDeal) type = 'deal';
    else if (namesPerson(entities, entityCount) && anySpotIn(role, s.start, s.end) && ROLE.test(lowered())) type = 'role';
    else if (entityCount && (isEvent || figureCount)) type = 'event';
    if (!type) continue;
    // A headline-like line without a verb is not a claim.
    if (!HAS_VERB.test(body) || (!ENDS_SENTENCE.test(body) && !isDeal && !isEvent && !hardCount)) continue;
    const mayHedge = anySpotIn(hedge, s.start, s.end);
    const hedges = mayHedge && HEDGE_ANY.test(lowered()) ? HEDGES.filter(([, re]) => re.test(body)).map(([h]) => h) : NO_HEDGES;
    const mayAttribute = anySpotIn(attribution, s.start, s.end);
    const mayBeUnnamed = anySpotIn(unnamed, s.start, s.end);
    // Exact-size copies and every field in one literal: an archive holds hundreds of thousands of claims.
    const claim: Claim = {
      start: s.start, end: s.end, text: body, sentence: si, entities: entityCount ? sharedList(entityLists, entities, entityCount) : NONE_STRINGS, figures: figureCount ? figures.slice(0, figureCount) : NONE_NUMBERS,
      hedged: hedges.length > 0, hedges, type,
      attribution: mayAttribute || mayBeUnnamed || mayHedge ? findAttribution(body, lowered(), mentions, mi, to, mayAttribute, mayBeUnnamed) : undefined,
    };
    claims.push(claim);
  }
  return claims;
}

/** The first `count` ids of `scratch` as a list shared with earlier claims naming the same ids. */
function sharedList(lists: Map<string, string[]>, scratch: string[], count: number): string[] {
  const key = count === 1 ? scratch[0]! : scratch.slice(0, count).join('\n');
  let list = lists.get(key);
  if (!list) lists.set(key, (list = scratch.slice(0, count)));
  return list;
}

function listed(list: string[], count: number, id: string): boolean {
  for (let i = 0; i < count; i++) if (list[i] === id) return true;
  return false;
}

function namesPerson(list: string[], count: number): boolean {
  for (let i = 0; i < count; i++) if (list[i]!.startsWith('person:')) return true;
  return false;
}

/** At least `n` words (runs of non-blank characters) between from and to, without splitting. */
function hasWords(text: string, from: number, to: number, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const blank = c === 32 || c === 10 || c === 13 || c === 9;
    if (!blank && !inWord && ++count >= n) return true;
    inWord = !blank;
  }
  return false;
}

/** Who the sentence cites; the sentence's mentions are from..to. "reportedly" and "reports suggest" are hedge words, so callers skip sentences without any. */
function findAttribution(body: string, low: string, mentions: Mention[], from: number, to: number, mayAttribute: boolean, mayBeUnnamed: boolean): string | undefined {
  if (!mayAttribute || !ATTRIBUTION_ANY.test(low)) return mayBeUnnamed && UNNAMED.test(low) ? 'unnamed sources' : /\breportedly\b/.test(low) ? 'unnamed reports' : undefined;
  for (const re of ATTRIBUTION) {
    const m = re.exec(body);
    if (!m) continue;
    let who = m[1]!.replace(/^the /, '').replace(/'s$/, '');
    if (NOT_SOURCE.test(who)) continue;
    // Prefer the outlet, person or company mention inside the phrase.
    let named: Mention | undefined;
    for (let k = from; k < to && !named; k++) {
      const x = mentions[k]!;
      if ((x.kind === 'outlet' || x.kind === 'person' || x.kind === 'company') && who.includes(x.text)) named = x;
    }
    if (named) who = named.text;
    else if (/^(?:sources|people familiar with the matter)$/i.test(who)) who = 'unnamed sources';
    return who;
  }
  if (mayBeUnnamed && UNNAMED.test(low)) return 'unnamed sources';
  if (/\breportedly\b|\breports (?:indicated|suggest)/.test(low)) return 'unnamed reports';
  return undefined;
}
