// A deterministic synthetic corpus of news-like articles: the same seed gives the same text.
const COMPANIES = ['Meta', 'Scale AI', 'Microsoft', 'OpenAI', 'Nvidia', 'Amazon', 'Alphabet', 'Anthropic', 'Apple', 'Oracle', 'Salesforce', 'Intel', 'Tesla', 'Uber', 'Stripe', 'Databricks', 'CoreWeave', 'Palantir'];
const PEOPLE = ['Mark Zuckerberg', 'Alexandr Wang', 'Satya Nadella', 'Sam Altman', 'Jensen Huang', 'Andy Jassy', 'Sundar Pichai', 'Dario Amodei', 'Lisa Su', 'Safra Catz'];
const OUTLETS = ['Bloomberg', 'Reuters', 'The Information', 'CNBC', 'the Financial Times'];
const QUALIFIERS = ['', 'up to ', 'more than ', 'about ', 'nearly ', 'at least ', 'roughly '];
const MEASURES = ['invest', 'value the company at', 'report revenue of', 'spend', 'raise'];

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

/** An article's random source, and the two companies it is about (never the same one twice). */
function start(seed: number): { r: () => number; pick: <T>(xs: T[]) => T; a: string; b: string } {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const a = pick(COMPANIES);
  let b = pick(COMPANIES);
  if (b === a) b = COMPANIES[(COMPANIES.indexOf(a) + 1) % COMPANIES.length]!;
  return { r, pick, a, b };
}

export function article(i: number, targetBytes = 5000): string {
  const { r, pick, a, b } = start(i * 7919 + 1);
  const lines = [`${a} weighs a deal with ${b}`, '', `By Staff Writer ${i}`, ''];
  while (lines.join('\n').length < targetBytes) {
    const amount = (1 + Math.floor(r() * 200) / 10).toFixed(1);
    const scale = pick(['billion', 'million', 'bn']);
    const year = 2019 + Math.floor(r() * 7);
    switch (Math.floor(r() * 7)) {
      case 0: lines.push(`${a} plans to ${pick(MEASURES)} ${pick(QUALIFIERS)}$${amount} ${scale} in ${b}, according to ${pick(OUTLETS)}.`); break;
      case 1: lines.push(`${pick(PEOPLE)}, the chief executive of ${a}, said the company could ${pick(MEASURES)} $${amount} ${scale} in ${year}.`); break;
      case 2: lines.push(`${b} was valued at ${pick(QUALIFIERS)}$${amount} billion after a funding round in May ${year}, people familiar with the matter said.`); break;
      case 3: lines.push(`The company holds ${Math.floor(r() * 900 + 100)},000 GPUs and employs ${Math.floor(r() * 90 + 10)},000 people, a ${Math.floor(r() * 60)}% increase from last year.`); break;
      case 4: lines.push(`Advertisement`); break;
      case 5: lines.push(`${a}\u2019s shares rose ${Math.floor(r() * 9)}.${Math.floor(r() * 9)}% on Tuesday as investors weighed the multibillion-dollar bet on ${b}.`); break;
      default: lines.push(`Analysts at ${pick(['Morgan Stanley', 'Goldman Sachs', 'Bernstein Research'])} expect revenue of \u20AC${amount} ${scale} (US$${(Number(amount) * 1.1).toFixed(1)} ${scale}) by ${year}.`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const VERBS = ['expanded', 'tested', 'delayed', 'reworked', 'questioned', 'reviewed', 'defended', 'scaled back', 'accelerated', 'described'];
const THINGS = ['its data-labelling business', 'the training pipeline', 'a new cloud region', 'the chip roadmap', 'its model releases', 'the partnership terms', 'its hiring plans', 'the safety review', 'the licensing talks', 'its advertising tools'];
const ASIDES = ['a move that surprised some customers', 'after months of internal debate', 'in a filing late on Friday', 'despite pressure from regulators', 'as competition for engineers grew', 'without giving a timeline'];
const OPINIONS = ['The arrangement shows how much the largest platforms now depend on outside suppliers for training data', 'Rivals have spent the past year trying to lock up similar partnerships before prices rise further', 'Regulators in Brussels and Washington have started asking how such stakes are structured', 'Several former employees said the culture changed quickly once the money arrived', 'Investors have grown wary of deals that look like acquisitions but avoid a formal review', 'The company did not respond to a request for comment on Wednesday'];
const QUOTES = ['We think this is the right moment to double down', 'Nothing about our independence changes', 'The demand we are seeing is unlike anything before', 'We will keep working with every lab that wants our help', 'It is a bet on the next decade, not the next quarter'];

/**
 * An article with the density of real news (the seed articles: about 15 mentions, 3 figures and 4-5
 * claims per KB): paragraphs of narrative, quotes and background, with figures now and then.
 */
export function newsArticle(i: number, targetBytes = 5000): string {
  const { r, pick, a, b } = start(i * 104729 + 7);
  const boss = pick(PEOPLE);
  const surname = boss.split(' ').pop()!;
  const out = [`${a} and ${b}: what the deal means`, '', `By Staff Writer ${i} | Updated ${1 + (i % 28)} June 2025`, ''];
  let length = out.join('\n').length;
  while (length < targetBytes) {
    const paragraph: string[] = [];
    const n = 2 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) {
      const amount = (1 + Math.floor(r() * 200) / 10).toFixed(1);
      const year = 2016 + Math.floor(r() * 10);
      switch (Math.floor(r() * 12)) {
        case 0: paragraph.push(`${a} plans to invest ${pick(QUALIFIERS)}$${amount} billion in ${b}, according to ${pick(OUTLETS)}.`); break;
        case 1: paragraph.push(`${b} was last valued at ${pick(QUALIFIERS)}$${amount} billion, people familiar with the matter said.`); break;
        case 2: paragraph.push(`\u201C${pick(QUOTES)},\u201D ${surname} said in an interview.`); break;
        case 3: paragraph.push(`${boss}, who runs ${a}, ${pick(VERBS)} ${pick(THINGS)} ${pick(ASIDES)}.`); break;
        case 4: paragraph.push(`Founded in ${year}, ${b} ${pick(VERBS)} ${pick(THINGS)} and now works with ${pick(COMPANIES)} and ${pick(COMPANIES)}.`); break;
        case 5: paragraph.push(`${pick(OPINIONS)}.`); break;
        case 6: paragraph.push(`${pick(OPINIONS)}, ${pick(ASIDES)}.`); break;
        case 7: paragraph.push(`${surname} has ${pick(VERBS)} ${pick(THINGS)} before, and people close to ${a} expect more changes this year.`); break;
        case 8: paragraph.push(`The two companies ${pick(VERBS)} ${pick(THINGS)}, ${pick(ASIDES)}, while ${pick(COMPANIES)} ${pick(VERBS)} ${pick(THINGS)}.`); break;
        case 9: paragraph.push(`${a} employs about ${Math.floor(r() * 90 + 10)},000 people and ${pick(VERBS)} ${pick(THINGS)} last year.`); break;
        case 10: out.push('Advertisement', ''); length += 15; break;
        default: paragraph.push(`It is not clear whether the terms will change, and neither company would say when the talks began.`);
      }
    }
    if (!paragraph.length) continue;
    const text = paragraph.join(' ');
    out.push(text, '');
    length += text.length + 2;
  }
  return out.join('\n');
}
