// Facts: one quantity about one subject (and, where it matters, one period and status), reported by
// one or more documents. Each figure is keyed from the sentence around it; equal keys group across
// documents, and the reports of a group are compared for a verdict.
import measuresData from '../data/measures.json';
import type { DocumentAnalysis, Mention, Qualifier } from '../types';
import { lowerSameLength, slug } from '../text/normalize';
import type { Relation, Verdict } from './verdict';
import { relate, verdictOf } from './verdict';

// Patterns used inside functions are made once here: a pattern literal makes a new RegExp each time it is evaluated.
/** Whether the company ending at `end` describes another ("SoftBank-owned", "the 7-Eleven owner"): characters first, most names end here. */
function describesAnother(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  const next = text.charCodeAt(end + 1);
  return (c === 45 || (c === 32 && (next === 111 || next === 112))) && DESCRIBING_AHEAD.test(text.slice(end, end + 12));
}

/** "-owned", "-backed", " owner": a company so followed describes another. */
const DESCRIBING_AHEAD = /^(?:-(?:owned|backed|controlled|funded|led|run|based|listed|affiliated|linked)| (?:owner|parent))\b/;
const POSSESSIVE_AHEAD = /^'s\b|^'\s/;
/** "The per-share price of $38.50". */
const PER_SHARE_PRICE_BEFORE = /\bper[- ]share (?:price|offer|offer price|consideration)(?: of| at| is| was)? $/;
const PER_SHARE_AHEAD = /^(?:-| )(?:a|per)[- ](?:share|ads|adr)\b|^ (?:in (?:cash|stock|cash and stock) )?(?:for )?(?:each|every|per|a|an) (?:[a-z&.'-]+ ){0,2}(?:share|ads|adr)\b/;
/** "shares surged more than 30% to about $5.50": where the stock went (a verb of trading between; "shares, priced at $23.28" is a price paid). */
const SHARES_WENT_TO_BEFORE = /\b(?:shares|stock)\b(?:[^.;]|\.(?=\d)|(?<=\b[a-z]{1,4})\.(?= [a-z])){0,48}\b(?:rose|rises|fell|falls|jumped|climbed|gained|dropped|slid|slipped|surged|sank|tumbled|rallied|plunged|soared|advanced|declined|traded|trading|closed|ended|finished|edged|were|was|stood)\b(?:[^.;]|\.(?=\d)){0,50}\b(?:to|at) (?:(?:about|around|roughly|nearly|almost|just|a record|an all-time high of|a low of) )*$/;
const SHARES_AFTER = /^(?:['’]s?)? (?:shares|stock)\b/;
const STOCK_SUBJECT = /^(?:the|its) (?:stock|shares)\b/;
/** "The stock, which began trading after VinFast merged with Black Spade, closed at": companies inside the aside own no stock here. */
const STOCK_WITH_ASIDE = /^(?:the|its) (?:stock|shares), /;
const PER_BEFORE = /\b(?:per|each|every) $/;
const ONE_SHARE_AFTER = /^ share\b/;
/** A trading venue, after the word that puts shares on it. */
const VENUE_NAME = /(?:Exchange|Bourse|NYSE|Nasdaq|Euronext|Xetra)\b/;
const VENUE_BEFORE = /\b(?:on|onto|from) (?:the )?$/;
const SHARES_OF_BEFORE = /\b(?:shares?|stock) (?:of|in) $/i;
/** Where a company's shares traded, not what a buyer pays. */
const SHARE_PRICE_MEASURES = new Set(['closing-price', 'opening-price']);
const EACH_AHEAD = /^ (?:each|apiece)\b/;
const EACH_FOR_SHARES_AHEAD = /^ (?:each|apiece) for (?:[\w.&'’-]+ ){0,3}?(?:shares|stock)\b/;
const IN_THE_COMPANY_AHEAD = /^ (?:in|into) (?:the (?:company|firm|startup|business|group)|it)\b/;
const SHARES_FOR_BEFORE = /\bshares? (?:[a-z]+ ){0,2}(?:for|at) $/;
const ADDITIONAL = /^(?:more|additional|further|extra|new)\b/i;
const COMPANY_WORD = /\b(?:startup|company|firm)\b/i;
/** "would pay $16.4 billion for the company", "agreed to buy the card issuer for": the company bought is named elsewhere in the sentence. */
const FOR_THE_COMPANY = /\b(?:for|buy|acquire|purchase|take over) (?:the (?:[a-z-]+ ){0,2}(?:company|firm|group|business|maker|producer|startup|issuer|lender|bank|insurer|retailer|chain|supplier|operator|carrier|airline|developer|provider|steelmaker|driller)|(?:its|their) (?:[a-z-]+ )?(?:rival|competitor|peer)|it)\b/;
const VALUED_BEFORE = /\bvalu\w*\s$/i;
const VALUES_THE_COMPANY_BEFORE = /\bvalu(?:es|ed|ing) (?:it|the (?:[a-z-]+ ){0,3}(?:company|startup|firm|group|business|lab|maker)) at (?:(?:about|around|roughly|nearly|almost|more than|over|some) )?$/;
const PLURAL_END = /(?:s|ss)$/;
const Y_END = /y$/;
const VOWEL_Y_END = /[aeiou]y$/;
const EXCLUDING_BEFORE = /\b(?:including|excluding|plus|net of|not counting)\s$/;
const CLAUSE_PUNCTUATION = /[,;()]/;
const CLAUSE_CONJUNCTION = / (?:but|while|whereas|although|though) /;
const SOURCE_BEFORE = /\b(?:according to|(?:data|figures|estimates|forecasts|numbers) (?:from|by|compiled by)|compiled by|cited by|(?:analysts?|economists?|strategists?) (?:at|from|with))\s(?:the\s)?$/i;
/** "LSEG data" (not "Ford estimates the deal will...": a verb, nor "data center"). */
const SOURCE_AFTER = /^\sdata\b(?!\s(?:cent|provider|firm))/;
const SUBJECT_CLAUSE = / (?:as|after|while|when|since) (?:[A-Z][\w&.'\u2019-]*)(?: [A-Z][\w&.'\u2019-]*)* (?:[a-z]+ed|[a-z]+s|said|cut|set|put|saw|made|gave|took)\b/;
const SUBORDINATOR = /\b(?:even though|although|though|whereas|because)\b|, (?:as|while|after|before) (?:the |its |it |they )/i;
const CLAUSE_BOUNDARY = /[,;:()\u2014\u2013]|\s(?:and|but|while|whereas|after|because|following|when)\s/g;

export interface FactReport {
  doc: string;
  start: number;
  end: number;
  text: string;
  value: number;
  high?: number;
  qualifier: Qualifier;
  /** ISO currency for money, unit for other figures. */
  unit: string;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  status: 'reported' | 'prospective';
  period?: string;
  step?: number;
  /** Amounts in another currency that restate this one ("£10.55 billion"). */
  conversions?: Array<{ text: string; value: number; unit: string; start: number; end: number }>;
}

export interface FactCandidate {
  key: string;
  /** False when the subject or measure could not be told: such a figure is never set against another document's. */
  groupable: boolean;
  measure: string;
  measureLabel: string;
  subject?: string;
  object?: string;
  unit: string;
  period?: string;
  status: 'reported' | 'prospective';
  report: FactReport;
  /** The other companies its sentence names, besides its subject and object (most sentences name none: one shared empty array). */
  named: readonly string[];
}

export interface Fact {
  id: string;
  label: string;
  subject?: string;
  object?: string;
  measure: string;
  unit: string;
  period?: string;
  status: 'reported' | 'prospective';
  verdict: Verdict;
  reports: FactReport[];
  /** Documents that report it, in report order. */
  documents: string[];
  /** For conflict and qualifier-differs: how the distinct wordings relate (indexes of representative reports). */
  relations: Array<{ a: number; b: number; relation: Relation }>;
  /** The first report of each distinct wording (value, range, qualifier, precision, unit), in report order. */
  wordings: FactReport[];
}

interface MeasureDef { id: string; label: string; periodic: boolean }
/** The pattern of a measure that no word names (it is read from other cues). */
const NO_WORD = '(?!x)x';
const MEASURES: MeasureDef[] = measuresData.measures.map((m) => ({ id: m.id, label: m.label, periodic: m.periodic }));
const MEASURE_BY_ID = new Map(MEASURES.map((m) => [m.id, m]));
/** All measure words in one pattern, one capture group per measure: a single pass over the sentence. */
// Measures read from other cues only (their pattern matches nothing) stay out of the one pattern of
// measure words: every alternative is tried at every position of every sentence with a figure.
const WORDED_MEASURES = measuresData.measures.map((m, i) => ({ m, i })).filter(({ m }) => m.pattern !== NO_WORD);
const ANY_MEASURE = new RegExp(WORDED_MEASURES.map(({ m }) => `(${m.pattern.replace(/\((?!\?)/g, '(?:')})`).join('|'), 'gi');
const SPENDING_TARGET = new RegExp(`^[\\s,]*(?:in|on|into|for)\\s(?:[\\w()-]+\\s){0,3}?${measuresData.spendingTargets}`, 'i');
const PROSPECTIVE = new RegExp(measuresData.prospective, 'i');
const STATUS_SENSITIVE = new Set(['valuation', 'revenue', 'profit', 'quantity']);
/** What the seller of a business has from the sale (told with no company beside the figure). */
const SELLER_MEASURES = new Set(['proceeds', 'buyback']);
const ITS_MEASURE_BEFORE = /\b(?:its|giving it an?|lifting it to an?) (?:[a-z-]+ ){0,2}(?:market value|market cap(?:itali[sz]ation)?|valuation|revenue|sales|profit|debt)\b[^.;]{0,30}$/;
const SOLD_TO_BEFORE = /\b(?:sale|sell|sells|selling|sold)\b[^.;]{0,80}\bto $/;
const statusSensitive = (measure: string): boolean => STATUS_SENSITIVE.has(measure) || measure.startsWith('revenue:');
const KEYWORD_REACH = 90;
const DEAL_VALUE = /\b(?:deal|order|orders|contract|transaction|agreement|purchase|acquisition|package|bid|offer|takeover|merger)\b[^.;]{0,50}\b(?:valued|worth|value)\b[^.;]{0,20}$|\b(?:offer(?:ed|s)?|bid|bids|takeover|buyout|proposal|(?<!share |stock |market )price)\b(?:[^.;]|\.(?=\d)){0,60}\b(?:values|valuing)\b[^.;]{0,70}$/;
/** "take Toyota Industries private", "Walgreens agreed to be taken private", "Skechers agreed to be bought by": the company bought. */
const TAKE_BEFORE = /\btak(?:e|es|ing)\s(?:\*\*|__)?$/;
const PRIVATE_AHEAD = /^(?:\*\*|__)?\s(?:private|it private|off the (?:stock )?(?:market|exchange))\b/;
/** "Together with Liverpool, ... the Nordstroms will pay": a partner in the bid, not the company bought. */
const CO_BIDDER_BEFORE = /\b(?:[Tt]ogether with|[Aa]longside|[Aa]long with|[Jj]ointly with|[Pp]artnering with|[Ii]n partnership with)\s$/;
const TAKEN_PRIVATE_AHEAD = /^(?:[^.;,]{0,40}\b)?(?:to be|was|is being|will be) (?:taken private|bought|acquired|taken over|purchased)\b/;

function takenPrivate(text: string, c: Mention): boolean {
  return (TAKE_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) && PRIVATE_AHEAD.test(text.slice(c.end, c.end + 12)))
    || TAKEN_PRIVATE_AHEAD.test(text.slice(c.end, c.end + 50));
}
const TAKEOVER = /\b(?:acqui(?:re|red|res|ring|sition)|takeover|take over|buy(?:out)?|bought|purchase|merger|for the company|price (?:tag )?on|(?:deal|bid|offer) for)\b|\bpa(?:y|ys|id|ying)\b[^;]{0,40}\bfor\b(?! (?:(?:its|a|an|the|their) )?(?:[\d.]+% |minority |majority |controlling )?stake)|\bpa(?:y|ys|id|ying) [^;]{1,20} (?:per|a) (?:[a-z&.'-]+ )?share\b/;
const OFFER_PRICE_BEFORE = /\b(?:ipo|offer|offering|issue|listing) price (?:of |at |was |is |set at )?$/;
const LISTING = /\b(?:ipo|initial public offering|listing|debut|went public|go(?:es|ing)? public)\b/;
/** "an offer for Banco Sabadell", "its bid for Anglo": the company bid for. */
const BID_FOR_BEFORE = /\b(?:offer|bid|approach|proposal)s? for $/;
const FROM_AFTER_TO_BEFORE = /\bto (?:(?:us|a|c|hk)?[$£€¥])?\d[\d.,]*(?:%| percent| ?(?:billion|million|bn|m))? from $/;
const SALE_VERB = /\b(?:selling|sells|sold|sell)\b(?=[^.;]{1,80}\bto [^.;]{1,60}\bfor (?:(?:about|around|roughly|nearly|almost|more than|over|up to|some) )?$)/;
const LOSS_KIND_BEFORE = /\b(foreign[- ]exchange|currency|fx|exchange-rate|derivatives?|trading|investment|impairment) loss(?:es)?\b[^.;]{0,40}$/;
/** "The telecoms operator, a unit of MTN Group, said": a subject named by a noun, a company only in the apposition after it. */
const NOUN_SUBJECT_APPOSITION = /^(?:the|its) [a-z-]+(?: [a-z-]+){0,3}, (?:(?:a|an|the) [^,.;]{1,80}|(?:which|that|whose) [^.;]{1,80}|(?:part|a unit|a subsidiary) of [^,.;]{1,60}|(?:owned|controlled|backed|run) by [^,.;]{1,60}), /;
const MATCHING_PRICE_AHEAD = /^,? (?:matching|equal to|in line with|level with) the (?:tender|offer|bid|deal|takeover) price\b/;
const BIDDER_AHEAD = /^['\u2019]s (?:[a-z-]+ ){0,2}(?:offer|bid|proposal|approach)\b/;
const IPO_PRICE_AHEAD = /^ (?:ipo|listing|initial public offering) price\b/;
const OPENED_AT_BEFORE = /\b(?:(?:opened|opening) (?:trading )?|(?:began|begins|started|starts) trading (?:on [a-z]+day )?)at $/;
const CLOSED_AT_BEFORE = /\b(?:closed|closing|(?:to )?close|ended|finished) (?:the day |trading |(?:its |their )?(?:first |opening |debut )?(?:day|session)(?: of trading)? )?at $/;
const HOLDING_BEFORE = /\b(?:hold|holds|holding|held|own|owns|owning|owned|end(?:s|ed|ing)? up with|(?:be|is|are|was|were) left with|bought|buys|buy|buying|acquired|acquires|acquire|acquiring|(?:payment|paying|pay|pays|paid) for|(?:will|would|to) (?:keep|retain)|keeps|kept|retains|retained|control|controls|controlling|(?:shareholder|investor|owner|stakeholder|holder) with) (?:(?:about|around|roughly|nearly|almost|more than|over|some|just|under|a|an|its|the remaining|its remaining) )*$/;
/** "raised its holding in Commerzbank to about 21%", "a stake of nearly 10%", "lifted its position to 21%". */
const STAKE_NOUN_BEFORE = /\b(?:holding|stake|position|shareholding)(?:(?: in [^,.;]{1,40})? (?:to|of|at)|[^.;:]{0,45}:) (?:(?:about|around|roughly|nearly|almost|more than|over|some|just|under) )*$/;
const SHARE_OF_BEFORE = /\d%\sof\s$/;
const STAKE_AFTER_NAME = /^ (?:stake|holding)\b/;
const THE_BEFORE = /\bthe $/;
const PRICE_AHEAD = /^ price(?: tag)?\b/;
const VALUES_AT_BEFORE = /\bvalu(?:es|ed|ing)\b[^.;,]{0,50}\bat (?:(?:about|around|roughly|nearly|almost|more than|over|some|up to) )?$/;
const BUYER_PAYS_AHEAD = /^ (?:[a-z0-9][\w&.'-]*\s){1,3}(?:will pay|is paying|has offered|offered|agreed to pay|is offering|has put on the table|put on the table|has bid|bid)\b/;
const SHARES_WORD = /\b(?:shares|stock)\b/;
const PAREN_PRICE_BETWEEN = /^ \((?:US)?$/;
/** "valuing it at about $8 billion": the company the deal is for, not the buyer named before. */
const VALUING_IT_BEFORE = /\bvalu(?:ing|ed|es) (?:it|the company|the target|the business) at (?:(?:about|around|roughly|nearly|almost|more than|over|some|just|up to) )?$/;
/** The holder of a stake that is a state ("owner:government" reads as "the government"). */
const STATE_OWNER = 'owner:the-government';
const POSSESSIVE_END = /['\u2019]s$/;
const TITLE_WORD = /^[A-Z][a-z]/;
/** Between a person and the stake they hold: " owns about ", ", who holds ", "'s ". */
const PERSON_HOLDS_BETWEEN = /^(?:,? who)? (?:(?:still|now|also) )?(?:owns?|holds?|controls?|has|had|keeps?|retains?)(?: (?:about|around|roughly|nearly|almost|more than|over|some|just|a|an|the))* $|^['\u2019]s (?:(?:about|around|roughly|nearly|almost|more than|over|some|just) )?$/;
/** "the Nordstrom family will own", "the family keeps": a family holds the stake, not the company named like it. */
const FAMILY_HOLDER_BEFORE = /\b[Tt]he (?:([A-Z][\p{L}'\u2019-]+) )?family,? (?:(?:will|would|is to|is set to|is expected to|would then|will then) )?(?:own|owns|hold|holds|keep|keeps|retain|retains|control|controls|end up with|ends up with|have|has) (?:(?:about|around|roughly|nearly|almost|more than|over|some|just|under|a|an|the remaining|its remaining) )*$/u;
const OWNED_BY_AHEAD = /^ (?:owned|held|controlled) by (?:the )?([A-Za-z][\w-]*)/;
const STATE_NOUN = /^(?:government|state|treasury)$/i;
/** "a 25.1% holding by Singapore Airlines": the holder named after the stake. */
const OWNED_AFTER_NAME = /^,? (?:which is |now |still )?(?:owned|controlled) by\b/;
const STAKE_BY_BETWEEN = /^ (?:holding|stake|shareholding|interest) (?:held )?by (?:the )?$/;
const STATE_WORD_BEFORE = /\b(?:government|state|treasury|finance ministry)(?:['\u2019]s)?(?:, which)? (?:(?:still|now|also|already) )?(?:(?:owns?|holds?|retains?|keeps?|controls?) )?(?:(?:about|around|roughly|nearly|almost|more than|over|some|just|a|an|its) )*$/;
const CAPITAL_POSSESSIVE_BEFORE = /([A-Z][a-z]+)['\u2019]s $/;

/** Whether a state holds the stake whose figure starts at figStart (sentence offsets). */
function stateOwner(sentenceText: string, sentenceLower: string, figStart: number, mentions: readonly Mention[], sentenceStart: number, figEnd = figStart): boolean {
  if (STATE_WORD_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 50), figStart))) return true;
  // "still about 30% owned by the Netherlands", "51% owned by the state": named after the figure, no company or person.
  const by = OWNED_BY_AHEAD.exec(sentenceText.slice(figEnd, figEnd + 40));
  if (by) {
    if (STATE_NOUN.test(by[1]!)) return true;
    const at = sentenceStart + figEnd + by[0].length - by[1]!.length;
    return /^[A-Z]/.test(by[1]!) && !mentions.some((x) => (x.kind === 'company' || x.kind === 'person' || x.kind === 'outlet') && x.start <= at && x.end > at);
  }
  // "Berlin's 12% stake": a capitalised possessive that names no company or person.
  const p = CAPITAL_POSSESSIVE_BEFORE.exec(sentenceText.slice(Math.max(0, figStart - 30), figStart));
  if (!p) return false;
  const at = sentenceStart + figStart - p[0].length;
  return !mentions.some((x) => (x.kind === 'company' || x.kind === 'person' || x.kind === 'outlet') && x.start <= at && x.end > at);
}
const ANALYST_ESTIMATE_BEFORE = /\b(?:(?:she|he) (?:expects|expected|estimates|estimated|forecasts|predicts)\b[^.;]{0,40}|analysts?['’]?\s(?:(?:average|consensus|mean)\s)?(?:estimates?|expectations?|forecasts?)|consensus(?:\sestimates?)?|analysts?\s(?:had\s)?(?:expected|estimated|forecast|predicted|anticipated|feared|pencilled in|penciled in)|analysts? (?:at|from) [a-z&.'-]+(?: [a-z&.'-]+)? (?:estimates?|expects?|forecasts?|sees?)\b[^.;]{0,30}|wall street\s(?:had\s)?(?:expected|estimated))\b[^.;]{0,25}$/;
const WORTH_OF_AHEAD = /^ worth of\b/;
const SOLD_BEFORE = /\b(?:sold|sells|selling|sales of)\b/;
const RECEIVE_BEFORE = /\b(?:receive|receives|received|receiving|get|gets|raise|raises)\b[^.;$£€¥]{0,25}$/;
const FROM_SALE_AHEAD = /^[^.;]{0,25}\bfrom the (?:deal|sale|transaction|disposal|divestment)\b/;
/** "the 4.5 billion crowns analysts had expected", "the SEK 4.5bn consensus": what was expected, named after the figure. */
const ANALYST_ESTIMATE_AHEAD = /^ (?:that )?(?:(?:analysts?|economists?|the market|investors|wall street)(?: (?:polled|surveyed) by [a-z]+)? (?:had )?(?:expected|estimated|forecast|predicted|anticipated|pencilled in|penciled in)|(?:analyst |market )?consensus(?: estimate| forecast)?)\b/;
const PER_MONTH_AHEAD = /^(?: (?:a|per|each)[ -]month|\/(?:month|mo)|-a-month)\b/;
const DEAL_NOUN_AFTER = /^(?:['\u2019]s)? (?:deal|purchase|acquisition|takeover|buyout)\b/;
const FROM_BANKS_AHEAD = /^[^.;]{0,12}\bfrom (?:a group of |several |its )?(?:banks|lenders)\b/;
const ASSET_SALES = /\b(?:sell|sells|selling|sold|dispose of|divest)\b[^.;]{0,12}[$£€¥\d](?:[^.;]|\.(?=\d)){0,24} of (?:non-core )?assets\b|\bfrom (?:asset sales|disposals|divestments)\b/;
const ASSETS_AHEAD = /^ (?:of|in) (?:(?:customer|client|total|banking|bank|managed) )?assets\b/;
const ASSETS_BEFORE = /\bassets (?:acquired|added|bought|taken on|under management)\W{0,4}(?:(?:about|around|roughly|nearly|some|over|more than) )?$/;
const EQUITY_AHEAD = /^ (?:(?:of|in) (?:new |fresh )?equity|equity (?:injection|infusion|investment|raise|financing))\b/;
/** Between the cash or debt part of a price and its stock part: " of new debt and about ", " in cash plus ". */
const CASH_OR_DEBT_PART_BETWEEN = /^ (?:(?:of|in) (?:new |fresh |additional )?(?:debt|cash|bonds|borrowing)|in cash)(?: and| plus|,)+ (?:(?:about|around|roughly|nearly|almost|some|more than) )?$/;
/** "about $1.7 billion in stock", "$1.7bn of shares": the part of a price paid in the buyer's shares. */
const IN_STOCK_AHEAD = /^ (?:in|of) (?:new |its |the buyer's )?(?:stock|shares|common stock)\b(?! (?:buyback|repurchase|sale|market|price)s?\b)/;
/** "The equity portion of the transaction is worth roughly $9.6 billion", "an equity value of": the shares' price, not the deal's. */
const EQUITY_PART_BEFORE = /\bequity (?:portion|value|component|part)\b[^;$£€¥]{0,45}$/;
/** "a loss of $9.97 per share", "earnings of $1.20 a share": the figure is earnings per share. */
const EPS_BEFORE = /\b(?:loss|losses|earnings|profit|net income|eps|earnings per share|loss per share|per-share (?:loss|earnings|profit))(?: of| was| were| at| came in at| totall?ed| amounted to| reached| rose to| fell to)?(?: (?:about|around|roughly|nearly|almost|some|more than|less than|over|under|an adjusted|adjusted|between))? $/;
/** "earnings per share of between $1.05 and $1.10": per share said before the figure. */
const EPS_NOUN_BEFORE = /\b(?:earnings|loss|profit|income) per share (?:of |at |was |were |came in at |to )?(?:(?:about|around|roughly|nearly|almost|between|more than|less than) )?$/;
/** "$8 billion acquisition of Signify Health": the company a price's deal is for. */
const PRICE_NOUN_OF_BETWEEN = /^ (?:[a-z-]+ )?(?:purchase|acquisition|takeover|buyout|deal|bid|offer) (?:of|for) (?:the )?$/;
const EPS_AHEAD = /^(?:-| )(?:a|per)[- ]share (?:in |of )?(?:adjusted )?(?:earnings|profit|loss|net income)\b/;
/** "said Frontier was worth at least $42 a share": what a holder thinks a share is worth, not a price paid. */
const WORTH_PER_SHARE_BEFORE = /\b(?:is|was|are|were|be) worth (?:at least |more than |about |around |roughly |as much as |over |closer to |nearly )?$/;
const DEBT_AHEAD = /^ (?:of|in) (?:new |fresh |additional )?(?:(?:long|short|medium)-term )?debt\b/;
/** "had held talks to buy Seagen at a price of around $40 billion, but those talks ended": a deal that did not happen. */
const TALKS_BEFORE = /\b(?:talks|discussions|negotiations)\b[^;]{0,70}$/;
const TALKS_ENDED_AHEAD = /^[^.;]{0,40}\b(?:those|the|these) (?:talks|discussions|negotiations) (?:ended|collapsed|broke down|fell apart|failed|fell through)\b/;
const DEBT_WORD = /\b(?:debt|borrowings)\b/;
const GUARANTEE_BEFORE = /\bguarantee\w*\b[^.;,]{0,45}$/;
const ITS_OWNER = /\bits (?:(?:largest|biggest|main|top|single largest|controlling|majority|minority) )?(?:shareholder|investor|owner|backer|stakeholder)\b/;
const AND_BETWEEN = /^,? (?:and|&) $/;
/** Words that say the company after them is bought: "acquire", "buy cybersecurity firm", "acquisition of". */
const BOUGHT_BEFORE = /\b(?:[Tt]arget:(?:\*\*|__)?|[Pp]a(?:y|ys|id|ying)\s(?:[^.;]|\.(?=\d)){1,30}\sfor|[Aa]cquire[sd]?|[Aa]cquiring|[Bb]uy|[Bb]uys|[Bb]uying|[Bb]ought|[Ss]ell(?:s|ing)?|[Ss]old|(?:[Pp]urchase|[Aa]cquisition|[Tt]akeover|[Bb]uyout|[Ss]ale) of|(?:[Dd]eal|[Bb]id|[Oo]ffer|[Cc]ontest|[Bb]attle|[Ff]ight) for)\s(?!by\s)(?:(?:an?|the)\s)?(?:[A-Z][a-z]+(?:an|ese|ish|ch)\s)?(?:(?!to\s)[a-z-]+\s){0,3}(?:\[|\*\*?|__?)?$/;
/** "1,100 positions, about a fifth of the company's staff": a count told as a share of the workforce. */
const WORKFORCE_SHARE_AHEAD = /^,? (?:(?:or|about|roughly|around|nearly|almost|some|more than) )*(?:\d+(?:\.\d+)?%|a (?:tenth|fifth|quarter|third)|half) of (?:its|the company['\u2019]s|the group['\u2019]s|their|the) (?:global |total )?(?:workforce|staff|employees|headcount)\b/;
/** "1,200 of its 8,500 stores": the whole a part is counted of. */
const WHOLE_BEFORE = /\d[\d,.]* of (?:its|the|their|our|the company['\u2019]s|the group['\u2019]s) (?:(?:about|around|roughly|nearly|almost|some|more than|over) )?$/;
/** "hire about 20,000 people", "add 20,000 jobs": jobs added, the verb right before the count. */
const HIRE_BEFORE = /\b(?:hir(?:e|es|ed|ing)|add(?:s|ed|ing)?|creat(?:e|es|ed|ing)|recruit(?:s|ed|ing)?)\b (?:(?:about|around|roughly|nearly|almost|some|more than|up to|as many as|another|an additional|a further) )*$/;
/** Goods a company delivers, makes or sells, counted ("462,890 vehicles"). */
const OUTPUT_UNITS = new Set(['vehicle', 'car', 'aircraft', 'ship', 'chip', 'phone', 'smartphone', 'device', 'unit', 'computer', 'pc', 'laptop', 'robot', 'satellite', 'rocket', 'barrel', 'tonne', 'ton', 'ounce']);
/** The verb or label before such a count: produced (the group), else delivered, shipped or sold (one count in the trade's news). */
const OUTPUT_BEFORE = /\b(?:deliver(?:ed|s|ing|ies|y)?|handed over|shipped|shipments|(produc(?:ed|es|e|ing|tion)|built|builds|made|manufactur\w+|assembled|output)|sold|sells|sell|selling|sales of)\b[^.;]{0,30}$/;
/** Sites a business closes ("1,200 stores", "300 branches"), apart from those it keeps. */
const SITE_UNITS = new Set(['store', 'branch', 'restaurant', 'office', 'factory', 'plant', 'hotel', 'pharmacy', 'warehouse', 'mine', 'data center']);
const CLOSE_VERB = /\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting|ters|tered|tering)?|shutter|closures?)\b/;
/** Counts of people or posts that a cut is told in ("15,000 jobs", "15,000 people", "15,000 layoffs"). */
const JOB_UNITS = new Set(['job', 'layoff', 'person', 'employee', 'worker', 'position', 'role']);
const JOB_CUT = /\b(?:cut|cuts|cutting|eliminat\w+|lay(?:ing|s)? off|laid off|layoffs?|slash\w*|shed\w*|ax(?:e|es|ed|ing)|job cuts?|(?:reduc|shrink|trimm?|lower)\w* (?:its |their |the )?(?:global )?(?:[a-z-]+ ){0,2}(?:headcount|workforce|staff|work force|payroll|team)(?: numbers?)? by)\b/;
/** "reduce its headcount by 10%": a share of the workforce cut, the workforce named before the figure. */
const WORKFORCE_BY_BEFORE = /\b(?:headcount|workforce|staff|work force|payroll)(?: numbers?)? by (?:(?:about|around|roughly|nearly|almost|some|more than|up to|as much as) )?$/;
const WORKFORCE_AHEAD = /^ (?:of )?(?:its |the |their )?(?:global |total )?(?:workforce|staff|employees|headcount|jobs|work force)\b/;
/** Between a premium's figure and the company whose price it is measured against: " premium to ", " premium over the ". */
const PREMIUM_TO = /^ (?:(?:takeover )?premium )?(?:to|over|above|on) (?:the )?$/;
const INITIAL_BEFORE = /\b(?:initial|first tranche|first instal(?:l)?ment|upfront|up-front)\b[^.;]{0,50}$/;
const INITIAL_AHEAD = /^[^.;,]{0,30}\bnow,? (?:and|with) the rest\b|^ (?:up ?front|initially)\b/;
const PAY_NOUN_BEFORE = /(?:['\u2019]s|\bhis|\bher|\btheir) (?:first-year |annual |total |new )?pay\b(?! for\b)[^.;]{0,40}$/;
const PREVIOUS_BEFORE = /\b(?:up|down) from (?:the |a |its )?$|\b(?:last year['\u2019]s|previous|prior|earlier|its last|a year ago)\b[^,.;]{0,45}$/;
/** A losing bid's words before its figure, within the clause ("rejected an unsolicited cash-and-stock offer of"). */
const REJECTED_BEFORE = /\b(?:rejected|spurned|rebuffed|turned down|unsolicited|rival|competing|hostile|losing|lost out|failed|unsuccessful|abandoned|withdrawn|withdrew)\b(?:[^,;.]|(?<=\b[a-z])\.){0,60}$/;
const OFFER_WORD = /\b(?:offer|bid|approach|proposal)s?\b/;
const OFFER_AHEAD = /^[^,;.]{0,25}\b(?:offer(?:s|ed)?|bids?|approach|proposals?)\b/;
const OFFERED_BEFORE = /\b(?:offered|(?:offer|bid|approach|proposal)s?(?: for [^,.;]{1,40})?,? (?:worth|valued at|of)) (?:(?:about|around|roughly|nearly|almost|more than|over|some) )?$/;
const AT_FIGURE_BETWEEN = /^ at (?:(?:about|around|roughly|nearly|almost|more than|over|some|just) )?$/;
const PAID_TO_NAME_AHEAD = /^ to (?:[A-Z][a-z]+['\u2019]s )?(?:[A-Z][a-z]+)(?: (?:last|this|in|for|after|over)\b|[,.;])/;
const REJECTED_AHEAD = /^[^.;]{0,60}\b(?:walked away|turned (?:it |them )?down|rejected|rebuffed|spurned)\b/;
/** "U.S. Steel had rejected", "Wiz, the startup, turned down": the company bid for, right before its refusal. */
const TURNED_DOWN_AFTER = /^(?:, [^,;.]{1,40},)?(?:[^,;.]|(?<=\b[a-z])\.){0,25}\b(?:rejected|rejects|turn(?:s|ed)? (?:it |them )?down|spurned|rebuffed|walk(?:s|ed)? away|said no|ended talks)\b/;
/** "walks away from $23 billion", "turn down $23 billion": a refusal right before the figure is a refused offer. */
const REFUSAL_BEFORE = /\b(?:walk(?:s|ed|ing)? away from|turn(?:s|ed|ing)? down|sa(?:y|ys|id|ying) no to|reject(?:s|ed|ing)?|rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?)(?: (?:an?|the|its|their|[\w.&-]+['\u2019]s|about|around|roughly|nearly|almost|more than|over|some))* $/;
/** "ended talks to be bought by Alphabet for": a takeover called off, in the words before its price. */
const CALLED_OFF_BEFORE = /\b(?:ended|broke off|walked away from|pulled out of) (?:talks|negotiations)\b[^,;.]{0,50}\b(?:bought|acquired|taken over|buy|acquire)\b[^,;.]{0,40}$/;
/** "$1.7 billion purchase of Constellation Pharmaceuticals in 2021": a purchase dated in the past. */
const NOUN_PHRASE_GAP = /^ (?:[a-z-]+ )?$/;
const OF_NOUN_BEFORE = /\b([a-z]{3,}) of (?:(?:about|around|roughly|nearly|almost|more than|over|some|up to|at least|approximately|just|as much as) )?$/;
/** Nouns before "of" that say how much, not what ("a total of", "in excess of"). */
const NEUTRAL_OF_NOUNS = new Set(['total', 'sum', 'tune', 'excess', 'upwards', 'range', 'average', 'maximum', 'minimum', 'value', 'price', 'cost', 'amount', 'figure',
  'level', 'high', 'low', 'record', 'tally', 'net', 'combined', 'cap', 'north', 'south', 'worth', 'region', 'order', 'side', 'instead', 'because', 'out', 'part', 'most', 'all', 'each', 'any', 'none', 'one',
  // "above Verizon's own target of $500 million": a target of what the sentence measures.
  'target', 'goal', 'aim', 'guidance']);
const PAID_FOR_BETWEEN = /^(?:[- ](?:a|per|each)[- ]share)?(?: in (?:cash|stock|cash and stock))? for $/;
const DATED_AHEAD = /^(?: in (?:cash|stock))?(?: for [^.;,]{1,40}?)? in ((?:19|20)\d\d)\b/;
const PAST_PURCHASE_BEFORE = /\b(?:bought|buying|acquired|acquiring|purchased|paid) [^.;]*$/;
const DEAL_YEAR_AHEAD = /^[^.;]{0,20}\b(?:purchase|acquisition|takeover|buyout) of [^.;,]{1,50}? in ((?:19|20)\d\d)\b/;
const INCLUDING_DEBT_AHEAD = /^[^.;,]{0,12}\b(?:(?:including|with|plus|counting) (?:[a-z][\w.-]*['\u2019]s )?(?:net |its |assumed |the )?(?:debt|borrowings)|once (?:(?:the|its|their) )?(?:[a-z-]+(?:['\u2019]s)? ){0,3}(?:net )?(?:debt|borrowings) (?:is|are) (?:counted|included|added)|(?:net )?debt included)\b/;
/** "taking on $5.4 billion of net debt, for a total of $22.5 billion": the parts summed, debt among them. */
const TOTAL_BEFORE = /\b(?:for |at |to )?a (?:combined |grand )?total of (?:(?:about|around|roughly|nearly|almost|some|more than|over) )?$/;
const INCLUDING_DEBT_BEFORE = /(?<!\d(?: ?(?:bn|billion|million|trillion|m))?,? )\b(?:(?:including|with|plus|counting) (?:[a-z][\w.-]*['\u2019]s )?(?:net |its |assumed |the )?debt|enterprise value)\b[^.;]{0,60}$/;
const PAY_BEFORE = /\bpa(?:y|ys|id|ying) (?:(?:about|around|roughly|nearly|almost|more than|over|up to|some) )?$/;
const OVER_DISPUTE_AHEAD = /^(?: \([^)]{1,30}\))? (?:to (?:end|settle|resolve) (?:a |the |its )?(?:[a-z-]+ ){0,3}(?:dispute|lawsuit|case|claims?)\b|over (?!(?:the |its |a )?(?:next |coming |past |first |last )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) |time\b|the (?:years|decades|long term)\b))/;
const FINE_WORD = /\b(?:fines?|fined|penalty|penalties|ordered to pay)\b/;
const SETTLE_WORD = /\b(?:settle|settles|settled|settling|settlement|settlements)\b/;
const SETTLEMENT = /\bordered to pay\b|\bpa(?:y|ys|id|ying)\b[^;]{0,60}\b(?:to settle|settlement|in fines?|in penalties|penalty|to (?:resolve|end) (?:[a-z.-]+ ){0,3}(?:lawsuits?|claims|litigation|cases?|suits?)|plaintiffs|claimants)\b|\b(?:settlement|settle)\b[^;]{0,60}\bpa(?:y|ys|id|ying)\b/;
const PAY_RAISED_BEFORE = /\b(?:raises?|raising|raised|lifts?|lifting|lifted|increases?|increasing|increased|boosts?|boosting|boosted) (?:(?:the|their|its|base|basic|hourly|average|annual|top) )*(?:wages?|pay|salar(?:y|ies)) by (?:(?:about|around|roughly|nearly|almost|more than|over|some|just) )?$/;
const PAY_AHEAD = /^ (?:increase|rise|raise|hike|gain)s? (?:in|to|for) (?:(?:the|their|its|base|basic|hourly|average|annual|top) )*(?:wages?|pay|salar(?:y|ies)|earnings)\b|^ (?:pay|wage|salary) (?:rise|raise|increase|hike)s?\b/;
const TENDERED_BEFORE = /\btendered (?:(?:about|roughly|nearly|almost|around|some|more than|over) )?$|\b(?:shares|stock) tendered\W{1,6}$/;
const PREMIUM_BEFORE = /\b(premium|discount)(?: of|:) (?:(?:about|roughly|nearly|almost|around|some|more than) )?$/;
const CHANGE_IN_NOUN_AHEAD = /^ (?:drop|fall|decline|decrease|slump|slide|rise|increase|jump|gain|surge|growth|climb) in (?:(?:its|their|the|[a-z]+-[a-z]+|first|second|third|fourth|quarterly|annual|half-year|full-year|net|operating|adjusted|core|group|organic) ){0,4}(revenue|revenues|sales|profit|profits|earnings|income|ebitda|orders|deliveries|margin|margins)\b/;
const PERCENT_NOUN_AFTER = /^\s([a-z]+)\b/;
const DEAL_NOUN_AHEAD = /^(?: [A-Z][\w&.'-]*)?['\u2019]?s? (?:deal|purchase|acquisition|takeover|buyout)\b/;
/** A sentence about the business a deal makes: "The combined company would have ...". */
const COMBINED_SUBJECT = /^(?:the|a) (?:combined|merged|enlarged) (?:company|group|business|entity|firm)\b/;
const COMBINED_AHEAD = /^ of (?:a|the) (?:combined|merged|new|enlarged) (?:company|group|business|entity)\b/;
const PREMIUM_AHEAD = /^ (?:more|above|over)(?: than)? (?:the |its |their )?(?:(?:market|closing|share|stock|trading|last) )*price\b/;
const PERCENT_NOUNS = new Map<string, string>([
  ['fee', 'fee'], ['fees', 'fee'], ['cut', 'fee'], ['commission', 'fee'], ['take', 'fee'], ['royalty', 'fee'],
  ['tariff', 'tariff'], ['tariffs', 'tariff'], ['duty', 'tariff'], ['duties', 'tariff'], ['levy', 'tariff'],
  ['margin', 'margin'], ['margins', 'margin'], ['premium', 'premium'], ['discount', 'discount'], ['rate', 'rate'],
  ['increase', 'change'], ['rise', 'change'], ['jump', 'change'], ['gain', 'change'], ['drop', 'change'], ['fall', 'change'], ['decline', 'change'],
  ['growth', 'growth'], ['raise', 'raise'], ['return', 'return'], ['returns', 'return'], ['yield', 'yield'],
  ['holding', 'stake'], ['shareholding', 'stake'],
]);
/** The noun whose change a percentage gives, a few words before its verb ("Revenue rose 19%", "quarterly sales fell 3%"). */
const CHANGED_NOUN_BEFORE = /\b(revenue|revenues|sales|profit|profits|earnings|income|ebitda|orders|deliveries|margin|margins|subscribers|customers|users|members|passengers|shipments|visitors|output|production|costs|volumes?|traffic|bookings|dividend)\b(?: [a-z-]+){0,6} (?:(?:will|would|could|may|might|to) )?(?:rose|risen|fell|fallen|grew|grown|shrank|shrunk|slipped|eased|rallied|advanced|dropped|jumped|slid|climbed|declined|surged|sank|tumbled|plunged|soared|slumped|increased|decreased|rising|falling|growing|shrinking|slipping|dropping|jumping|sliding|climbing|declining|increasing|decreasing|fall|drop|rise|grow|decline|shrink|was (?:up|down)|were (?:up|down)) (?:by )?(?:(?:about|around|roughly|nearly|almost|more than|some|over|just over|just under) )?$/;
const CHANGED_NOUNS = new Map([['revenues', 'revenue'], ['sales', 'revenue'], ['profits', 'profit'], ['earnings', 'profit'], ['income', 'profit'], ['margins', 'margin'], ['volume', 'volumes']]);
const MARKET_AHEAD = /^ (?:of|in) (?:the |its |their )?(?:[a-z-]+ ){0,2}market\b(?! value| cap)/;
const MARKET_SHARE_BEFORE = /\b(?:market share|share of (?:the |its |their )?(?:[a-z-]+ ){0,2}market)(?: (?:is|was|of|at|to|stood at|reached|rose to|fell to|climbed to|dropped to))? (?:(?:about|around|roughly|nearly|almost|more than|some|over|just over|just under) )?$/;
const WILL_CHANGE_BEFORE = /\bwill (?:(?:likely|probably|also) )?(?:fall|drop|rise|grow|decline|shrink|increase|decrease|jump|climb|slide)\b[^.;]*$/;
/** "sales in its fashion and leather goods division, home to ..., fell": the business's last word before its noun. */
const SEGMENT_CHANGE_BEFORE = /\b(?:sales|revenues?) (?:in|at|from|of) (?:its|the|their) (?:[a-z-]+ ){0,4}?([a-z-]+) (?:division|unit|business|segment|arm)(?:,[^,.;]{1,80},)? (?:rose|fell|grew|dropped|declined|slid|slipped|jumped|climbed|increased|decreased|shrank|were (?:up|down)|was (?:up|down))(?: by)? (?:(?:about|around|roughly|nearly|almost|some|more than) )?$/;
const WORD_BEFORE_NOUN = /\b([A-Za-z][a-z-]+) $/;
const NOUN_FIGURE_CHANGE_BEFORE = /\b(revenue|revenues|sales|profit|profits|earnings|income|orders|deliveries)\b (?:of |at |was |were |reached |totalled |totaled |came in at |stood at |amounted to )?(?:(?:about|around|roughly|nearly|almost|some) )?(?:[a-z]{1,3})?[$£€¥]?\d[\d.,]*(?: ?(?:thousand|million|billion|trillion|bn|mn|m|k))?(?: [a-z]+)?,? (?:down|up) (?:by )?(?:(?:about|around|roughly|nearly|almost|more than|some|over) )?$/;
const CHANGE_AFTER = /^ (?:lower|higher)\b/;
const CHANGE_BEFORE = /\b(?:(?:gain|rise|jump|drop|fall|decline|increase|decrease|surge|slump|slide|climb|plunge) of|rose|risen|fallen|grown|grew|grows|shrunk|shrank|rise|rises|rising|slipped|slips|eased|eases|edged (?:up|down|higher|lower)|rallied|advanced|shed|sheds|fell|fall|falls|falling|gained|gains|dropped|drops|jumped|jumps|slid|slides|climbed|climbs|declined|declines|lost|loses|added|adds|surged|surges|sank|sinks|tumbled|plunged|soared|slumped|drop|decline|decrease|increase|grow|slide|shrink|jump|climb|plunge|surge|sink|down|(?<!\bmak(?:e|es|ing) |\bmade )up|higher|lower)\s(?:by\s)?(?:(?:about|around|roughly|nearly|almost|more than|over|as much as|some|just)\s)?$/;
/** "its first increase of 2024", "the biggest drop in 2022" (not "the first half of"): a ranking's year. */
const RANKING_BEFORE = /\b(?:first|second|third|last|biggest|largest|highest|lowest|best|worst|only|steepest|sharpest)\s(?!(?:[a-z-]+\s)?(?:half|quarter|months?|weeks?|days?|year|period)\b)(?:[a-z-]+\s){0,2}(?:of|in)\s$/;
const ATTRIBUTIVE_BEFORE = /\b(?:a|an|A|An)\s$/;
/** "scrapped its 2024 outlook": the year of a forecast withdrawn, not of the figures beside it. */
const OWN_OUTLOOK = /\b(?:its|their) $/i;
const OUTLOOK_AFTER = /^ (?:outlook|forecast|guidance|target|targets|plan)\b/;
const LOWER_WORD_AFTER = /^\s[a-z]/;
/** "Northvolt's largest shareholder": the company in the possessive is the one owned. */
const OWNER_AHEAD = /^'s (?:(?:largest|biggest|main|top|second-largest|second-biggest|single largest|controlling|majority|minority|lead|key) )?(?:shareholder|investor|owner|backer|stakeholder)\b/;
/** "a $100 million loan from truck maker Scania": the lender. */
const LOAN_FOR_DEAL_AHEAD = /^[^.;]{0,24}\bto (?:fund|finance|pay for|back) (?:the|its|their) (?:deal|takeover|acquisition|purchase|buyout|bid|offer|tender offer)\b/;
// ("from lenders including JPMorgan": a group of lenders; the loan is the borrower's.)
const LENDER_BEFORE = /\bfrom\s(?:(?:an?|the)\s)?(?:[a-z-]+\s){0,3}$(?<!\b(?:lenders|banks) (?:including|such as|led by|like) $)/;
/** A sentence about the article's company without naming it: "The company said...", "It listed...". */
const NOUN_SUBJECT_START = /^the (?:[a-z-]+ ){0,2}(?:company|firm|group|startup|business|maker|carmaker|automaker|lender|bank|retailer|insurer)\b/;
const PRONOUN_SUBJECT = /^(?:the (?:[a-z-]+ ){0,2}(?:company|firm|group|startup|business|maker|carmaker|automaker|lender|bank|retailer|insurer)|it|its)\b/;
const WINDOW = 400;
const NONE: readonly string[] = [];
const MAX_PAIRWISE = 40;

/** Mentions of a sorted list that start inside [from, to): binary search, then a slice. */
function windowOf(list: Mention[], from: number, to: number): Mention[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < list.length && list[end]!.start < to) end++;
  return list.slice(lo, end);
}
const TARGET_BEFORE = /(?:\b(?:in|into|bet on|backing|acquire|acquiring|buy|buying|sale of|purchase of|acquisition of|takeover of|buyout of|sell|sells|selling|sold)|\bpa(?:y|ys|id|ying)\s[^;]{1,40}?\sfor)\s(?:(?:(?:an?|the)\s)?(?:[a-z-]+\s){0,3}(?:startup|start-up|company|firm|maker|developer|provider|unicorn|lab|rival|manufacturer|producer|operator|retailer|grocer|chain|airline|insurer|lender|supplier|group|business|carrier|bank|house|label|brand|platform|studio|utility|conglomerate|drugmaker|chipmaker|automaker|carmaker)\s)?(?:\[|\*\*?|__?)?$/i;

function distanceTo(c: Mention, m: Mention): number {
  return c.start >= m.end ? c.start - m.end : (m.start - c.end) * 1.5;
}

export type NameOf = (entityId: string) => string;

/**
 * Keys every money amount and figure of one document. Pure; cache it per document version. `folder`
 * holds company mentions only other documents make known ("Splunk" where another article wrote
 * "software maker Splunk"), in text order: they count as companies of their sentences too.
 */
/**
 * The measure words of sentence windows, kept across the versions of one document being edited:
 * a keystroke changes one sentence, and the others' words are read once, not at every version.
 */
export class MeasureWordsMemo {
  private previous = new Map<string, MeasureWord[]>();
  private current = new Map<string, MeasureWord[]>();

  /** Starts a version: windows not asked for since the last call are forgotten. */
  roll(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  words(sentenceLower: string): MeasureWord[] {
    let w = this.current.get(sentenceLower) ?? this.previous.get(sentenceLower);
    if (!w) w = measureWords(sentenceLower);
    this.current.set(sentenceLower, w);
    return w;
  }
}

/** `memo`: for a document being edited, the measure words of its previous version's sentences. */
export function factCandidates(doc: string, text: string, analysis: DocumentAnalysis, canonical: (id: string) => string = (id) => id, folder: readonly Mention[] = [], memo?: MeasureWordsMemo): FactCandidate[] {
  memo?.roll();
  const out: FactCandidate[] = [];
  const { mentions, sentences } = analysis;
  // Carry-over memory: what the previous sentences were about.
  const lastSubject = new Map<string, string>();
  let lastTarget: string | undefined;
  let lastInvestor: string | undefined;
  let lastSentenceCompany: string | undefined;
  // The document's companies, most mentioned first: made only when a figure has no subject nearby.
  let top: string[] | undefined;
  // Companies cited as the source of a figure ("according to LSEG data") are never its subject.
  const sources = new Map<Mention, boolean>();
  const isSource = (x: Mention): boolean => {
    let known = sources.get(x);
    if (known === undefined) sources.set(x, (known = SOURCE_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start)) || SOURCE_AFTER.test(text.slice(x.end, x.end + 16))));
    return known;
  };
  const topCompanies = (): string[] => {
    if (top) return top;
    const companyCounts = new Map<string, number>();
    for (const list of [mentions, folder]) for (const m of list) if (m.kind === 'company' && m.entity && !isSource(m)) companyCounts.set(canonical(m.entity), (companyCounts.get(canonical(m.entity)) ?? 0) + 1);
    return (top = [...companyCounts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id));
  };
  // The company the article says is bought most often ("its acquisition of Hess"): the deal of a
  // sentence that names no company ("The all-stock deal was valued at $53 billion"). Made when needed.
  let docBought: string | null | undefined;
  const boughtInDocument = (): string | undefined => {
    if (docBought === undefined) {
      const counts = new Map<string, number>();
      for (const x of mentions) {
        // ("Zalando's About You deal", "the Abiomed purchase": the company named right before the deal.)
        if (x.kind !== 'company' || !x.entity || !(BOUGHT_BEFORE.test(text.slice(Math.max(0, x.start - 50), x.start)) || takenPrivate(text, x) || DEAL_NOUN_AFTER.test(text.slice(x.end, x.end + 14)))) continue;
        const id = canonical(x.entity);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      docBought = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    }
    return docBought ?? undefined;
  };
  // Companies a business is sold to ("the sale of its brokerage to Quorra Point"). Made when needed.
  let docBuyers: Set<string> | undefined;
  const sellerSide = (id: string): boolean => {
    if (!docBuyers) {
      docBuyers = new Set();
      for (const x of mentions) {
        if (x.kind === 'company' && x.entity && SOLD_TO_BEFORE.test(text.slice(Math.max(0, x.start - 90), x.start))) docBuyers.add(canonical(x.entity));
      }
    }
    return id !== boughtInDocument() && !docBuyers.has(id);
  };
  // Lower-cased sentence windows, one per window (figures of a sentence share it) instead of the whole text.
  let lowerStart = -1;
  let lowerEnd = -1;
  let lowerWindow = '';

  // Mentions by sentence, and conversions by the amount they restate: one pass each.
  const bySentence = new Map<number, Mention[]>();
  const conversionsOf = new Map<number, Mention[]>();
  for (const x of mentions) {
    let list = bySentence.get(x.sentence);
    if (!list) bySentence.set(x.sentence, (list = []));
    list.push(x);
    const target = x.amount?.conversionOf;
    if (target !== undefined) {
      let c = conversionsOf.get(target);
      if (!c) conversionsOf.set(target, (c = []));
      c.push(x);
    }
  }
  for (const x of folder) {
    const list = bySentence.get(x.sentence);
    if (!list) bySentence.set(x.sentence, [x]);
    else {
      // In text order, as windowOf needs.
      let at = list.length;
      while (at > 0 && list[at - 1]!.start > x.start) at--;
      list.splice(at, 0, x);
    }
  }
  let si = -1;
  /** The last amount keyed, for amounts joined to it by "and". */
  let prevMoney: { sentence: number; end: number; measure: MeasureDef | undefined } | undefined;
  let words: MeasureWord[] | undefined;
  let wordsStart = -1;
  let wordsEnd = -1;
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (m.sentence !== si) {
      const prev = bySentence.get(si);
      const firstCompany = prev?.find((x) => x.kind === 'company' && !isSource(x));
      // "The luxury carmaker, controlled by Volkswagen, blamed tariffs": the sentence is still about the
      // company before it, not the owner in its aside.
      // Nor is one whose subject is the company or group it calls by a noun ("The group sold 10.3 million
      // vehicles, counting Daihatsu"): still the company before it. (Both only when a company was named before.)
      const ps = firstCompany && lastSentenceCompany !== undefined ? sentences[si] : undefined;
      // (Both open with "the" or "its": other sentences are not lower-cased at all.)
      const opening = ps && opensWithTheOrIts(text, ps.start) ? text.slice(ps.start, Math.min(ps.end, ps.start + 200)).toLowerCase() : '';
      const nounSubject = !!ps && NOUN_SUBJECT_START.test(opening);
      const aside = ps && !nounSubject ? NOUN_SUBJECT_APPOSITION.exec(opening) : null;
      const keep = nounSubject || (!!aside && firstCompany!.start - ps!.start < aside[0].length && !prev!.some((x) => x.kind === 'company' && x.start - ps!.start >= aside[0].length));
      if (firstCompany && !keep) lastSentenceCompany = canonical(firstCompany.entity!);
      si = m.sentence;
    }
    if (si < 0) continue;
    if (m.kind !== 'money' && m.kind !== 'quantity') continue;
    if (m.kind === 'money' && (m.amount!.vague || m.amount!.value === null || m.amount!.conversionOf !== undefined)) continue;
    if (m.kind === 'quantity' && (m.quantity!.unit === 'score' || m.quantity!.value === 0)) continue;

    // The sentence, clipped to a window around the figure so that a pathological megabyte-long
    // "sentence" costs the same as a normal one.
    const sentence = sentences[si]!;
    const s = { start: Math.max(sentence.start, m.start - WINDOW), end: Math.min(sentence.end, m.end + WINDOW) };
    const inSentence = windowOf(bySentence.get(si)!, s.start, s.end);
    const sentenceText = text.slice(s.start, s.end);
    if (lowerStart !== s.start || lowerEnd !== s.end) {
      lowerWindow = lowerSameLength(sentenceText);
      lowerStart = s.start;
      lowerEnd = s.end;
    }
    const sentenceLower = lowerWindow;
    const figStart = m.start - s.start;
    const figEnd = m.end - s.start;
    // Companies that only describe a figure ("350,000 Nvidia H100 chips") are not its subject.
    const figures = inSentence.filter((x) => x.kind === 'quantity' || x.kind === 'money');
    // Nor are companies cited as the source of a figure ("according to LSEG data", "estimates compiled by X").
    // Nor are companies that describe another ("the SoftBank-owned chip designer", "a Meta-backed startup", "the 7-Eleven owner").
    // Nor is the exchange shares trade on ("opened at 420 rupees on the National Stock Exchange").
    const companies = inSentence.filter((x) => x.kind === 'company' && x.entity && !figures.some((f) => f.start <= x.start && x.end <= f.end) && !isSource(x)
      && !describesAnother(text, x.end) && !(VENUE_NAME.test(x.text) && VENUE_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start))));
    // "Naver's Webtoon raises $315 million": the possessive names the owner; the company after it is the subject.
    const possessive = companies.find((c) => POSSESSIVE_AHEAD.test(text.slice(c.end, c.end + 3).replace('\u2019', "'")) && c.start < m.start && !companies.some((o) => o.start === c.end + 3));

    // Measure: the nearest measure word; for other figures, their unit.
    let measure: MeasureDef | undefined;
    let unit: string;
    let measureId: string;
    let measureLabel: string;
    if (m.kind === 'money') {
      const others = inSentence.filter((x) => x !== m && x.kind === 'money' && x.amount?.conversionOf === undefined && !x.amount?.vague)
        .map((x): [number, number] => [x.start - s.start, x.end - s.start]);
      // Figures of one sentence share its window, and so its measure words.
      if (!words || wordsStart !== s.start || wordsEnd !== s.end) {
        words = memo ? memo.words(sentenceLower) : measureWords(sentenceLower);
        wordsStart = s.start;
        wordsEnd = s.end;
      }
      // "accounting inconsistencies of 20 billion reais": a noun before "of" that is no measure word says
      // what the amount is, and a measure word further off ("debts of about 43 billion reais, days after
      // ...") is not its.
      const sliceFrom = Math.max(0, figStart - 40);
      const ofNoun = OF_NOUN_BEFORE.exec(sentenceLower.slice(sliceFrom, figStart));
      const nounStart = sliceFrom + (ofNoun?.index ?? 0);
      // The noun may end a phrase that opens with a measure word ("a liquidity line of").
      const unnamed = !!ofNoun && !NEUTRAL_OF_NOUNS.has(ofNoun[1]!)
        && !words.some((w) => (w.ke >= nounStart && w.ks <= nounStart + ofNoun[1]!.length) || (w.ke <= nounStart && NOUN_PHRASE_GAP.test(sentenceLower.slice(w.ke, nounStart))));
      measure = unnamed ? undefined : nearestMeasure(words, sentenceLower, figStart, figEnd, others) ?? nearestMeasure(words, sentenceLower, figStart, figEnd, others, Infinity)
        ?? nearestMeasure(words, sentenceLower, figStart, figEnd, others, Infinity, false, clauseAround(sentenceLower, figStart, figEnd));
      measure = moneyMeasure(measure, sentenceLower, figStart, figEnd, m.amount!.value!);
      // "$9.1 billion of new debt and about $1.7 billion in stock", "$X in cash and $Y in shares": the part of a price paid in shares.
      if (IN_STOCK_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 28)) && others.some(([, oe]) => oe <= figStart && CASH_OR_DEBT_PART_BETWEEN.test(sentenceLower.slice(oe, figStart)))) measure = MEASURE_BY_ID.get('stock-payment');
      // "charges of $3 billion in its airplanes business and $2 billion in its defense unit": a figure
      // joined by "and" to the one before, with no measure word of its own in its clause, is the same measure.
      if (prevMoney && prevMoney.sentence === si && prevMoney.measure && (!measure || measure.id === prevMoney.measure.id || !words.some((w) => w.ks >= prevMoney!.end - s.start && w.ks < clauseEndAfter(sentenceLower, figEnd)))
        && prevMoney.end >= s.start && COORDINATED_GAP.test(sentenceLower.slice(prevMoney.end - s.start, figStart))) measure = prevMoney.measure;
      prevMoney = { sentence: si, end: m.end, measure: measure && measure.id !== 'amount' ? measure : undefined };
      // "The price values the company at roughly $8.6 billion" after an IPO price: the listing's valuation, no takeover.
      if (measure?.id === 'deal-value' && lastSubject.has('ipo-price') && !TAKEOVER.test(sentenceLower)) measure = MEASURE_BY_ID.get('valuation');
      unit = m.amount!.currency;
      measureId = measure?.id ?? 'amount';
      measureLabel = measure?.label ?? 'amount';
      // "data center revenue", "sales in the cloud unit": one business's revenue is not the company's.
      const segment = measureId === 'revenue' ? segmentOf(sentenceText, sentenceLower, figStart, figEnd) : undefined;
      if (segment) {
        measureId = `revenue:${segment}`;
        measureLabel = `${segment} revenue`;
      }
      // "$2 billion in its defense unit", "$2.5 billion in defense, where...": a charge taken in one business.
      const chargeIn = measureId === 'charge' ? CHARGE_SEGMENT_AHEAD.exec(sentenceLower.slice(figEnd, figEnd + 60)) : null;
      const chargeSegment = chargeIn && (chargeIn[1] ?? (NOT_SEGMENT_WORD.test(chargeIn[2]!) ? undefined : chargeIn[2]));
      if (chargeSegment) {
        measureId = `charge:${chargeSegment}`;
        measureLabel = `${chargeSegment} charge`;
      }
      // "foreign exchange losses of N926bn": a kind of loss, not the company's profit or loss.
      const lossKind = measureId === 'profit' ? LOSS_KIND_BEFORE.exec(sentenceLower.slice(Math.max(0, figStart - 70), figStart)) : null;
      if (lossKind) {
        measureId = `loss:${lossKind[1]!}`;
        measureLabel = `${lossKind[1]!} losses`;
      }
    } else {
      let q = m.quantity!;
      // "employed roughly 40,000 people": employees, as "40,000 employees" and "40,000 staff" are.
      if (q.unit === 'person' && EMPLOYED_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart))) q = { ...q, unit: 'employee' };
      // Subscribers and clients are counted as customers: one article's "4 million subscribers" is another's "4 million customers".
      else if (q.unit === 'subscriber' || q.unit === 'client') q = { ...q, unit: 'customer' };
      // A chain's "locations" and "outlets" are its stores.
      else if (q.unit === 'location' || q.unit === 'outlet') q = { ...q, unit: 'store' };
      // Descriptors ("Nvidia H100", "narrow-body") do not split a count; "more"/"additional" do.
      const additional = !!q.descriptor && ADDITIONAL.test(q.descriptor);
      unit = q.unit + (additional ? ' (additional)' : '');
      // "holds 90.6% of Arm", "will keep roughly 90% of the company": a stake, though the word is not there.
      // "controls more than 60% of the domestic market", "whose share of the domestic market is about 62%": a market share, not a stake.
      const marketShare = q.unit === 'percent' && !q.descriptor && (MARKET_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 40)) || MARKET_SHARE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 60), figStart)));
      let descriptor = q.unit !== 'percent' || q.descriptor ? q.descriptor
        : marketShare ? 'market share'
        : HOLDING_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart)) || STAKE_NOUN_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 70), figStart)) ? 'stake' : percentKind(sentenceLower, figStart, figEnd, sentenceText);
      if (q.unit === 'percent' && (descriptor === 'holding' || descriptor === 'shareholding')) descriptor = 'stake';
      // "a 25% increase in base wages", "a 25% raise in base pay": a raise, whatever the noun.
      if (q.unit === 'percent' && (!descriptor || descriptor === 'change' || descriptor === 'raise') && PAY_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 40))) descriptor = 'raise';
      // "raises wages by 38%": a raise told with its verb.
      else if (q.unit === 'percent' && (!descriptor || descriptor === 'change') && PAY_RAISED_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart))) descriptor = 'raise';
      measureId = q.unit === 'percent' && (descriptor === 'stake' || descriptor === 'premium' || descriptor === 'tendered') ? descriptor : 'quantity';
      if (descriptor === 'tendered') descriptor = 'shares tendered';
      measureLabel = q.unit === 'percent' ? (descriptor ? `${descriptor} (%)` : 'percentage') : additional ? `additional ${plural(q.unit)}` : plural(q.unit);
      if (q.unit === 'percent') unit = `percent ${descriptor ?? ''}`.trim();
      // "cut more than 15,000 jobs", "about 15,000 layoffs", "cutting roughly 15,000 people", "15% of
      // its workforce": jobs cut, however they are counted, announced or under way.
      // (After the figure only its own clause: "40,000 employees at the end of 2023, which means the cuts
      // could reach 8,000 jobs" counts employees, not cuts.)
      const around = sentenceLower.slice(Math.max(0, figStart - 60), figEnd + clauseAfter(sentenceLower, figEnd, 40));
      // ("close 1,200 of its 8,500 stores", "cut 300 of its 4,000 jobs": the whole is kept, the part cut.)
      const whole = WHOLE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart));
      let output: RegExpExecArray | null = null;
      // ("1,100 positions, about a fifth of the company's staff": a count told as a share of the workforce is a cut.)
      if (!whole && (q.unit === 'layoff' || q.unit === 'job cut' || (JOB_UNITS.has(q.unit) && (JOB_CUT.test(around) || WORKFORCE_SHARE_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 70))))) && (!additional || JOB_CUT.test(around))) {
        measureId = 'job-cuts';
        measureLabel = 'jobs cut';
        unit = 'job';
      } else if (q.unit === 'percent' && (WORKFORCE_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 30)) || WORKFORCE_BY_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart))) && JOB_CUT.test(around)) {
        measureId = 'job-cuts';
        measureLabel = 'workforce cut (%)';
        unit = 'percent workforce';
      } else if (!whole && JOB_UNITS.has(q.unit) && q.unit !== 'employee' && HIRE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart))) {
        // "hire about 20,000 people", "add 20,000 jobs", "create 500 roles": jobs added, however they are counted.
        measureId = 'hiring';
        measureLabel = 'jobs added';
        unit = 'job';
      } else if (OUTPUT_UNITS.has(q.unit) && !additional && (output = OUTPUT_BEFORE.exec(sentenceLower.slice(Math.max(0, figStart - 40), figStart)))) {
        // "delivered 462,890 vehicles", "Deliveries: 462,890 vehicles", "produced 469,796 vehicles": delivered (or sold) and made are two counts.
        measureId = output[1] ? 'production' : 'deliveries';
        measureLabel = `${plural(q.unit)} ${output[1] ? 'produced' : 'delivered or sold'}`;
      } else if (!whole && SITE_UNITS.has(q.unit) && CLOSE_VERB.test(around) && !additional) {
        // "will close about 1,200 stores", "1,200 locations will shut": sites closed, however many the chain keeps.
        measureId = 'closures';
        measureLabel = `${plural(q.unit)} closed`;
      }
    }

    // "The $13.1 billion Shockwave deal": a deal named by the company right after its price.
    const dealNamed = m.kind === 'money' && (measureId === 'investment' || measureId === 'amount' || measureId === 'deal-value')
      ? companies.find((c) => c.start === m.end + 1 && DEAL_NOUN_AHEAD.test(text.slice(c.end, c.end + 14))) : undefined;
    if (dealNamed && measureId !== 'deal-value') {
      measureId = 'deal-value';
      measure = MEASURE_BY_ID.get('deal-value');
      measureLabel = measure!.label;
    }

    // The figure's clause: a subject outside it comes last, and only its hedges make the figure prospective.
    const [clauseFrom, clauseTo] = clauseAround(sentenceLower, figStart, figEnd);

    // Subject (and, for investments, the object).
    let subject: string | undefined;
    // A deal recalled in passing, priced in parentheses ("Slack ($27.7 billion)"), is not the deal the article reports.
    // An aside: a figure that names no deal the article goes on reporting (see lastSubject).
    let aside = false;
    let dealYear: string | undefined;
    let object: string | undefined;
    // "Amrize Ltd, the group spun off by Holcim, ended its first day at $50.10": the company an apposition
    // describes is the sentence's subject, not the one named inside the apposition.
    const nearestBefore = subjectOfApposition(companies, text, s.start, m.start) ?? [...companies].reverse().find((c) => c.end <= m.start);
    // The company invested in: after "in"/"into" ("into AI startup Scale AI"), nearest the figure, after it first.
    // For a stake, also the company a share is of ("90.6% of Arm").
    const isStake = measureId === 'stake';
    // "its holding in Commerzbank", "51% of Acme", "raises Commerzbank stake": what the stake is in.
    const isTarget = (c: Mention): boolean => TARGET_BEFORE.test(text.slice(Math.max(s.start, c.start - 50), c.start))
      || (isStake && (SHARE_OF_BEFORE.test(text.slice(Math.max(s.start, c.start - 12), c.start)) || STAKE_AFTER_NAME.test(text.slice(c.end, c.end + 10))));
    // "the deal is worth $9.5 billion, the biggest since it paid $11.6 billion for Bioverativ": a company
    // after another amount is that amount's.
    const laterAmounts = figures.filter((f) => f.kind === 'money' && f.start >= m.end && f.amount?.conversionOf === undefined);
    const pastAnother = (c: Mention): boolean => c.start > m.end && laterAmounts.some((f) => f.end <= c.start);
    const targetMention = companies
      .filter((c) => isTarget(c) && !pastAnother(c))
      .sort((a, b) => distanceTo(a, m) - distanceTo(b, m))[0];
    if (measureId === 'investment') {
      const after = sentenceText.slice(figEnd, figEnd + 60);
      // "invested $1 billion in the company": the company the sentence before was about.
      if (!targetMention && IN_THE_COMPANY_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 30)) && lastSentenceCompany) object = lastSentenceCompany;
      else if (!targetMention && SPENDING_TARGET.test(after) && !COMPANY_WORD.test(after)) {
        measureId = 'spending';
        measureLabel = 'spending';
        measure = MEASURE_BY_ID.get('spending');
      }
    }
    if (measureId === 'deal-value' || measureId === 'enterprise-value' || measureId === 'net-deal-value' || measureId === 'price-per-share' || measureId === 'contingent-value-per-share' || measureId === 'breakup-fee' || measureId.endsWith('-price')) {
      // The company changing hands names the deal ("Catalent"), whoever reports the buyer: the one
      // bought, else the other company when the buyer is named right before the figure
      // ("Catalent shares rose after Novo said it would pay $16.4 billion for the company").
      const other = companies.length >= 2 && nearestBefore ? companies.find((c) => canonical(c.entity!) !== canonical(nearestBefore.entity!)) : undefined;
      // A share price is the price of the company whose shares the sentence is about ("Kellanova stock
      // climbed after Mars agreed to pay $83.50 a share").
      const listed = measureId === 'price-per-share' || SHARE_PRICE_MEASURES.has(measureId)
        ? companies.find((c) => SHARES_AFTER.test(text.slice(c.end, c.end + 10)) || SHARES_OF_BEFORE.test(text.slice(Math.max(s.start, c.start - 12), c.start))) : undefined;
      // Bought ("acquisition of Hess") before merely named after "in" ("the slide in Chevron's shares").
      const bought = companies.filter((c) => (BOUGHT_BEFORE.test(text.slice(Math.max(s.start, c.start - 50), c.start)) || takenPrivate(text, c)) && !pastAnother(c)).sort((a, b) => distanceTo(a, m) - distanceTo(b, m))[0];
      // Not a partner in the bid: "Sony Pictures and Apollo offered $26 billion for the whole company".
      const partner = other && nearestBefore && (other.end <= nearestBefore.start ? AND_BETWEEN.test(text.slice(other.end, nearestBefore.start)) : AND_BETWEEN.test(text.slice(nearestBefore.end, other.start)));
      // (Not in a listing: "raising $1.5 billion for the sandal maker and its owner" names no company bought.)
      const forTheCompany = FOR_THE_COMPANY.test(sentenceLower) && !LISTING.test(sentenceLower);
      // "Slack ($27.7 billion) or Tableau ($15.7 billion)": the company the price is given for.
      const priced = companies.find((c) => c.end <= m.start && PAREN_PRICE_BETWEEN.test(text.slice(c.end, m.start)));
      // "Rightmove, the portal, rejected a proposal from REA, saying the offer of 705 pence a share...": the one that refused is the one bid for.
      // (Not a break fee's: "Flowserve walks away with a $266m break fee" is paid to the partner left behind.)
      const refused = companies.find((c) => TURNED_DOWN_AFTER.test(text.slice(c.end, c.end + 60).toLowerCase()));
      // "paying $6.7 billion for Arcadium Lithium": the company the price is paid for, right after it.
      const paidFor = companies.find((c) => c.start > m.end && c.start - m.end <= 30 && (PAID_FOR_BETWEEN.test(text.slice(m.end, c.start)) || PRICE_NOUN_OF_BETWEEN.test(text.slice(m.end, c.start))));
      // "Telecom Italia sells fixed network to KKR for up to 22 billion euros": the business sold, when
      // a company, else its seller; never the buyer after "to".
      const sale = measureId === 'deal-value' ? SALE_VERB.exec(sentenceLower.slice(0, figStart)) : null;
      const buyerFrom = sale ? sentenceLower.indexOf(' to ', sale.index) : -1;
      const sold = sale ? companies.find((c) => c.start - s.start > sale.index && c.start - s.start < buyerFrom)
        ?? [...companies].reverse().find((c) => c.end - s.start <= sale.index) : undefined;
      // Where shares opened, traded or closed is the price of the company whose shares they are, first.
      // "$229 per Seagen share": the company whose share is priced.
      const perShareOf = measureId === 'price-per-share' ? companies.find((c) => PER_BEFORE.test(text.slice(Math.max(s.start, c.start - 8), c.start)) && ONE_SHARE_AFTER.test(text.slice(c.end, c.end + 7))) : undefined;
      const chosen = perShareOf ?? (SHARE_PRICE_MEASURES.has(measureId) ? listed : undefined) ?? priced ?? dealNamed ?? paidFor ?? sold ?? bought ?? targetMention ?? listed ?? (measureId === 'breakup-fee' ? undefined : refused) ?? (forTheCompany && !partner ? other : undefined);
      // Otherwise the deal the article has been reporting; for bidding partners, the company it says is
      // bought; else the sentence's own company.
      // "KKR's latest offer of 9,451 yen a share": the bidder's possessive names no company bought.
      const bidder = possessive && BIDDER_AHEAD.test(text.slice(possessive.end, possessive.end + 40)) ? possessive : undefined;
      const coBidder = (c: Mention): boolean => CO_BIDDER_BEFORE.test(text.slice(Math.max(s.start, c.start - 20), c.start));
      const named = bidder ? companies.find((c) => c !== bidder && canonical(c.entity!) !== canonical(bidder.entity!)) : [possessive, nearestBefore, companies[0]].find((c) => c && !coBidder(c));
      // "The stock, which began trading after VinFast merged with Black Spade, closed at": the stock the sentence before was about.
      // ("The shares closed at": the article's company; "Its shares": the one the sentence before was about.)
      const stockAside = SHARE_PRICE_MEASURES.has(measureId) && s.start === sentence.start && STOCK_SUBJECT.test(sentenceLower)
        && (!companies.some((c) => c.end <= m.start) || STOCK_WITH_ASIDE.test(sentenceLower))
        ? (sentenceLower.startsWith('its') ? lastSentenceCompany : topCompanies()[0] ?? lastSentenceCompany) : undefined;
      // (A break fee is a term of the deal, named by the company bought, not by whoever pays or receives it.)
      subject = stockAside ?? (chosen ? canonical(chosen.entity!) : undefined) ?? lastSubject.get('deal-value') ?? ((forTheCompany && partner) || measureId === 'breakup-fee' ? boughtInDocument() : undefined)
        ?? (named ? canonical(named.entity!) : boughtInDocument() ?? topCompanies().find((c) => !bidder || c !== canonical(bidder.entity!)));
      // A deal dated in the past ("its $1.7 billion purchase of Constellation in 2021") is history, not
      // the deal the article goes on reporting.
      const after = sentenceLower.slice(figEnd);
      // So is one priced and dated after a past purchase ("expanded by buying Speedway for $21 billion in 2021").
      const dated = DEAL_YEAR_AHEAD.exec(after) ?? (PAST_PURCHASE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 80), figStart)) ? DATED_AHEAD.exec(after) : null);
      // Its year keeps it apart from the deal reported now ("bought Arm for $32 billion in 2016").
      if (dated) dealYear = dated[1];
      aside = !!priced || !!dated;
      if (subject && !aside) lastSubject.set('deal-value', subject);
    } else if (measureId === 'rejected-offer' || measureId === 'rejected-price-per-share') {
      // Named, like a deal, by the company bid for: the one valued or bought ("had valued U.S. Steel
      // at"), or the one that turned the offer down ("Wiz turned down", "when Wiz walked away"); else
      // the company of the deal the article reports (the bidder, "Cleveland-Cliffs, which lost out
      // with an offer", is not it).
      const bidFor = companies.find((c) => VALUED_BEFORE.test(text.slice(Math.max(s.start, c.start - 12), c.start)) || isTarget(c) || BID_FOR_BEFORE.test(text.slice(Math.max(s.start, c.start - 16), c.start))
        || TURNED_DOWN_AFTER.test(text.slice(c.end, c.end + 40).toLowerCase()));
      subject = bidFor ? canonical(bidFor.entity!) : lastSubject.get('rejected-offer') ?? lastSubject.get('deal-value') ?? topCompanies()[0];
    } else if (measureId === 'investment' || measureId === 'stake' || measureId === 'initial-investment') {
      // "Air India, owned by Tata Sons with a 25.1% holding by Singapore Airlines": the company owned.
      const ownedNamed = isStake && !targetMention ? companies.find((c) => c.end <= m.start && OWNED_AFTER_NAME.test(text.slice(c.end, c.end + 24))) : undefined;
      object = targetMention ? canonical(targetMention.entity!) : ownedNamed ? canonical(ownedNamed.entity!) : object ?? lastTarget;
      // The investor: the nearest company before the figure that is not itself invested in.
      const candidates = companies.filter((c) => canonical(c.entity!) !== object && !isTarget(c));
      // "Volkswagen, Northvolt's largest shareholder, with about 21%": the possessive names what is owned.
      const owned = possessive && OWNER_AHEAD.test(text.slice(possessive.end, possessive.end + 40).replace('\u2019', "'")) ? possessive : undefined;
      if (owned && isStake && !targetMention) object = canonical(owned.entity!);
      // "Its largest shareholder, Qadir Holdings, held 9.9%": the company the sentence before was about.
      else if (isStake && !targetMention && lastSentenceCompany && ITS_OWNER.test(sentenceLower.slice(0, figStart))) object = lastSentenceCompany;
      const others = owned ? candidates.filter((c) => c !== owned && canonical(c.entity!) !== object) : candidates;
      // "Kering agreed to buy a 30% stake in Valentino from Mayhoola for": the buyer, named before its verb, not the seller.
      const boughtAt = measureId === 'investment' ? stakeBoughtBefore(sentenceLower, figStart) : -1;
      const stakeBuyer = boughtAt >= 0 ? [...others].reverse().find((c) => c.end - s.start <= boughtAt) : undefined;
      // "Canal+, controlled by Vivendi, had built a stake": the company the aside describes, not the one inside it.
      const apposed = nearestBefore && others.includes(nearestBefore) && nearestBefore === companies[0] ? subjectOfApposition(companies, text, s.start, m.start) : undefined;
      const heldBy = isStake ? companies.find((c) => c.start >= m.end && c.start - m.end <= 30 && STAKE_BY_BETWEEN.test(text.slice(m.end, c.start))) : undefined;
      const investor = heldBy ?? stakeBuyer ?? (possessive && !owned && canonical(possessive.entity!) !== object ? possessive : undefined) ?? apposed ?? [...others].reverse().find((c) => c.end <= m.start) ?? others[0];
      // "The French company, part of Vivendi, owns about 45%": the company the sentence before was about, not the parent in the aside.
      const ownerAside = !stakeBuyer && s.start === sentence.start && lastSentenceCompany !== undefined && lastSentenceCompany !== object ? NOUN_SUBJECT_APPOSITION.exec(sentenceLower) : null;
      const asideOwner = ownerAside && investor && investor.start - s.start < ownerAside[0].length && !companies.some((c) => c.end <= m.start && c.start - s.start >= ownerAside[0].length) ? lastSentenceCompany : undefined;
      // "It paid 3 billion francs, a fraction of what Credit Suisse was worth": the payer is the company
      // the sentence before was about, and the company named after the figure is what it paid for.
      const pronoun = !isStake && lastSentenceCompany && s.start === sentence.start && PRONOUN_SUBJECT.test(sentenceLower) && !companies.some((c) => c.end <= m.start);
      if (pronoun && !targetMention) {
        const paidFor = companies.find((c) => canonical(c.entity!) !== lastSentenceCompany);
        if (paidFor) object = canonical(paidFor.entity!);
      }
      // "It had held 49% of Vistara, a venture it set up with Tata": the company the sentence before was about.
      const pronounHolder = isStake && !heldBy && s.start === sentence.start && lastSentenceCompany !== undefined && lastSentenceCompany !== object && PRONOUN_SUBJECT.test(sentenceLower) && !companies.some((c) => c.end <= m.start) ? lastSentenceCompany : undefined;
      // "Elon Musk owns about 13% of Tesla", "Musk, who holds 13%", "Elon Musk's 13% stake": a person holds it.
      const personHolder = isStake && !heldBy && !investor ? inSentence.find((x) => x.kind === 'person' && x.entity && x.end <= m.start && PERSON_HOLDS_BETWEEN.test(text.slice(x.end, m.start))) : undefined;
      subject = pronoun ? lastSentenceCompany : pronounHolder ?? asideOwner ?? (investor ? canonical(investor.entity!) : undefined) ?? (personHolder ? canonical(personHolder.entity!) : undefined) ?? lastInvestor ?? (isStake && lastSentenceCompany !== object ? lastSentenceCompany : undefined) ?? topCompanies().find((c) => c !== object);
      // "The government still owns 12%", "the German state's 12%", "Berlin's 12% stake": a state holds
      // it, not the company the article was about.
      // ("ABN Amro, still about 30% owned by the Netherlands": the company named before is the one owned.)
      const ownedByAfter = isStake && !heldBy && OWNED_BY_AHEAD.test(sentenceText.slice(figEnd, figEnd + 40));
      if (isStake && !possessive && (ownedByAfter || !companies.some((c) => c.end <= m.start && c.start >= s.start + Math.max(0, figStart - 40))) && stateOwner(sentenceText, sentenceLower, figStart, mentions, s.start, figEnd)) {
        if (!object && subject) object = subject;
        subject = STATE_OWNER;
      }
      // "paid $160 million to Mali": a payment to a state, in nothing; and an object only guessed from
      // the article's companies is not carried to the next figure.
      const toState = !targetMention && measureId === 'investment' && PAID_TO_NAME_AHEAD.test(text.slice(m.end, m.end + 30));
      const guessed = !object && !toState;
      // (A stake in no company named is in the one the article says is bought, else its main company.)
      const bought = guessed && isStake ? boughtInDocument() : undefined;
      if (guessed) object = (bought !== subject ? bought : undefined) ?? topCompanies().find((c) => c !== subject);
      // (A family's stake is in the company the sentence names as owned, else the one the article says is bought.)
      const family = isStake && !heldBy ? FAMILY_HOLDER_BEFORE.exec(text.slice(Math.max(s.start, m.start - 80), m.start)) : null;
      if (family) {
        object = (targetMention ? canonical(targetMention.entity!) : undefined) ?? boughtInDocument() ?? object;
        // "the family" alone, in an article that calls the owners "the Nordstroms": the family named like the company.
        const objectWord = family[1] ? undefined : mentions.find((x) => x.entity !== undefined && canonical(x.entity) === object && !x.text.includes(' ') && TITLE_WORD.test(x.text))?.text.replace(POSSESSIVE_END, '');
        const named = family[1] ?? (objectWord && (text.includes(`he ${objectWord}s `) || text.includes(`${objectWord} family`)) ? objectWord : undefined);
        subject = `owner:the-${named ? `${named}-` : ''}family`;
      }
      if (object === subject) object = undefined;
      if (object && !guessed) lastTarget = object;
      if (subject) lastInvestor = subject;
    } else {
      // "valued Acme at", and "a round that values the Paris-based company at": the sentence's own company.
      // "values xAI at $80 billion and X at $33 billion": the company right before "at" and the figure.
      const atFigure = measureId === 'valuation' || measureId === 'market-value' ? companies.find((c) => c.end < m.start && AT_FIGURE_BETWEEN.test(text.slice(c.end, m.start))) : undefined;
      const valuedDirect = measureId === 'valuation' ? atFigure ?? companies.find((c) => VALUED_BEFORE.test(text.slice(Math.max(s.start, c.start - 12), c.start)))
        ?? (VALUES_THE_COMPANY_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 60), figStart)) ? companies[0] : undefined) : undefined;
      const lender = measureId === 'loan' ? companies.find((c) => LENDER_BEFORE.test(sentenceLower.slice(Math.max(0, c.start - s.start - 40), c.start - s.start))) : undefined;
      // A company named only after the figure is not the subject of "The company said it had $X": the article's company is.
      const pronoun = s.start === sentence.start && PRONOUN_SUBJECT.test(sentenceLower);
      // Nor is a company named after the figure in another clause ("sales of $X would be large, but
      // they did not save the Renault-Nissan alliance").
      const clauseEnd = s.start + clauseTo;
      const after = pronoun ? undefined : companies.find((c) => c.start < clauseEnd);
      // "... flew off an Alaska Airlines plane, and the grounding of 170 planes has become Boeing's
      // costliest crisis": a company of the figure's own clause before one of another clause.
      const ownClause = nearestBefore && nearestBefore.start < s.start + clauseFrom ? companies.find((c) => c.start >= m.end && c.start < clauseEnd) : undefined;
      // "Hershey stock climbed after a report of the approach from Mondelez, lifting its market value
      // to $38 billion": "its" is the sentence's subject, named first, not the company named last.
      const first = companies[0];
      const itsSubject = first && first.start - s.start <= 2 && first.end <= m.start && ITS_MEASURE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 60), figStart)) ? first : undefined;
      // "The telecoms operator, a unit of MTN Group, said revenue rose": the article's company, not the parent in the aside.
      const nounAside = s.start === sentence.start && lastSentenceCompany !== undefined ? NOUN_SUBJECT_APPOSITION.exec(sentenceLower) : null;
      const outsideAside = nounAside ? companies.filter((c) => c.start - s.start >= nounAside[0].length || c.start >= m.start) : companies;
      const chosen = nounAside && !outsideAside.some((c) => c.end <= m.start) ? undefined
        : valuedDirect ?? lender ?? possessive ?? (measureId === 'funding-round' ? targetMention : undefined) ?? itsSubject ?? ownClause ?? nearestBefore ?? after;
      // "Amrize shares opened at $51.50, valuing the company at": the company whose shares they are.
      const sharesOf = companies.find((c) => c.end <= m.start && (SHARES_AFTER.test(text.slice(c.end, c.end + 10)) || SHARES_OF_BEFORE.test(text.slice(Math.max(s.start, c.start - 12), c.start))));
      const dealFor = measureId === 'valuation' && !sharesOf && VALUING_IT_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 60), figStart)) ? lastSubject.get('deal-value') ?? boughtInDocument() : undefined;
      // A person's pay, with no company named beside it, is paid by the company the article is about.
      // "Banks led by Mizuho agreed to lend up to 1.4 trillion yen to fund the deal": the deal's loan,
      // not the lenders'; a loan in a sentence that names no company is the deal's too.
      const dealLoan = measureId === 'loan' && !lender && (chosen ? LOAN_FOR_DEAL_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 60)) : !lastSubject.get('loan'))
        ? lastSubject.get('deal-value') : undefined;
      // "The shares closed at €23.50, up 3.2%": the article's company moved.
      const sharesMoved = !chosen && m.kind === 'quantity' && s.start === sentence.start && STOCK_SUBJECT.test(sentenceLower) && !sentenceLower.startsWith('its') ? topCompanies()[0] : undefined;
      // "writing down the value of its Hostess business": the company that takes a charge, not the business it is on.
      const chargedOwner = chosen && measureId.startsWith('charge') && ITS_NAME_BEFORE.test(text.slice(Math.max(s.start, chosen.start - 20), chosen.start)) ? companies.find((c) => c.end <= chosen.start && c !== chosen) : undefined;
      subject = dealFor ?? dealLoan ?? sharesMoved ?? (chargedOwner ? canonical(chargedOwner.entity!) : undefined) ?? (chosen ? canonical(chosen.entity!) : lastSubject.get(measureId) ?? (measureId === 'salary' ? topCompanies()[0] : lastSentenceCompany ?? topCompanies()[0]));
      // The proceeds of a sale, and a buyback paid from them, are the seller's: not the business sold, nor its buyer.
      if (!chosen && SELLER_MEASURES.has(measureId) && subject && !sellerSide(subject)) subject = topCompanies().find(sellerSide) ?? subject;
    }
    // A takeover premium is the premium of the company bought ("a 26.6% premium to Discover's closing
    // price"), else of the deal the article has been reporting; a deal's savings are the deal's too.
    if (measureId === 'premium') {
      const priceOf = companies.find((c) => c.start >= m.end && PREMIUM_TO.test(text.slice(m.end, c.start)));
      if (priceOf) subject = canonical(priceOf.entity!);
      else if (lastSubject.get('deal-value')) subject = lastSubject.get('deal-value');
      // ("Premium: 41%" in a list, after "Zalando is buying About You": the company bought.)
      else if (!companies.length) subject = boughtInDocument() ?? subject;
    } else if ((measureId === 'cost-savings' || measureId === 'tendered') && lastSubject.get('deal-value')) subject = lastSubject.get('deal-value');
    // "Assets acquired: around C$134bn": the assets of the business the deal buys, when the sentence names none.
    else if (measureId === 'assets' && !companies.length && lastSubject.get('deal-value')) subject = lastSubject.get('deal-value');
    // "The combined company would have nearly 60 gigawatts", "The combined group will own 60 GW": the
    // business the deal makes, named as the deal is (by the company bought), and still to come.
    const combined = s.start === sentence.start && COMBINED_SUBJECT.test(sentenceLower);
    // So is what the deal brings ("the deal will add about $8.5 billion of annual earnings") or hands
    // over ("The buyer gets 4 million subscribers", "it will take over 1,200 stores").
    if (combined || (!object && DEAL_ADDS_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 60), figStart)))
      || (m.kind === 'quantity' && !unit.startsWith('percent') && TAKES_OVER_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart)))) subject = boughtInDocument() ?? subject;
    // "including the $6.7bn purchase of Arcadium Lithium, while its share price has fallen 12%": its
    // shares are those of the company the sentence is about, not of one it names on the way.
    // (Not after a company's own possessive: "Acme's share price has fallen 12%".)
    if (m.kind === 'quantity' && unit.startsWith('percent') && ITS_SHARES_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 48), figStart))
      && !(possessive && possessive.end >= m.start - 48)) {
      // ("Honeywell forecast sales below estimates, and its shares fell 3.2%": the company the sentence opens with.)
      const opener = companies[0] && companies[0].start - s.start <= 2 && s.start === sentence.start && companies[0].end <= m.start ? companies[0] : undefined;
      subject = (opener ? canonical(opener.entity!) : undefined) ?? lastSentenceCompany ?? topCompanies()[0] ?? subject;
    }
    // "JPMorgan Chase has committed $20 billion of debt financing": the bank lends; the debt is the
    // deal's, named by the company bought, when the article reports one.
    if ((measureId === 'debt' || measureId === 'loan') && subject !== undefined) {
      const lender = companies.find((c) => c.end <= m.start && canonical(c.entity!) === subject && LENDER_VERB_AHEAD.test(text.slice(c.end, c.end + 48)));
      if (lender) subject = boughtInDocument() ?? subject;
      // "paying $12bn for CrownRock, financed by $9.1bn of fresh debt": new debt the buyer raises is the buyer's, not the company bought's.
      else if (measureId === 'debt' && NEW_DEBT_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 30)) && (subject === boughtInDocument() || subject === lastSubject.get('deal-value'))) subject = topCompanies().find((c) => c !== subject) ?? subject;
      // "debt that T-Mobile will take on", "the assumption of $2 billion of debt": the debt of the company bought, which the buyer assumes.
      else if (measureId === 'debt' && (DEBT_ASSUMED_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 60)) || DEBT_ASSUMED_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart)))) subject = boughtInDocument() ?? subject;
    }
    // "about $1.7 billion in stock": a term of the deal, named as the deal is (by the company bought).
    if (measureId === 'stock-payment') subject = lastSubject.get('deal-value') ?? boughtInDocument() ?? subject;
    if (subject && !aside) lastSubject.set(measureId, subject);

    // Period and status.
    let period: string | undefined = dealYear;
    // A stake is held, not reported for a period ("which owns 21%, wrote down its stake this year").
    // Nor is a raise agreed for the life of a contract ("a 25% raise by 2028").
    // Nor is a premium, measured against a price ("a 45% premium to the price before the deal was announced in January 2022").
    // Nor are sites closed: a programme's total ("by 2027", "including 500 in fiscal 2025" date its phases).
    if ((measure?.periodic || m.kind === 'quantity') && measureId !== 'stake' && measureId !== 'premium' && measureId !== 'tendered' && measureId !== 'closures' && unit !== 'percent raise') {
      period = periodNear(inSentence, m, text);
      // "compared with a profit of $1.5 billion a year earlier": the same period a year before.
      // (A year's figure a year earlier is the year before's: "2025, a year earlier" is 2024.)
      if (YEAR_EARLIER_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 30))) period = period && YEAR_ONLY.test(period) ? String(Number(period) - 1) : period ? `${period}, a year earlier` : 'a year earlier';
    }
    // "raise its stake to 60.5% from 19.9%": the figure after "from" is what it was before.
    if (FROM_AFTER_TO_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart))) period = period ? `${period}, before` : 'before';
    // "sales will drop by over 20%": a change still to come ("will buy 150 jets" stays an order reported).
    const status: 'reported' | 'prospective' = combined || isProspective(sentenceLower, clauseFrom, clauseTo, figStart)
      || (unit.endsWith('change') && WILL_CHANGE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart))) ? 'prospective' : 'reported';
    // "less than the $8.5 billion announced in March", "against an earlier range of $6bn to $8bn", "up
    // from 6 billion to 8 billion dollars previously": an earlier figure the sentence compares with or
    // replaces, no report of its own.
    const before40 = sentenceLower.slice(Math.max(0, figStart - 40), figStart);
    const ahead40 = sentenceLower.slice(figEnd, figEnd + 40);
    const earlier = (m.kind === 'money' && EARLIER_FIGURE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 50), figStart))
      && (EARLIER_FIGURE_AHEAD.test(ahead40) || EARLIER_WORD_BEFORE.test(before40) || PAST_YEAR_AHEAD.test(ahead40)))
      || PREVIOUS_FIGURE_BEFORE.test(before40) || (PREVIOUSLY_AHEAD.test(ahead40) && FROM_BEFORE.test(before40));
    const groupable = !!subject && measureId !== 'amount' && !earlier;

    const value = m.kind === 'money' ? m.amount!.value! : m.quantity!.value;
    const conversions = conversionsOf.get(mi);
    // Every field in one literal (absent ones undefined): one object shape, no separate property
    // store. An archive of 10,000 articles holds hundreds of thousands of these.
    const report: FactReport = {
      doc, start: m.start, end: m.end, text: m.text, value, qualifier: m.kind === 'money' ? m.amount!.qualifier : m.quantity!.qualifier,
      unit, sentence: sentenceText, sentenceStart: s.start, sentenceEnd: s.end, status,
      high: m.kind === 'money' ? m.amount!.high : m.quantity!.high,
      step: m.kind === 'money' ? m.amount!.step : m.quantity!.step,
      period,
      conversions: conversions?.map((x) => ({ text: x.text, value: x.amount!.value!, unit: x.amount!.currency, start: x.start, end: x.end })),
    };
    let named = NONE;
    for (const c of companies) {
      const id = canonical(c.entity!);
      if (id !== subject && id !== object && !named.includes(id)) named = named === NONE ? [id] : [...named, id];
    }
    const cand: FactCandidate = { key: '', groupable, measure: measureId, measureLabel, unit, status, report, subject, object, period, named };
    out.push(cand);
  }
  consolidateDeal(out);
  for (const c of out) c.key = factKey(c, doc);
  return out;
}

