// Hover cards as Markdown, editor-free: the editor passes a link builder for "open this place" and
// shows the string. Facts list every source's value, qualifier and sentence with a verdict; entities
// list forms, mentions per source and key figures; claims list confirming and contradicting sentences.
import type { Fact } from './compare/facts';
import type { Corpus } from './corpus';
import { VERDICT_WORDS, formatValue, qualifierWords, shorten, someDistinctValues } from './report';
import type { Mention } from './types';

/** Builds a link that opens doc at [start, end). */
export type LinkTo = (doc: string, start: number, end: number) => string;

const MAX_ROWS = 12;

const VERDICT_ICON: Record<Fact['verdict'], string> = {
  conflict: '$(error)',
  'qualifier-differs': '$(warning)',
  agree: '$(pass)',
  'single-source': '$(circle-outline)',
};

export function verdictIcon(v: Fact['verdict']): string {
  return VERDICT_ICON[v];
}

function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/** At most `max` distinct values, then how many more: a fact reported thousands of times stays readable. */
function valueList(fact: Fact, sep: string, max = 8): string {
  const { values, total } = someDistinctValues(fact, max);
  const shown = values.map(esc).join(sep);
  return total > values.length ? `${shown}${sep}… ${total - values.length} more` : shown;
}

function sourceName(_corpus: Corpus, doc: string): string {
  return doc.split('/').pop() ?? doc;
}

export function factCard(corpus: Corpus, fact: Fact, link: LinkTo, current?: { doc: string; start: number }): string {
  const out: string[] = [];
  out.push(`${VERDICT_ICON[fact.verdict]} **${esc(fact.label)}** — ${VERDICT_WORDS[fact.verdict]}`, '');
  const explain = explainVerdict(fact);
  if (explain) out.push(explain, '');
  out.push('| Source | Value | Qualifier | Sentence |', '|---|---|---|---|');
  // The hovered report first, then the others in order, up to a limit (without copying thousands).
  const hovered = current ? fact.reports.find((r) => r.doc === current.doc && r.start === current.start) : undefined;
  const rows = hovered ? [hovered] : [];
  for (const r of fact.reports) {
    if (rows.length >= MAX_ROWS) break;
    if (r !== hovered) rows.push(r);
  }
  for (const r of rows) {
    const here = current && r.doc === current.doc && r.start === current.start ? ' ◀' : '';
    const conv = r.conversions?.length ? ` (${r.conversions.map((c) => esc(c.text)).join(', ')})` : '';
    out.push(`| [${esc(sourceName(corpus, r.doc))}](${link(r.doc, r.start, r.end)})${here} | ${esc(formatValue(r.value, r.unit, r.high))}${conv} | ${qualifierWords(r.qualifier)} | ${esc(shorten(r.sentence, 110))} |`);
  }
  if (fact.reports.length > MAX_ROWS) out.push(`| *and ${fact.reports.length - MAX_ROWS} more reports* | | | |`);
  // Other facts of the same measure about the same subject (through the subject's index, not a scan
  // of every fact); a figure whose subject is unknown has none.
  const related = fact.subject ? corpus.factsAbout(fact.subject).filter((f) => f !== fact && f.subject === fact.subject && f.measure === fact.measure && f.unit === fact.unit).slice(0, 4) : [];
  if (related.length) {
    out.push('', '**Related:** ' + related.map((f) => `${esc(f.label)}: ${valueList(f, ' / ', 4)}`).join(' · '));
  }
  const subject = fact.subject ? corpus.entity(fact.subject) : undefined;
  if (subject && subject.mentions.size <= MAX_ROWS * 2) {
    const reporting = new Set(fact.documents);
    const silent = [...subject.mentions.keys()].filter((p) => !reporting.has(p)).sort();
    if (silent.length) out.push('', `*Mention ${esc(subject.name)} but do not report this figure:* ${silent.map((p) => esc(sourceName(corpus, p))).join(', ')}`);
  }
  return out.join('\n');
}

function explainVerdict(fact: Fact): string | undefined {
  if (fact.verdict === 'single-source') return `Only ${fact.documents[0]} reports this figure.`;
  if (fact.verdict === 'agree') return `${fact.documents.length} sources give the same value.`;
  return `${fact.documents.length} sources: ${valueList(fact, ' · ')}`;
}

