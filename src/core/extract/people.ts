// People: "Mark Zuckerberg" (known given name + surname), names introduced by a role or title
// ("CEO Alexandr Wang", "Mark Zuckerberg, Meta CEO"), by speech ("said Jane Roe") or founding
// ("co-founded ... with Luci Guo"); later surname-only mentions ("Zuckerberg") resolve to them.
import type { Lexicon } from '../lexicon/lexicon';
import { phraseKey, slug } from '../text/normalize';
import type { Token } from '../text/tokens';
import { stripPossessive } from '../text/tokens';
import type { Span } from '../types';
import { SpanMask } from '../text/spanMask';
import { matchAtSpots } from '../text/keywordSpots';
import type { TriggerSpots } from './triggers';
import { Trigger, spotTriggers } from './triggers';
import { FIRM_PLURAL_NOUNS, PERSON_VERB_AHEAD } from './firmNouns';

// Patterns used inside functions are made once here: a pattern literal makes a new RegExp each time it is evaluated.
const FINAL_COMMA = /,$/;
const KOREAN_GIVEN = /^[A-Z][a-z]+-[a-z]+$/;
/** Words before a role that name no organisation ("Its chief executive"). */
const DETERMINERS = new Set(['Its', 'Their', 'His', 'Her', 'Our', 'The', 'A', 'An', 'This', 'That']);
/** A byline: "By Harriet Okafor" at the start of a line (in Markdown emphasis too: "*By Harriet Okafor*", "By **Harriet Okafor**"). */
// "By Huang Meiling and Torsten Abernathy": the second name of a byline too.
const BYLINE_BEFORE = /(?:^|\n|[·|•\u2013\u2014] )[ \t]*[*_]{0,2}By (?:[A-Z][^\n,]{1,40}(?:,| and) )?[*_]{0,2}$/;
/**
 * A byline line of segments near the top of an article, the name one whole segment:
 * "*Markets desk | Yusuke Lindgren*", "Analysis | Greta Lindholm-Achebe", "Freya Mbatha | Markets".
 */
// Two names may share the segment ("Seoul | Yoon Seo-yeon and Aurelio Brandt").
const SEGMENT_BEFORE = /(?:^|\n)[ \t]*[*_]{0,2}(?:[^\n|*_]{1,40} \| )?(?:[A-Z][^\n|*_]{1,40} and )?$/;
const SEGMENT_AFTER = /^(?: and [A-Z][^\n|*_]{1,40})?(?:[*_]{0,2}[ \t]*(?:\n|$)| \| [^\n|]{1,40}(?:\n|$))/;
const BYLINE_REACH = 600;
/** Words of site navigation and section names, which share a byline line's shape ("Home | Top Stories"). */
const SECTION_WORDS = new Set(['Home', 'Top', 'Latest', 'Breaking', 'Stories', 'Story', 'News', 'World', 'Business', 'Tech', 'Technology', 'Markets', 'Opinion',
  'Analysis', 'Politics', 'Sports', 'Finance', 'Economy', 'Video', 'Live', 'Updates', 'Section', 'Menu', 'Search', 'Subscribe', 'Sign', 'Login']);
