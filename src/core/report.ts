// Renderings of a corpus: the CLI's JSON (field names fixed: other tools read them), a Markdown
// cross-source report for people, and CSV of the facts.
import type { Fact, FactReport } from './compare/facts';
import type { Corpus } from './corpus';
import type { Qualifier } from './types';

export const REPORT_VERSION = 1;

export interface JsonReport {
  version: number;
  documents: Array<{ path: string; title: string; length: number }>;
  entities: Array<{ id: string; kind: string; name: string; aliases: string[]; variants?: string[]; role?: string; documents: Record<string, number> }>;
  mentions: Array<Record<string, unknown>>;
  claims: Array<Record<string, unknown>>;
  facts: Array<Record<string, unknown>>;
  discrepancies: Array<Record<string, unknown>>;
  skipped?: Array<{ path: string; reason: string }>;
}

export function toJson(corpus: Corpus, skipped: Array<{ path: string; reason: string }> = []): JsonReport {
  const paths = corpus.paths();
  const out: JsonReport = { version: REPORT_VERSION, documents: [], entities: [], mentions: [], claims: [], facts: [], discrepancies: [] };
  for (const p of paths) {
    const a = corpus.analysis(p)!;
    out.documents.push({ path: p, title: a.title, length: a.length });
    for (const m of corpus.mentionsOf(p)) {
      const row: Record<string, unknown> = { doc: p, kind: m.kind, text: m.text, start: m.start, end: m.end };
      if (m.entity) row.entity = corpus.canonical(m.entity);
      if (m.amount) {
        const am: Record<string, unknown> = { value: m.amount.value, currency: m.amount.currency, qualifier: m.amount.qualifier, vague: m.amount.vague };
        if (m.amount.high !== undefined) am.high = m.amount.high;
        if (m.amount.conversionOf !== undefined) am.conversionOf = a.mentions[m.amount.conversionOf]?.text;
        row.amount = am;
      }
      if (m.quantity) row.quantity = { ...m.quantity, step: undefined };
      if (m.date) row.date = m.date;
      out.mentions.push(row);
    }
    for (const c of a.claims) {
      const row: Record<string, unknown> = { doc: p, start: c.start, end: c.end, text: c.text, type: c.type, entities: [...new Set(c.entities.map((e) => corpus.canonical(e)))], hedged: c.hedged };
      if (c.attribution) row.attribution = c.attribution;
      if (c.hedges.length) row.hedges = c.hedges;
      out.claims.push(row);
    }
  }
  for (const e of [...corpus.entities().values()].sort((x, y) => total(y.mentions) - total(x.mentions) || x.name.localeCompare(y.name))) {
    const row: JsonReport['entities'][number] = { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, documents: Object.fromEntries(e.mentions) };
    if (e.variants.length) {
      row.variants = e.variants;
      out.discrepancies.push({ type: 'name-variants', entity: e.id, name: e.name, variants: e.variants });
    }
    if (e.role) row.role = e.role;
    out.entities.push(row);
  }
  for (const f of corpus.facts()) {
    const row: Record<string, unknown> = {
      id: f.id, label: f.label, subject: f.subject ?? null, measure: f.measure, unit: f.unit, period: f.period ?? null, status: f.status, verdict: f.verdict,
      documents: f.documents,
      reports: f.reports.map((r) => {
        const rr: Record<string, unknown> = { doc: r.doc, start: r.start, end: r.end, text: r.text, value: r.value, qualifier: r.qualifier, sentence: r.sentence };
        if (r.high !== undefined) rr.high = r.high;
        if (r.conversions) rr.conversions = r.conversions.map((c) => ({ text: c.text, value: c.value, unit: c.unit }));
        return rr;
      }),
    };
    if (f.object) row.object = f.object;
    out.facts.push(row);
    if (f.verdict === 'conflict' || f.verdict === 'qualifier-differs') out.discrepancies.push({ type: f.verdict, fact: f.id, label: f.label });
  }
  if (skipped.length) out.skipped = skipped;
  return out;
}

function total(m: Map<string, number>): number {
  let t = 0;
  for (const v of m.values()) t += v;
  return t;
}

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥', INR: '₹' };

/** "$13.8 billion", "£10.55 million", "1.3 million GPU", "49%". */
export function formatValue(value: number, unit: string, high?: number): string {
  const one = (v: number): string => {
    const abs = Math.abs(v);
    const [div, word] = abs >= 1e12 ? [1e12, ' trillion'] : abs >= 1e9 ? [1e9, ' billion'] : abs >= 1e6 ? [1e6, ' million'] : [1, ''];
    const n = v / div;
    const s = div === 1 ? groupThousands(Number(n.toFixed(2))) : String(Number(n.toFixed(3)));
    if (unit.startsWith('percent')) return `${s}%`;
    if (/^[A-Z]{3}$/.test(unit)) return SYMBOL[unit] ? `${SYMBOL[unit]}${s}${word}` : `${s}${word} ${unit}`;
    return `${s}${word} ${unit}`;
  };
  return high !== undefined ? `${one(value)} – ${one(high)}` : one(value);
}

/** 350000 → "350,000" without Intl (which is slow in a hot hover path). */
function groupThousands(n: number): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * The first `max` distinct wordings of a fact ("up to $10 billion", "$10 billion") and how many there
 * are in all: only the shown ones are formatted.
 */