/**
 * Whether the clause holding a figure puts it in the future or in doubt. Not when a finite verb of
 * its own stands between the hedge and the figure: "His plan to cut costs did not stop sales from
 * falling 3%" reports the fall.
 */
function isProspective(sentenceLower: string, clauseFrom: number, clauseTo: number, figStart: number): boolean {
  const clause = sentenceLower.slice(clauseFrom, clauseTo);
  if (!PROSPECTIVE.test(clause)) return false;
  // "came in roughly in line with forecasts", "beat estimates": a figure measured against a forecast is reported.
  if (!PROSPECTIVE.test(clause.replace(AGAINST_FORECAST, ''))) return false;
  const before = sentenceLower.slice(clauseFrom, figStart);
  PROSPECTIVE_ALL.lastIndex = 0;
  let last = -1;
  for (let m: RegExpExecArray | null; (m = PROSPECTIVE_ALL.exec(before)); ) last = m.index + m[0].length;
  // Only hedges after the figure, or none between that a main verb undoes.
  return last < 0 || !MAIN_VERB.test(before.slice(last));
}

const PROSPECTIVE_ALL = new RegExp(measuresData.prospective, 'gi');
const AGAINST_FORECAST = /\b(?:(?:roughly |broadly |largely )?in line with|above|below|beat|beating|missed|missing|ahead of|short of|topped|exceeded|than) (?:the |analysts'? |market |its own |their )*(?:forecasts?|expectations?|estimates?|projections?)\b/g;
const MAIN_VERB = /\b(?:did|does|was|were|has|had)\b/;

function factKey(c: FactCandidate, doc: string): string {
  const statusKey = statusSensitive(c.measure) ? c.status : '';
  return `${c.measure}|${c.subject ?? '?'}|${c.object ?? ''}|${c.unit}|${c.period ?? ''}|${statusKey}|${c.groupable ? '' : `${doc}#${c.report.start}`}`;
}

/**
 * One takeover per article, told in several ways: a figure that restates the deal's value (or one
 * its wording admits: "more than $30 billion") as an investment ("Google's $32 billion Wiz bet") is the deal's value; a breakup fee belongs to the deal
 * the article is mostly about (the company bought most often), not to an earlier deal it recalls.
 */
function consolidateDeal(cands: FactCandidate[]): void {
  const dealCounts = new Map<string, number>();
  for (const c of cands) if (c.measure === 'deal-value' && c.subject) dealCounts.set(c.subject, (dealCounts.get(c.subject) ?? 0) + 1);
  if (!dealCounts.size) return;
  const main = [...dealCounts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const dealValues = cands.filter((c) => c.measure === 'deal-value' && c.subject === main);
  const deal = MEASURE_BY_ID.get('deal-value')!;
  for (const c of cands) {
    if (c.measure === 'breakup-fee' && c.subject !== main) c.subject = main;
    else if (c.measure === 'investment' && c.object === main && dealValues.some((d) => d.unit === c.unit && relate(d.report, c.report) !== 'different')) {
      c.measure = deal.id;
      c.measureLabel = deal.label;
      c.subject = main;
      c.object = undefined;
    }
  }
}

/**
 * What a money figure measures, once the wording around it is read: the nearest measure word,
 * corrected by phrases that say more ("a deal valued at", "to settle", "analysts' estimate of",
 * "of equity", "including debt", "a share", "IPO price of").
 */
const NET_OF_TAX = /\bnet of (?:[a-z-]+ ){0,2}tax\b|\bafter (?:counting|accounting for|deducting|subtracting|including) (?:[^.;]{0,40} )?(?:of )?(?:expected |future |the )?tax (?:benefits?|assets?|savings?|credits?)\b/;
const DEAL_ADDS_BEFORE = /\bthe (?:deal|acquisition|merger|purchase|transaction|takeover) (?:will|would|could|should|is expected to|is set to)? ?(?:add|adds|bring|brings|generate|generates|contribute|contributes)(?: [a-z]+)? (?:(?:about|around|roughly|nearly|almost|some|more than|over|up to) )?$/;
const TAKES_OVER_BEFORE = /\b(?:gets|get|getting|will get|takes over|take over|taking over|took over|inherits|inherit|inheriting|inherited|picks up|pick up|picked up) (?:(?:about|around|roughly|nearly|some|more than|over|almost|its|their|the) )*$/;
const NEW_DEBT_AHEAD = /^ (?:of|in) (?:new|fresh|additional) (?:debt|bonds|borrowing)\b/;
const DEBT_ASSUMED_AHEAD = /^ (?:of |in )?(?:net )?debt,? (?:that|which) (?:[^.;]{1,40} )?(?:will |would |is to |agreed to )?(?:take on|takes on|took on|assume|assumes|assumed|absorb|absorbs|absorbed|inherit|inherits)\b/;
const DEBT_ASSUMED_BEFORE = /\b(?:assum(?:e|es|ed|ing|ption of)|tak(?:e|es|ing) on|took on|absorb(?:s|ed|ing)?|inherit(?:s|ed|ing)?) (?:(?:about|around|roughly|nearly|some|more than|up to|as much as) )?$/;
const LENDER_VERB_AHEAD = /^(?:,[^,]{0,40},)? (?:has |have |had |will |would )?(?:committed|commit|commits|provided|provide|provides|arranged|arrange|underwrote|underwrite|lent|lend|lends|agreed to (?:provide|lend|arrange))\b/;
const CLAUSE_END_AHEAD = /[,;]|\b(?:which|that means|meaning)\b/;
const RELATIVE_BREAK = /,\s*(?:which|while|whereas|meaning)\b/;
const EARLIER_FIGURE_BEFORE = /\b(?:than|below|above|short of|down from|up from|compared with|compared to|versus|instead of) (?:the |its |an? |their )?(?:(?:original|originally|earlier|initial|initially|previous|previously|prior|preliminary) )?(?:(?:about|around|roughly|nearly|some|more than) )?$/;
const EARLIER_FIGURE_AHEAD = /^ (?:(?:it|that|which|they) )?(?:had |was |were )?(?:(?:originally|initially|first|previously|tentatively) )?(?:announced|proposed|promised|offered|pledged|sought|awarded|planned|agreed|earmarked|approved)\b/;
const PREVIOUSLY_AHEAD = /^,? (?:previously|before)\b/;
const FROM_BEFORE = /\bfrom\b[^.;]{0,30}$/;
/** "against an earlier range of $6bn to $8bn": a forecast the new one replaces. */
const PREVIOUS_FIGURE_BEFORE = /\b(?:earlier|previous|prior|original|old) (?:range|forecast|target|estimate|guidance|outlook|view)(?: of)? (?:(?:about|around|roughly) )?$/;
const ITS_NAME_BEFORE = /\b(?:its|their) (?:[a-z-]+ )?$/;
const LOSS_OF_BEFORE = /\b(?:loss|losses) of (?:(?:about|around|roughly|nearly|almost|some|more than|up to|as much as) )?$/;
const ON_THE_DEAL_AHEAD = /^ on the (?:sale|disposal|divestment|deal|transaction)\b/;
const WRITEDOWN_BY_BEFORE = /\bwr(?:ote|ite|ites|iting|itten) down (?:the (?:book |carrying )?value of )?[^.;]{0,70} by (?:(?:about|around|roughly|nearly|almost|some|more than|up to|as much as) )?$/;
const RANGE_NOUN_AHEAD = /^ (?:(?:price|marketed|indicative|target) )?range\b/;
/** "the $40 a share it fetched in 2021": a figure of a year gone by. */
const PAST_YEAR_AHEAD = /^[^.;,]{0,30}\b(?:in|back in|during) (?:19|20)\d\d\b/;
const EARLIER_WORD_BEFORE = /\b(?:original|originally|earlier|initial|initially|previous|previously|prior|preliminary) (?:(?:about|around|roughly|nearly|some|more than) )?$/;
/** Between two amounts of one measure: where the first one went, then "and" ("$3 billion in its jets business and "). */
const COORDINATED_GAP = /^(?: (?:in|on|at|for|from|across) [a-z][a-z' -]{0,50})?,? and (?:(?:about|around|roughly|nearly|almost|some|more than|another|a further|an additional) )?$/;
/** The business a charge is taken in: "in its defense unit", "at the cloud business", "in defense," (one word, then a stop). */
const CHARGE_SEGMENT_AHEAD = /^ (?:in|at|on|for) (?:its |the |their )?(?:([a-z][a-z-]+(?: [a-z][a-z-]+){0,2}) (?:unit|units|division|segment|arm)\b|([a-z][a-z-]+)(?=[,.;)]|$))/;
/** One word after "in" that is no business: a time, a currency, a total. */
const NOT_SEGMENT_WORD = /^(?:sale|disposal|deal|transaction|divestment|purchase|acquisition|takeover|merger|all|total|cash|stock|shares|dollars|euros|pounds|yen|the|its|[a-z]*(?:quarter|year|month|half|week|day)s?|january|february|march|april|may|june|july|august|september|october|november|december|writedowns|charges|losses|costs|fees|fines|damages|impairments|value|full|part|advance|addition)$/;

/** Where the clause after a figure ends: the next comma, semicolon or dash, or the window's end. */
function clauseEndAfter(sentenceLower: string, figEnd: number): number {
  const m = CLAUSE_STOP.exec(sentenceLower.slice(figEnd));
  return m ? figEnd + m.index : sentenceLower.length;
}
const CLAUSE_STOP = /[,;:\u2014\u2013]| - /;
const EMPLOYED_BEFORE = /\b(?:employ|employs|employed|employing|employment of|workforce of|staff of)\s(?:(?:about|around|roughly|nearly|almost|more than|over|some|just over|just under)\s)?$/;
const ITS_SHARES_BEFORE = /\b(?:while |as |and |but )?its (?:share price|shares|stock)\b[^.;$\u00a3\u20ac\d]{0,30}$/;
const YEAR_ONLY = /^(?:19|20)\d\d$/;
const CASH_PART_AHEAD = /^ (?:in )?cash (?:part|portion|component|element)\b/;
/** A contingent right named before the figure, with no other figure between. */
const CONTINGENT_BEFORE = /\b(?:contingent|cvrs?)\b[^$\u00a3\u20ac\d.;]{0,40}$/;
/** "a share more if its drugs succeed", "a share more through contingent value rights". */
const SHARE_MORE_AHEAD = /^ (?:a|per|each) (?:[a-z]+ )?share more\b/;
const FEE_AHEAD = /^ (?:[a-z-]+ )?(?:fee|fees|payment)\b/;
const OWES_BEFORE = /\b(?:owes|owed|owing)\b/;
const BROUGHT_IN_BEFORE = /\b(?:brought|brings|bring|bringing|took|takes|raked|rakes) in (?:(?:about|around|roughly|nearly|almost|some|more than|over) )?$/;
const SHARE_SALE = /\b(?:sale of (?:new |common |its |their )?(?:shares|stock)|(?:share|stock|equity) (?:sale|offering|issue)s?|offering|rights issue|capital increase|selling (?:new )?shares)\b/;

/** Whether the text at `at` reads "the " or "its ", in any case. */
function opensWithTheOrIts(text: string, at: number): boolean {
  const a = text.charCodeAt(at) | 32;
  const b = text.charCodeAt(at + 1) | 32;
  const c = text.charCodeAt(at + 2) | 32;
  return text.charCodeAt(at + 3) === 32 && ((a === 116 && b === 104 && c === 101) || (a === 105 && b === 116 && c === 115));
}

/** How far after a figure its clause runs, at most `reach` characters (a comma or a "which" ends it). */
function clauseAfter(sentenceLower: string, figEnd: number, reach: number): number {
  const m = CLAUSE_END_AHEAD.exec(sentenceLower.slice(figEnd, figEnd + reach));
  return m ? m.index : reach;
}

function moneyMeasure(nearest: MeasureDef | undefined, sentenceLower: string, figStart: number, figEnd: number, value: number): MeasureDef | undefined {
  // "the top of its $18 to $21 range": a range the price was to fall in, a fact of its own.
  if (RANGE_NOUN_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 16))) return MEASURE_BY_ID.get('price-range');
  // "a loss of around €1.2bn on the sale", "writing down the value of its snack business by about $1.1 billion": a charge.
  if ((LOSS_OF_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 30), figStart)) && ON_THE_DEAL_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 24)))
    || WRITEDOWN_BY_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 120), figStart))) return MEASURE_BY_ID.get('charge');
  let measure = nearest;
  const stakeBought = stakeBoughtBefore(sentenceLower, figStart) >= 0;
  // "sees a £6.2 billion price as too low for a business that earned £364 million in revenue": a price
  // of billions is a company's value, not the revenue or profit a later figure is told with.
  if (value >= 1e8 && measure?.periodic && PRICE_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 12))) measure = MEASURE_BY_ID.get('valuation');
  // "values the sneaker maker at roughly $9.4 billion, about 16 times its earnings": the value, not the earnings.
  else if (measure?.periodic && VALUES_AT_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 70), figStart))) measure = MEASURE_BY_ID.get('valuation');
  // "a deal valued at", "the order is worth": the value of a transaction, not of a company.
  if (measure?.id === 'valuation' && DEAL_VALUE.test(sentenceLower.slice(Math.max(0, figStart - 140), figStart))) measure = MEASURE_BY_ID.get('deal-value');
  // "up from the $43 billion valuation", "last year's round valued it at": an earlier valuation, a fact of its own.
  else if (measure?.id === 'valuation' && PREVIOUS_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 60), figStart))) measure = MEASURE_BY_ID.get('previous-valuation');
  // "would pay $16.4 billion for the company" in a takeover is the deal's value too.
  // "an initial investment of $1.25 billion", "the first tranche is $1.25 billion", "puts in $1.5 billion
  // now and the rest later": the first part of a larger commitment, a fact of its own.
  if ((measure === undefined || measure.id === 'investment' || measure.id === 'funding-round')
    && (INITIAL_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 70), figStart)) || INITIAL_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 50)))) {
    measure = MEASURE_BY_ID.get('initial-investment');
  }
  // "Niccol's pay could exceed $100 million": what a person is paid.
  if (measure?.id === 'investment' && PAY_NOUN_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 60), figStart))) measure = MEASURE_BY_ID.get('salary');
  // "agreed to pay $4.3 billion to settle": a settlement, not an investment.
  // A penalty is a fine; what settles a case is a settlement (a settlement may include a penalty: two figures).
  if (measure?.id === 'investment' && SETTLEMENT.test(sentenceLower)) measure = MEASURE_BY_ID.get(FINE_WORD.test(sentenceLower) && !SETTLE_WORD.test(sentenceLower) ? 'fine' : 'settlement');
  // "to pay A$120 million over the ghost flights": paid over a dispute (not "over five years").
  else if (measure?.id === 'investment' && PAY_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 30), figStart)) && OVER_DISPUTE_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 40))) measure = MEASURE_BY_ID.get('settlement');
  else if (measure?.id === 'investment' && TAKEOVER.test(sentenceLower) && !stakeBought) measure = MEASURE_BY_ID.get('deal-value');
  // "agreed to buy a 30% stake in Valentino for 1.7 billion euros": the price of a stake is an investment in the company, not a takeover.
  if (measure?.id === 'deal-value' && stakeBought) measure = MEASURE_BY_ID.get('investment');
  // "analysts' average estimate of $28.7 billion": what was expected, not what was reported.
  if (ANALYST_ESTIMATE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 60), figStart)) || ANALYST_ESTIMATE_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 50))) measure = MEASURE_BY_ID.get('estimate');
  // "sold more than $30 billion worth of chips": sales, not a valuation.
  else if (WORTH_OF_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 10)) && SOLD_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart))) {
    measure = MEASURE_BY_ID.get('revenue');
  }
  // "Adobe now owes Figma a $1 billion fee": a fee owed is no debt.
  if (measure?.id === 'debt' && FEE_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 24)) && OWES_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 60), figStart))) measure = undefined;
  // "The sale of common shares and convertible stock brought in about $21 billion": money raised, not revenue.
  if (measure?.id === 'revenue' && BROUGHT_IN_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 30), figStart)) && SHARE_SALE.test(sentenceLower)) measure = MEASURE_BY_ID.get('funding-round');
  // "468 million euros of equity with 132 million euros of debt": the parts of a round.
  if (EQUITY_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 24)) || EQUITY_PART_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 70), figStart))) measure = MEASURE_BY_ID.get('equity');
  else if (DEBT_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 36))) measure = MEASURE_BY_ID.get('debt');
  // "will borrow $30.85 billion from banks": a bank loan.
  if (measure?.id === 'debt' && FROM_BANKS_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 30))) measure = MEASURE_BY_ID.get('loan');
  // "expects to receive about £250 million in total from the deal": what a seller gets from a sale.
  if (RECEIVE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart)) && FROM_SALE_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 40))) measure = MEASURE_BY_ID.get('proceeds');
  // "C$134 billion of assets", "Assets acquired: around C$134bn": assets, not the price paid for them.
  // "sell $20 billion of assets", "$20bn from asset sales": what a company raises by selling, not what it holds.
  if (ASSET_SALES.test(sentenceLower.slice(Math.max(0, figStart - 40), figEnd + 30))) measure = MEASURE_BY_ID.get('asset-sales');
  else if (ASSETS_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 24)) || ASSETS_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart))) measure = MEASURE_BY_ID.get('assets');
  // "guarantee up to 9 billion francs of losses": what is guaranteed is not the measure.
  if (GUARANTEE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 70), figStart))) measure = MEASURE_BY_ID.get('guarantee');
  // "rejected an unsolicited offer of $7.3 billion", "his company's spurned $7.8 billion offer": a
  // losing bid, a fact of its own beside the deal that was agreed.
  // "the $23 billion Google offered last year, when Wiz walked away" too.
  const rejected = REJECTED_BEFORE.exec(sentenceLower.slice(Math.max(0, figStart - 75), figStart));
  const offerAhead = OFFER_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 25));
  const before = sentenceLower.slice(Math.max(0, figStart - 100), figStart);
  // "had first offered A$24.5 billion in February, which Newcrest rejected", "The first approach, worth A$24.5bn, was turned down".
  const offeredBefore = OFFERED_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 70), figStart));
  if ((rejected && (OFFER_WORD.test(rejected[0]) || offerAhead)) || ((offerAhead || offeredBefore) && REJECTED_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 80)))
    || REFUSAL_BEFORE.test(before) || CALLED_OFF_BEFORE.test(before) || (TALKS_BEFORE.test(before) && TALKS_ENDED_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 100)))) {
    measure = MEASURE_BY_ID.get('rejected-offer');
  }
  // "$23.7 billion including debt", "an enterprise value of $23.7 billion": not the equity's price.
  if (measure?.id !== 'fine' && measure?.id !== 'settlement' && (INCLUDING_DEBT_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 64)) || INCLUDING_DEBT_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 75), figStart))
    || (TOTAL_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart)) && DEBT_WORD.test(sentenceLower.slice(0, figStart))))) {
    measure = MEASURE_BY_ID.get('enterprise-value');
  }
  // "Net of tax benefits, the deal is worth roughly $1.65 billion", "drops to $1.65 billion after counting
  // $150 million of tax benefits": the price less what the buyer gets back, a fact of its own.
  if ((measure === undefined || DEAL_MEASURES.has(measure.id) || measure.id === 'valuation') && NET_OF_TAX.test(sentenceLower)) measure = MEASURE_BY_ID.get('net-deal-value');
  // "$63.50 a share", "$63.50-per-share offer": a price per share, whatever else the sentence says.
  // "sell their shares for $15 each" too.
  const perShare = PER_SHARE_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 30)) || PER_SHARE_PRICE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 30), figStart))
    || (EACH_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 8)) && SHARES_FOR_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart)))
    || EACH_FOR_SHARES_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 50))
    // "shares rose to $24.09, just below the $25 Salesforce will pay": a share price beside a buyer's price.
    || (value < 10_000 && THE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 5), figStart)) && BUYER_PAYS_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 50)) && SHARES_WORD.test(sentenceLower))
    // "above the $47.50 cash part of Pfizer's offer": the cash a share gets.
    || (value < 10_000 && CASH_PART_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 24)));
  // An offer turned down for less than 10,000 a unit is one per share, "a share" said or not ("an earlier 250p approach was rebuffed").
  if (measure?.id === 'rejected-offer' && value < 10_000) measure = MEASURE_BY_ID.get('rejected-price-per-share');
  // "$11.99 a month": what a subscription costs, whatever verb raised it.
  if (value < 10_000 && PER_MONTH_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 12))) return MEASURE_BY_ID.get('monthly-price');
  // A turned-down offer told per share stays apart from the price agreed ("rejected an approach at 105 rand a share").
  // "plus a contingent value right worth up to $22.50 per share", "up to $6 a share more through contingent
  // value rights": what a share may get later, apart from the price paid now.
  if (perShare && (CONTINGENT_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 60), figStart)) || SHARE_MORE_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 24)))) {
    measure = MEASURE_BY_ID.get('contingent-value-per-share');
  } else if (EPS_NOUN_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart))
    || (perShare && (EPS_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 40), figStart)) || EPS_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 40))))) {
    // "a loss of $9.97 per share", "earnings per share of $1.20", "$1.20 a share in profit": earnings per share, not a price.
    measure = MEASURE_BY_ID.get('earnings-per-share');
  } else if (perShare) {
    measure = MEASURE_BY_ID.get(WORTH_PER_SHARE_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 30), figStart)) ? 'value-per-share'
      : measure?.id === 'rejected-offer' || measure?.id === 'rejected-price-per-share' ? 'rejected-price-per-share' : 'price-per-share');
  }
  // A share's price in a listing: the IPO price, and where the stock opened and closed (each its own fact).
  if (value < 100_000) {
    const before = sentenceLower.slice(Math.max(0, figStart - 40), figStart);
    // "the offer price of $390.19 a share" in a takeover is its price per share; in a listing, the IPO price.
    const listing = LISTING.test(sentenceLower);
    // "up 9.5% from their $21 IPO price": the price named right after the figure.
    const price = IPO_PRICE_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 20)) ? 'ipo-price'
      : (OFFER_PRICE_BEFORE.test(before) || measure?.id === 'price-per-share') && listing ? 'ipo-price'
      : OPENED_AT_BEFORE.test(before) ? 'opening-price' : CLOSED_AT_BEFORE.test(before) ? 'closing-price' : undefined;
    if (price) measure = MEASURE_BY_ID.get(price);
    // Not an offer's price but where the shares went, as a day's story reports the close ("Spirit shares
    // fell 47% to $7.87", "closing at $7.87").
    // ("fell 10.8% to 16,300 yen, matching the tender price": the buyer's price too.)
    else if (!perShare && SHARES_WENT_TO_BEFORE.test(sentenceLower.slice(Math.max(0, figStart - 80), figStart)) && !MATCHING_PRICE_AHEAD.test(sentenceLower.slice(figEnd, figEnd + 40))) {
      measure = MEASURE_BY_ID.get('closing-price');
    }
  }
  return measure;
}