const GIVEN_BEFORE = /(?<![\w'\u2019.-])([A-Z][a-z]{2,}) $/;
/** The word before a name, when it is a title or honorific ("Dr.", "Chancellor"): its capitalised word. */
const WORD_BEFORE = /\b([A-Z][a-z]+)\.? $/;
const TRAILING_BLANKS = /\s+$/;
const SPACES = / +/;
const POSSESSIVE_SPACE = /'s /;
const CAPITAL_AHEAD = /^ \p{Lu}/u;
const ENDS_POSSESSIVE = /'s$/;
const NEXT_CAPITAL_WORD = /^ (\p{Lu}[\p{L}]*)/u;
const CAPITAL_WORDS_BEFORE = /((?:[\p{Lu}][\p{L}&.'-]* ){0,2})$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}.&'-]*$/u;
const BLANKS = /\s+/;
const LETTER_AT = /^\p{L}$/u;

export interface PersonHit extends Span {
  id: string;
  name: string;
  role?: string;
  source: 'pattern' | 'surname';
}

// Latin letters as explicit ranges: a Unicode-property pattern was ten times slower over whole articles.
const UP = 'A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F';
const LO = "a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F'\u2019";
// A name word, with the prefixes that put a second capital in a surname ("McCall", "MacLeod", "O'Brien", "d'Eril").
// A hyphen may join a lower-case second part, as romanised Korean given names do ("Lee Jae-yong", "Min-ji").
const W = `(?:Mc|Mac|O['\u2019]|d['\u2019]|Di|De|La|Du)?[${UP}][${LO}]{1,24}(?:-[${UP}][${LO}]{1,24}|-(?!(?:based|backed|owned|led|run|born|made|listed|funded|controlled|style|like|era|old|bred|focused|linked|affiliated|registered|headquartered)\\b)[a-z]{2,12})?`;
// Particles before a surname, in lower case or capitalised, and doubled ("Dirk Van de Put", "Margherita Della Valle").
const PARTICLES = '[Vv]an|[Vv]on|[Dd]e|[Dd]a|[Dd]el|[Dd]ella|[Dd]elle|[Dd]alla|[Dd]i|[Dd]os|[Dd]as|[Dd]u|[Ll]a|[Ll]e|bin|al|[Dd]er|ten';
const FULL = `(${W}(?: [${UP}]\\.)?(?: (?:${PARTICLES})(?: (?:de|der|den|la|le))?)?(?: ${W}){1,2})`;
const FULL_RE = new RegExp(FULL, 'g');
const ARABIC_RE = new RegExp(`(?<![${LO}${UP}])(${W} (?:bin|bint|ibn) ${W}(?: (?:Al|al|El|el)[ -]${W})?)(?![${LO}])`, 'g');
/** "Lula named Magda Chambriard, a former head of ...": a person named to a job. */
const NAMED_TO_BEFORE = /\b(?:named|appointed|hired|picked|tapped|nominated|chose) $/;
const NAMED_TO_AFTER = /^(?:,? (?:a|an|the) (?:former|current|longtime|veteran|new)\b|,? as (?:its |the )?(?:new |next |interim )?[a-z]|,? to (?:replace|succeed|run|lead|head)\b|, who (?:was|had|has|is)\b)/;
/** Another capitalised word follows the name (or a surname with d': "Melzi d'Eril"). */
const CAPITAL_WORD_AHEAD = /^ (?:[A-Z][a-z]|d['\u2019][A-Z])/;
/** The last word read is a particle (" Della "): another name word follows it. */
const PARTICLE_AHEAD = new RegExp(`^ (?:${PARTICLES}) $`);
/** Capitalised particles that open no given name ("Van" and "Von" may: Van Morrison). */
const STANDALONE_PARTICLE = new Set(['De', 'Da', 'Di', 'Du', 'Del', 'Della', 'Delle', 'Dalla', 'Dos', 'Das', 'Der', 'La', 'Le']);
const PARTICLE_WORD = new RegExp(`^(?:${PARTICLES})$`);
const POSSESSIVE_THEN_WORD = /['\u2019]s ([A-Z][A-Za-z]+)\b/;
const PARTICLE_SURNAME_AHEAD = new RegExp(`^ (?:${PARTICLES})(?: (?:de|der|den|la|le))? ${W}(?![${LO}A-Z])`);
/** Institutions named after a person: the name before the word is theirs, not a person in the text. */
const NAMED_AFTER_PERSON = new Set(['School', 'University', 'College', 'Institute', 'Foundation', 'Hospital', 'Museum', 'Library', 'Prize', 'Academy', 'Trust', 'Center', 'Centre']);
const OF_FIRM_SAID_AFTER = /^ of [A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,3},? (?:said|says|told|wrote|added|noted|argued|warned)\b/;
const FIRM_WORD_AHEAD = /^ (?:Capital|Partners|Management|Investments?|Holdings|Group|Advisors|Advisers|Associates|Securities|Ventures|Asset|Equity|Funds?|Bank|Financial|Global|Consulting|Research)\b/;
const NOT_SURNAME = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Labs', 'Equities', 'Acquisition', 'Acquisitions', 'Investors', 'Investments', 'Investment', 'Management', 'Products', 'Performance', 'Group', 'Capital', 'Holdings', 'Ventures', 'Partners', 'Technologies', 'Platforms', 'Systems', 'Street',
  'Times', 'Post', 'Journal', 'News', 'University', 'Institute', 'College', 'Foundation', 'Fund', 'Bank', 'Insider', 'Daily', 'Weekly', 'Research', 'Energy',
  'Motors', 'Airlines', 'Media', 'Studios', 'Entertainment', 'Pharmaceuticals', 'Health', 'Financial', 'Securities', 'Markets', 'Valley', 'City', 'County', 'State',
  'Department', 'Ministry', 'Agency', 'Commission', 'Council', 'Committee', 'Administration', 'Authority', 'Board', 'Service', 'Office', 'Court',
  'Parliament', 'Regulator', 'Organization', 'Organisation', 'Union', 'Federation', 'Party', 'Army', 'Navy', 'Force', 'Defense', 'Llama', 'Center', 'Centre', 'Association',
  // Words that end firms' names, never a person's ("Starboard Value", "Ardwell Insight", "Zee Entertainment Enterprises").
  'Enterprises', 'Industries', 'Global', 'International', 'Corporation', 'Company', 'Limited', 'Worldwide', 'Computing', 'Electronics', 'Aerospace', 'Semiconductors', 'Devices', 'Instruments', 'Brands', 'Solutions', 'Services', 'Networks', 'Communications', 'Resources', 'Logistics', 'Holding', 'Bancorp', 'Airways',
  'Semiconductor', 'Therapeutics', 'Robotics', 'Software', 'Dynamics', 'Foods', 'Mining', 'Steel', 'Telecom', 'Pharma', 'Chemicals', 'Shipping',
  'Value', 'Insight', 'Insights', 'Analytics', 'Advisors', 'Advisers', 'Associates', 'Management', 'Investments', 'Intelligence', 'Strategies', 'Economics', 'Consulting',
  // Utilities and carriers ('Thames Water', 'United Utilities', 'Northumbrian Water').
  'Water', 'Utilities', 'Electric', 'Railway', 'Railways', 'Petroleum', 'Oil', 'Gas', 'Platinum', 'Copper', 'Metals', 'Minerals',
  // Pension funds ('Universities Superannuation Scheme').
  'Scheme', 'Superannuation', 'Pension', 'Pensions',
  'Beverages', 'Breweries', 'Brewery', 'Brewing', 'Exchange', 'Refinery', 'Engineering', 'Systemes', 'Systèmes',
  // Places ("Newport Beach", "Palm Springs").
  'Beach', 'Springs', 'Falls', 'Heights', 'Harbor', 'Harbour', 'Bay', 'Hills', 'Island', 'Islands', 'Lakes',
  // Numbers end firms' names ("Capital One", "Formula One"), not people's.
  'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Hundred', 'Thousand',
  // Bylines that name a desk, not a person ("By Staff Writer", "By Markets Desk").
  'Writer', 'Writers', 'Reporter', 'Reporters', 'Correspondent', 'Correspondents', 'Staff', 'Desk', 'Team', 'Editors', 'Bureau', ...NAMED_AFTER_PERSON]);
const LEAD_NOT_NAME = new Set(['The', 'A', 'An', 'This', 'That', 'In', 'On', 'At', 'For', 'With', 'And', 'But', 'If', 'As', 'By', 'To', 'From', 'Both', 'Meanwhile', 'However', 'According', 'Why', 'What', 'How', 'When', 'Where', 'Here', 'There', 'Earlier', 'Later', 'Last', 'Next', 'Data', 'Clean', 'Social', 'Scale', 'Back', 'Market', 'Summary', 'Actionable', 'Private', 'Company', 'Artificial', 'Technology', 'Read', 'Related',
  // Days and months lead a name only by accident ("On Monday Meta announced...").
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'June', 'July',
  'August', 'September', 'October', 'November', 'December']);
/** First words of two-word place names whose second word is a given name ("San Francisco", "Santa Monica", "Port Elizabeth"). */
const PLACE_OPENERS = new Set(['San', 'Santa', 'Sao', 'São', 'Los', 'Las', 'Saint', 'St', 'Port', 'Fort', 'Mount', 'Lake', 'Cape', 'Palo', 'Costa', 'Puerto', 'Rio']);
const TITLE_WORDS = new Set(['Chief', 'Executive', 'Officer', 'Senior', 'Vice', 'President', 'Managing', 'Director', 'Founder', 'Chairman', 'Chairwoman', 'Co-Chief', 'Co-Founder', 'Co-Chairman', 'Co-Chair', 'Co-Head', 'Co-President',
  'Analyst', 'Senator', 'Secretary', 'Minister', 'Governor', 'General', 'Judge', 'Justice', 'Representative', 'Deputy', 'Head', 'Partner', 'Professor', 'Editor', 'Reporter', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Co-founder', 'Mayor', 'Chancellor', 'Prime']);
/** Family names that are English words too, a name's first word only after a role ("CEO He Xiaopeng"). */
const FAMILY_NAME_WORDS = new Set(['An', 'He']);
/** Surname endings no English word or brand has (Slavic, Greek, Turkish, Romanian, Polish). */
const NAME_SUFFIX = /(?:[oe]vi[cć]|[oe]vich|enko|escu|oglu|oğlu|wicz|czyk|opoulos|akis)(?:['’]s)?$/;
const TITLE_ONLY = /^[A-Z][a-zß-öø-ÿ]{2,}$/;
const CORPORATE_AHEAD_WORD = /^ (?:Inc|Corp|Group|Holdings|Capital|Partners|Ltd|LLC|AG|SA)\b/;
const SPEECH_AFTER = /^(?: (?:said|says|told|wrote|added|noted|explained|argued|tweeted|posted|announced|confirmed|declined|stated|believes|thinks)|, who (?:has |had |will )?(?:chairs|runs|heads|leads|led|founded|co-founded|owns|manages|oversees|directs|controls|joined|ran|run|built|started|served|retired|retire|became|become|took|left|stepped|step)|, (?:the )?(?:wife|husband|son|daughter|brother|sister|father|mother|widow|widower|niece|nephew) of)\b/;
/** ", a research firm that...": a noun phrase (no preposition in it) that ends on what firms are. */
const ORG_APPOSITION_AFTER = /^, (?:a|an|the|another) (?:(?!(?:at|of|with|for|from|in|on|to) )[A-Za-z][a-z-]* ){0,3}(?:firm|company|startup|group|bank|fund|lender|insurer|consultancy|chain|maker|provider|developer|subsidiary|retailer|conglomerate|manufacturer|supplier|operator|carrier|airline)(?=[,.;:)]| (?:that|which|whose|based|owned|backed|founded|in|of|with|and|for)\b)/;
/** Nouns that name only firms, right before a name ("hedge fund Marshall Wace"). */
const FIRM_NOUN_BEFORE = /\b(?:fund|firm|bank|lender|insurer|brokerage) $/;
/** "analysts at", "a banker with": what follows is where they work, a firm. */
const FIRM_BEFORE = /\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Bb]ankers?|[Rr]esearchers?|[Tt]raders?|[Ll]awyers?|[Aa]dvis[eo]rs?|[Cc]onsultants?|[Ee]xecutives?|[Ii]nvestors?) (?:at|from|with) $|\b(?:maker|makers|brand|label|designer label) $/;
const OWNED_LIST_BEFORE = new RegExp(String.raw`\b(?:owns|owned|own|owners? of|brands?(?: such as| including| like)?|(?:${FIRM_PLURAL_NOUNS})(?: such as| including| like))\s(?:[A-Z][\w&'\u2019.-]*(?:\s[A-Z][\w&'\u2019.-]*){0,2}(?:,\s|\sand\s|,\sand\s))*$`);
const SAID_BEFORE = /\b(?:said|says|told|according to) $/;
/** "estimates compiled by Visible Alpha", "a chain owned by Sorel Group": what a firm does, not a person's words. */
const FIRM_BY_BEFORE = /\b(?:compiled|provided|published|collected|gathered|tracked|calculated|owned|acquired|bought|backed|funded|operated|produced|supplied|issued|rated) by $/;
const SPEECH_BEFORE = /(?:\b(?:said|says|according to|told|by|with|from|per)) $/;
const FOUNDED_WITH = new RegExp(String.raw`\b(?:co-?founded|founded|started|launched|created)\b[^.\n]{0,80}?\bwith ` + FULL, 'y');
const ROLE_ODD_NAME = new RegExp(String.raw`(?:CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hief [Ff]inancial [Oo]fficer|CFO|[Cc]o-?[Ff]ounder|[Ff]ounder|[Cc]hairman|[Cc]hairwoman|[Pp]resident|[Dd]irector),? `
  + String.raw`((?:[A-Z]{2}|[A-Z]\.[A-Z]\.) [${UP}][${LO}]{2,24}|(?:[${UP}][${LO}]{1,5} ){3}[${UP}][${LO}]{1,6})(?=[,.;:]| (?:said|says|told|has|had|will|would|who|is|was|added)\b)`, 'y');
const FOUNDED_BY = new RegExp(String.raw`\b(?:co-?founded|founded|started|led|run|headed)(?: in (?:19|20)\d\d)? by ` + FULL + `(?:(?:,| and) ${FULL})?`, 'y');
const FOUNDING = /^(?:co-?founded|founded|started)\b/;
/** The next name of a list ("founded by A B, C D and E F"). */
const LIST_NEXT = new RegExp(`(?:,? and|,) ${FULL}`, 'y');

/** The name is a segment of a byline line near the top, with a " | " between it and the rest. */
function bylineSegment(text: string, start: number, end: number, before: string): boolean {
  if (start > BYLINE_REACH) return false;
  // Most names stand on no line with a bar: one look along the line before the patterns.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (!text.slice(lineStart, lineEnd < 0 ? Math.min(text.length, end + 80) : Math.min(lineEnd, end + 80)).includes('|')) return false;
  if (text.slice(start, end).split(' ').some((w) => SECTION_WORDS.has(w))) return false;
  const sb = SEGMENT_BEFORE.exec(before);
  if (!sb) return false;
  const after = text.slice(end, end + 48);
  return SEGMENT_AFTER.test(after) && (sb[0].includes('|') || after.startsWith(' |'));
}

/** Whether a title or honorific stands right before a name ("Dr. Ana Ruiz", "Chancellor Kathaleen McCormick"). */
function honorificBefore(before: string, lex: Lexicon): boolean {
  const w = WORD_BEFORE.exec(before)?.[1];
  return !!w && lex.honorifics.has(w);
}

/** `spots` are the trigger words of the lower-cased text. */
export function extractPeople(text: string, tokens: Token[], lex: Lexicon, spots: TriggerSpots = spotTriggers(text.toLowerCase())): PersonHit[] {
  const hits: PersonHit[] = [];
  const mask = new SpanMask(text.length);
  const roleRe = roleRegex(lex);
  const accept = (found: string, start: number, end: number, forced: boolean, byline = false, quoted = false): void => {
    if (mask.overlaps(start, end)) return;
    let name = found;
    let words = name.split(BLANKS);
    // A name ends at a possessive: "Mark Cuban's Cost Plus" is Mark Cuban; "Alphabet's Google" is no person.
    const cut = words.findIndex((w, k) => k < words.length - 1 && stripPossessive(w) !== w);
    if (cut === 0) return;
    if (cut > 0) {
      words = words.slice(0, cut + 1);
      name = words.join(' ');
    }
    // "Zeekr CEO An Conghui": a family name that is also an English word ("An", "He") opens a name right after a role.
    if ((LEAD_NOT_NAME.has(words[0]!) && !(FAMILY_NAME_WORDS.has(words[0]!) && words.length === 2 && roleBefore(text.slice(Math.max(0, start - 40), start), lex)))
      || NOT_SURNAME.has(stripPossessive(words[words.length - 1]!))) return;
    // "China Evergrande": a place opens no person's name, unless it is a given name too ("Georgia").
    // (A byline names a person: "By Devon Achterberg-Lim".)
    // (Nor a role right before it: "Managing Director Hong Ju Jeon".)
    if (!byline && ((lex.places.has(words[0]!) && !lex.firstNames.has(words[0]!) && !(words.length >= 2 && !lex.places.has(`${words[0]} ${words[1]}`) && roleBefore(text.slice(Math.max(0, start - 40), start), lex))) || lex.places.has(stripPossessive(name)))) return;
    // ("said Hana Oyelaran-Chow": a name quoted as a person's may open with a company's first word.)
    // ("Chief Executive Campbell Wilson": a role right before the name says it is a person's, whatever company opens with its first word.)
    if (lex.excluded.has(phraseKey(name)) || (!byline && !quoted && lex.phrases.has(words[0]!.toLowerCase()) && !lex.firstNames.has(words[0]!)
      && !(words.length >= 2 && roleBefore(text.slice(Math.max(0, start - 40), start), lex)))) return;
    if (!forced && !lex.firstNames.has(words[0]!)) return;
    if (partOfCompanyName(text, start, name, lex)) return;
    // "Perry Creek Capital", "Elliott Investment Management": a firm's word after the name makes it a firm's name.
    if (FIRM_WORD_AHEAD.test(text.slice(start + name.length, start + name.length + 24))) return;
    // "Ardwell Insight, a research firm": the apposition says what it is.
    if (ORG_APPOSITION_AFTER.test(text.slice(start + name.length, start + name.length + 60))) return;
    // "Analysts at Raymond James said": people work at firms, firms are not "at" a person.
    if (FIRM_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return;
    // "hedge fund Marshall Wace": a name right after a noun that names only firms is a firm's, unless a
    // person's verb follows ("the fund Cathie Wood runs").
    if (FIRM_NOUN_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && !PERSON_VERB_AHEAD.test(text.slice(start + name.length, start + name.length + 14))) return;
    // "which also owns Versace and Jimmy Choo", "the owners of Coach and Michael Kors": what is owned
    // is a brand or a firm; so is a name listed among companies ("brokers such as Aon and Arthur J. Gallagher").
    if (OWNED_LIST_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return;
    const clean = stripPossessive(name);
    const hit: PersonHit = { start, end: start + clean.length, id: `person:${slug(clean)}`, name: clean, source: 'pattern' };
    const role = findRole(text, start, hit.end, roleRe, lex);
    if (role) hit.role = role;
    hits.push(hit);
    mask.add(hit.start, hit.end);
  };

  for (const [re, places] of [[FOUNDED_WITH, spots[Trigger.FoundedWith]!], [FOUNDED_BY, spots[Trigger.FoundedBy]!]] as const) {
    for (const m of matchAtSpots(re, text, places)) {
      for (const g of [m[1], m[2]]) {
        if (!g) continue;
        const at = m.index + m[0].lastIndexOf(g);
        accept(g, at, at + g.length, true);
      }
      // The rest of a list of founders: "by A B, C D, E F and G H" (a list after "led by" names investors as often as people).
      if (re !== FOUNDED_BY || !FOUNDING.test(m[0])) continue;
      LIST_NEXT.lastIndex = m.index + m[0].length;
      for (let n: RegExpExecArray | null; (n = LIST_NEXT.exec(text)); ) {
        const at = n.index + n[0].length - n[1]!.length;
        accept(n[1]!, at, at + n[1]!.length, true);
      }
    }
  }

  // "Chief Executive RJ Scaringe", "Chief Executive Le Thi Thu Thuy": a role right before a name of two
  // capitals and a surname, or of four short words, which the general pattern does not read.
  for (const r of matchAtSpots(ROLE_ODD_NAME, text, spots[Trigger.RoleName]!)) {
    const at = r.index + r[0].length - r[1]!.length;
    accept(r[1]!, at, at + r[1]!.length, true);
  }
  // "Sheikh Ahmed bin Saeed Al Maktoum": an Arabic name, with the father's name after bin and the family's after Al.
  // (Spotted with the other trigger words: three searches of the whole text took 1.6% of an analysis.)
  if (spots[Trigger.ArabicName]!.length) {
    ARABIC_RE.lastIndex = 0;
    for (let a: RegExpExecArray | null; (a = ARABIC_RE.exec(text)); ) accept(a[1]!, a.index, a.index + a[1]!.length, true);
  }
  FULL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FULL_RE.exec(text))) {
    // Whole words only: not "Spirit Aero" in "Spirit AeroSystems", not "Donald Smith" in "McDonald Smith".
    if (LETTER_AT.test(text[m.index + m[0].length] ?? '') || LETTER_AT.test(text[m.index - 1] ?? '')) {
      FULL_RE.lastIndex = m.index + m[0].indexOf(' ') + 1;
      continue;
    }
    let name = m[1]!;
    let start = m.index;
    // "Meta CEO Mark Zuckerberg": the regex may start on a capitalised word before the name.
    let words = name.split(' ');
    // But not out of a place: "San Francisco Bay Area" holds no "Francisco Bay".
    if (words.length > 2 && PLACE_OPENERS.has(words[0]!)) {
      FULL_RE.lastIndex = start + name.length;
      continue;
    }
    while (words.length > 2 && !lex.firstNames.has(words[0]!) && lex.firstNames.has(words[1]!)) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    // Titles before the name ("Chief Executive Ron Sargent") are not part of it.
    while (words.length > 2 && TITLE_WORDS.has(words[0]!)) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    // A surname with its particles standing alone ("De La Faverie, who runs ..."): the surname pass
    // below joins its last word to the person named in full.
    if (STANDALONE_PARTICLE.has(words[0]!) || (words.length > 2 && PARTICLE_WORD.test(words[1]!) && (words[0] === 'Van' || words[0] === 'Von'))) {
      FULL_RE.lastIndex = start + name.length;
      continue;
    }
    // A name cut short where a particle follows ("Executive Margherita Della" of "... Della Valle"):
    // read again from where the name starts.
    // So is one cut where another capitalised word follows ("Executive Maziar Mike" of "... Mike Doustdar").
    const nameEnd = start + words.join(' ').length;
    if (start > m.index && (PARTICLE_AHEAD.test(text.slice(nameEnd - words[words.length - 1]!.length - 1, nameEnd + 1)) || CAPITAL_WORD_AHEAD.test(text.slice(nameEnd, nameEnd + 4)))) {
      FULL_RE.lastIndex = start;
      continue;
    }
    // Three capitalised words where the third starts a new phrase: keep the first two.
    // But "Kestrel Ridge Analytics", with no known given name, is a firm: no person in it.
    if (words.length === 3 && NOT_SURNAME.has(words[2]!)) {
      // "Milton Hershey School", "Kestrel Ridge Analytics": an institution named after a person, or a
      // firm with no known given name in it: no person.
      if (!lex.firstNames.has(words[0]!) || NAMED_AFTER_PERSON.has(words[2]!)) {
        FULL_RE.lastIndex = start + name.length;
        continue;
      }
      words = words.slice(0, 2);
    }
    // "Luiz Inacio Lula da Silva": a particle and a surname after a name of three words belong to it.
    if (words.length === 3) {
      const at = start + words.join(' ').length;
      const tail = PARTICLE_SURNAME_AHEAD.exec(text.slice(at, at + 40));
      if (tail) words = [...words, ...tail[0].slice(1).split(' ')];
    }
    name = words.join(' ');
    // Whether the text introduces the name as a person's only matters when the first name is not a
    // known one (accept asks for one or the other): the context patterns run only then.
    let introduced = lex.firstNames.has(words[0]!);
    if (!introduced) {
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(start + name.length, start + name.length + 24);
      // "Miljan Gutovic runs": a surname of a shape only names have, after a capitalised word that is no known name.
      introduced = (NAMED_TO_BEFORE.test(before) && NAMED_TO_AFTER.test(after)) || (words.length === 2 && NAME_SUFFIX.test(words[1]!) && TITLE_ONLY.test(words[0]!) && !lex.phrases.has(words[0]!.toLowerCase()) && !CORPORATE_AHEAD_WORD.test(text.slice(start + name.length, start + name.length + 16)))
        || !!roleBefore(before, lex) || roleRe.after.test(text.slice(start + name.length, start + name.length + 60))
        || SPEECH_AFTER.test(after) || (SPEECH_BEFORE.test(before) && !FIRM_BY_BEFORE.test(before)) || honorificBefore(before, lex) || BYLINE_BEFORE.test(before)
        // "Rich Greenfield of LightShed Partners said": a person quoted with the firm they work for.
        || OF_FIRM_SAID_AFTER.test(text.slice(start + name.length, start + name.length + 64))
        || bylineSegment(text, start, start + name.length, before)
        || knownCompanyAfterPossessive(name, after, lex);
    }
    const before2 = hits.length;
    const byline = words.length >= 2 && BYLINE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    // Quoted as a person ("said Hana Oyelaran-Chow of"), with a surname no lexicon phrase continues.
    const quoted = words.length === 2 && SAID_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && !lex.phrases.get(words[0]!.toLowerCase())?.some((p) => p.words[1] === words[1]);
    accept(name, start, start + name.length, introduced, byline, quoted);
    // Not a person: try again from the next word ("Chief Executive Lisa Su" → "Lisa Su").
    FULL_RE.lastIndex = hits.length > before2 ? start + name.length : m.index + m[0].indexOf(' ') + 1;
  }

  // "Guillaume Lample and Timothee Lacroix": the name listed right after a person's (one with a known
  // given name: after "led by", a list names investors as often as people) is a person's too.
  for (const h of [...hits]) {
    if (!lex.firstNames.has(h.name.slice(0, h.name.indexOf(' ')))) continue;
    LIST_NEXT.lastIndex = h.end;
    const n = LIST_NEXT.exec(text);
    if (!n) continue;
    const at = n.index + n[0].length - n[1]!.length;
    accept(n[1]!, at, at + n[1]!.length, true);
  }

  // Surnames (and possessives) of the people found, standing alone.
  const bySurname = new Map<string, PersonHit | null>();
  const surnameInitials = new Set<number>();
  for (const h of hits) {
    const surname = familyName(h.name);
    const prev = bySurname.get(surname);
    bySurname.set(surname, prev && prev.id !== h.id ? null : h);
    surnameInitials.add(surname.charCodeAt(0));
  }
  for (const tok of tokens) {
    const c0 = text.charCodeAt(tok.start); // from the text: most tokens are never sliced
    if (c0 < 65 || (c0 > 90 && c0 < 192) || !surnameInitials.has(c0)) continue; // surnames start with a capital
    const word = stripPossessive(tok.text);
    const person = bySurname.get(word);
    if (!person) continue;
    const end = tok.start + word.length;
    if (mask.overlaps(tok.start, end)) continue;
    // "Kimbal Musk" where the article names Elon Musk: another given name before the surname is a relative.
    const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, tok.start - 25), tok.start))?.[1];
    if (given && given !== person.name.slice(0, person.name.indexOf(' ')) && !LEAD_NOT_NAME.has(given) && !TITLE_WORDS.has(given)
      && !lex.honorifics.has(given) && !lex.places.has(given) && !lex.phrases.has(given.toLowerCase()) && !NOT_SURNAME.has(given)) {
      const at = tok.start - given.length - 1;
      const before = hits.length;
      accept(`${given} ${word}`, at, end, true);
      if (hits.length > before) continue;
    }
    // Not the first word of a longer capitalised name ("Wang Industries").
    const next = text.slice(end, end + 2);
    if (CAPITAL_AHEAD.test(next) && !ENDS_POSSESSIVE.test(tok.text)) {
      const nextWord = NEXT_CAPITAL_WORD.exec(text.slice(end, end + 30))?.[1];
      if (nextWord && NOT_SURNAME.has(nextWord)) continue;
    }
    const s: PersonHit = { start: tok.start, end, id: person.id, name: person.name, source: 'surname' };
    hits.push(s);
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

/** "Micro Devices" in "Advanced Micro Devices": up to two words before the candidate complete a company name. */
function partOfCompanyName(text: string, start: number, name: string, lex: Lexicon): boolean {
  const before = CAPITAL_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  // ("Eli Lilly's $57 offer": the possessive is no part of the name.)
  const words = [...before.trim().split(' ').filter(Boolean), ...name.split(' ').map(stripPossessive)];
  for (let from = 0; from < words.length; from++) {
    const cands = lex.phrases.get(words[from]!.toLowerCase());
    if (cands?.some((p) => p.words.length <= words.length - from && p.words.length > 1 && p.words.every((w, k) => w === words[from + k]) && from + p.words.length > words.length - name.split(' ').length)) return true;
  }
  return false;
}

interface RoleRegex {
  after: RegExp;
  roleAfter: RegExp;
}

const roleCache = new WeakMap<Lexicon, RoleRegex>();
function roleRegex(lex: Lexicon): RoleRegex {
  let r = roleCache.get(lex);
  if (!r) {
    const forms = lex.roles.flatMap((x) => [x, x.replace(/\b[a-z]/g, (c) => c.toUpperCase())]);
    const roles = [...new Set(forms)].map((x) => x.replace(/[-]/g, '[- ]?')).join('|');
    r = {
      after: new RegExp(`^, (?:the |a |an |its )?(?:[\\p{Lu}][\\p{L}.&'-]* ){0,3}(?:${roles})\\b`, 'u'),
      roleAfter: new RegExp(`^, (?:the |a |an |its )?((?:[\\p{Lu}][\\p{L}.&'-]* ){0,3})(${roles})(?: (?:of|at) ([\\p{Lu}][\\p{L}.&'-]*(?: [\\p{Lu}][\\p{L}.&'-]*){0,2}))?`, 'u'),
    };
    roleCache.set(lex, r);
  }
  return r;
}

/**
 * The word later mentions use for a person: the surname, last, or first in a Korean name of two
 * words whose given name is hyphenated in lower case ("Lee Jae-yong" is Lee).
 */
export function familyName(name: string): string {
  const space = name.indexOf(' ');
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return space > 0 && space === name.lastIndexOf(' ') && KOREAN_GIVEN.test(last) ? name.slice(0, space) : last;
}

/** "Carsten Spohr's Lufthansa": a name whose possessive a company the lexicon knows follows is a person's (its leader's). */
function knownCompanyAfterPossessive(name: string, after: string, lex: Lexicon): boolean {
  // The name pattern may have taken the possessive in ("Spohr's"), and the company too ("Spohr's Lufthansa").
  const m = POSSESSIVE_THEN_WORD.exec(name + after);
  // The possessive is the name's own, not a later word's (", Goldman's Apple unit").
  if (!m || m.index > name.length) return false;
  const word = m[1]!;
  const entries = lex.phrases.get(word.toLowerCase());
  return !!entries && entries.some((p) => p.entry.kind === 'company' && !p.weak && p.words.length === 1 && p.words[0] === word);
}

/**
 * A role that ends right before a name ("Meta CEO " → "Meta CEO"): the last words are looked up in
 * the role list (a set, not a pattern), then up to three capitalised words before the role join it.
 */
function roleBefore(text: string, lex: Lexicon): string | undefined {
  if (!text.endsWith(' ')) return undefined;
  const before = text.slice(text.lastIndexOf('\n') + 1);
  const words = before.replace(TRAILING_BLANKS, '').split(SPACES);
  // "Its chief executive, Lourenco Goncalves,": the role in apposition.
  words[words.length - 1] = words[words.length - 1]!.replace(FINAL_COMMA, '');
  // ("co-chief executives Tekedra Mawakana and Dmitri Dolgov": a role in the plural names the people after it.)
  const last = words[words.length - 1]!.toLowerCase();
  const plural = !lex.roleLastWords.has(last) && last.endsWith('s') && lex.roleLastWords.has(last.slice(0, -1));
  if (plural) words[words.length - 1] = words[words.length - 1]!.slice(0, -1);
  else if (!lex.roleLastWords.has(last)) return undefined;
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const phrase = words.slice(words.length - n).join(' ');
    if (!lex.roleSet.has(phrase.toLowerCase())) continue;
    // A role in lower case must be written as the list has it ("chief executive"), or title-cased.
    const org: string[] = [];
    for (let k = words.length - n - 1; k >= 0 && org.length < 3 && CAPITALISED_WORD.test(words[k]!) && !DETERMINERS.has(words[k]!); k--) org.unshift(words[k]!);
    return [...org, phrase].join(' ').replace(ENDS_POSSESSIVE, '');
  }
  return undefined;
}

/** "Meta CEO Mark Zuckerberg" → "Meta CEO"; "Mark Zuckerberg, Meta CEO," → "Meta CEO". */
function findRole(text: string, start: number, end: number, r: RoleRegex, lex: Lexicon): string | undefined {
  const b = roleBefore(text.slice(Math.max(0, start - 60), start), lex);
  if (b) return b.replace(POSSESSIVE_SPACE, ' ');
  const a = r.roleAfter.exec(text.slice(end, end + 80));
  if (a) return [a[1]!.trim(), a[2], a[3] ? `of ${a[3]}` : ''].filter(Boolean).join(' ');
  return undefined;
}
