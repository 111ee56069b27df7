// Companies and news outlets: the lexicon (names, aliases, tickers, run-together ticker strips),
// then names the lexicon lacks, found from the words around them ("AI startup X", "X Inc.",
// "defense contractor X", "X's CEO", "invest in X", "acquisition of X").
import type { Lexicon, LexiconEntry } from '../lexicon/lexicon';
import { firstWord, isAmbiguousTicker } from '../lexicon/lexicon';
import { phraseKey, slug } from '../text/normalize';
import type { Token } from '../text/tokens';
import { isAllCaps, stripPossessive } from '../text/tokens';
import type { Span } from '../types';
import { SpanMask } from '../text/spanMask';
import { matchAtSpots } from '../text/keywordSpots';
import type { TriggerSpots } from './triggers';
import { FIRM_PLURAL_NOUNS, PERSON_VERB_AHEAD } from './firmNouns';
import { Trigger, spotTriggers } from './triggers';

// Patterns used inside functions are made once here: a pattern literal makes a new RegExp each time it is evaluated.
const TRAILING_PUNCTUATION = /[.'-]+$/;
const CORPORATE_END = /\b(?:Inc|Corp|Labs|Holdings|Group|Technologies|Capital|Ventures|Partners|Systems)$/;
const FINAL_DOT = /\.$/;
const FINAL_COMMA = /,$/;
const LEADING_ARTICLE = /^(?:The|A|An) /;
/** A brand or product named before the company that owns or makes it ("Pringles owner Kellanova"). */
const BRAND_OF_AHEAD = /^(?:['\u2019]s)? (?:owner|parent|maker|developer|creator) [A-Z]/;
/** " shares rose": a name's shares moved (a company, even a common word opening a sentence: "Vale shares rose"). */
const SHARES_MOVED = String.raw` (?:shares|stock) (?:(?:had|have|has) (?:already )?)?(?:doubled|tripled|halved|rose|fell|jumped|slid|slipped|climbed|dropped|gained|surged|sank|tumbled|rallied|plunged|soared|advanced|declined|edged|ended|closed|finished|opened|traded|were little changed|was little changed|were unchanged|held steady)\b`;
const SHARES_MOVE_AHEAD = new RegExp(`^${SHARES_MOVED}`);
/** What only a company does, right after a word that opens a sentence ("Mars agreed last year to buy"). */
const COMPANY_VERB_AHEAD = /^ (?:agreed|agrees|offered|offers)(?: [\w ]{0,24})? to (?:buy|acquire|purchase|pay|take over|merge|sell)\b|^ (?:said|says|reported|posted|announced) (?:on |it |that |a |an |its |quarterly |annual |net |revenue|profit|sales)/;
const PRODUCT_NOUN_AHEAD = /^ (?:app|apps|platform|service|streaming service|website|browser|chatbot|assistant|model|models|device|phone|console|game|network|accounts|subscribers|users|operating system|software|chips?|processors?|headsets?|feature|tools?)\b/;
const PRODUCT_APPOSITION_AHEAD = /^(?:['\u2019]s)?, (?:a|an|the|its|their) (?:[a-z-]+ ){0,2}(?:app|apps|chatbot|game|console|browser|website)\b/;
const PERSON_MAY_AGREE = / (?:(?:agreed|agrees|offered|offers) (?:[\w ]{0,24} )?to |(?:is paying|will pay|would pay|has paid) )/;
const TICKER_SHAPE = /^[A-Z][A-Z.]*$/;
/** A ticker with an exchange suffix: Paris, London, Frankfurt, Tokyo, Hong Kong and others. */
const EXCHANGE_TICKER = /^[A-Z0-9][A-Z0-9-]{0,8}\.(?:PA|L|DE|F|T|HK|AX|MI|SW|AS|TO|MC|ST|CO|OL|HE|KS|SS|SZ|NS|BO|TW|SI|BR|LS|IR|VI)$/;
const TICKER_MARK_BEFORE = /(?:\(|\b(?:NYSE|NASDAQ|Nasdaq|NYSEARCA|LSE|TSX|HKEX|TYO|OTC)\s?:\s?|\$)$/;
const CAPITALS_ONLY = /^[A-Z]+$/;
/** A strip with exchange suffixes in it: capitals, digits and dots only, with a dot before a capital. */
const DOTTED_STRIP = /^(?=[A-Z0-9.]*[A-Z]{2})(?=[A-Z0-9.]*\.[A-Z])[A-Z0-9.]{6,}$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const POSSESSIVE_AHEAD = /^'s\b/;
const EXCHANGE_PREFIX_AHEAD = /^\s?:\s?[A-Z]{1,5}\b/;
const CAPITAL_FIRST = /^[A-Z]/;
const HYPHEN_DESCRIPTOR = /^[A-Za-z.]+-(?:run|owned|backed|based|controlled|listed|funded|led|born|made)$/;
/** "Life Insurance Corporation of India", "State Bank of India": a corporate word, then "of" and a place. */
const OF_PLACE_AHEAD = /^(?: (?:Corporation|Bank|Company))? of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?\b/;
const ENDS_WITH_OF_WORD = /\b(?:Corporation|Bank|Company)$/;
const INVESTMENT_ARM_AHEAD = /^ (Capital Markets|Capital|Ventures|Investments|Asset Management|Securities|Pictures|Music|Records)\b/;
/** C, V, I, A, P, M, R: the first letters of those words. */
const ARM_INITIALS = new Set([67, 86, 73, 65, 83, 80, 77, 82]);

export interface OrgHit extends Span {
  id: string;
  name: string;
  kind: 'company' | 'outlet';
  source: 'lexicon' | 'ticker' | 'context' | 'user' | 'alias';
}

const HYPHEN_SUFFIXES = new Set(['backed', 'owned', 'based', 'led', 'funded', 'made', 'parent', 'style', 'like', 'related', 'affiliated', 'linked', 'built', 'branded', 'sized']);
const STOP_WORDS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'It', 'Their', 'His', 'Her', 'Our', 'Your', 'My', 'In', 'On', 'At', 'For',
  'With', 'And', 'Or', 'But', 'If', 'As', 'By', 'To', 'Of', 'From', 'AI', 'CEO', 'CFO', 'CTO', 'US', 'U.S', 'U.S.', 'UK', 'EU', 'IPO', 'GPU', 'GPUs', 'LLM', 'ML',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Series', 'Big', 'Tech', 'Generative', 'Artificial', 'Intelligence', 'Both', 'Each', 'Some',
  'Many', 'Several', 'Analysts', 'Investors', 'Sources', 'Reuters', 'Bloomberg', 'He', 'She', 'They', 'We', 'I', 'Meanwhile', 'However', 'Still', 'Also',
  'Data', 'Here', 'There', 'What', 'Why', 'How', 'When', 'Where', 'Who', 'New', 'Chinese', 'American', 'European', 'Japanese', 'Korean', 'Indian', 'British', 'French', 'German',
  // Sentence adverbs that stand before a title ("Then President Joe Biden ...").
  'Then', 'Now', 'Yet', 'Thus', 'Later', 'Earlier', 'Former', 'Last', 'Next',
  // Prepositions opening a sentence ("Under British takeover rules, ...").
  'Under', 'Despite', 'After', 'Before', 'During', 'Since', 'Until', 'Without', 'Within', 'Among', 'Amid', 'Against', 'Unlike', 'Through',
  'Across', 'Upon', 'Into', 'Between', 'Following', 'Including', 'Beyond', 'Via']);
/** Words of a title left at the end of a name found before a role ("Acme Vice Chairman ..."). */
/** Nouns that describe a company and open sentences before its name (not "Target" or "Carrier": companies). */
const DESCRIPTOR_WORDS = new Set(['Rival', 'Rivals', 'Peer', 'Peers', 'Competitor', 'Competitors', 'Chipmaker', 'Carmaker', 'Automaker', 'Drugmaker', 'Startup',
  'Lender', 'Insurer', 'Retailer', 'Airline', 'Parent', 'Owner', 'Buyer', 'Seller', 'Partner', 'Investor', 'Investors', 'Shareholder', 'Supplier', 'Customer',
  'Client', 'Bidder', 'Suitor', 'Acquirer', 'Miner', 'Refiner', 'Developer', 'Operator', 'Manufacturer', 'Maker', 'Conglomerate', 'Newcomer', 'Incumbent',
  'Consultancy', 'Brokerage', 'Broker', 'Lab', 'Studio', 'Publisher', 'Distributor', 'Wholesaler', 'Grocer', 'Chain']);
const TITLE_WORDS = new Set(['Vice', 'Senior', 'Executive', 'Chief', 'Deputy', 'Managing', 'Acting', 'Interim', 'Former', 'Outgoing', 'Incoming']);
/** "Japan's Acme Steel": a place or owner in the possessive before the name. */
const POSSESSIVE_WORD = /^[A-Z][A-Za-z.]*'s$/;
const DOTTED_INITIALS = /^[A-Z](?:\.[A-Z])+\.?$/;
const CORPORATE_WORD = '(?:Oil|Gas|Coffee|Beauty|Beaute|Cosmetics|Platinum|Copper|Metals|Minerals|Aluminium|Aluminum|Nickel|Lithium|Water|Utilities|Beverages|Breweries|Brewery|Brewing|Exchange|Refinery|Refineries|Engineering|Systemes|Systèmes|Systems|Technologies|Technology|Labs|Holdings|Group|Inc|Corp|Capital|Partners|Industries|Networks|Robotics|Software|Semiconductor|Therapeutics|Dynamics|Analytics|Energy|Motors|Media|Ventures|Bank|Pharmaceuticals|Biosciences|AI|Airlines|Airways|Bancorp|Financial|Insurance|Foods|Resources|Mining|Steel|Logistics|Entertainment|Studios|Brands|Grocers|Supermarkets|Enterprises|Ports|Research|Telecom|Communications|Pharma|Chemicals|Shipping|Petroleum|Cement|Hotels|Properties|Realty|Securities|Advisory|Services|Healthcare|Health|Medical|Trust|Holding|International|Computing|Electronics|Aerospace|Semiconductors|Automotive|Advisors|Advisers|Associates|Management|Investors|Investments|Products|Acquisition|Equities|Medicines|Therapies|Distribution|Diagnostics|Genomics|Biotech|Biopharma|Biologics|Devices|Instruments|Solutions|Materials|Renewables|Infrastructure|Payments|Automation|Pharmacy)';
const TRAILING_CORPORATE_WORD = new RegExp(`(?: (?:${CORPORATE_WORD}|Company))+$`);
const CORPORATE_WORD_AHEAD = new RegExp(`^(?: (?:${CORPORATE_WORD}|Company)){1,2}\\b`);
/** A region or country after a company's name, maybe after one corporate word ("Steel Europe", "Motor India"), and no further name word. */
// (Not "AstraZeneca American depositary shares": a kind of share.)
const REGIONAL_UNIT_AHEAD = new RegExp(`^(?: ${CORPORATE_WORD})? ([A-Z][a-z]+|UK)(?![\\w&-]| [A-Z]| depositary\\b)`);
const ONLY_CORPORATE_WORDS = new RegExp(`^(?: ${CORPORATE_WORD})+$`);
const LOWER_WORD_AHEAD = /^ [a-z]/;
const POSSESSIVE_AHEAD_SPACE = /^['\u2019]s /;
const APPOSITION_AHEAD = /^, (?:a|an|the|another) /;
const CAPITALISED_TAIL = /^(?: [A-Z][a-z\u00DF-\u00F6\u00F8-\u00FF]+){1,2}$/;
/**
 * What makes a known name a business of its own: two or three capitalised words ending in a corporate
 * word ("Insurance Holdings"), none a legal suffix; or one corporate word that seldom ends a company's
 * own full name ("Toyota Industries", "Hess Midstream" as "Energy" or "Insurance" would), where
 * "Ubisoft Entertainment", "Tencent Holdings" or "Hyundai Motor" are the company itself.
 */
const UNIT_TAIL = new RegExp(`^(?:(?: (?!(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|AG|SA|NV|SE|LP)\\b)[A-Z][a-z]+){1,3} (?:${CORPORATE_WORD}|Company)| (?!(?:Group|Holdings|Holding|International|Inc|Corp|Capital|Partners|Ventures|Securities|Advisors|Advisory|Research|Motor|Motors|Entertainment|Electronics|Technologies|Technology|Financial|Bancorp|Platforms|Systems|Software|Labs|AI|Brands|Foods|Pharmaceuticals|Media|Communications|Networks|Resources|Healthcare|Health|Airlines|Airways|Semiconductor|Dynamics|Therapeutics|Biosciences|Enterprises|Properties|Realty)\\b)${CORPORATE_WORD})$`);
const ENDS_CORPORATE = new RegExp(`^(?: [A-Z][A-Za-z&-]*){0,2} ${CORPORATE_WORD}$`);
const LEGAL_SUFFIX = /^(?:Inc|Corp|Corporation|Ltd|Limited|LLC|L\.L\.C|plc|PLC|Co|GmbH|AG|SA|S\.A|NV|N\.V|SE|LP|L\.P)$/;
// Words are bounded in length so that a pathological run of capitals cannot make matching quadratic.
// A word of a name: capitalised, or dotted initials ("U.S. Ironworks", "J.M. Smucker").
// Accented Latin letters inside a word ("Lazard Frères"), written as ranges (no Unicode property: speed).
const NAME_WORD = String.raw`(?:[A-Z](?:\.[A-Z]){1,3}\.?|[A-Z][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F0-9&'\-]{0,30}(?:\.[A-Za-z]{1,10})?)`;
// A middle initial inside a name ("Arthur J. Gallagher"), before another capitalised word.
// A lower-case particle may join two capitalised words ("Puerta del Sol Partners", "Banco de Sabadell").
const NAME = String.raw`(${NAME_WORD}(?:(?: &)? (?:[A-Z]\.(?= [A-Z][a-z])|(?:de|del|della|da|do|dos|das|di|du|van|von|der|den|y)(?= [A-Z])|${NAME_WORD})){0,4})`;
/** "their first company, " before a name in apposition (after "its" or "their", "his" or "her"). */
const APPOSED_COMPANY = String.raw`(?:(?:first|second|previous|last|earlier|former|new|own) )?(?:company|startup|start-up|firm|venture), `;
/** What opens an amount in a cue ("more than $", "US$"): a qualifier word, then a currency sign. */
/** "about 3.5 billion euros": an amount with its currency named after it. */
const WORDED_AMOUNT = String.raw`(?:(?:about|around|roughly|nearly|almost|more than|over|up to|some) )?\d[\d.,]*(?: (?:billion|million|trillion))? (?:euros|pounds|dollars|yen|francs|yuan|rupees|crowns|kroner|kronor|won|reais|rand|pesos)\b`;
const AMOUNT_OPENING = String.raw`(?:(?:about|around|roughly|nearly|almost|more than|over|up to|as much as|some) )?(?:US)?[$£€¥]`;
// Context that marks a name as a company. Two passes over the text: words that come before the
// name, and words that come after it.
const BEFORE_NAME = [
  String.raw`(?:startup|start-up|company|firm|arm|(?<=[a-z] )unit|(?<=[a-z] )division|venture|(?<=[a-z] )group|contractor|maker|chipmaker|automaker|carmaker|developer|provider|giant|[Rr]ival|unicorn|lab|retailer|lender|insurer|operator|conglomerate|subsidiary|supplier|manufacturer|vendor|outfit|competitor|peer|investor|backer|owner|parent|grocer|chain|airline|carrier|bank|brand|producer|miner|builder|publisher|studio|distributor|wholesaler|broker|fund|platform|designer|specialist|exchange|marketplace|consultancy|drugmaker|steelmaker|planemaker|refiner|shipbuilder|lessor|issuer|driller) `,
  String.raw`(?:CEO|chief executive|founder|co-founder|cofounder|chairman|president|investors?|shareholders?|employees|spokes(?:person|man|woman)) (?:of|at) `,
  String.raw`(?:invest(?:s|ed|ing|ment|ments)?|stakes?|shares|holdings?|backing|funding) in(?:to)? `,
  // "sold it to Fandango": the buyer of a business; "bought Vudu in 2010", "bought Wrigley for $23 billion".
  String.raw`sold (?:it|them|the (?:unit|business|division|company|brand|stake)) to `,
  String.raw`bought (?=\S+(?: \S+)? (?:in (?:19|20)\d\d|for [$£€]))`,
  String.raw`(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Rr]esearchers?|[Ee]ngineers?|[Ee]xecutives?|[Mm]anagers?|[Dd]irectors?|[Pp]artners?|[Tt]raders?|[Bb]ankers?|[Ll]awyers?|[Oo]fficials?|[Ee]mployees?|[Ss]taff|[Ww]orkers) (?:at|with|from) `,
  String.raw`(?:acquisition|purchase|takeover|buyout|merger) of `,
  String.raw`(?:acquire[sd]?|acquiring) `,
  // "buy out Marston's from their joint venture": a partner bought out.
  String.raw`(?:buy|buys|buying|bought) out (?=[A-Z])`,
  String.raw`(?:partnership|partnering|partnered|merger|merging|merged) with `,
  // "a deal for Resolution Life", "its offer for Anglo".
  String.raw`(?:deal|offer|bid) for (?=[A-Z])`,
  String.raw`(?:backed|funded|owned|acquired) by `,
  // "owns 21% of Northvolt", "took a 10% stake in Acme" (a share of a people or a place has no owning verb).
  String.raw`(?:owns?|owned|holds?|held|controls?|bought|acquired|sold|took|takes|buys|sells) (?:(?:about|around|roughly|nearly|almost|more than|over|a|an|its|their) )*\d{1,3}(?:\.\d+)?% (?:stake )?(?:in|of) `,
  // "Sycamore, which owns Staples and Belk": what a company owns or bought.
  // "which also runs Bloomingdale's": a business it runs (what it "also owns" may be brands: Versace).
  String.raw`which (?:(?:also |now |still )?(?:runs|operates)|owns|bought|acquired|controls) `,
  // "Mars already owns Wrigley": what a named company owns (a capitalised owner right before).
  String.raw`owns(?<=[A-Z][\w&.'-]* (?:already |also |now )?owns) `,
  // "head of energy research at Tarrant Fielding".
  String.raw`(?:head|director|chief) of (?:[a-z]+ ){0,2}(?:research|strategy|investments) (?:at|with) `,
  String.raw`(?:offer|bid|proposal|approach) (?:from|by) `,
  // "bid for Banco BPM": what is bid for.
  String.raw`(?:bid|bids|bidding|offered|made an offer) for `,
  // "sold its U.S. ice cream business to Froneri": the buyer of a business.
  String.raw`(?:sold|sells|selling|sell) (?:its |their |the |a )?(?:[\w.-]+ ){0,4}(?:business|unit|division|operations|stake|assets|arm|subsidiary) to `,
  // "excluding its Mobileye unit": a business a company owns.
  String.raw`(?:its|their) (?=[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)? (?:unit|subsidiary|division|affiliate)\b)`,
  // "Richard Fairbank founded Capital One": what a named person founded (not "founded in 2020").
  String.raw`(?:co-?)?founded(?<=[A-Z][a-z]+ (?:co-?)?founded) `,
  // "the new company, to be called Anglo Teck", "renamed itself Kellanova": a company's new name.
  String.raw`(?:called|named|renamed)(?<=\bbe (?:called|named|renamed)) `,
  String.raw`(?:renamed|rebranded) itself `,
  // "asset manager Pimco", "wealth manager Julius Baer".
  String.raw`(?:[Aa]sset|[Mm]oney|[Ff]und|[Ww]ealth|[Ii]nvestment|[Pp]ortfolio) managers? `,
  // "Shares of Splunk rose", "stock of Acme".
  String.raw`(?:[Ss]hares|[Ss]tock) of `,
  // "short seller Hindenburg Research", "Florida-based GQG" (the place and hyphen stand before "based").
  String.raw`short[- ]sellers? `,
  String.raw`based(?<=[A-Z][A-Za-z.]*-based) `,
  // "the $12.5 billion it paid for Acme": the amount before the payer.
  String.raw`(?:paid|spent|offered)(?<=\d(?: ?(?:billion|million|trillion|bn|m))? (?:it|they|that|which|[A-Z][\w&.-]*) (?:paid|spent|offered)) for `,
  // "spun off its consumer health arm, Haleon,": a business in apposition.
  String.raw`(?:its|their) (?:[a-z-]+ ){0,3}(?:arm|unit|division|subsidiary|business|spin-?off), (?=[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2},)`,
  // "sold their first company, Adallom, to Microsoft": a company in apposition.
  String.raw`(?:its|their) ${APPOSED_COMPANY}`,
  // "paid $12.5 billion for Acme", "agreed to pay more than $30 billion for Acme".
  String.raw`(?:pa(?:y|ys|id|ying)|receiv(?:e|es|ed|ing)|bid|bids|offered) ${AMOUNT_OPENING}\d[\d.,]*(?: ?(?:billion|million|trillion|bn|mn|m|b)\b)?(?: in (?:cash|stock|cash and stock))? for `,
];
/** Nouns that name only firms, right before a name ("hedge fund Marshall Wace", "law firm Slaughter and May"). */
const FIRM_NOUN_CUE = /^(?:hedge fund|fund|firm|bank|lender|insurer|brokerage) /;
/** The cue before a name that says people work there ("analysts at"). */
const WORKPLACE_CUE = /^(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Rr]esearchers?|[Tt]raders?|[Bb]ankers?) (?:at|with|from) /;
const AFTER_NAME = [
  // "Albertsons CEO Vivek Sankaran"
  String.raw` (?:CEO|CFO|CTO|COO|[Cc]hief [Ee]xecutive|[Cc]hief|[Ff]ounder|[Cc]o-founder|[Cc]hairman|[Pp]resident|[Ss]pokes(?:person|man|woman)) (?=[A-Z][a-z])`,
  // "Acme shares jumped 8%"
  SHARES_MOVED,
  // "C$33 for each Filo share": the company whose share is priced.
  String.raw` share\b(?<=\b(?:per|each|every) [A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2} share)`,
  // "the Abiomed purchase": a company bought.
  String.raw` (?:purchase|acquisition|takeover|buyout)\b`,
  // A corporate word after a name (not AI: "Rami Rahim's Mist AI software" names a product).
  String.raw`,? (?:Inc|Corp|Corporation|Ltd|LLC|plc|PLC|GmbH|AG|Company(?<=[A-Z][a-z]+ Trust Company)|(?!AI\b)${CORPORATE_WORD})\b\.?`,
  String.raw`'s (?:(?:annual|quarterly|recurring|total|net|operating|core|latest|current|senior) ){0,2}(?:CEO|chief executive|founder|co-founder|cofounder|chairman|president|board|shares|stock|valuation|investors|backers|revenue|sales|profit|customers|IPO|headquarters|employees|workforce|market value|platform|creditors|bondholders|lenders|bonds|bankruptcy|restructuring|earnings)\b`,
  // "Northvolt raised more than $15 billion", "Scania agreed to lend it $145 million".
  String.raw` (?:raised|raises|has raised) (?:(?:about|around|roughly|nearly|almost|more than|over|some|an additional|a further) )?(?:US)?[$£€¥]\d`,
  // "Kering is selling Kering Beaute to L'Oreal": a business sold to a buyer.
  String.raw` to (?=[A-Z])(?<=\b(?:selling|sells|sold|sell) [A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,3} to )`,
  // "Agility's logistics arm", "Vodafone's Spanish unit": what owns a business.
  String.raw`['\u2019]s (?:[a-z-]+ ){0,2}(?:arm|unit|division|subsidiary)\b`,
  // "BBVA launched a hostile all-share offer for": a bidder.
  String.raw` (?:launched|launches|made|makes) (?:a |an )?(?:[a-z-]+ ){0,4}(?:offer|bid) for\b`,
  // "Nippon Life is paying $8.2 billion for": a payer of a price.
  String.raw` (?:is paying|will pay|would pay|has paid) (?:(?:about|around|roughly|nearly|almost|more than|over|up to) )?(?:US|A|C)?[$£€¥]\d`,
  // "Mars agreed last year to buy Kellanova": a time may stand between.
  String.raw` (?:agreed|agrees|offered|offers)(?: (?:on [A-Z][a-z]+day|last (?:year|month|week)|this (?:year|month|week)|earlier this (?:year|month|week)|in [A-Z][a-z]+(?: \d{4})?))? to (?:lend|invest|acquire|buy|purchase|take over|merge with|pay (?:(?:about|around|roughly|nearly|almost|more than|over|up to) )?(?:US)?[$£€¥]\d)`,
  // "The W.K. Kellogg Foundation Trust, which owns about 16% of Kellanova": the owner.
  String.raw`, which (?:owns|holds|controls) (?:(?:about|around|roughly|nearly|almost|more than|over|some|a|an) )?\d{1,3}(?:\.\d+)?%`,
  // "Aleph Alpha, based in Heidelberg, raised...".
  String.raw`, (?:based|headquartered) in (?=[A-Z])`,
  // "Wiz, founded in 2020", "Acme was founded in 1998".
  String.raw`(?:,| was| is) (?:co-?)?founded in (?:19|20)\d\d\b`,
  // "Adallom, which Microsoft bought", "Acme, which was acquired by".
  String.raw`, which (?:was (?:bought|acquired|purchased) by\b|(?:[A-Z][\w&.-]* ){1,3}(?:bought|acquired|purchased|paid)\b)`,
  // "SentinelOne jumped 7%" (words that move by a percentage but are no company are excluded in the lexicon).
  String.raw` (?:rose|fell|jumped|gained|added|slid|slipped|climbed|dropped|surged|sank|tumbled|rallied|plunged|soared|advanced|declined|lost) \d{1,3}(?:\.\d+)?(?:%| percent\b)`,
  // "Hexcel, which makes carbon fibre for Boeing jets": a maker.
  String.raw`, which (?:makes|builds|supplies|produces|manufactures|sells|operates|runs) (?=[a-z])`,
  // "Sycamore, which owns Staples": the owner of a named business.
  String.raw`, which (?:(?:also |now |still )?(?:runs|operates)|owns|bought|acquired|controls) (?=[A-Z])`,
  // "whose Alliance Boots merged with Walgreen".
  String.raw` (?:merged|merges) with (?=[A-Z])`,
  // "Slack ($27.7 billion) or Tableau ($15.7 billion)": a name priced in parentheses.
  String.raw` \((?:US)?[$£€¥]\d[\d.,]*(?: ?(?:billion|million|trillion|bn|m))?\)`,
  // "Rite Aid, another pharmacy chain", "Boots, the British chain".
  String.raw` (?:filed|files) for (?:bankruptcy|Chapter 11)\b`,
  // "Thames Water, Britain's biggest water company", "Cooper Investors, an Australian fund manager"
  // (not "weak demand in China, the carmaker said": who said it).
  String.raw`, (?:a|an|the|another|[A-Z][a-z]+['\u2019]s) (?:[A-Za-z][a-z-]*(?:['\u2019]s)? ){0,4}(?:chain|company|arm|startup|firm|maker|provider|developer|giant|unicorn|subsidiary|lab|chipmaker|retailer|designer|specialist|drugmaker|consultancy|supplier|manufacturer|lessor|airline|carrier|operator|lender|insurer|conglomerate|contractor|automaker|carmaker|unit|division|affiliate|venture|brand|label|broadcaster|network|group|publisher|owner|parent|confectioner|brewer|distiller|grocer|supermarket|steelmaker|planemaker|shipbuilder|homebuilder|miner|refiner|bottler|utility|bank|exchange|marketplace|vehicle|wholesaler|distributor|processor|packer|reseller|franchisee|franchisor|caterer|courier|railroad|railway|telco|foodmaker|toymaker|drugstore|(?<=(?:asset|fund|money|investment) )manager|(?<=(?:hedge|pension|investment|wealth|buyout|equity|activist) )fund|(?<=(?:fashion|auction|investment|trading|brokerage|publishing) )house)\b(?! (?:said|says|told|added|noted|reported|wrote|announced|confirmed|declined)\b)`,
];
// The first runs only where its leading words stand (extract/triggers.ts).
// A Markdown link may hold the name ("acquisition of [Acme](https://...)").
/** A noun that says what kind of business the name after it is ("hedge fund", "chipmaker"): the first cue. */
const DESCRIBED_BEFORE = new RegExp(String.raw`\b${BEFORE_NAME[0]}$`);
const DESCRIPTOR_CUE = new RegExp(`^${BEFORE_NAME[0]}`);
const CUE_BEFORE = new RegExp(String.raw`\b(?:${BEFORE_NAME.join('|')})\[?${NAME}`, 'y');
/** Cues after frequent words ("his", "who", "set"), tried only where those words stand. */
const CUE_ASIDE = new RegExp(String.raw`\b(?:(?:his|her) ${APPOSED_COMPANY}|who (?:has |had )?(?:run|runs|ran|led|leads|heads|headed) (?=[A-Z])|(?:set up|spun off|created)(?<=[A-Z][\w&.-]* (?:set up|spun off|created)) (?=[A-Z]))${NAME}`, 'y');
/** "the $2.9 billion Clif Bar deal": a company named right after the price of a deal for it (tried at the end of each amount). */
const DEAL_AFTER_AMOUNT = new RegExp(String.raw` (?=[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2} (?:deal|purchase|acquisition|takeover|buyout|merger)\b)${NAME}`, 'y');
/** "buy Acme for $4.9 billion", "bought Acme in a deal": a price or a deal must follow (one can buy Texas land). */
/** "to buy **Alani Nu** from Congo Brands": what is bought from a seller (in emphasis or not). */
const CUE_BUY_FROM = new RegExp(String.raw`\b(?:[Bb]uy|[Bb]uys|[Bb]uying|[Bb]ought|[Aa]cquire|[Aa]cquires|[Aa]cquired|[Aa]cquiring) (?:\*\*|__)?${NAME}(?:\*\*|__)?(?= from (?:\*\*|__)?[A-Z][a-z])`, 'y');
const CUE_BUY = new RegExp(String.raw`\b(?:[Bb]uy|[Bb]uys|[Bb]uying|[Bb]ought) ${NAME}(?= for ${AMOUNT_OPENING}\d| for ${WORDED_AMOUNT}| in an? (?:[a-z-]+ ){0,3}(?:deal|transaction|takeover|acquisition)\b)`, 'y');
/** "pension funds AMF and Folksam", "rivals Acme, Initech and Globex": every name of the list. */
const CUE_PLURAL = new RegExp(String.raw`\b(?:funds|investors|backers|firms|companies|startups|rivals|banks|lenders|insurers|automakers|carmakers|chipmakers|drugmakers|suppliers|makers|peers|competitors|brokers|airlines|retailers|miners|producers|manufacturers|developers|providers|exchanges|publishers|studios|conglomerates|utilities|partners|chains|customers|clients) (?:such as |including |like )?\[?${NAME}`, 'y');
const CORPORATE_ONLY = new RegExp(`^${CORPORATE_WORD}$`);
/** Corporate words that say nothing of a trade ("Constellation Energy Group" is Constellation Energy). */
const GENERIC_CORPORATE = /^(?:Group|Holdings|Holding|Inc|Corp|International|Capital|Partners|Ventures|Enterprises|Industries|Trust|Systems|Technologies|Technology)$/;
/** Capitals in parentheses right after a name, a legal suffix between ("Company Limited (NNPC)"). */
const ACRONYM_AHEAD = /^(?:,? (?:Limited|Ltd|Inc|Corp|Corporation|plc|PLC|LLC|SA|AG|NV)\.?)? \(([A-Z]{2,6})\)/;
const LIST_NEXT = new RegExp(String.raw`(?:,? and|,) ${NAME}`, 'y');
/** Cues after which a list of names runs on ("stakes in X and Y"). */
const LISTING_CUE = /^(?:invest(?:s|ed|ing|ment|ments)?|stakes?|shares|holdings?|acquisition|purchase|takeover|buyout|merger) (?:in|into|of) /;
const FIRM_PLURAL = new RegExp(`^(?:${FIRM_PLURAL_NOUNS}) (?:such as|including|like) `);
const TITLE_CASE = /^[A-Z][a-z]+$/;
/** Capitalised words (a name) right after a person's possessive, none of them a title. */
const OWNED_NAME = /^[A-Z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9&-]*){0,3}(?![\w'])/;
const NO_WORDS: ReadonlySet<string> = new Set();
/** A deal for what follows ("paying €175m for", "to buy", "the sale of"). */
const DEAL_FOR_BEFORE = /\b(?:(?:buy|buys|buying|bought|acquire|acquires|acquiring|acquired)|(?:purchase|acquisition|sale|takeover) of|(?:pay|pays|paying|paid)\b[^.;]{1,30}\bfor) $/;
const SAID_BEFORE = /\b(?:said|says|told|wrote|added|noted) $/;
/** Words that name universities, schools and public bodies, not firms. */
const PUBLIC_BODY = /\b(?:University|College|School|Institute|Ministry|Department|Agency|Commission|Council|Authority|Office|Bank of|Reserve|Government|Parliament|Senate|Court|Police|Foundation)\b/;

/** A lone capitalised word listed just before a company ("Deezer and SoundCloud", "Deezer, SoundCloud"): where it stands. */
function listedBefore(text: string, at: number): { start: number; end: number; comma: boolean } | undefined {
  let end: number;
  let comma = false;
  if (text.startsWith(' and ', at - 5)) end = text.charCodeAt(at - 6) === 44 ? at - 6 : at - 5;
  else if (text.charCodeAt(at - 1) === 32 && text.charCodeAt(at - 2) === 44) {
    end = at - 2;
    comma = true;
  } else return undefined;
  if (text.charCodeAt(end) === 44) comma = true;
  let start = end;
  while (start > 0 && isLowerCode(text.charCodeAt(start - 1))) start--;
  if (end - start < 2 || start === 0 || !isCapitalCode(text.charCodeAt(start - 1))) return undefined;
  start--;
  const c = text.charCodeAt(start - 1);
  if (start > 0 && (isLowerCode(c) || isCapitalCode(c) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c > 127)) return undefined;
  // "Andreessen Horowitz, DST Global, GIC": the capitalised words before it belong to the name.
  for (let k = 0; k < 2 && c === 32; k++) {
    const prior = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, start - 31), start));
    if (!prior || STOP_WORDS.has(prior[1]!) || TITLE_WORDS.has(prior[1]!) || DESCRIPTOR_WORDS.has(prior[1]!)) break;
    start -= prior[0].length;
  }
  // "Under Schneider, Nestle sold...": an opening phrase before a comma is no list; nor are brands
  // ("brands such as Pure Encapsulations and The Bountiful Company's supplements").
  if (comma && OPENING_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return undefined;
  if (BRAND_LIST_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return undefined;
  return { start, end, comma };
}
const BRAND_LIST_BEFORE = /\bbrands?(?: such as| including| like)? $/;
const OPENING_PREPOSITION_BEFORE = /(?:^|[.!?]\s+|\n\s*)(?:Under|After|Unlike|Like|For|With|Without|Before|Since|Despite|Beyond|Besides|Against|Among) $/;

const NAME_WORD_BEFORE = /(?<![\w&.'-])([A-Z][A-Za-z0-9&-]*) $/;

/** A lone capitalised word listed just after a company ("SoundCloud and Deezer"): where it stands. */
function listedAfter(text: string, at: number): Span | undefined {
  let start: number;
  if (text.startsWith(' and ', at)) start = at + 5;
  else if (text.startsWith(', and ', at)) start = at + 6;
  else if (text.startsWith(', ', at)) start = at + 2;
  else return undefined;
  if (!isCapitalCode(text.charCodeAt(start))) return undefined;
  let end = start + 1;
  while (end < text.length && isLowerCode(text.charCodeAt(end))) end++;
  // "Fiat Chrysler and PSA": a short name in capitals.
  if (end === start + 1) {
    while (end < text.length && end - start < 6 && isCapitalCode(text.charCodeAt(end))) end++;
    if (end - start < 2 || end - start > 5 || isLowerCode(text.charCodeAt(end))) return undefined;
    const after = text.charCodeAt(end);
    // Not the first word of a longer name ("DST Global").
    if (after === 32 && isCapitalCode(text.charCodeAt(end + 1))) return undefined;
    return after === 32 || after === 44 || after === 46 || after === 59 || Number.isNaN(after) ? { start, end } : undefined;
  }
  const c = text.charCodeAt(end);
  if (end - start < 3 || isCapitalCode(c) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c > 127) return undefined;
  // Not the first word of a longer name ("SoundCloud and Apple Music"), unless the longer name ends
  // like a firm's ("Elliott Management and Starboard Value").
  if (c === 32 && isCapitalCode(text.charCodeAt(end + 1))) {
    const firm = FIRM_NAME_AHEAD.exec(text.slice(end, end + 40));
    return firm ? { start, end: end + firm[0].length } : undefined;
  }
  return { start, end };
}

const FIRM_NAME_AHEAD = new RegExp(`^(?: [A-Z][a-z]+)?(?: ${CORPORATE_WORD}| Value| Management| Advisors| Advisers| Associates| Investments)(?![\\w&-])`);
/** Characters that open a quotation or clause: '"', "'", '(', '[', ':', '-', and the dashes. */
const OPENING_CODES = new Set([34, 39, 40, 91, 58, 45, 0x2013, 0x2014, 10]);

/** Whether `word` (lower case) stands in the text written in lower case, as a whole word. */
function hasLowerWord(text: string, lowerText: string, word: string): boolean {
  for (let at = lowerText.indexOf(word); at >= 0; at = lowerText.indexOf(word, at + 1)) {
    if (text.charCodeAt(at) !== lowerText.charCodeAt(at)) continue;
    const before = lowerText.charCodeAt(at - 1);
    const after = lowerText.charCodeAt(at + word.length);
    // Part of an address ("www.wiz.io", "/wiz/") is no use of the word.
    if (before === 46 || before === 47 || before === 64 || after === 47 || (after === 46 && isLowerCode(lowerText.charCodeAt(at + word.length + 1)))) continue;
    if (!(before >= 97 && before <= 122) && !(after >= 97 && after <= 122)) return true;
  }
  return false;
}

const SURNAME_PREFIXES = new Set(['Mc', 'Mac']);

/** The first word of a name whose other words are corporate words ("Frontier" of "Frontier Airlines"), else undefined. */
export function corporateHead(name: string): string | undefined {
  const space = name.indexOf(' ');
  return space > 0 && ONLY_CORPORATE_WORDS.test(name.slice(space)) ? name.slice(0, space) : undefined;
}

/** A word with a capital inside ("SentinelOne", "AeroSystems"): a capital, lower case, a capital, lower case again. */
function isCamel(text: string, start: number, end: number): boolean {
  if (end - start < 4 || !isLowerCode(text.charCodeAt(start + 1))) return false;
  let i = start + 2;
  while (i < end && isLowerCode(text.charCodeAt(i))) i++;
  // "McCormick", "MacLeod": a surname's prefix, not a brand's inner capital.
  if (i - start <= 3 && SURNAME_PREFIXES.has(text.slice(start, i))) return false;
  if (i >= end - 1 || !isCapitalCode(text.charCodeAt(i))) return false;
  for (let k = i + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isLowerCode(c)) return true;
    if (!isCapitalCode(c)) return false;
  }
  // Capitals to the end: "VillageMD", "WebMD".
  return true;
}

function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

const LOWER_WORD = /(?:^| )[a-z]{2,}/g;
const SENTENCE_END = /[.!?]["')\]]?\s*$|[.!?] /;

/** Whether the line around `at` reads as prose: a sentence ending, and several lower-case words. */
function inProse(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  if (to - from > 2000) return true;
  const line = text.slice(from, to);
  if (!SENTENCE_END.test(line)) return false;
  return (line.match(LOWER_WORD)?.length ?? 0) >= 3;
}

/** A sister name after a found one, or before it: "A and Adani Total Gas", "Adani Ports and A". */
const SISTER_AFTER = /,? and ([A-Z][a-z]+)((?: [A-Z][A-Za-z&-]*){1,3})\b/y;
const SISTER_BEFORE = /\b([A-Z][a-z]+)((?: [A-Z][A-Za-z&-]*){1,3}),? and $/;
/** "data from IQVIA showed": a data provider, unless a place ("data from China"). */
const CUE_DATA = new RegExp(String.raw`\b(?:data|figures|estimates|research|surveys?|statistics|numbers|forecasts?) (?:from|by|compiled by) ${NAME}`, 'y');
/** "valued Acme at $10 billion": runs where valuation words stand. */
const CUE_VALUED = new RegExp(String.raw`\bvalu(?:ed|es|ing) ${NAME} at ${AMOUNT_OPENING}\d`, 'y');
const CUE_AFTER = new RegExp(String.raw`${NAME}(?:${AFTER_NAME.join('|')})`, 'g');

/**
 * `spots` are the trigger words of the lower-cased text; `personWords` the words of the people's
 * names found in it (a surname named often is no company).
 */
/** `matches`: lexiconMatches of these tokens, when already made (an open document keeps them per paragraph). */
export function extractCompanies(text: string, tokens: Token[], sentenceStarts: Set<number>, lex: Lexicon, blocked: Span[], spots: TriggerSpots = spotTriggers(text.toLowerCase()), personWords: ReadonlySet<string> = NO_WORDS, persons: readonly Span[] = [], matches?: ReadonlyArray<LexiconMatch | null | undefined>): OrgHit[] {
  const hits: OrgHit[] = [];
  let mask = new SpanMask(text.length);
  for (const b of blocked) mask.add(b.start, b.end);
  const isBlocked = (s: number, e: number): boolean => mask.overlaps(s, e);
  // Amounts, dates and people alone, for "only lexicon names block this" (a scan of every span per question was quadratic on long documents).
  let blockedOnly: SpanMask | undefined;
  const blockedByOthers = (s: number, e: number): boolean => {
    if (!blockedOnly) {
      blockedOnly = new SpanMask(text.length);
      for (const b of blocked) blockedOnly.add(b.start, b.end);
    }
    return blockedOnly.overlaps(s, e);
  };
  const push = (h: OrgHit): void => {
    hits.push(h);
    mask.add(h.start, h.end);
    view = undefined;
  };
  // The hits sorted by start, remade after a hit is added (long documents ask "what lies inside" often).
  let view: SortedHits | undefined;
  const sortedHits = (): SortedHits => {
    if (!view) {
      const sorted = [...hits].sort((a, b) => a.start - b.start);
      let longest = 0;
      for (const h of sorted) longest = Math.max(longest, h.end - h.start);
      view = { sorted, longest };
    }
    return view;
  };
  const strong = new Set<string>();
  const weakCandidates: OrgHit[] = [];

  // 1. Lexicon phrases (and, on the way, the words with a capital inside that no phrase covers).
  const camels: number[] = [];
  const titled: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok0 = tokens[i]!;
    const c0 = text.charCodeAt(tok0.start);
    // Most words start with a lower-case letter and no phrase does (but a few: "eBay", "xAI", "3M"): no call for them.
    if (c0 >= 97 && c0 <= 122 && !lex.oddInitials[c0]) continue;
    const m = matches ? (matches[i] ?? null) : matchLexicon(text, tokens, i, lex, sentenceStarts);
    if (!m) {
      if (isCapitalCode(c0)) (isCamel(text, tok0.start, tok0.end) ? camels : titled).push(i);
      continue;
    }
    if (isBlocked(m.start, m.end)) continue;
    // "- **Target:** Cerevel Therapeutics": a common word labelling a list item is the label, not the company.
    if (m.entry.common && isListLabel(text, m.start, m.end)) continue;
    // "Apple Music", "Amazon Music": a product named with its maker's name is the product.
    const following = tokens[i + 1];
    if (following && following.start === m.end + 1 && isCapitalCode(text.charCodeAt(following.start)) && lex.products.has(phraseKey(text.slice(m.start, following.end)))) {
      i++;
      continue;
    }
    // "Intel Capital", "Salesforce Ventures": a company's investment arm is a company of its own.
    // Not inside a longer name ("an analyst at Tarrant Vale Capital").
    const midName = i > 0 && tokens[i - 1]!.end === m.start - 1 && isCapitalCode(text.charCodeAt(tokens[i - 1]!.start)) && !sentenceStarts.has(m.start);
    const arm = midName || m.entry.kind !== 'company' || text.charCodeAt(m.end) !== 32 || !ARM_INITIALS.has(text.charCodeAt(m.end + 1)) ? null
      : INVESTMENT_ARM_AHEAD.exec(text.slice(m.end, m.end + 20));
    if (arm && !isBlocked(m.start, m.end + arm[0].length)) {
      // Named as written: "RBC Capital Markets", "Google Ventures" (an alias's arm goes by the alias).
      const name = stripPossessive(text.slice(m.start, m.end + arm[0].length));
      push({ start: m.start, end: m.end + arm[0].length, id: `company:${slug(name)}`, name, kind: 'company', source: 'context' });
      while (i + 1 < tokens.length && tokens[i + 1]!.start < m.end + arm[0].length) i++;
      continue;
    }
    // "thyssenkrupp Steel Europe", "Tata Steel Europe", "Santander UK": a company's unit in a region is a company of its own.
    const regional = m.weak || midName || m.entry.kind !== 'company' || text.charCodeAt(m.end) !== 32 || !isCapitalCode(text.charCodeAt(m.end + 1)) ? null
      : REGIONAL_UNIT_AHEAD.exec(text.slice(m.end, m.end + 40));
    if (regional && lex.places.has(regional[1]!) && !isBlocked(m.start, m.end + regional[0].length)) {
      const name = text.slice(m.start, m.end + regional[0].length);
      push({ start: m.start, end: m.end + regional[0].length, id: `company:${slug(name)}`, name, kind: 'company', source: 'context' });
      while (i + 1 < tokens.length && tokens[i + 1]!.start < m.end + regional[0].length) i++;
      continue;
    }
    const hit: OrgHit = { start: m.start, end: m.end, id: m.entry.id, name: m.entry.name, kind: m.entry.kind, source: m.entry.source === 'user' ? 'user' : 'lexicon' };
    if (m.weak) weakCandidates.push(hit);
    else {
      push(hit);
      strong.add(m.entry.id);
    }
    while (i + 1 < tokens.length && tokens[i + 1]!.start < m.end) i++;
  }

  // 2. Tickers: standalone, "(META)", "NASDAQ: META", "$META", and strips like "METAMSFTNDAQ".
  const pushTicker = (start: number, end: number, found: LexiconEntry): void => {
    // "TSCO" is Tractor Supply in New York and Tesco in London (TSCO.L): a company the prose names wins.
    let e = found;
    if (!strong.has(e.id)) {
      const t = text.slice(start, end);
      for (const id of strong) {
        const o = lex.entries.get(id);
        if (o && o.tickers.some((x) => x.length > t.length && x.startsWith(t) && x.charCodeAt(t.length) === 46)) {
          e = o;
          break;
        }
      }
    }
    push({ start, end, id: e.id, name: e.name, kind: e.kind, source: 'ticker' });
    strong.add(e.id);
  };
  const pushStrip = (tok: Token): void => {
    // A run of unknown letters is allowed only in a strip on a line of its own, as sites print them.
    const parts = segmentTickers(tok.text, lex, aloneOnLine(text, tok.start, tok.end));
    if (!parts) return;
    let p = tok.start;
    for (const part of parts) {
      const e = lex.tickers.get(part);
      if (e) pushTicker(p, p + part.length, e);
      p += part.length;
    }
  };
  for (const tok of tokens) {
    // Tickers start with a capital or a digit: most words end here.
    const t0 = text.charCodeAt(tok.start);
    if (t0 > 90 || t0 < 48) continue;
    // "SAN.PA", "7203.T", "BT-A.L": a ticker with its exchange, as the lexicon lists it.
    // (A dot two or three characters from the end, read from the text: most tokens are never sliced.)
    if (tok.end - tok.start > 3 && (text.charCodeAt(tok.end - 2) === 46 || text.charCodeAt(tok.end - 3) === 46) && EXCHANGE_TICKER.test(tok.text)) {
      const listed = lex.tickers.get(tok.text);
      if (listed && !isBlocked(tok.start, tok.end)) pushTicker(tok.start, tok.end, listed);
      continue;
    }
    if (DOTTED_STRIP.test(tok.text) && !isBlocked(tok.start, tok.end)) {
      pushStrip(tok);
      continue;
    }
    if (!mayBeTicker(text, tok) || !TICKER_SHAPE.test(tok.text) || isBlocked(tok.start, tok.end)) continue;
    const entry = lex.tickers.get(tok.text);
    if (entry) {
      const before = text.slice(Math.max(0, tok.start - 12), tok.start);
      const after = text[tok.end];
      const marked = TICKER_MARK_BEFORE.test(before) && (before.endsWith('(') ? after === ')' || after === ':' : true);
      // ("HAL" and "SLB" on a line of known tickers: "BKR   GTLS   SLB   HAL".)
      if (!isAmbiguousTicker(tok.text) || marked || knownTickerLine(text, tok.start, lex)) pushTicker(tok.start, tok.end, entry);
      continue;
    }
    // "SIE" on a line of tickers is Siemens (SIE.DE in the lexicon).
    const base = lex.baseTickers.get(tok.text);
    if (base && onTickerLine(text, tok.start)) {
      pushTicker(tok.start, tok.end, base);
      continue;
    }
    // Not a dateline's city ("BAMAKO, Feb 19", "LONDON/TORONTO,"): tickers in a strip stand between spaces.
    const next = text.charCodeAt(tok.end);
    if (tok.text.length >= 6 && CAPITALS_ONLY.test(tok.text) && next !== 44 && next !== 47) pushStrip(tok);
  }

  // 3. Weak aliases ("Scale") count only where the company is named in full in the same document.
  for (const w of weakCandidates) if (strong.has(w.id) && !isBlocked(w.start, w.end)) push(w);

  // 4. Names found from context, then every other place the same name stands.
  const found = new Map<string, string>();
  const overridden: OrgHit[] = [];
  /** Names found from context that hold a lexicon name ("Kering Beaute"): they win wherever else they stand. */
  const overriding = new Set<string>();
  // A name the context gives joins `found` when it reads as a name as written and the lexicon does not know it.
  let lowerText: string | undefined;
  const addFound = (raw: string): void => {
    const name = cleanName(raw, lex);
    if (!name || name.text !== raw || lookupEntry(lex, raw)) return;
    if (isCommonWord(raw) || isFamilyName(raw)) return;
    found.set(raw, name.canonical);
  };
  /** "the Nordstroms", "the Murdochs": a family named for its company or for a person the article names. */
  function isFamilyName(name: string): boolean {
    if (name.includes(' ') || name.length <= 3 || !name.endsWith('s')) return false;
    const stem = name.slice(0, -1);
    // (A one-word company name, the possessive kept or not: "Nordstrom", "Dillard's".)
    return !!lex.phrases.get(stem.toLowerCase())?.some((p) => p.words.length === 1) || personWords.has(stem);
  }
  /** One word the article also writes in lower case is that word ("Union president ..." beside "the union"). */
  function isCommonWord(name: string): boolean {
    return !name.includes(' ') && writtenLower(name.toLowerCase());
  }
  // Whether the text writes a word in lower case, asked once per word (long documents ask about the same names often).
  const lowerUses = new Map<string, boolean>();
  function writtenLower(key: string): boolean {
    let r = lowerUses.get(key);
    if (r === undefined) lowerUses.set(key, (r = hasLowerWord(text, (lowerText ??= text.toLowerCase()), key)));
    return r;
  }
  // A lone capitalised word that may name a company: no stop or title word, given name, place, word of a
  // person's name, known or excluded phrase, nor a word the text also writes in lower case ("Shares").
  const mayBeLoneName = (w: string, knownWord = false): boolean => {
    if (STOP_WORDS.has(w) || TITLE_WORDS.has(w) || lex.firstNames.has(w) || lex.places.has(w) || personWords.has(w)) return false;
    const key = w.toLowerCase();
    if (lex.excluded.has(key) || lex.products.has(key) || (!knownWord && lex.phrases.has(key))) return false;
    return !writtenLower(key);
  };
  CUE_AFTER.lastIndex = 0;
  const after: RegExpExecArray[] = [];
  for (let m: RegExpExecArray | null; (m = CUE_AFTER.exec(text)); ) after.push(m);
  const dealSpots = spots[Trigger.Deal]!;
  const plural: RegExpExecArray[] = [];
  // Names listed after a noun only companies go by are firms even when named like people
  // ("brokers such as Aon and Arthur J. Gallagher"); investors, partners or clients may be people.
  const firmList = new Set<RegExpExecArray>();
  for (const m of matchAtSpots(CUE_PLURAL, text, spots[Trigger.CompanyList]!)) {
    plural.push(m);
    const firms = FIRM_PLURAL.test(m[0]);
    if (firms) firmList.add(m);
    LIST_NEXT.lastIndex = m.index + m[0].length;
    for (let n: RegExpExecArray | null; (n = LIST_NEXT.exec(text)); ) {
      plural.push(n);
      if (firms) firmList.add(n);
    }
  }
  const data = matchAtSpots(CUE_DATA, text, spots[Trigger.CompanyData]!).filter((m) => !lex.places.has(m[1]!));
  const ampersands = ampersandNames(text, lex);
  const priced: RegExpExecArray[] = [];
  for (const b of blocked) {
    // Amounts are the blocked spans that carry one.
    if ((b as Span & { amount?: unknown }).amount === undefined) continue;
    DEAL_AFTER_AMOUNT.lastIndex = b.end;
    const d = DEAL_AFTER_AMOUNT.exec(text);
    if (d) priced.push(d);
  }
  const before = matchAtSpots(CUE_BEFORE, text, spots[Trigger.CompanyCue]!);
  // "stakes in Anglo American Platinum and Kumba Iron Ore", "invested in OpenAI and Anthropic",
  // "the pension fund Omers and Britain's Universities Superannuation Scheme": the next name of a list
  // after a stake, an investment, a purchase or a business noun is one too.
  for (let k = 0, n = before.length; k < n; k++) {
    const m = before[k]!;
    if (!LISTING_CUE.test(m[0]) && !DESCRIPTOR_CUE.test(m[0])) continue;
    LIST_NEXT.lastIndex = m.index + m[0].length;
    const next = LIST_NEXT.exec(text);
    if (next) before.push(next);
  }
  for (const matches of [before, matchAtSpots(CUE_ASIDE, text, spots[Trigger.CompanyAside]!), after, matchAtSpots(CUE_VALUED, text, dealSpots), matchAtSpots(CUE_BUY, text, dealSpots), matchAtSpots(CUE_BUY_FROM, text, dealSpots), plural, data, ampersands, priced]) {
    for (const m of matches) {
      const raw = m[1]!;
      const at = m.index + m[0].indexOf(raw);
      // "to acquire Pringles owner Kellanova": the name before "owner" is what the company behind it owns.
      if (BRAND_OF_AHEAD.test(text.slice(at + raw.length, at + raw.length + 16))) continue;
      // "Horizon Capital Partners": a corporate word after the name is part of it; the name without
      // it is kept too, and joins the longer form below ("Northwind" and "Northwind Airlines").
      const tail = text.slice(at + raw.length, at + raw.length + 40);
      const corporate = CORPORATE_WORD_AHEAD.exec(tail);
      // "Life Insurance Corporation of India": a corporate word, "of" and a place belong to the name.
      const ofPlace = OF_PLACE_AHEAD.exec(tail);
      const withPlace = ofPlace && (ofPlace[0].startsWith(' of') ? ENDS_WITH_OF_WORD.test(raw) : true) ? raw + ofPlace[0] : undefined;
      for (const form of withPlace ? [withPlace, raw] : corporate ? [raw + corporate[0], raw] : [raw]) {
        // "South African" of "South African Breweries" is no short form of it: a place or nationality.
        if (form === raw && form !== m[1] + (corporate?.[0] ?? '') && lex.places.has(raw)) continue;
        // "Swiss National Bank" is no company: nor is "Swiss National".
        if (form !== raw && lex.excluded.has(phraseKey(form.replace(LEADING_ARTICLE, '')))) break;
        // "Analysts at Raymond James": where people work is a firm, even one named like a person.
        // "hedge fund Marshall Wace": a firm named after people, unless a person's verb follows ("the firm Jeff Bezos founded").
        const firmNoun = FIRM_NOUN_CUE.test(m[0]) && !PERSON_VERB_AHEAD.test(text.slice(at + raw.length, at + raw.length + 14));
        const name = cleanName(form, lex, WORKPLACE_CUE.test(m[0]) || firmList.has(m) || firmNoun);
        if (!name) continue;
        const start = at + form.indexOf(name.text);
        const end = start + name.text.length;
        // "a lawyer at Holberg Linde": a lexicon name after another capitalised word of a name the context gives is part of it.
        if (isBlocked(start, end)) {
          const inner = lexiconHitsInside(sortedHits(), start, end);
          if (!inner || blockedByOthers(start, end)) continue;
          // A known name opening a longer one is that name, unless the rest names a business of its own
          // ("Truist Insurance Holdings", not "Exxon Mobil Corp").
          const lead = inner.find((h) => h.start === start);
          // Unless the text says what the whole name is ("Toyota Fudosan, a real estate company",
          // "hedge fund Lazard Frères Gestion").
          const described = matches === after ? APPOSITION_AHEAD.test(text.slice(end, end + 12)) : matches === before && DESCRIBED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
          // Nor is it when the known company is of another trade ("Constellation Pharmaceuticals" is not
          // Constellation Energy).
          if (lead && (inner.length > 1 || !(UNIT_TAIL.test(text.slice(lead.end, end)) || otherTrade(text.slice(lead.end, end), lead.name) || (described && CAPITALISED_TAIL.test(text.slice(lead.end, end)))))) continue;
          overridden.push(...inner);
          overriding.add(name.text);
        }
        const known = lookupEntry(lex, name.text);
        if (known) {
          // The lexicon pass already saw it (or chose not to match it here). A short name it keeps for
          // articles that name the company in full ("Discover") is the company where the context says
          // it is one ("the acquisition of Discover"), there and wherever else it stands.
          if (!strong.has(known.id) && weakCandidates.some((w) => w.id === known.id && w.start === start && w.end === end)) {
            strong.add(known.id);
            for (const w of weakCandidates) if (w.id === known.id && !isBlocked(w.start, w.end)) push(w);
          }
          // A common word the lexicon left alone where it opens a sentence ("Mars already owns Wrigley"): the cue says it is the company.
          else if (known.common && sentenceStarts.has(start) && !isBlocked(start, end)) {
            push({ start, end, id: known.id, name: known.name, kind: known.kind, source: known.source === 'user' ? 'user' : 'lexicon' });
          }
          continue;
        }
        // "Germany agreed to pay": a country, not a company; "Zhao agreed to pay": a person named in full
        // elsewhere (countries and people agree to things; "owned by Hess" and "Alaska chief executive"
        // still name companies).
        if ((lex.places.has(name.text) || personWords.has(name.text)) && PERSON_MAY_AGREE.test(m[0])) continue;
        // A place after a stake, shares or an investment is a market ("listed its shares in Barcelona").
        if (matches === before && lex.places.has(name.text)) continue;
        // A place priced in parentheses is a budget or a market, not a company ("Texas ($5 billion)").
        if (lex.places.has(name.text) && m[0].endsWith(')')) continue;
        // A place or nationality before a lower-case word describes what follows ("a stake in Danish
        // offshore wind developer Orsted").
        if (lex.places.has(name.text) && LOWER_WORD_AHEAD.test(text.slice(end, end + 3))) continue;
        // Nor is its possessive ("Japan's takeover rules", "India's IPO boom").
        if (lex.places.has(name.text) && POSSESSIVE_AHEAD_SPACE.test(text.slice(end, end + 4))) continue;
        if (isCommonWord(name.text) || isFamilyName(name.text)) continue;
        found.set(name.text, name.canonical);
      }
    }
  }
  // "David Ellison's Skydance Media", "Mark Cuban's Cost Plus Drugs": what a person owns, named after the possessive.
  for (const p of persons) {
    if (text.charCodeAt(p.end) !== 39 || text.charCodeAt(p.end + 1) !== 115 || text.charCodeAt(p.end + 2) !== 32) continue;
    const m = OWNED_NAME.exec(text.slice(p.end + 3, p.end + 80));
    if (!m) continue;
    const raw = m[0];
    const at = p.end + 3;
    if (!isBlocked(at, at + raw.length) && !lex.places.has(raw) && !found.has(raw)) addFound(raw);
  }
  // "said Linnea Ahlstrom-Diaz of Oresund Crest Equity": the employer of a person quoted, named after
  // "of" (no place, university or public body), two words or more.
  for (const p of persons) {
    if (text.charCodeAt(p.end) !== 32 || !text.startsWith(' of ', p.end) || !SAID_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start))) continue;
    const m = OWNED_NAME.exec(text.slice(p.end + 4, p.end + 80));
    if (!m || !m[0].includes(' ')) continue;
    const raw = m[0];
    const at = p.end + 4;
    if (!isBlocked(at, at + raw.length) && !lex.places.has(raw) && !PUBLIC_BODY.test(raw) && !found.has(raw)) addFound(raw);
  }
  // "SentinelOne", "Spirit AeroSystems": a word with a capital inside is a brand, named in prose (menu
  // lines run words together: "Artificial IntelligenceTechnology").
  const apps = new Set<string>();
  for (const i of camels) {
    const tok = tokens[i]!;
    let at = tok.start;
    const prev = tokens[i - 1];
    // The capitalised word before it belongs to the name ("Spirit AeroSystems"), unless it opens the sentence or is a stop word.
    if (prev && prev.end === at - 1 && text.charCodeAt(prev.end) === 32 && isCapitalCode(text.charCodeAt(prev.start)) && !sentenceStarts.has(prev.start)
      && !STOP_WORDS.has(prev.text) && !TITLE_WORDS.has(prev.text) && TITLE_CASE.test(prev.text)) at = prev.start;
    const raw = stripPossessive(text.slice(at, tok.end));
    // "the JioCinema app": a product, not its maker; "JioCinema, the free app run by Reliance": so is a
    // name the text says is an app, wherever else it stands.
    if (PRODUCT_NOUN_AHEAD.test(text.slice(tok.end, tok.end + 20))) continue;
    // (Unless it is bought: "paying roughly €175m for FreeNow, a taxi-hailing app".)
    if (PRODUCT_APPOSITION_AHEAD.test(text.slice(tok.end, tok.end + 40)) && !DEAL_FOR_BEFORE.test(text.slice(Math.max(0, at - 40), at))) {
      apps.add(raw);
      found.delete(raw);
      continue;
    }
    if (!found.has(raw) && !apps.has(raw) && !isBlocked(at, at + raw.length) && inProse(text, at)) addFound(raw);
  }
  // A name the article keeps using on its own ("Northvolt", "Wiz"), three times or more mid-sentence,
  // that is no common word (never written in lower case), no place, given name or person's name.
  const uses = new Map<string, number[]>();
  for (const i of titled) {
    const tok = tokens[i]!;
    if (sentenceStarts.has(tok.start)) continue;
    // Standing alone: no capitalised word joined to it on either side (character tests first: most capitalised words end here).
    const prev = tokens[i - 1];
    if (prev && prev.end === tok.start - 1 && isCapitalCode(text.charCodeAt(prev.start))) continue;
    const next = tokens[i + 1];
    if (next && next.start <= tok.end + 3 && isCapitalCode(text.charCodeAt(next.start)) && text.charCodeAt(next.start - 1) === 32) continue;
    // Opening a quotation, or a clause after a colon or dash, is opening a sentence.
    const b1 = text.charCodeAt(tok.start - 1);
    const b2 = text.charCodeAt(tok.start - 2);
    if (tok.start === 0 || OPENING_CODES.has(b1) || (b1 === 32 && OPENING_CODES.has(b2))) continue;
    const word = stripPossessive(tok.text);
    if (word.length < 3 || !TITLE_CASE.test(word)) continue;
    if (isBlocked(tok.start, tok.start + word.length)) continue;
    let list = uses.get(word);
    if (!list) uses.set(word, (list = []));
    list.push(tok.start);
  }
  for (const [word, places] of uses) {
    if (places.length < 3 || found.has(word) || !mayBeLoneName(word)) continue;
    // A family name of several companies found ("Adani" of "Adani Ports") is none of them.
    if ([...found.keys()].some((f) => f.startsWith(`${word} `))) continue;
    // Named in prose, three times or more (not in navigation or "Advertisement" lines).
    if (places.filter((at) => inProse(text, at)).length >= 3) found.set(word, word);
  }
  // "Adani Green Energy and Adani Total Gas": the sister of a company found, named alongside it.
  for (const a of [...found.keys()]) {
    const space = a.indexOf(' ');
    if (space < 0) continue;
    const family = a.slice(0, space);
    for (let from = text.indexOf(a); from >= 0; from = text.indexOf(a, from + a.length)) {
      // After it: "A and Family X"; before it: "Family X and A".
      SISTER_AFTER.lastIndex = from + a.length;
      const next = SISTER_AFTER.exec(text);
      const candidates: Array<[number, string]> = [];
      if (next && next[1] === family) candidates.push([SISTER_AFTER.lastIndex - next[0].length + next[0].indexOf(family), family + next[2]!]);
      const before = SISTER_BEFORE.exec(text.slice(Math.max(0, from - 80), from));
      if (before && before[1] === family) candidates.push([from - before[0].length, family + before[2]!]);
      for (const [at, known] of candidates) {
        if (found.has(known)) continue;
        if (!isBlocked(at, at + known.length) || lexiconHitsInside(sortedHits(), at, at + known.length)) addFound(known);
      }
    }
  }
  // "Halcyon" and "Halcyon Systems" in one article are one company, named by the longer form.
  for (const short of [...found.keys()]) {
    if (short.includes(' ')) continue;
    const long = new RegExp(`\\b${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${CORPORATE_WORD}\\b`).exec(text);
    // Not the tail of a longer name found ("Evergrande Group" of "China Evergrande Group").
    if (long && !found.has(long[0]) && ![...found.keys()].some((k) => k.endsWith(` ${long[0]}`))) found.set(long[0], long[0]);
  }
  const surfaces = [...found.keys()].sort((a, b) => b.length - a.length);
  for (const short of surfaces) {
    const oneWord = !short.includes(' ');
    // Only when the rest is corporate words ("Halcyon Systems", "Discover Financial Services"), or, for
    // one word, capitalised words ending in one ("Alaska Air Group"): "Hess Midstream" is not "Hess".
    // "China Evergrande Group" too: a place before the name is part of the long form ("Evergrande").
    const longs = surfaces.filter((l) => {
      const rest = l.startsWith(`${short} `) ? l.slice(short.length) : oneWord ? afterPlace(l, short, lex) : undefined;
      return rest !== undefined && (ONLY_CORPORATE_WORDS.test(rest) || (oneWord && (rest === '' || ENDS_CORPORATE.test(rest))));
    });
    // Several companies under one name ("Adani Ports", "Adani Enterprises"): the name alone is none of
    // them. Longer forms of one company ("Discover Financial", "Discover Financial Services", longest
    // first, so the shorter already stands for the longer) are one.
    const companiesOf = new Set(longs.map((l) => found.get(l)));
    if (companiesOf.size > 1) found.delete(short);
    else if (longs.length) found.set(short, found.get(longs[0]!)!);
  }
  for (const name of overriding) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (LETTER_OR_DIGIT.test(text[at - 1] ?? '') || LETTER_OR_DIGIT.test(text[end] ?? '') || blockedByOthers(at, end)) continue;
      const inner = lexiconHitsInside(sortedHits(), at, end);
      if (inner) overridden.push(...inner);
    }
  }
  if (overridden.length) {
    const drop = new Set(overridden);
    const kept = hits.filter((h) => !drop.has(h));
    hits.length = 0;
    view = undefined;
    mask = new SpanMask(text.length);
    for (const b of blocked) mask.add(b.start, b.end);
    for (const h of kept) push(h);
  }
  // "Northwind" in one article and "Northwind Airlines" in another are one company: the id leaves
  // out a trailing corporate word, unless two names of this article share what is left ("Adani
  // Ports" and "Adani Enterprises" are two companies).
  const bases = new Map<string, Set<string>>();
  for (const canonical of found.values()) {
    const base = idBase(canonical, text, lex);
    if (base === canonical) continue;
    let set = bases.get(base);
    if (!set) bases.set(base, (set = new Set()));
    set.add(canonical);
  }
  const propagate = (surface: string, canonical: string, id: string): void => {
    for (let from = 0; ; ) {
      const at = text.indexOf(surface, from);
      if (at < 0) break;
      from = at + surface.length;
      const end = at + surface.length;
      if (LETTER_OR_DIGIT.test(text[at - 1] ?? '') || LETTER_OR_DIGIT.test(text[end] ?? '')) continue;
      if (isBlocked(at, end)) continue;
      push({ start: at, end, id, name: canonical, kind: 'company', source: 'context' });
    }
  };
  const families = familyNames(found, hits);
  for (const surface of surfaces) {
    const canonical = found.get(surface);
    if (canonical === undefined) continue;
    // "Spirit" in an article that names the known "Spirit AeroSystems" (and no other "Spirit ..."
    // company) is its short form, not a company of its own.
    // So is "Gotham City" in a headline of an article that names Gotham City Research.
    // "Adani" where the article names Adani Ports, Adani Enterprises and Adani Transmission: a family name, none of them.
    if (families.has(surface)) continue;
    const known = knownLongForm(text, hits, surface);
    if (known) {
      propagate(surface, known.name, known.id);
      continue;
    }
    // "Truist Insurance Holdings" is a business of its own, not Truist: a base the lexicon knows keeps the whole name.
    const base = idBase(canonical, text, lex);
    const whole = (bases.get(base)?.size ?? 0) > 1 || (base !== canonical && lookupEntry(lex, base) !== undefined);
    propagate(surface, canonical, `company:${slug(whole ? canonical : base)}`);
    // "Shockwave Medical ... Shockwave expects": the name without its corporate words, where the text
    // uses that word for nothing else.
    if (!whole && base !== canonical && surface === canonical && !base.includes(' ') && base.length >= 4 && !found.has(base) && usedAlone(text, base, surface) && mayBeLoneName(base)) propagate(base, canonical, `company:${slug(base)}`);
    // "Amrize Ltd, the group spun off by Holcim ... Amrize expects": the name without its legal suffix.
    else if (!whole && surface !== canonical && surface.startsWith(`${canonical} `) && LEGAL_SUFFIX.test(surface.slice(canonical.length + 1).replace(FINAL_DOT, ''))
      && canonical.length >= 4 && !found.has(canonical) && (canonical.includes(' ') || mayBeLoneName(canonical))) propagate(canonical, canonical, `company:${slug(base)}`);
  }
  // "Nigerian National Petroleum Company Limited (NNPC)": the capitals in parentheses are its short
  // name, wherever they stand.
  for (const h of [...hits]) {
    if (h.kind !== 'company' || text.charCodeAt(h.end) === 39) continue;
    const abbr = ACRONYM_AHEAD.exec(text.slice(h.end, h.end + 24))?.[1];
    if (abbr && !lex.tickers.has(abbr) && !lookupEntry(lex, abbr)) propagate(abbr, h.name, h.id);
  }
  // "Global Infrastructure Partners ... GIP, which manages": a company goes by its initials too, three
  // capitals or more (an acronym the lexicon knows is its own).
  const initialsOf = new Map<string, OrgHit | null>();
  const named = new Set<string>();
  for (const h of hits) {
    if (h.kind !== 'company' || named.has(h.id)) continue;
    named.add(h.id);
    const abbr = initials(h.name);
    if (!abbr) continue;
    const prev = initialsOf.get(abbr);
    // Two companies with the same initials: the capitals name neither.
    initialsOf.set(abbr, prev === undefined ? h : null);
  }
  for (const [abbr, h] of initialsOf) {
    if (!h || lex.tickers.has(abbr) || lookupEntry(lex, abbr) || !text.includes(abbr)) continue;
    // Where the context already read the capitals as a company of their own ("GIP chairman"), they are this one.
    for (const o of hits) {
      if (o.source === 'context' && o.id === `company:${slug(abbr)}` && o.end - o.start === abbr.length) {
        o.id = h.id;
        o.name = h.name;
      }
    }
    propagate(abbr, h.name, h.id);
  }
  // "Deezer and SoundCloud", "Apple, Deezer and Spotify": a lone name listed with a company is one too.
  const listed = new Set<string>();
  const shortForms = new Map<string, LexiconEntry>();
  for (const h of hits) {
    if (h.kind !== 'company') continue;
    const before = listedBefore(text, h.start);
    const after = listedAfter(text, h.end);
    // Not a sentence's first word before a comma ("Historically, Meta ..."): that one is capitalised anyway.
    const beforeWord = before && !(before.comma && sentenceStarts.has(before.start)) && !isBlocked(before.start, before.end) ? text.slice(before.start, before.end) : undefined;
    const afterWord = after && !isBlocked(after.start, after.end) ? text.slice(after.start, after.end) : undefined;
    for (const w of [beforeWord, afterWord]) {
      if (!w || w.endsWith('ly') || found.has(w) || listed.has(w) || shortForms.has(w)) continue;
      if (!lex.phrases.has(w.toLowerCase())) {
        if (mayBeLoneName(w)) listed.add(w);
        continue;
      }
      // "Disney, Fox and Warner Bros. Discovery": the first word of one known company's name.
      const known = shortFormOf(w, lex);
      if (known && mayBeLoneName(w, true)) shortForms.set(w, known);
    }
  }
  for (const w of listed) propagate(w, w, `company:${slug(w)}`);
  for (const [w, e] of shortForms) propagate(w, e.name, e.id);
  // "Bain" is Bain & Company's alias, but in an article that names Bain Capital it is Bain Capital:
  // a one-word alias stands for the one company of the article whose name opens with it.
  // (The known names of several words, one hit per company, by their first word.)
  // (Copies of id and name: the hits themselves are relabelled below.)
  let opened: Map<string, Array<{ id: string; name: string }>> | undefined;
  for (const h of hits) {
    if (h.source !== 'lexicon' || h.kind !== 'company' || h.end - h.start >= h.name.length) continue;
    const word = stripPossessive(text.slice(h.start, h.end));
    if (word.includes(' ')) continue;
    if (!opened) {
      opened = new Map();
      for (const o of hits) {
        if (o.kind !== 'company' || o.source !== 'lexicon') continue;
        const space = o.name.indexOf(' ');
        if (space < 0) continue;
        const lead = o.name.slice(0, space);
        let list = opened.get(lead);
        if (!list) opened.set(lead, (list = []));
        if (!list.some((x) => x.id === o.id)) list.push({ id: o.id, name: o.name });
      }
    }
    // A word two other companies open stands for neither; nor is a word relabelled where its own company is named in full ("CVS Health" beside "CVS Caremark").
    const others = hits.some((o) => o.id === h.id && o.source === 'lexicon' && o.end - o.start >= o.name.length) ? undefined : opened.get(word)?.filter((o) => o.id !== h.id);
    const other = others?.length === 1 ? others[0] : undefined;
    if (other) {
      h.id = other.id;
      h.name = other.name;
    }
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

/**
 * What a company found from context is keyed by: its name without trailing corporate words, and
 * without a place before one more word that the text also uses alone ("China Evergrande Group" is
 * company:evergrande, as an article that only says "Evergrande" names it; "Nigerian National
 * Petroleum Company" is not company:national).
 */
function idBase(canonical: string, text: string, lex: Lexicon): string {
  const base = canonical.replace(TRAILING_CORPORATE_WORD, '');
  const space = base.indexOf(' ');
  if (space < 0 || base.indexOf(' ', space + 1) >= 0) return base;
  const rest = base.slice(space + 1);
  return lex.places.has(base.slice(0, space)) && rest.length >= 4 && TITLE_CASE.test(rest) && !lex.places.has(rest) && !CORPORATE_ONLY.test(rest) && standsWithout(text, rest, base.slice(0, space + 1)) ? rest : base;
}

/** "GIP" of "Global Infrastructure Partners", "EPCG" of "EP Corporate Group": three to six capitals, or undefined. */
function initials(name: string): string | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  let out = '';
  for (const w of words) {
    if (w === '&' || w === 'of' || w === 'and') continue;
    if (CAPITALS_ONLY.test(w)) out += w;
    else if (CAPITAL_FIRST.test(w)) out += w[0];
    else return undefined;
  }
  return out.length >= 3 && out.length <= 6 ? out : undefined;
}

/** What follows the word in a name that opens with a place and then the word ("China Evergrande Group" → " Group"). */
function afterPlace(long: string, word: string, lex: Lexicon): string | undefined {
  const space = long.indexOf(' ');
  if (space < 0 || !long.startsWith(`${word}`, space + 1) || !lex.places.has(long.slice(0, space))) return undefined;
  const rest = long.slice(space + 1 + word.length);
  return rest === '' || rest.startsWith(' ') ? rest : undefined;
}

const LISTED_NAME_AHEAD = /^(?:,| and| or| &) ([A-Z][\w.-]*)/;

/** Whether a known name follows, listed with the word that ends at `end` ("Visa and Mastercard"). */
function listedWithKnown(text: string, end: number, lex: Lexicon): boolean {
  const next = LISTED_NAME_AHEAD.exec(text.slice(end, end + 40))?.[1];
  return !!next && !!lex.phrases.get(next.toLowerCase())?.some((p) => !p.entry.common && p.entry.kind === 'company');
}

/** Whether the word stands somewhere in the text outside the longer name it starts (a cheap look before the costlier tests). */
function usedAlone(text: string, word: string, longer: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (!text.startsWith(longer, at)) return true;
  }
  return false;
}

/** Whether the word stands somewhere in the text as a word of its own, not after `lead` ("Evergrande", not "China Evergrande"). */
function standsWithout(text: string, word: string, lead: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (LETTER_OR_DIGIT.test(text[at + word.length] ?? '') || LETTER_OR_DIGIT.test(text[at - 1] ?? '')) continue;
    if (!text.startsWith(lead, at - lead.length)) return true;
  }
  return false;
}

