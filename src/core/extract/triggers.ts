// The leading words of every keyword-led pattern of the extractors, spotted in one pass (see
// text/keywordSpots.ts). Each group lists every word its pattern can start with (or, for the claim
// tests, a word every match must contain); the extractor runs the pattern only where they stand.
// test/unit/triggers.test.ts checks each spotted pattern finds what a global search would.
import currencies from '../data/currencies.json';
import type { KeywordGroup } from '../text/keywordSpots';
import { KeywordSpotter } from '../text/keywordSpots';

// Prefixes: the date patterns take "January" even when a digit follows it ("January1"). Every full
// name starts with its abbreviation.
const MONTHS = ['jan*', 'feb*', 'mar*', 'apr*', 'may*', 'jun*', 'jul*', 'aug*', 'sep*', 'oct*', 'nov*', 'dec*'];

/** Currency phrases by their last word, longest first ("hong kong dollars", "us dollars", "dollars"). */
export const CURRENCY_PHRASES_BY_LAST_WORD = new Map<string, string[]>();
{
  const suffix = Object.keys(currencies.suffix).filter((x) => /^[a-z]/.test(x));
  for (const k of suffix.concat(Object.keys(currencies.minor), Object.keys(currencies.suffixScaled))) {
    const last = k.split(' ').pop()!;
    const list = CURRENCY_PHRASES_BY_LAST_WORD.get(last) ?? [];
    list.push(k);
    list.sort((a, b) => b.length - a.length);
    CURRENCY_PHRASES_BY_LAST_WORD.set(last, list);
  }
}

/** Group numbers: an index into what spotTriggers returns. */
export const Trigger = {
  /** money: a currency word or the last word of a currency phrase ("yen", "dollars"). */
  CurrencyWord: 0,
  /** money: "multibillion-dollar", "billions of dollars", "a few million dollars". */
  VagueMoney: 1,
  /** quantities: "two million users", "hundreds of thousands of", "millions". */
  WordCount: 2,
  /** quantities: "28-year-old" (starts at the number before "year"). */
  AgeYearOld: 3,
  /** quantities: "aged 28". */
  Aged: 4,
  /** quantities: "Market Impact: 0.65". */
  Score: 5,
  /** dates: "June 10, 2025", "May 2024". */
  MonthFirst: 6,
  /** dates: "10 June 2025" (starts at the day before the month). */
  DayFirst: 7,
  /** dates: "Q1 2025", "first quarter", "FY2024", "fiscal year 2025". */
  Quarter: 8,
  /** dates: "last year", "earlier this month", "by year-end", "today". */
  Relative: 9,
  /** people: "co-founded ... with Jane Roe". */
  FoundedWith: 10,
  /** people: "founded by Jane Roe and John Doe". */
  FoundedBy: 11,
  /** companies: words before a name that mark it as a company ("startup Acme", "stake in Acme"). */
  CompanyCue: 12,
  /** claims: a deal word somewhere in the sentence. */
  Deal: 13,
  /** claims: a role word. */
  Role: 14,
  /** claims: an event word. */
  Event: 15,
  /** claims: a hedge (a word every hedge phrase contains). */
  Hedge: 16,
  /** claims: an attribution verb or "according". */
  Attribution: 17,
  /** claims: "people familiar with", "sources said", "anonymous". */
  Unnamed: 18,
  /** companies: a plural noun before a list of names ("pension funds AMF and Folksam"). */
  CompanyList: 19,
  /** companies: "data from IQVIA". */
  CompanyData: 20,
  /** companies: "his first company, X,", "who has run X", "ADNOC set up X" (frequent words, a small pattern). */
  CompanyAside: 21,
  /** people: "bin", "bint" or "ibn" in an Arabic name ("Ahmed bin Saeed Al Maktoum"). */
  ArabicName: 22,
  /** people: a role right before a name of an unusual shape ("Chief Executive RJ Scaringe", "Chief Executive Le Thi Thu Thuy"). */
  RoleName: 23,
  /** quantities: "fallen by half", "cut by a third", "more than halved". */
  Fraction: 24,
} as const;

