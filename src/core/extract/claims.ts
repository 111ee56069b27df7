// Claims: sentences that assert something checkable (a figure, a deal, a role, an event), with the
// entities and figures in them, who the text attributes them to, and whether they are hedged.
import { anySpotIn } from '../text/keywordSpots';
import type { Claim, Mention, Sentence } from '../types';
import type { TriggerSpots } from './triggers';
import { Trigger, spotTriggers } from './triggers';

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

/** Shared by every unhedged claim. */
const NO_HEDGES: string[] = Object.freeze([]) as unknown as string[];

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
  const claims: Claim[] = [];
  let mi = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const inSentence: number[] = [];
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) inSentence.push(k);
    if (s.noise) continue;
    const figures: number[] = [];
    let hardCount = 0;
    const entities: string[] = [];
    for (const k of inSentence) {
      const x = mentions[k]!;
      if (x.kind === 'money' || x.kind === 'quantity') {
        figures.push(k);
        hardCount++;
      } else if (x.kind === 'date') figures.push(k);
      else if (x.entity && !entities.includes(x.entity)) entities.push(x.entity);
    }
    // Without a figure or an entity a sentence is no claim of any type: no need to read it.
    if (!hardCount && !entities.length) continue;
    if (!hasWords(text, s.start, s.end, 4)) continue;
    const body = text.slice(s.start, s.end);
    const low = lower.slice(s.start, s.end);
    const isDeal = (): boolean => anySpotIn(deal, s.start, s.end) && DEAL.test(low);
    const isEvent = (): boolean => anySpotIn(event, s.start, s.end) && EVENT.test(low);
    let type: Claim['type'] | undefined;
    if (hardCount) type = 'figure';
    else if (entities.length && isDeal()) type = 'deal';
    else if (entities.some((e) => e.startsWith('person:')) && anySpotIn(role, s.start, s.end) && ROLE.test(low)) type = 'role';
    else if (entities.length && (isEvent() || figures.length)) type = 'event';
    if (!type) continue;
    // A headline-like line without a verb is not a claim.
    if (!/[a-z]{3,}(?:s|ed|ing)?\b/.test(body) || (!/[.!?"']$/.test(body) && !isDeal() && !isEvent() && !hardCount)) continue;
    const hedges = anySpotIn(hedge, s.start, s.end) && HEDGE_ANY.test(low) ? HEDGES.filter(([, re]) => re.test(body)).map(([h]) => h) : NO_HEDGES;
    // Exact-size copies (an array grown by push keeps room for 17 items) and every field in one
    // literal: an archive holds hundreds of thousands of claims.
    const claim: Claim = {
      start: s.start, end: s.end, text: body, sentence: si, entities: entities.length ? entities.slice() : [], figures: figures.length ? figures.slice() : [], hedged: hedges.length > 0, hedges, type,
      attribution: findAttribution(body, low, mentions, inSentence, anySpotIn(spots[Trigger.Attribution]!, s.start, s.end), anySpotIn(spots[Trigger.Unnamed]!, s.start, s.end)),
    };
    claims.push(claim);
  }
  return claims;
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

function findAttribution(body: string, low: string, mentions: Mention[], inSentence: number[], mayAttribute: boolean, mayBeUnnamed: boolean): string | undefined {
  if (!mayAttribute || !ATTRIBUTION_ANY.test(low)) return mayBeUnnamed && UNNAMED.test(low) ? 'unnamed sources' : /\breportedly\b/.test(low) ? 'unnamed reports' : undefined;
  for (const re of ATTRIBUTION) {
    const m = re.exec(body);
    if (!m) continue;
    let who = m[1]!.replace(/^the /, '').replace(/'s$/, '');
    if (NOT_SOURCE.test(who)) continue;
    // Prefer the outlet, person or company mention inside the phrase.
    const named = inSentence.map((k) => mentions[k]!).find((x) => (x.kind === 'outlet' || x.kind === 'person' || x.kind === 'company') && who.includes(x.text));
    if (named) who = named.text;
    else if (/^(?:sources|people familiar with the matter)$/i.test(who)) who = 'unnamed sources';
    return who;
  }
  if (mayBeUnnamed && UNNAMED.test(low)) return 'unnamed sources';
  if (/\breportedly\b|\breports (?:indicated|suggest)/.test(low)) return 'unnamed reports';
  return undefined;
}