/** The one known company whose name of several words starts with the word (and that is no name of one word itself). */
function shortFormOf(word: string, lex: Lexicon): LexiconEntry | undefined {
  let found: LexiconEntry | undefined;
  for (const p of lex.phrases.get(word.toLowerCase()) ?? []) {
    if (p.words.length === 1) return undefined;
    if (p.entry.kind !== 'company' || p.words[0] !== word) continue;
    if (found && found !== p.entry) return undefined;
    found = p.entry;
  }
  return found;
}

/**
 * The one known company of the article whose name, as written, starts with the word and a space;
 * undefined if none or several. Of a company and the longer names that open with its own ("Anglo
 * American" and "Anglo American Platinum"), the word is the company.
 */
/** A word that opens a line (after a bullet or emphasis) and ends with a colon: "- **Target:**", "Price:". */
function isListLabel(text: string, start: number, end: number): boolean {
  if (!LABEL_COLON_AHEAD.test(text.slice(end, end + 3))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 6 && LABEL_OPENING.test(text.slice(lineStart, start));
}
const LABEL_COLON_AHEAD = /^(?:\*\*|__)?:|^:(?:\*\*|__)/;
const LABEL_OPENING = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?$/;

function knownLongForm(text: string, hits: readonly OrgHit[], word: string): OrgHit | undefined {
  // One hit per company whose name, as written, opens with the word.
  const byId = new Map<string, OrgHit>();
  for (const h of hits) {
    if (h.kind !== 'company' || (h.source !== 'lexicon' && h.source !== 'user') || h.end - h.start <= word.length + 1) continue;
    if (text.startsWith(word, h.start) && text.charCodeAt(h.start + word.length) === 32 && !byId.has(h.id)) byId.set(h.id, h);
  }
  let shortest: OrgHit | undefined;
  for (const h of byId.values()) if (!shortest || h.name.length < shortest.name.length) shortest = h;
  if (!shortest) return undefined;
  for (const h of byId.values()) if (h !== shortest && !h.name.startsWith(`${shortest.name} `)) return undefined;
  return shortest;
}

/** Words that open two or more company names of the article, neither a form of the other ("Adani" of "Adani Ports" and "Adani Transmission"). */
function familyNames(found: ReadonlyMap<string, string>, hits: readonly OrgHit[]): Set<string> {
  const byWord = new Map<string, string[]>();
  const add = (n: string): void => {
    // Every leading run of words of the name ("Adani", "Adani Green" of "Adani Green Energy").
    for (let space = n.indexOf(' '); space > 0; space = n.indexOf(' ', space + 1)) {
      const lead = n.slice(0, space);
      let names = byWord.get(lead);
      if (!names) byWord.set(lead, (names = []));
      if (!names.some((x) => x.startsWith(n) || n.startsWith(x))) names.push(n);
    }
  };
  for (const f of found.values()) add(f);
  for (const h of hits) if (h.kind === 'company') add(h.name);
  const out = new Set<string>();
  for (const [word, names] of byWord) if (names.length >= 2) out.add(word);
  return out;
}

const PARTNER_BEFORE = /(?<![\w&])([A-Z][a-z]{2,}), $/;
const LIST_AND_BEFORE = /\b(?:and|or) $/;
const AMPERSAND_GAPS = / & /g;
const AMPERSAND_LEFT = /(?<![\w&])([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)$/;
const AMPERSAND_RIGHT = /^([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?![\w&])/;

/**
 * "Hellman & Friedman", "Torvald & Rye": two capitalised names joined by an ampersand name a firm
 * (not "R&D", "S&P", "Q&A", nor two people: "Jane Roe & John Doe").
 */
function ampersandNames(text: string, lex: Lexicon): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = text.indexOf(' & '); i >= 0; i = text.indexOf(' & ', i + 3)) {
    const left = AMPERSAND_LEFT.exec(text.slice(Math.max(0, i - 40), i))?.[1];
    const right = left && AMPERSAND_RIGHT.exec(text.slice(i + 3, i + 43))?.[1];
    if (!left || !right) continue;
    const person = (side: string): boolean => side.includes(' ') && lex.firstNames.has(side.slice(0, side.indexOf(' ')));
    if (person(left) || person(right)) continue;
    // "Keefe, Bruyette & Woods": partners' names before a comma belong to the firm, unless one is a
    // company, place or given name of its own ("Apple, Johnson & Johnson and Merck" lists three).
    // A given name leading a list's last item is a partner too ("... and Clayton, Dubilier & Rice").
    let lead = '';
    // "as Kenvue, Johnson & Johnson has": a known firm takes no partners before it; nor does a name of
    // several words, nor a name's corporate word ("Aradel Holdings, First Exploration & Petroleum" lists two).
    for (let at = i - left.length; !left.includes(' ') && !lookupEntry(lex, `${left} & ${right}`); ) {
      const prior = PARTNER_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
      const listed = !!prior && LIST_AND_BEFORE.test(text.slice(Math.max(0, at - prior[0].length - 5), at - prior[0].length));
      if (!prior || lookupEntry(lex, prior[1]!) || lex.places.has(prior[1]!) || (lex.firstNames.has(prior[1]!) && !listed) || STOP_WORDS.has(prior[1]!) || CORPORATE_ONLY.test(prior[1]!)) break;
      lead = `${prior[1]!}, ${lead}`;
      at -= prior[0].length;
    }
    const name = `${lead}${left} & ${right}`;
    const m = [name, name] as unknown as RegExpExecArray;
    m.index = i - left.length - lead.length;
    m.input = text;
    out.push(m);
  }
  return out;
}

/** A known name matched at a token: where it ends, which entry, and whether by a weak alias. */
export interface LexiconMatch {
  start: number;
  end: number;
  entry: LexiconEntry;
  weak: boolean;
}

/**
 * The lexicon's match at every token that may open a name (a hole at the lower-case words no name
 * opens): what the first pass of extractCompanies asks of each token, asked ahead. It reads no
 * further than the paragraph, so an open document keeps it per paragraph.
 */
export function lexiconMatches(text: string, tokens: Token[], lex: Lexicon, sentenceStarts: Set<number>): Array<LexiconMatch | null | undefined> {
  const out = new Array<LexiconMatch | null | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const c0 = text.charCodeAt(tokens[i]!.start);
    if (c0 >= 97 && c0 <= 122 && !lex.oddInitials[c0]) continue;
    out[i] = matchLexicon(text, tokens, i, lex, sentenceStarts);
  }
  return out;
}