const SEGMENT_BEFORE = /\b([a-z][a-z-]+(?: [a-z][a-z-]+)?) (?:revenue|revenues|sales)\b/g;
const SEGMENT_AFTER = /\b(?:revenue|revenues|sales) (?:in|from|at) (?:the|its) ([a-z][a-z-]+(?: [a-z][a-z-]+)?) (?:unit|division|segment|business|arm)\b/g;
/** Words before "revenue" that say how much of it, or when, not which business ("quarterly", "total"). */
const NOT_SEGMENT = /^(?:said|says|say|that|this|these|those|reported|reports|report|posted|posts|sees|saw|see|expect|expected|showed|shows|lifted|lifts|boosted|helped|hurt|when|then|also|still|now|just|only|first-half|second-half|half-year|full-year|nine-month|its|their|the|a|an|of|in|and|with|for|to|as|on|by|from|after|amid|though|although|even though|even|while|but|because|since|when|whereas|if|despite|so|yet|where|slow|slower|weak|weaker|strong|stronger|flat|soft|softer|sluggish|robust|falling|rising|total|net|overall|group|quarterly|annual|yearly|record|higher|lower|organic|operating|gross|forecast|forecasts|full|whose|which|more|less|same|comparable|core|like-for-like|average|recurring|company|companies|had|has|have|having|reports|posts|generates|books|saw|sees|made|makes|earns|brought|brings|grew|grow|grows|rose|fell|lost|expects|[a-z-]*(?:quarter|year|month|half|ly|ed))$/;