const GROUPS: KeywordGroup[] = [];
GROUPS[Trigger.CurrencyWord] = { words: [...CURRENCY_PHRASES_BY_LAST_WORD.keys()] };
GROUPS[Trigger.VagueMoney] = { words: ['multi*', 'several', 'a', 'many', 'tens', 'hundreds', 'trillions', 'billions', 'millions'] };
GROUPS[Trigger.WordCount] = {
  words: ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty',
    'hundreds', 'thousands', 'tens', 'several', 'millions', 'billions'],
};
GROUPS[Trigger.AgeYearOld] = { wordsAfterStart: ['year'] };
GROUPS[Trigger.Aged] = { words: ['aged'] };
GROUPS[Trigger.Score] = { words: ['score', 'impact', 'sentiment', 'rating', 'index', 'confidence'] };
GROUPS[Trigger.MonthFirst] = { words: MONTHS };
GROUPS[Trigger.DayFirst] = { wordsAfterStart: MONTHS };
GROUPS[Trigger.Quarter] = { words: ['q1', 'q2', 'q3', 'q4', 'first', 'second', 'third', 'fourth', 'fy*', 'fiscal'] };
GROUPS[Trigger.Relative] = { words: ['earlier', 'later', 'last', 'this', 'next', 'past', 'previous', 'coming', 'current', 'by', 'end', 'start', 'year', 'yesterday', 'today', 'tomorrow'] };
GROUPS[Trigger.FoundedWith] = { words: ['co', 'cofounded', 'founded', 'started', 'launched', 'created'] };
GROUPS[Trigger.FoundedBy] = { words: ['co', 'cofounded', 'founded', 'started', 'led', 'run', 'headed'] };
GROUPS[Trigger.CompanyCue] = {
  words: [
    'startup', 'start', 'company', 'firm', 'group', 'unit', 'division', 'arm', 'venture', 'contractor', 'maker', 'chipmaker', 'automaker', 'carmaker', 'developer', 'provider', 'giant', 'rival', 'unicorn', 'lab',
    'retailer', 'lender', 'insurer', 'operator', 'conglomerate', 'subsidiary', 'supplier', 'manufacturer', 'vendor', 'outfit', 'competitor', 'peer', 'investor',
    'backer', 'owner', 'parent', 'grocer', 'chain', 'airline', 'carrier', 'bank', 'brand', 'producer', 'miner', 'builder', 'publisher', 'studio', 'distributor',
    'wholesaler', 'broker', 'fund', 'platform', 'pay', 'pays', 'paid', 'paying', 'designer', 'specialist', 'exchange', 'marketplace', 'consultancy', 'drugmaker', 'steelmaker', 'planemaker', 'refiner', 'shipbuilder', 'issuer', 'driller',
    'own', 'owns', 'owned', 'hold', 'holds', 'held', 'control', 'controls', 'bought', 'buy', 'buying', 'sold', 'took', 'takes', 'buys', 'sells', 'head', 'director',
    'short', 'based', 'lessor', 'which', 'receive', 'receives', 'received', 'receiving', 'shares', 'stock', 'asset', 'money', 'wealth', 'portfolio',
    'ceo', 'chief', 'founder', 'co', 'cofounder', 'chairman', 'president', 'investors', 'shareholder', 'shareholders', 'employees', 'spokesperson', 'spokesman', 'spokeswoman',
    'invest', 'invests', 'invested', 'investing', 'investment', 'investments', 'stake', 'stakes', 'holding', 'holdings', 'backing', 'funding',
    'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers', 'engineer', 'engineers', 'executive', 'executives',
    'manager', 'managers', 'director', 'directors', 'partner', 'partners', 'trader', 'traders', 'banker', 'bankers', 'lawyer', 'lawyers', 'official', 'officials',
    'employee', 'staff', 'workers', 'called', 'named', 'renamed', 'rebranded',
    'acquisition', 'purchase', 'takeover', 'buyout', 'acquire', 'acquires', 'acquired', 'acquiring', 'partnership', 'partnering', 'partnered', 'merger', 'merging', 'merged',
    'backed', 'funded', 'owned', 'offer', 'bid', 'bids', 'bidding', 'deal', 'made', 'offered', 'spent', 'proposal', 'approach', 'founded', 'cofounded', 'its', 'their',
  ],
};
GROUPS[Trigger.Deal] = {
  words: ['invest*', 'acqui*', 'buy', 'buys', 'buying', 'bought', 'merg*', 'partner*', 'deal', 'stake', 'funding', 'funds', 'funded', 'rais*', 'valu*', 'backed', 'backing',
    'sold', 'sell', 'sells', 'selling', 'purchas*', 'contract', 'agreement', 'spend*', 'pour', 'pours', 'poured'],
};
GROUPS[Trigger.Role] = {
  words: ['ceo', 'chief', 'founder', 'co', 'cofounded', 'founded', 'chairman', 'president', 'joined', 'hired', 'appointed', 'named', 'resigned', 'step', 'steps', 'lead', 'leads', 'led'],
};
GROUPS[Trigger.Event] = {
  words: ['announc*', 'launch*', 'releas*', 'unveil*', 'sign*', 'filed', 'files', 'filing', 'disclos*', 'reported', 'reports', 'reporting', 'plan', 'plans', 'planned',
    'agreed', 'approv*', 'built', 'build', 'builds', 'building', 'develop*', 'expand*', 'employ*', 'serve', 'serves', 'hold', 'holds', 'holding', 'own', 'owns', 'owned',
    'target', 'targets', 'aim', 'aims'],
};
GROUPS[Trigger.Hedge] = {
  // Words every hedge phrase contains: "talks" for "in talks" and "talks with", "said" for "said to be".
  words: ['reportedly', 'talks', 'could', 'may', 'might', 'potential', 'potentially', 'possible', 'possibly', 'likely', 'expect', 'expected', 'expects', 'considering',
    'considers', 'would', 'if', 'discussion', 'discussions', 'rumored', 'rumoured', 'said', 'plan', 'plans', 'aim', 'aims', 'projected', 'projecting', 'projection',
    'projections', 'estimat*', 'report', 'reports'],
};
GROUPS[Trigger.Attribution] = {
  words: ['according', 'per', 'report', 'reported', 'reports', 'said', 'says', 'told', 'confirmed', 'announced', 'wrote', 'noted', 'disclosed', 'stated'],
};
GROUPS[Trigger.Unnamed] = { words: ['familiar', 'sources', 'anonymous', 'unnamed', 'insider', 'insiders'] };