function matchLexicon(text: string, tokens: Token[], i: number, lex: Lexicon, sentenceStarts: Set<number>): LexiconMatch | null {
  const tok = tokens[i]!;
  const c0 = text.charCodeAt(tok.start); // from the text: most tokens are never sliced
  // Phrases start with a capital, but for a few ("eBay", "xAI", "3M"): other words are skipped at once.
  if (c0 < 128 && (c0 < 65 || c0 > 90) && (!lex.oddInitials[c0] || !lex.oddPrefixes.has(text.slice(tok.start, tok.start + 2))
    || (!lex.oddFirstWords.has(oddHead(tok.text)) && !lex.oddFirstWords.has(stripPossessive(tok.text))))) return null;
  let first = stripPossessive(tok.text);
  // "Meta-backed" is Meta; "meta-analysis" is not.
  const hy = first.indexOf('-');
  if (hy > 0 && !lex.phrases.has(first.toLowerCase())) {
    const rest = first.slice(hy + 1).toLowerCase();
    // "Renault-Nissan alliance": two known companies joined by a hyphen; the first is matched here.
    if (!HYPHEN_SUFFIXES.has(rest) && !lex.phrases.get(rest)?.some((p) => p.words.length === 1 && !p.weak)) return null;
    first = first.slice(0, hy);
    const cands = lex.phrases.get(first.toLowerCase()) ?? [];
    for (const p of cands) {
      if (p.words.length === 1 && wordMatches(first, p.words[0]!) && !lex.excluded.has(phraseKey(first))) {
        return { start: tok.start, end: tok.start + first.length, entry: p.entry, weak: p.weak };
      }
    }
    return null;
  }
  let fw = firstWord(lex, first);
  // A name that ends in 's itself ("Moody's"): looked up as written.
  if (!fw.phrases && first !== tok.text) fw = firstWord(lex, tok.text);
  const cands = fw.phrases;
  if (!cands) return null;
  const mayBeExcluded = lex.excludedFirst.has(fw.lower);
  outer: for (const p of cands) {
    const k = p.words.length;
    if (i + k > tokens.length) continue;
    let end = 0;
    for (let j = 0; j < k; j++) {
      const t = tokens[i + j]!;
      if (j > 0) {
        const prev = tokens[i + j - 1]!;
        const gap = t.start - prev.end;
        const mark = p.dotted?.includes(j - 1) ? 46 : p.commas?.includes(j - 1) ? 44 : 0;
        if (mark) {
          // "U.S. Steel", "Clayton, Dubilier & Rice": the full stop or comma the phrase has, then one space.
          if (gap !== 2 || text.charCodeAt(prev.end) !== mark || text.charCodeAt(prev.end + 1) !== 32) continue outer;
        } else if (gap === 3 ? !text.startsWith(' & ', prev.end) && !text.startsWith(' + ', prev.end)
          : gap < 1 || gap > 2 || (text.charCodeAt(prev.end) !== 32 && (gap !== 1 || text.charCodeAt(prev.end) !== 43)) || (gap === 2 && text.charCodeAt(prev.end + 1) !== 32)) continue outer;
        // ("Johnson & Johnson", "Kuehne + Nagel": phrases keep no ampersand or plus among their words.)
        // A possessive ends a name, unless the name has it ("Dick's Sporting Goods").
        if (endsWithApostropheS(prev.text) && !endsWithApostropheS(p.words[j - 1]!)) continue outer;
      }
      let word = j === k - 1 ? stripPossessive(t.text) : t.text;
      // A name that ends in 's itself ("Moody's").
      if (!wordMatches(word, p.words[j]!)) {
        if (word === t.text || !wordMatches(t.text, p.words[j]!)) continue outer;
        word = t.text;
      }
      end = t.start + word.length;
    }
    // "Canal+": the plus sign is part of the name, and the text must have it ("the Suez Canal" is no Canal+).
    if (p.plus) {
      if (text.charCodeAt(end) !== 43) continue;
      end++;
    }
    const start = tok.start;
    if (mayBeExcluded) {
      const surface = text.slice(start, end);
      if (lex.excluded.has(surface.toLowerCase()) || (surface.includes('  ') && lex.excluded.has(phraseKey(surface)))) return null;
    }
    const entry = p.entry;
    const next = tokens[i + k];
    // An alias between two capitalised words mid-sentence is part of another name ("Adani Total Gas" is not Total).
    if (k === 1 && i > 0 && next && next.start === end + 1 && tokens[i - 1]!.end === start - 1
      && isCapitalCode(text.charCodeAt(next.start)) && isCapitalCode(text.charCodeAt(tokens[i - 1]!.start))
      && p.words[0] !== entry.name && !sentenceStarts.has(start) && !entry.tickers.includes(p.words[0]!)) continue;
    // "the Eagle Ford": a one-word name after "the" and an unknown capitalised word ends another name.
    if (k === 1 && i > 1 && tokens[i - 1]!.end === start - 1 && tokens[i - 2]!.end === tokens[i - 1]!.start - 1 && tokens[i - 2]!.text === 'the'
      && TITLE_CASE.test(tokens[i - 1]!.text) && !lex.places.has(tokens[i - 1]!.text) && !lex.phrases.has(tokens[i - 1]!.text.toLowerCase())) continue;
    // (Not across a blank line: a paragraph ends every name.)
    if (next && entry.notBefore.size && entry.notBefore.has(next.text.toLowerCase()) && onlySpaceBetween(text, end, next.start)) continue;
    // A common word ("Arm", "Dow") opening a sentence is the word; a longer form ("Arm Holdings") is the company.
    // Unless a known name is listed with it ("Visa and Mastercard stand to lose").
    if (entry.common && k === 1 && sentenceStarts.has(start) && !POSSESSIVE_AHEAD.test(text.slice(end, end + 3)) && !SHARES_MOVE_AHEAD.test(text.slice(end, end + 24))
      && !COMPANY_VERB_AHEAD.test(text.slice(end, end + 48)) && !listedWithKnown(text, end, lex)) continue;
    // "NASDAQ: AMD" names the exchange as a ticker prefix, not as a company in the story.
    const after = text.charCodeAt(end);
    if ((after === 58 || (after === 32 && text.charCodeAt(end + 1) === 58)) && EXCHANGE_PREFIX_AHEAD.test(text.slice(end, end + 9))) return null;
    return { start, end, entry, weak: p.weak };
  }
  return null;
}