/** The business a revenue figure is of, from the nearest "X revenue" or "revenue in the X unit" around it. */
function segmentOf(sentence: string, sentenceLower: string, figStart: number, figEnd: number): string | undefined {
  let best: string | undefined;
  let bestDistance = KEYWORD_REACH;
  for (const re of [SEGMENT_BEFORE, SEGMENT_AFTER]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(sentenceLower)); ) {
      const distance = m.index >= figEnd ? m.index - figEnd : figStart - (m.index + m[0].length);
      // Written in lower case (no name: "Catalent had revenue"), and no verb.
      const at = m.index + m[0].indexOf(m[1]!);
      if (distance < 0 || distance >= bestDistance || sentence.slice(at, at + m[1]!.length) !== m[1]) continue;
      // The word next to "revenue" names the business ("had revenue" names none); leading words that
      // only say how much are dropped ("total cloud" is "cloud").
      let words = m[1]!.split(' ');
      // ("to boost sales": a verb, not a business.)
      if (NOT_SEGMENT.test(words[words.length - 1]!) || (words.length === 2 && words[0] === 'to')) continue;
      while (NOT_SEGMENT.test(words[0]!)) words = words.slice(1);
      best = words.join(' ');
      bestDistance = distance;
    }
  }
  return best;
}

/** What a bare percentage measures, from the noun after it ("30% fee", "a 30% cut") or a verb of change before it ("fell 8%"). */
/** `written` is the text as written (the same offsets as `lower`): a business's name before its sales is in lower case. */
function percentKind(lower: string, figStart: number, figEnd: number, written: string): string | undefined {
  // "a 22% drop in first-half net profit": the change, and what changed, after the figure.
  const changed = CHANGE_IN_NOUN_AHEAD.exec(lower.slice(figEnd, figEnd + 60))?.[1];
  if (changed) return `${CHANGED_NOUNS.get(changed) ?? changed} change`;
  const noun = PERCENT_NOUN_AFTER.exec(lower.slice(figEnd, figEnd + 24))?.[1];
  const kind = noun && PERCENT_NOUNS.get(noun);
  if (kind) return kind;
  // "a premium of 44% to the closing price".
  const before = lower.slice(Math.max(0, figStart - 40), figStart);
  const premium = PREMIUM_BEFORE.exec(before)?.[1];
  if (premium) return premium;
  // "Shareholders tendered 78.65% of the stock", "Shares tendered | 78.65%": the take-up of a tender offer.
  if (TENDERED_BEFORE.test(before)) return 'tendered';
  // "paying about 30% more than the market price".
  if (PREMIUM_AHEAD.test(lower.slice(figEnd, figEnd + 45))) return 'premium';
  // "about 30% owned by the Netherlands": a stake, its holder named after it.
  if (OWNED_BY_AHEAD.test(lower.slice(figEnd, figEnd + 40))) return 'stake';
  // "hands Disney 70% of a combined company": a stake in it.
  if (COMBINED_AHEAD.test(lower.slice(figEnd, figEnd + 45))) return 'stake';
  // "closed 9.4% lower", "ended the day 12% lower": a change told after the figure.
  if (!CHANGE_BEFORE.test(lower.slice(Math.max(0, figStart - 30), figStart))) return CHANGE_AFTER.test(lower.slice(figEnd, figEnd + 8)) ? 'change' : undefined;
  // "Revenue rose 19%" is no share move ("shares fell 12.6%", "Acme fell 5%"): what changed, when the words before say.
  // ("revenue of $332.2 million, down 31%": the figure of what changed, then the change.)
  // "Sales in its fashion and leather goods division, home to Louis Vuitton and Dior, fell 9%": one business's sales, an aside or not
  // (a kind of sales named before the noun comes first: "advertising sales in the networks business").
  const divisionFrom = Math.max(0, figStart - 160);
  const division = SEGMENT_CHANGE_BEFORE.exec(lower.slice(divisionFrom, figStart));
  if (division && !NOT_SEGMENT.test(division[1]!)) {
    const nounAt = divisionFrom + division.index;
    const kind = WORD_BEFORE_NOUN.exec(written.slice(Math.max(0, nounAt - 24), nounAt))?.[1];
    // (Written in lower case, or capitalised only where it opens the sentence.)
    const isKind = !!kind && !NOT_SEGMENT.test(kind.toLowerCase()) && (kind === kind.toLowerCase() || nounAt - kind.length - 1 === 0);
    if (!isKind) return `${division[1]!} revenue change`;
  }
  const from = Math.max(0, figStart - 70);
  const changedBefore = CHANGED_NOUN_BEFORE.exec(lower.slice(from, figStart)) ?? NOUN_FIGURE_CHANGE_BEFORE.exec(lower.slice(from, figStart));
  if (!changedBefore) return 'change';
  const what = changedBefore[1]!;
  const named = CHANGED_NOUNS.get(what) ?? what;
  // "Advertising sales in the networks business fell 9%": one business's sales, not the company's revenue.
  const at = from + changedBefore.index + changedBefore[0].indexOf(what);
  const wordBefore = named === 'revenue' ? WORD_BEFORE_NOUN.exec(written.slice(Math.max(0, at - 24), at))?.[1] : undefined;
  const segment = wordBefore?.toLowerCase();
  // ("Advertising sales" opens a sentence; "MTN Nigeria revenue" names the company, not a business.)
  const lowerCase = wordBefore !== undefined && (wordBefore === segment || (at - wordBefore.length - 1 === 0 && wordBefore.slice(1) === segment!.slice(1)));
  return segment && lowerCase && !NOT_SEGMENT.test(segment) ? `${segment} revenue change` : `${named} change`;
}