GROUPS[Trigger.CompanyList] = {
  words: ['funds', 'investors', 'backers', 'firms', 'companies', 'startups', 'rivals', 'banks', 'lenders', 'insurers', 'automakers', 'carmakers', 'chipmakers',
    'drugmakers', 'suppliers', 'makers', 'peers', 'competitors', 'brokers', 'airlines', 'retailers', 'miners', 'producers', 'manufacturers', 'developers',
    'providers', 'exchanges', 'publishers', 'studios', 'conglomerates', 'utilities', 'partners', 'chains', 'customers', 'clients'],
};
GROUPS[Trigger.CompanyAside] = { words: ['his', 'her', 'who', 'set', 'spun', 'created'] };
GROUPS[Trigger.ArabicName] = { words: ['bin', 'bint', 'ibn'] };
GROUPS[Trigger.RoleName] = { words: ['ceo', 'chief', 'cfo', 'founder', 'cofounder', 'co', 'chairman', 'chairwoman', 'president', 'director'] };
GROUPS[Trigger.Fraction] = { words: ['half', 'third', 'quarter', 'halved'] };
GROUPS[Trigger.CompanyData] = { words: ['data', 'figures', 'estimates', 'research', 'survey', 'surveys', 'statistics', 'numbers', 'forecast', 'forecasts'] };

const SPOTTER = new KeywordSpotter(GROUPS);

/** Where each group's words stand in a lower-cased text: index the result with Trigger. */
export type TriggerSpots = number[][];

export function spotTriggers(lower: string): TriggerSpots {
  return SPOTTER.spot(lower);
}