const BLANK_RUN = /[ \t]+/;
const TICKER_LINE = /^[ \t]*[A-Z0-9][A-Z0-9.-]{0,11}(?:[ \t]+[A-Z0-9][A-Z0-9.-]{0,11})+[ \t]*$/;

/** Whether the line holding `at` is a line of tickers only ("KO WTB", "ENR SIE VWS"). */
function onTickerLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  return to - from <= 120 && TICKER_LINE.test(text.slice(from, to));
}

/** A line of tickers only, every one known, one or more of them unambiguous: its short or word-like tickers are tickers too ("K MDLZ GIS"). */
function knownTickerLine(text: string, at: number, lex: Lexicon): boolean {
  if (!onTickerLine(text, at)) return false;
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  let sure = 0;
  for (const t of text.slice(from, to).trim().split(BLANK_RUN)) {
    if (!lex.tickers.has(t) && !lex.baseTickers.has(t)) return false;
    if (!isAmbiguousTicker(t)) sure++;
  }
  return sure >= 1;
}

/** Whether only blanks, and at most one line break, stand between from and to. */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 && ++breaks > 1) return false;
    if (c !== 10 && c !== 32 && c !== 9 && c !== 13 && c !== 160) return false;
  }
  return true;
}

/** Hits sorted by start, with the longest one's length. */
interface SortedHits {
  sorted: OrgHit[];
  longest: number;
}