const SIBILANT_END = /(?:ch|sh|s|x|z)$/;

function plural(unit: string): string {
  if (PLURAL_END.test(unit)) return unit;
  if (unit === 'person') return 'people';
  if (unit === 'aircraft') return unit;
  if (Y_END.test(unit) && !VOWEL_Y_END.test(unit)) return `${unit.slice(0, -1)}ies`;
  // "branch" → "branches", "box" → "boxes".
  if (SIBILANT_END.test(unit)) return `${unit}es`;
  return `${unit}s`;
}

/**
 * The measure word nearest the figure. A word nearer another figure of the sentence belongs to that
 * one ("a $1 billion Series F round ... stood at $13.8 billion": the round is not the $13.8 billion).
 */
interface MeasureWord {
  ks: number;
  ke: number;
  def: MeasureDef;
}

/** Every measure word of a sentence window, found once per figure. */
function measureWords(sentenceLower: string): MeasureWord[] {
  const out: MeasureWord[] = [];
  ANY_MEASURE.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = ANY_MEASURE.exec(sentenceLower))) {
    const ks = k.index;
    // "$16.5 billion including debt": a word after "including" does not name what the figure is.
    if (EXCLUDING_BEFORE.test(sentenceLower.slice(Math.max(0, ks - 14), ks))) continue;
    let g = 1;
    while (k[g] === undefined) g++;
    out.push({ ks, ke: ks + k[0].length, def: MEASURES[WORDED_MEASURES[g - 1]!.i]! });
  }
  return out;
}