export function entityCard(corpus: Corpus, entityId: string, link: LinkTo): string | undefined {
  const e = corpus.entity(entityId);
  if (!e) return undefined;
  const out: string[] = [];
  const kind = e.kind === 'outlet' ? 'news outlet' : e.kind;
  out.push(`**${esc(e.name)}** — ${kind}${e.role ? `, ${esc(e.role)}` : ''}`, '');
  const forms = e.aliases.filter((a) => a !== e.name);
  if (forms.length) out.push(`*Also written:* ${forms.map((f) => `"${esc(f)}"`).join(', ')}`, '');
  if (e.variants.length > 1) out.push(`$(warning) *Spelled differently across sources:* ${e.variants.map((v) => `"${esc(v)}"`).join(', ')}`, '');
  out.push('| Source | Mentions |', '|---|---|');
  // The sources that mention it most, without sorting thousands of them.
  const top: Array<[string, number]> = [];
  let rest = 0;
  let restSources = 0;
  const before = (doc: string, n: number, b: [string, number]): boolean => n > b[1] || (n === b[1] && doc < b[0]);
  // forEach: no [key, value] pair is made per source (thousands of them, on every hover).
  e.mentions.forEach((n, doc) => {
    // Insertion into a short sorted list: linear in the number of sources.
    if (top.length === MAX_ROWS && !before(doc, n, top[MAX_ROWS - 1]!)) {
      rest += n;
      restSources++;
      return;
    }
    let i = top.length;
    while (i > 0 && before(doc, n, top[i - 1]!)) i--;
    top.splice(i, 0, [doc, n]);
    if (top.length > MAX_ROWS) {
      const dropped = top.pop()!;
      rest += dropped[1];
      restSources++;
    }
  });
  for (const [p, n] of top) {
    const first = corpus.firstMention(p, e.id);
    out.push(`| ${first ? `[${esc(sourceName(corpus, p))}](${link(p, first.start, first.end)})` : esc(p)} | ${n} |`);
  }
  if (restSources) out.push(`| *and ${restSources} more sources* | ${rest} |`);
  const missing = corpus.size - e.mentions.size;
  if (missing > 0 && missing <= MAX_ROWS) out.push('', `*Not mentioned by:* ${corpus.paths().filter((p) => !e.mentions.has(p)).map((p) => esc(sourceName(corpus, p))).join(', ')}`);
  else if (missing > 0) out.push('', `*Not mentioned by ${missing} of ${corpus.size} sources.*`);
  const facts = corpus.factsAbout(e.id).slice(0, 6);
  if (facts.length) {
    out.push('', '**Key figures**', '');
    for (const f of facts) {
      out.push(`- ${VERDICT_ICON[f.verdict]} ${esc(f.label)}: ${valueList(f, ' / ', 6)} (${f.documents.length} source${f.documents.length > 1 ? 's' : ''})`);
    }
  }
  return out.join('\n');
}

export function claimCard(corpus: Corpus, doc: string, offset: number, link: LinkTo, known?: ReturnType<Corpus['claimLinksAt']>): string | undefined {
  const found = known ?? corpus.claimLinksAt(doc, offset);
  if (!found) return undefined;
  const { claim, links } = found;
  const out: string[] = [];
  const c = claim.claim;
  const flags = [c.hedged ? `hedged (${c.hedges.slice(0, 3).join(', ')})` : 'stated as fact', c.attribution ? `attributed to ${esc(c.attribution)}` : 'unattributed'];
  out.push(`**Claim** — ${flags.join(' · ')}`, '');
  if (links.contradictedBy.length) {
    out.push('$(error) **Contradicted by**', '');
    for (const l of links.contradictedBy.slice(0, 5)) out.push(`- [${esc(sourceName(corpus, l.doc))}](${link(l.doc, l.claim.start, l.claim.end)}): ${esc(shorten(l.claim.text, 140))}`);
    out.push('');
  }
  if (links.confirmedBy.length) {
    out.push('$(pass) **Also reported by**', '');
    for (const l of links.confirmedBy.slice(0, 5)) out.push(`- [${esc(sourceName(corpus, l.doc))}](${link(l.doc, l.claim.start, l.claim.end)}) (${l.how}): ${esc(shorten(l.claim.text, 140))}`);
  } else if (!links.contradictedBy.length) {
    out.push('$(circle-outline) No other source confirms this claim.');
  }
  return out.join('\n');
}

/** The card for whatever is at offset: a figure, an entity, or else the claim of the sentence. */
export function hoverAt(corpus: Corpus, doc: string, offset: number, link: LinkTo): { markdown: string; mention?: Mention; start: number; end: number } | undefined {
  const mention = corpus.mentionAt(doc, offset);
  if (mention && (mention.kind === 'money' || mention.kind === 'quantity')) {
    const fact = corpus.factAt(doc, offset);
    if (fact) return { markdown: factCard(corpus, fact, link, { doc, start: mention.start }), mention, start: mention.start, end: mention.end };
    if (mention.amount?.vague) return { markdown: `**Vague amount** — "${esc(mention.text)}" gives no figure to compare.`, mention, start: mention.start, end: mention.end };
  }
  if (mention?.entity) {
    const md = entityCard(corpus, mention.entity, link);
    if (md) return { markdown: md, mention, start: mention.start, end: mention.end };
  }
  const claim = corpus.claimLinksAt(doc, offset);
  if (claim) {
    const md = claimCard(corpus, doc, offset, link, claim);
    if (md) return { markdown: md, start: claim.claim.claim.start, end: claim.claim.claim.end };
  }
  return undefined;
}