/** The lexicon hits that lie wholly inside [start, end) (they give way to the longer name around them), or undefined if none does or a hit of another kind overlaps it. */
function lexiconHitsInside(view: SortedHits, start: number, end: number): OrgHit[] | undefined {
  const { sorted, longest } = view;
  // The first hit that may reach into [start, end): none starts more than the longest hit's length before it.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start - longest) lo = mid + 1;
    else hi = mid;
  }
  const out: OrgHit[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.start < end; k++) {
    const h = sorted[k]!;
    if (h.end <= start) continue;
    if (h.source !== 'lexicon' || h.start < start || h.end > end) return undefined;
    out.push(h);
  }
  return out.length ? out : undefined;
}


/** Whether a tail of one corporate word names another trade than the known company's name ends in (" Pharmaceuticals" after Constellation Energy). */
function otherTrade(tail: string, knownName: string): boolean {
  const word = tail.slice(1);
  if (tail[0] !== ' ' || word.includes(' ') || !CORPORATE_ONLY.test(word) || GENERIC_CORPORATE.test(word)) return false;
  const last = knownName.slice(knownName.lastIndexOf(' ') + 1);
  return last !== word && last !== knownName && CORPORATE_ONLY.test(last);
}

function isCapitalCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The part of a token before a hyphen or apostrophe: what a lower-case or digit-initial phrase starts with. */
function oddHead(word: string): string {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 39) return word.slice(0, i);
  }
  return word;
}