function nearestMeasure(words: MeasureWord[], sentenceLower: string, figStart: number, figEnd: number, others: Array<[number, number]>, reach = KEYWORD_REACH, respectOwnership = true, clause?: [number, number]): MeasureDef | undefined {
  let best: MeasureDef | undefined;
  let bestDistance = Infinity;
  const dist = (ks: number, ke: number, fs: number, fe: number): number => (ke <= fs ? fs - ke : ks >= fe ? (ks - fe) * 1.2 : 0);
  for (const { ks, ke, def } of words) {
    // (A word after this figure that another figure owns counts only in this figure's own clause.)
    if (clause && ke > clause[1]) continue;
    // Words after the figure count a little less than words before it, and much less after "to"
    // ("borrow about $31 billion to pay for it": the borrowing, not the payment).
    let d = dist(ks, ke, figStart, figEnd);
    if (ks >= figEnd && INFINITIVE_GAP.test(sentenceLower.slice(figEnd, ks))) d = d * 3 + 10;
    if (d >= bestDistance || d > reach) continue;
    // "roughly $43bn in all, to replace sales": what the money is for, after it, is not what it measures.
    if (ks >= figEnd && PURPOSE_GAP.test(sentenceLower.slice(figEnd, ks))) continue;
    // A word right before another figure ("raising roughly $10 billion") is that figure's, however near this one.
    if (respectOwnership && others.some(([os, oe]) => ownedBy(sentenceLower, ks, ke, os, oe) && (ke <= os || dist(ks, ke, os, oe) < d))) continue;
    bestDistance = d;
    best = def;
  }
  return best;
}

