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

export function article(i: number, targetBytes = 5000): string {
  const r = rng(i * 7919 + 1);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const a = pick(COMPANIES);
  let b = pick(COMPANIES);
  if (b === a) b = COMPANIES[(COMPANIES.indexOf(a) + 1) % COMPANIES.length]!;
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