function endsWithApostropheS(word: string): boolean {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 2) === 39 && (word.charCodeAt(n - 1) | 32) === 115;
}

function wordMatches(token: string, word: string): boolean {
  if (token === word) return true;
  // "EasyJet" opening a sentence is easyJet.
  const w0 = word.charCodeAt(0);
  if (w0 >= 97 && w0 <= 122 && token.length === word.length && token.charCodeAt(0) === w0 - 32 && token.endsWith(word.slice(1))) return true;
  // Headlines in capitals: "META PLATFORMS" matches "Meta Platforms"; short words must match exactly.
  if (token.length < 4) return false;
  // Both of the first two characters capitals before any case conversion (most tokens end here).
  const c1 = token.charCodeAt(1);
  if (c1 < 128 && (c1 < 65 || c1 > 90)) return false;
  return isAllCaps(token) && token === word.toUpperCase();
}

function lookupEntry(lex: Lexicon, name: string): LexiconEntry | undefined {
  const cands = lex.phrases.get(name.split(' ')[0]!.toLowerCase()) ?? [];
  // Phrases keep no ampersand among their words ("Johnson & Johnson" is Johnson, Johnson).
  const words = name.includes(' & ') ? name.replace(AMPERSAND_GAPS, ' ') : name;
  return cands.find((p) => p.words.join(' ') === words)?.entry;
}