const INFINITIVE_GAP = /^[^,;]{0,30} to $/;
const PURPOSE_GAP = /, (?:in order )?to [a-z]+ (?:[a-z]+ )?$/;

const STAKE_BOUGHT = /\b(?:buy|buys|buying|bought|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|take|takes|took|taking) (?:a |an |the |its )?(?:(?:[\d.]+% |minority |majority |controlling |further |additional )+)stake\b/g;

/** Where the last "buy a 30% stake" of the text before a figure starts, or -1. */
function stakeBoughtBefore(sentenceLower: string, figStart: number): number {
  if (!sentenceLower.includes('stake')) return -1;
  const before = sentenceLower.slice(0, figStart);
  let at = -1;
  STAKE_BOUGHT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = STAKE_BOUGHT.exec(before)); ) at = m.index;
  return at;
}

/** A measure word that sits right after another figure ("$1 billion Series F round") or right before it ("valuation of $13.8 billion") is that figure's. */
function ownedBy(sentenceLower: string, ks: number, ke: number, os: number, oe: number): boolean {
  if (ks >= oe) return ks - oe <= 30 && !CLAUSE_PUNCTUATION.test(sentenceLower.slice(oe, ks));
  return ke <= os && (os - ke <= 6 || QUALIFIER_GAP.test(sentenceLower.slice(ke, os)));
}

/** Only a qualifier between a measure word and the figure after it ("raising roughly $10 billion"). */
const QUALIFIER_GAP = /^ (?:of |at |by )?(?:about|around|roughly|nearly|almost|some|more than|less than|over|under|up to|as much as|at least|approximately|an additional|a further|another) $/;

/** Where the clause holding the figure starts and ends: between punctuation or "and"/"but" boundaries. */
function clauseAround(sentenceLower: string, figStart: number, figEnd: number): [number, number] {
  const boundary = CLAUSE_BOUNDARY;
  boundary.lastIndex = 0;
  let from = 0;
  let to = sentenceLower.length;
  let b: RegExpExecArray | null;
  while ((b = boundary.exec(sentenceLower))) {
    if (b.index + b[0].length <= figStart) from = b.index + b[0].length;
    else if (b.index >= figEnd) {
      to = b.index;
      break;
    }
  }
  return [from, to];
}

const YEAR_EARLIER_AHEAD = /^(?: in the (?:same|year-earlier|year-ago) (?:quarter|period))?,? (?:a year (?:earlier|ago|before)|the (?:year|previous year|prior year) before|the previous year|the prior year|the (?:year-earlier|year-ago) (?:quarter|period)|in the (?:year-earlier|year-ago) (?:quarter|period))\b/;
const START_POINT_BEFORE = /\b(?:since(?: the)?|from the) $/i;

function periodNear(inSentence: Mention[], m: Mention, text: string): string | undefined {
  const between = (f: Mention, a: Mention, d: Mention): boolean => (d.start >= a.end ? a.end <= f.start && f.end <= d.start : d.end <= f.start && f.end <= a.start);
  const clauseBreak = (f: Mention, a: Mention): boolean => {
    const between = text.slice(Math.min(a.end, f.end), Math.max(a.start, f.start));
    // ("rose 1.6% in premarket trading but remain down about 24% this year": "but" opens another clause.)
    return CLAUSE_PUNCTUATION.test(between) || CLAUSE_CONJUNCTION.test(between);
  };
  let best: Mention | undefined;
  let bestD = Infinity;
  const gap = (a: Mention, d: Mention): number => (d.start >= a.end ? d.start - a.end : (a.start - d.end) * 1.5);
  for (const d of inSentence) {
    if (d.kind !== 'date' || !d.date) continue;
    // "a 2019 complaint": a year that describes a noun dates that noun, not the sentence's figures.
    if (ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, d.start - 6), d.start)) && LOWER_WORD_AFTER.test(text.slice(d.end, d.end + 3))) continue;
    if (OUTLOOK_AFTER.test(text.slice(d.end, d.end + 12)) && OWN_OUTLOOK.test(text.slice(Math.max(0, d.start - 7), d.start))) continue;
    // "its biggest drop since 1974", "a dividend from the fourth quarter": a starting point, no period.
    if (START_POINT_BEFORE.test(text.slice(Math.max(0, d.start - 10), d.start))) continue;
    // "Tesla's first increase of 2024", "its biggest drop in 2022": a ranking, not the figure's period.
    if (RANKING_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) continue;
    const dist = gap(m, d);
    // A date beyond another figure of another clause goes with that one ("dropped 8% on Monday, ... is
    // down 30% this year"); within one clause it dates both ("rose 12% to $8.4 billion last year").
    // (A conversion restates its amount: "€11.5 million (US$12.7 million) by 2024" dates both.)
    if (inSentence.some((f) => f !== m && (f.kind === 'money' || f.kind === 'quantity') && f.amount?.conversionOf === undefined && gap(f, d) < dist && between(f, m, d) && clauseBreak(f, m))) continue;
    // Nor a date nearer another figure, across a clause break from this one ("40,000 employees at the
    // end of 2023, which means the cuts could reach 8,000 jobs": 2023 dates the employees).
    if (RELATIVE_BREAK.test(text.slice(Math.min(m.end, d.end), Math.max(m.start, d.start))) && inSentence.some((f) => f !== m && (f.kind === 'money' || f.kind === 'quantity') && f.amount?.conversionOf === undefined && gap(f, d) < dist)) continue;
    // "fell 6% ... even though it reported second-quarter revenue": another clause's date.
    // ("The stock lost 5% as Honeywell guided to revenue of $40bn this year": the clause of a subject of its own.)
    const gapText = text.slice(Math.min(m.end, d.end), Math.max(m.start, d.start));
    if (SUBORDINATOR.test(gapText) || SUBJECT_CLAUSE.test(gapText)) continue;
    if (dist < bestD) {
      bestD = dist;
      best = d;
    }
  }
  if (!best) return undefined;
  const v = best.date!;
  if (v.relative) {
    const r = v.relative.replace(/^(?:earlier|later) /, '').replace(/^by (?:the )?(?:year-end|year end|end of (?:the|this) year)$|^end the year$/, 'this year');
    return v.year ? `${r} ${v.year}` : r;
  }
  if (v.year && v.month) return `${v.year}-${String(v.month).padStart(2, '0')}`;
  if (v.year) return String(v.year);
  return undefined;
}

