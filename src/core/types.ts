// Shapes shared by the analysis core, the CLI and the editor layer.
// Offsets are UTF-16 indices into the document text (JavaScript string indices).

export type MentionKind = 'company' | 'outlet' | 'person' | 'money' | 'quantity' | 'date';
export type EntityKind = 'company' | 'outlet' | 'person';

/** The fixed qualifier vocabulary of a figure. */
export type Qualifier = 'none' | 'up to' | 'over' | 'approximately' | 'nearly' | 'at least' | 'under' | 'range';

export interface Span {
  start: number;
  end: number;
}

export interface Amount {
  /** Normalised value in major units of `currency` (cents become 0.01 USD); null when vague. */
  value: number | null;
  /** ISO 4217 code where one applies (USD, EUR, GBP...), else a lower-case unit name. */
  currency: string;
  qualifier: Qualifier;
  vague: boolean;
  /** Upper bound of a range ("$60 billion to $65 billion"). */
  high?: number;
  /** The number as written times its scale word, before minor units are converted ("50 cents" is 50). */
  written?: number;
  /** Value of one unit in the last written digit ("$14.3 billion": 100 million), to judge rounding. */
  step?: number;
  /** Another currency this amount restates ("$14.3 billion (£10.55 billion)": the pound figure is a conversion). */
  conversionOf?: number;
}

export interface Quantity {
  value: number;
  /** Normalised unit: "percent", "GPU", "chip", "gigawatt", "user", "employee", "year-old", "score"... */
  unit: string;
  qualifier: Qualifier;
  high?: number;
  /** Words between the number and the unit ("Nvidia H100" in "350,000 Nvidia H100 chips"). */
  descriptor?: string;
  step?: number;
}

export interface DateValue {
  year?: number;
  month?: number;
  day?: number;
  /** Relative expressions keep their wording: "last year", "this year", "earlier this year". */
  relative?: string;
}

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** Entity id for company, outlet and person mentions ("company:meta"). */
  entity?: string;
  amount?: Amount;
  quantity?: Quantity;
  date?: DateValue;
  /** Index of the sentence holding the mention. */
  sentence: number;
  /** How it was found: "lexicon", "ticker", "context", "user", "alias", "surname", "pattern". */
  source?: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  tickers?: string[];
  /** A role given by the text ("Meta CEO"), for people. */
  role?: string;
}

export interface Sentence extends Span {
  /** True for lines that carry no content: "Advertisement", ticker strips, "Read more", navigation. */
  noise: boolean;
}

export interface Claim extends Span {
  text: string;
  sentence: number;
  entities: string[];
  /** Indexes into the document's mentions of the figures (money, quantity, date) the claim states. */
  figures: number[];
  attribution?: string;
  hedged: boolean;
  hedges: string[];
  /** What kind of checkable statement it is. */
  type: 'figure' | 'deal' | 'role' | 'event';
}

export interface DocumentAnalysis {
  title: string;
  length: number;
  sentences: Sentence[];
  mentions: Mention[];
  claims: Claim[];
  /** Entities first seen in this document, with the forms it uses. */
  entities: Entity[];
}