/** Trims a context-found name to the company ("The Acme Robotics Inc." → "Acme Robotics Inc"). */
function cleanName(raw: string, lex: Lexicon, personShaped = false): { text: string; canonical: string } | null {
  let words = raw.split(' ');
  words[words.length - 1] = stripPossessive(words[words.length - 1]!);
  // A leading "U.S." stays when a name follows it ("U.S. Ironworks"); alone it is no company.
  // (Not before a known company: "stored in the U.S. Meta's president" ends a sentence at U.S.)
  while (words.length && STOP_WORDS.has(words[0]!) && !(words.length > 1 && DOTTED_INITIALS.test(words[0]!) && !lookupEntry(lex, stripPossessive(words.slice(1).join(' '))))) words = words.slice(1);
  if (words.length > 1 && POSSESSIVE_WORD.test(words[0]!)) words = words.slice(1);
  // "South Africa's MTN Group": a place of two words, possessive, opens no name.
  else if (words.length > 2 && POSSESSIVE_WORD.test(words[1]!) && lex.places.has(`${words[0]} ${stripPossessive(words[1]!)}`)) words = words.slice(2);
  // "State-run Life Insurance", "Texas-based Acme": the descriptor is not part of the name.
  while (words.length > 1 && HYPHEN_DESCRIPTOR.test(words[0]!)) words = words.slice(1);
  // "Rival Advanced Micro Devices" opening a sentence: the descriptor is not part of the name.
  while (words.length > 1 && DESCRIPTOR_WORDS.has(words[0]!)) words = words.slice(1);
  // ("Cooper Investors": a stop word opening a sentence ends a firm's name.)
  while (words.length && ((STOP_WORDS.has(words[words.length - 1]!) && !(words.length > 1 && words[words.length - 1] === 'Investors')) || (words.length > 1 && TITLE_WORDS.has(words[words.length - 1]!)))) words = words.slice(0, -1);
  if (!words.length) return null;
  const text = words.join(' ').replace(TRAILING_PUNCTUATION, '');
  if (text.length < 2 || !CAPITAL_FIRST.test(text)) return null;
  const key = phraseKey(text);
  if (lex.excluded.has(key) || lex.products.has(key)) return null;
  if (words.length >= 2 && lex.firstNames.has(words[0]!) && !CORPORATE_END.test(text) && !personShaped) return null;
  if (words.every((w) => STOP_WORDS.has(w) || LEGAL_SUFFIX.test(w) || TITLE_WORDS.has(w) || ONLY_CORPORATE_WORDS.test(` ${w}`))) return null;
  const canonicalWords = [...words];
  // "Carrow Bellamy & Co" keeps its "& Co": the firm's name, not a legal suffix.
  while (canonicalWords.length > 1 && LEGAL_SUFFIX.test(canonicalWords[canonicalWords.length - 1]!.replace(FINAL_DOT, '')) && canonicalWords[canonicalWords.length - 2] !== '&') canonicalWords.pop();
  return { text, canonical: canonicalWords.join(' ').replace(FINAL_COMMA, '') };
}