/** Groups candidates of all documents into facts with verdicts. */
export function groupFacts(candidates: Iterable<FactCandidate>, nameOf: NameOf): Fact[] {
  const groups = new Map<string, FactCandidate[]>();
  let lastKey: string | undefined;
  let g: FactCandidate[] | undefined;
  for (const c of candidates) {
    // Runs of one key (the corpus regroups one key at a time) skip the lookup.
    if (c.key !== lastKey || !g) {
      lastKey = c.key;
      g = groups.get(c.key);
      if (!g) groups.set(c.key, (g = []));
    }
    g.push(c);
  }
  const facts: Fact[] = [];
  for (const [key, group] of groups) {
    for (const cluster of splitByMagnitude(group)) facts.push(makeFact(key, cluster, nameOf, facts.length));
  }
  const rank: Record<Verdict, number> = { conflict: 0, 'qualifier-differs': 1, agree: 2, 'single-source': 3 };
  facts.sort((a, b) => rank[a.verdict] - rank[b.verdict] || b.documents.length - a.documents.length || a.label.localeCompare(b.label));
  return facts;
}

/** Figures a factor of three or more apart are not one fact misreported: split them. */
function splitByMagnitude(group: FactCandidate[]): FactCandidate[][] {
  // Most groups hold one magnitude: say so without sorting them.
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of group) {
    lo = Math.min(lo, Math.abs(c.report.value));
    hi = Math.max(hi, Math.abs(c.report.high ?? c.report.value));
  }
  if (hi <= lo * 3) return [group];
  // Clusters are cut in value order; each keeps the group's own order (documents in order), so that
  // the reports of a fact need no sorting when the group is sorted already.
  const sorted = [...group].sort((a, b) => a.report.value - b.report.value);
  const firstOf: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!.report;
    if (Math.abs(sorted[i]!.report.value) > Math.abs(prev.high ?? prev.value) * 3) firstOf.push(sorted[i]!.report.value);
  }
  const out: FactCandidate[][] = Array.from({ length: firstOf.length + 1 }, () => []);
  for (const c of group) {
    // The cluster: how many cluster starts are at or below the value (binary search).
    let lo2 = 0;
    let hi2 = firstOf.length;
    while (lo2 < hi2) {
      const mid = (lo2 + hi2) >> 1;
      if (firstOf[mid]! <= c.report.value) lo2 = mid + 1;
      else hi2 = mid;
    }
    out[lo2]!.push(c);
  }
  return out;
}

/** Verdict of a set of reports: distinct wordings compared, not every pair of reports. */
function judge(reports: FactReport[]): { verdict: Verdict; documents: string[]; relations: Fact['relations']; wordings: FactReport[] } {
  const documents: string[] = [];
  const seenDocs = new Set<string>();
  // Compare distinct wordings, not every pair of reports: a figure repeated by a thousand articles
  // has a handful of variants, and the verdict only depends on how those relate across documents.
  // Keyed by the number first, so that no string is made per report; a variant only needs to know
  // whether one document alone gives it.
  type Variant = { report: number; soleDoc: string | undefined };
  const byValue = new Map<number, Variant[]>();
  const all: Variant[] = [];
  let lastDoc: string | undefined;
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i]!;
    // Reports come in document order (usually): a set lookup per run of one document.
    if (r.doc !== lastDoc) {
      lastDoc = r.doc;
      if (!seenDocs.has(r.doc)) {
        seenDocs.add(r.doc);
        documents.push(r.doc);
      }
    }
    let same = byValue.get(r.value);
    if (!same) byValue.set(r.value, (same = []));
    let v = same.find((x) => {
      const o = reports[x.report]!;
      return o.high === r.high && o.qualifier === r.qualifier && o.step === r.step && o.unit === r.unit;
    });
    if (!v) {
      same.push((v = { report: i, soleDoc: r.doc }));
      all.push(v);
    } else if (v.soleDoc !== undefined && v.soleDoc !== r.doc) v.soleDoc = undefined;
  }
  const wordings = all.map((v) => reports[v.report]!);
  const list = all.sort((x, y) => reports[x.report]!.value - reports[y.report]!.value);
  const relations: Fact['relations'] = [];
  const soleDoc = list.map((v) => v.soleDoc);
  const consider = (i: number, j: number): void => {
    // Only variants that come from different documents can disagree between sources.
    if (soleDoc[i] !== undefined && soleDoc[i] === soleDoc[j]) return;
    const a = list[i]!.report;
    const b = list[j]!.report;
    relations.push({ a, b, relation: relate(reports[a]!, reports[b]!) });
  };
  if (list.length <= MAX_PAIRWISE) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) consider(i, j);
  } else {
    // Many distinct wordings (a large archive): neighbours by value and the two extremes decide.
    for (let i = 1; i < list.length; i++) consider(i - 1, i);
    consider(0, list.length - 1);
  }
  const verdict = verdictOf(relations.map((r) => r.relation), documents.length);
  return { verdict, documents, wordings, relations: verdict === 'agree' || verdict === 'single-source' ? [] : relations.filter((r) => r.relation !== 'same' && r.relation !== 'rounded').slice(0, 50) };
}

function makeFact(key: string, group: FactCandidate[], nameOf: NameOf, n: number): Fact {
  const first = group[0]!;
  const reports = group.map((c) => c.report).sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  const { verdict, documents, relations, wordings } = judge(reports);
  const subjectName = first.subject ? nameOf(first.subject) : undefined;
  const objectName = first.object ? nameOf(first.object) : undefined;
  let label = first.measure === 'investment' && objectName ? `${subjectName ?? 'Investment'} investment in ${objectName}`
    : first.measure === 'stake' && objectName ? `${subjectName ?? 'Investor'} stake in ${objectName} (%)`
    : `${subjectName ? `${subjectName} ` : ''}${first.measureLabel}`;
  if (first.period) label += ` (${first.period})`;
  if (first.status === 'prospective' && statusSensitive(first.measure)) label += first.measure === 'valuation' ? ' (in talks / projected)' : ' (projected)';
  const fact: Fact = {
    id: `${slug(label)}-${slug(key).slice(0, 40)}-${n}`.replace(/-+/g, '-'),
    label: label.charAt(0).toUpperCase() + label.slice(1),
    measure: first.measure,
    unit: first.unit,
    status: first.status,
    verdict,
    reports,
    documents,
    relations,
    wordings,
  };
  if (first.subject) fact.subject = first.subject;
  if (first.object) fact.object = first.object;
  if (first.period) fact.period = first.period;
  groupOf.set(fact, group);
  return fact;
}

/** A fact with more reports (sorted here), judged again; the old one is recorded as replaced by it. */
function withReports(f: Fact, reports: FactReport[], replaced?: Map<Fact, Fact>): Fact {
  reports.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  const copy = { ...f, reports, ...judge(reports) };
  groupOf.set(copy, groupOf.get(f) ?? []);
  replaced?.set(f, copy);
  return copy;
}

const RELATIVE_PERIOD = /^(?:last|this|next|past|previous|coming) (?:year|quarter)$/;
/** Measures reported per period (a year's revenue), whose undated figures may still be dated elsewhere. */
// A deal is dated only when it is history ("its $63 billion purchase of Monsanto in 2018"): an undated
// report of the same price is the same deal.
// Nor are job cuts, dated only by the year they are due ("35,000 jobs by 2030").
const PERIODIC = new Set([...MEASURES.filter((m) => m.periodic).map((m) => m.id), 'quantity', 'deal-value', 'job-cuts', 'deliveries', 'production']);
const SEGMENT_SUFFIX = /:.*$/;

/** The candidates a fact was made from (the corpus's own group, not a copy). */
const groupOf = new WeakMap<Fact, readonly FactCandidate[]>();

/**
 * "Revenue of $870 million last year" and "$870 million in 2024" are one fact when they give the same
 * number: a fact dated relative to an unknown publication date ("last year", "this quarter"), or not
 * dated at all though its measure is reported per period ("more than $30 billion in three months"),
 * joins the one dated fact of the same subject and measure whose figures agree with it. Disagreeing
 * figures stay apart (no false conflict).
 */
export function mergeRelativePeriods(facts: Fact[], replaced?: Map<Fact, Fact>): Fact[] {
  const absolute = new Map<string, Fact[]>();
  // An undated fact may also join the one fact dated relative to the article ("about $600 million" and
  // "about $600 million this year") that its figures agree with.
  const relative = new Map<string, Fact[]>();
  const sig = (f: Fact): string => `${f.subject}|${f.object ?? ''}|${f.measure}|${f.unit}`;
  for (const f of facts) {
    if (!f.period) continue;
    const into = RELATIVE_PERIOD.test(f.period) ? relative : absolute;
    let l = into.get(sig(f));
    if (!l) into.set(sig(f), (l = []));
    l.push(f);
  }
  if (!absolute.size && !relative.size) return facts;
  const merged = new Map<Fact, FactReport[]>();
  const absorbed = new Map<Fact, Fact>();
  for (const f of facts) {
    if (f.period ? !RELATIVE_PERIOD.test(f.period) : !f.subject || !PERIODIC.has(f.measure.replace(SEGMENT_SUFFIX, ''))) continue;
    // Compared by distinct wordings, not report by report: popular facts have thousands of reports.
    const mine = f.wordings;
    const agreeingIn = (dated: Fact[] | undefined): Fact[] => (dated ?? []).filter((a) => {
      const theirs = a.wordings;
      return mine.every((r) => theirs.some((x) => {
        const rel = relate(r, x);
        return rel === 'same' || rel === 'rounded' || rel === 'qualifier';
      }));
    });
    // Facts dated outright first; an undated fact then tries those dated relative to the article
    // ("36% in 2023" does not hide "7.5% to 8.5% this year").
    let agreeing = agreeingIn(absolute.get(sig(f)));
    if (agreeing.length === 0 && !f.period) agreeing = agreeingIn(relative.get(sig(f)));
    if (agreeing.length !== 1) continue;
    const target = agreeing[0]!;
    merged.set(target, [...(merged.get(target) ?? target.reports), ...f.reports]);
    absorbed.set(f, target);
  }
  if (!absorbed.size) return facts;
  const out = facts.filter((f) => !absorbed.has(f)).map((f) => {
    const reports = merged.get(f);
    if (!reports) return f;
    return withReports(f, reports, replaced);
  });
  // An absorbed fact now lives in (the copy of) the fact that took its reports.
  if (replaced) for (const [f, target] of absorbed) replaced.set(f, replaced.get(target) ?? target);
  return out;
}

/** Money measures that sources word differently for one transaction, from the least telling (a bare amount) to the most. */
const FLEXIBLE = new Map([['amount', 0], ['investment', 1], ['funding-round', 2], ['valuation', 3], ['market-value', 3], ['deal-value', 4], ['enterprise-value', 4], ['fine', 5], ['settlement', 5], ['price-per-share', 6], ['contingent-value-per-share', 6], ['ipo-price', 6]]);
const CURRENCY_UNIT = /^[A-Z]{3}$/;
/** Values this far apart, for one subject, are one figure misreported rather than two figures. */
const CLOSE = 0.08;
/** Figures this close are one number written two ways. */
const SAME = 0.03;
/** Looked-up neighbours per joining fact; more means the figure is too common to place. */
const MAX_TARGETS = 12;

/** The companies a fact is about or whose sentences name them, from at most 64 of its candidates. */
function companiesOf(f: Fact): Set<string> {
  const out = new Set<string>();
  if (f.subject) out.add(f.subject);
  if (f.object) out.add(f.object);
  const group = groupOf.get(f) ?? [];
  for (let i = 0; i < group.length && i < 64; i++) for (const id of group[i]!.named) out.add(id);
  return out;
}

const keysCache = new WeakMap<Fact, string[]>();

/** "company|unit|size bucket" for each company of a fact and each size its figures come in (kept per fact). */
function figureKeys(f: Fact): string[] {
  let keys = keysCache.get(f);
  if (!keys) {
    const buckets = new Set(f.wordings.map((r) => bucketOf(r.value)));
    keys = [];
    for (const c of companiesOf(f)) for (const b of buckets) keys.push(`${c}|${f.unit}|${b}`);
    keysCache.set(f, keys);
  }
  return keys;
}

/** Value buckets 15% wide: figures close enough to be one fact fall in the same or a neighbouring bucket. */
function bucketOf(value: number): number {
  return Math.round(Math.log(Math.abs(value) || 1) / Math.log(1.15));
}

/**
 * One figure keyed two ways by two sources ("agreed to a $4.3 billion settlement" and "more than $4
 * billion is a large bill even for Binance"; "a deal valued at $23.7 billion" and "a takeover worth
 * $23.7 billion"): a money fact from one document joins a fact of other documents when both are
 * about one transaction (one's subject is a company the other's sentences name), their measures are
 * ones sources word differently, and their figures agree or the wording reconciles them. Close
 * figures of one subject join too when one side did not say what it measures, so that the conflict
 * shows. A figure that could join several facts joins none.
 */
export function mergeSameFigure(facts: Fact[], replaced?: Map<Fact, Fact>): Fact[] {
  // Higher ranks absorb lower ones: more sources, then the more telling measure, then the earlier fact.
  // Other money measures (revenue of a quarter, a buyback) are the most telling of all: only an amount
  // whose measure no source gave joins them.
  const tier = (f: Fact): number => f.documents.length * 100 + (FLEXIBLE.get(f.measure) ?? 7);
  const eligible = facts.filter((f) => CURRENCY_UNIT.test(f.unit));
  const order = new Map<Fact, number>();
  eligible.forEach((f, i) => order.set(f, i));
  /** Positive when a ranks above b. */
  const above = (a: Fact, b: Fact): number => tier(a) - tier(b) || order.get(b)! - order.get(a)!;
  // Facts of one document, by the companies they name and the rough size of their figures (and the
  // sizes either side): only these look for a fact to join, and there are few of them.
  const joiners = new Map<string, Fact[]>();
  for (const f of eligible) {
    if (f.documents.length !== 1 || !FLEXIBLE.has(f.measure) || f.period) continue;
    for (const k of figureKeys(f)) for (const d of [-1, 0, 1]) {
      const key = `${k.slice(0, k.lastIndexOf('|'))}|${Number(k.slice(k.lastIndexOf('|') + 1)) + d}`;
      let l = joiners.get(key);
      if (!l) joiners.set(key, (l = []));
      l.push(f);
    }
  }
  if (!joiners.size) return facts;
  const targets = new Map<Fact, Set<Fact>>();
  for (const t of eligible) {
    for (const k of figureKeys(t)) for (const j of joiners.get(k) ?? []) {
      // A document's own figure told two ways ("$3.1 billion" in the headline, "$3.1 billion including
      // debt" below) joins; two figures of one document otherwise stay two facts.
      if (j === t || above(t, j) <= 0 || (t.documents.includes(j.documents[0]!) && !sameFigureThere(j, t))) continue;
      let set = targets.get(j);
      if (!set) targets.set(j, (set = new Set()));
      set.add(t);
    }
  }
  const into = new Map<Fact, Fact>();
  for (const [j, set] of targets) {
    if (set.size > MAX_TARGETS) continue;
    const mine = companiesOf(j);
    const fits = [...set].filter((t) => joins(j, t, mine));
    if (fits.length === 0) continue;
    fits.sort((a, b) => above(b, a));
    // Two candidates as good as each other: the figure cannot be placed.
    if (fits.length > 1 && tier(fits[0]!) === tier(fits[1]!) && fits[0]!.subject !== j.subject) continue;
    into.set(j, fits[0]!);
  }
  if (!into.size) return facts;
  // Follow chains (a joins b, b joins c) to the fact that keeps its place.
  const root = (f: Fact): Fact => {
    let r = f;
    while (into.has(r)) r = into.get(r)!;
    return r;
  };
  const gathered = new Map<Fact, FactReport[]>();
  for (const j of into.keys()) {
    const r = root(j);
    let l = gathered.get(r);
    if (!l) gathered.set(r, (l = [...r.reports]));
    l.push(...j.reports);
  }
  const out = facts.filter((f) => !into.has(f)).map((f) => {
    const reports = gathered.get(f);
    if (!reports) return f;
    return withReports(f, reports, replaced);
  });
  if (replaced) for (const j of into.keys()) replaced.set(j, replaced.get(root(j)) ?? root(j));
  return out;
}

const DEAL_MEASURES = new Set(['deal-value', 'enterprise-value']);
/** "June 26 (Reuters) - ": a dateline before a sentence's first word. */
const DATELINE_BEFORE = /^[^.!?]{0,60}\((?:Reuters|AP|Bloomberg|AFP)\) ?[-\u2013\u2014] ?$/;
const SENTENCE_BREAK = /[.!?;]\s+[A-Z]/;
const APPOSITION_OPENING = /^,? (?:a|an|the|(?:(?:which|that) is )?(?:now |still |majority[- ]|wholly[- ])?(?:owned|controlled|backed|run|led|founded|chaired) by|part of) /;

/** The company opening a sentence, when an apposition after it ends before the figure. */
function subjectOfApposition(companies: readonly Mention[], text: string, sentenceStart: number, figureStart: number): Mention | undefined {
  const first = companies[0];
  if (!first || (first.start - sentenceStart > 2 && !DATELINE_BEFORE.test(text.slice(sentenceStart, first.start))) || first.end >= figureStart || !APPOSITION_OPENING.test(text.slice(first.end, first.end + 40))) return undefined;
  const close = text.indexOf(',', first.end + 1);
  if (close < 0 || close >= figureStart || SENTENCE_BREAK.test(text.slice(first.end, close))) return undefined;
  return first;
}

/** Whether every figure of fact j (one document) is, by its number, one that fact t reports from that document. */
function sameFigureThere(j: Fact, t: Fact): boolean {
  // Only a deal's value told with and without its debt: other measures of one figure in one document may be two things.
  if (!DEAL_MEASURES.has(j.measure) || !DEAL_MEASURES.has(t.measure)) return false;
  const doc = j.documents[0];
  const there = t.reports.filter((r) => r.doc === doc);
  return j.reports.every((r) => there.some((x) => x.unit === r.unit && x.value === r.value && x.high === r.high));
}

/** Whether fact j (one document) reports the same figure as fact t. */
function joins(j: Fact, t: Fact, jCompanies: Set<string>): boolean {
  // One transaction: the subject of one is named where the other is reported.
  const linked = (!!j.subject && (j.subject === t.subject || j.subject === t.object)) || (!!t.subject && jCompanies.has(t.subject))
    || (!!j.subject && companiesOf(t).has(j.subject));
  if (!linked) return false;
  if (!FLEXIBLE.has(t.measure)) {
    // "the outlook of $32.5 billion" and a third quarter's revenue forecast of $32.5 billion.
    return j.measure === 'amount' && j.subject === t.subject && j.wordings.every((r) => t.wordings.every((x) => {
      const rel = relate(r, x);
      return rel === 'same' || rel === 'rounded' || rel === 'qualifier';
    }));
  }
  // Figures that only fit each other's wording, or close ones, need one subject: a company merely
  // named beside another's deal ("AMD expects more than $4.5 billion") is not that deal.
  const loose = j.subject !== undefined && j.subject === t.subject && (j.measure === 'amount' || t.measure === 'amount' || j.measure === t.measure);
  const theirs = t.wordings;
  // Every figure of one against every figure of the other: a figure that sits well with one wording
  // of a fact but not another is not placed (it would make a conflict the sources do not have).
  return j.wordings.every((r) => theirs.every((x) => {
    const rel = relate(r, x);
    // Two measures for one figure ("a deal valued at", "an enterprise value of"): the numbers match,
    // not merely fit each other's wording ("almost $60 billion" is not "$53 billion").
    if (rel !== 'different' && (loose || Math.abs(r.value - x.value) <= SAME * Math.max(Math.abs(r.value), Math.abs(x.value)))) return true;
    if (!loose) return false;
    // Close but different: one subject, and a figure whose measure one source did not give.
    return Math.abs(r.value - x.value) <= CLOSE * Math.max(Math.abs(r.value), Math.abs(x.value));
  }));
}