export function someDistinctValues(fact: Fact, max: number): { values: string[]; total: number } {
  // A fact's distinct wordings were found when it was judged: a few reports instead of thousands.
  const reports = fact.wordings;
  const some = someCache.get(reports);
  if (some && some.max >= max) return { values: some.values.slice(0, max), total: some.total };
  // Keyed by the number first: no string is made per report (thousands of reports, few wordings).
  const seen = new Map<number, Array<{ qualifier: Qualifier; high?: number; unit: string }>>();
  let total = 0;
  const values: string[] = [];
  for (const r of reports) {
    let same = seen.get(r.value);
    if (!same) seen.set(r.value, (same = []));
    else if (same.some((x) => x.qualifier === r.qualifier && x.high === r.high && x.unit === r.unit)) continue;
    same.push(r);
    total++;
    if (values.length < max) {
      const v = `${r.qualifier === 'none' ? '' : `${r.qualifier} `}${formatValue(r.value, r.unit, r.high)}`;
      if (!values.includes(v)) values.push(v);
    }
  }
  someCache.set(reports, { max, values, total });
  return { values, total };
}
const someCache = new WeakMap<object, { max: number; values: string[]; total: number }>();

export function qualifierWords(q: Qualifier): string {
  return q === 'none' ? 'exact' : q;
}

export const VERDICT_WORDS: Record<Fact['verdict'], string> = {
  conflict: 'Sources conflict',
  'qualifier-differs': 'Same figure, different wording',
  agree: 'Sources agree',
  'single-source': 'Single source',
};

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

export function shorten(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

export function toMarkdown(corpus: Corpus, skipped: Array<{ path: string; reason: string }> = []): string {
  const facts = corpus.facts();
  const lines: string[] = [];
  const paths = corpus.paths();
  const title = (p: string): string => corpus.title(p) ?? p;
  lines.push('# Cross-source report', '');
  const disc = facts.filter((f) => f.verdict === 'conflict' || f.verdict === 'qualifier-differs');
  const variants = [...corpus.entities().values()].filter((e) => e.variants.length > 1);
  lines.push(`${paths.length} sources · ${facts.filter((f) => f.documents.length > 1).length} figures reported by several sources · ${disc.length + variants.length} discrepancies`, '');
  lines.push('| Source | Title |', '|---|---|');
  for (const p of paths) lines.push(`| ${cell(p)} | ${cell(title(p))} |`);
  lines.push('');
  const section = (heading: string, list: Fact[]): void => {
    if (!list.length) return;
    lines.push(`## ${heading}`, '');
    for (const f of list) {
      lines.push(`### ${f.label}: ${VERDICT_WORDS[f.verdict].toLowerCase()}`, '');
      lines.push('| Source | Value | Qualifier | Wording |', '|---|---|---|---|');
      for (const r of f.reports) lines.push(reportRow(r));
      lines.push('');
    }
  };
  section('Discrepancies', disc);
  if (variants.length) {
    if (!disc.length) lines.push('## Discrepancies', '');
    lines.push('### Name spelled differently across sources', '');
    for (const e of variants) lines.push(`- **${e.name}**: ${e.variants.map((v) => `"${v}"`).join(', ')}`);
    lines.push('');
  }
  section('Agreements', facts.filter((f) => f.verdict === 'agree'));
  section('Single-source figures', facts.filter((f) => f.verdict === 'single-source'));
  lines.push('## Who is named', '', '| Entity | Kind | Mentions | Sources | Missing from |', '|---|---|---|---|---|');
  for (const e of [...corpus.entities().values()].sort((x, y) => total(y.mentions) - total(x.mentions)).slice(0, 60)) {
    const missing = paths.filter((p) => !e.mentions.has(p));
    lines.push(`| ${cell(e.name)}${e.role ? ` (${cell(e.role)})` : ''} | ${e.kind} | ${total(e.mentions)} | ${e.mentions.size}/${paths.length} | ${missing.length && missing.length < paths.length ? cell(missing.join(', ')) : '—'} |`);
  }
  lines.push('');
  if (skipped.length) {
    lines.push('## Skipped files', '');
    for (const s of skipped) lines.push(`- ${s.path}: ${s.reason}`);
    lines.push('');
  }
  return lines.join('\n');
}

function reportRow(r: FactReport): string {
  const conv = r.conversions?.length ? ` (${cell(r.conversions.map((c) => c.text).join(', '))})` : '';
  return `| ${cell(r.doc)} | ${cell(r.text)}${conv} | ${qualifierWords(r.qualifier)} | ${cell(shorten(r.sentence))} |`;
}

function csvField(s: string | number | undefined): string {
  const t = s === undefined ? '' : String(s);
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function toCsv(corpus: Corpus): string {
  const rows = [['fact_id', 'label', 'verdict', 'measure', 'subject', 'unit', 'period', 'doc', 'start', 'end', 'text', 'value', 'qualifier', 'sentence']];
  for (const f of corpus.facts()) {
    for (const r of f.reports) {
      rows.push([f.id, f.label, f.verdict, f.measure, f.subject ?? '', f.unit, f.period ?? '', r.doc, String(r.start), String(r.end), r.text, String(r.value), r.qualifier, r.sentence]);
    }
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