/** Cheap test before the ticker pattern: a capital, then a capital or a dot (or nothing). */
function mayBeTicker(text: string, tok: Token): boolean {
  const c0 = text.charCodeAt(tok.start);
  if (c0 < 65 || c0 > 90) return false;
  if (tok.end - tok.start === 1) return true;
  const c1 = text.charCodeAt(tok.start + 1);
  return (c1 >= 65 && c1 <= 90) || c1 === 46;
}

/** Splits "METAMSFTNDAQ" into known tickers (each two letters or more), or null. */
/** Whether [start, end) is all its line holds, spaces aside. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && (text.charCodeAt(a - 1) === 32 || text.charCodeAt(a - 1) === 9)) a--;
  let b = end;
  while (b < text.length && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9 || text.charCodeAt(b) === 13)) b++;
  return (a === 0 || text.charCodeAt(a - 1) === 10) && (b === text.length || text.charCodeAt(b) === 10);
}

/**
 * A strip of run-together tickers ("METAMSFTNDAQ"), split into tickers the lexicon knows. One run of
 * two to four letters it does not know may sit between or around them ("CSCOSPLKDDOG": a ticker of a
 * company outside the lexicon) when `allowUnknown` and at least two known tickers of three or more letters
 * cover most of the strip; it stays in the result, for the caller to skip. Null when the strip does not read as tickers.
 */
export function segmentTickers(strip: string, lex: Lexicon, allowUnknown = true): string[] | null {
  const n = strip.length;
  // Tickers with an exchange ("ATD.TO", "3382.T") are longer than the letters-only ones.
  const longest = strip.includes('.') ? 9 : 5;
  // best[u][i]: how the first i letters split with u unknown runs (0 or 1): the previous cut, or -1.
  const best: number[][] = [new Array<number>(n + 1).fill(-1), new Array<number>(n + 1).fill(-1)];
  best[0]![0] = 0;
  for (let i = 0; i < n; i++) {
    for (let u = 0; u < 2; u++) {
      if (best[u]![i] === -1) continue;
      for (let len = 2; len <= longest && i + len <= n; len++) {
        const part = strip.slice(i, i + len);
        if (lex.tickers.has(part)) {
          if (best[u]![i + len] === -1) best[u]![i + len] = i;
        } else if (allowUnknown && u === 0 && len <= 4 && best[1]![i + len] === -1 && CAPITALS_ONLY.test(part)) best[1]![i + len] = i;
      }
    }
  }
  for (let u = 0; u < 2; u++) {
    if (best[u]![n] === -1) continue;
    const parts: string[] = [];
    let k = u;
    for (let i = n; i > 0; ) {
      const from = best[k]![i]!;
      const part = strip.slice(from, i);
      // Walking back, the unknown run is where the count of unknown runs drops.
      if (k === 1 && !lex.tickers.has(part)) k = 0;
      parts.unshift(part);
      i = from;
    }
    const known = parts.filter((x) => lex.tickers.has(x));
    // With a run it does not know, short known tickers prove little ("DEALBOOK" is not DE, ALB and OOK).
    if (known.length >= 2 && (u === 0 || (known.every((x) => x.length >= 3) && parts.every((x) => x.length >= 3) && known.join('').length >= n * 0.6))) return parts;
  }
  return null;
}
