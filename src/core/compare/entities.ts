// Entities across sources: one person however each article spells them ("Alexandr Wang" /
// "Alexander Wang", "Lucy Guo" / "Luci Guo"), with the spelling variants kept as a discrepancy.
import type { DocumentAnalysis, Entity, EntityKind } from '../types';

export interface CorpusEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** Every surface form seen, in any document. */
  aliases: string[];
  /** Different spellings of a person's name across sources (empty when all agree). */
  variants: string[];
  role?: string;
  /** Mentions per document. */
  mentions: Map<string, number>;
  tickers?: string[];
}

export interface EntityIndex {
  entities: Map<string, CorpusEntity>;
  /** Document-level id → merged id. */
  canonical: Map<string, string>;
}

export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Two spellings of one person: same surname, first names one or two edits apart with the same initial. */
function sameP(a: string, b: string): boolean {
  const pa = a.split(' ');
  const pb = b.split(' ');
  if (pa.length < 2 || pb.length < 2) return false;
  const [fa, la] = [pa[0]!.toLowerCase(), pa[pa.length - 1]!.toLowerCase()];
  const [fb, lb] = [pb[0]!.toLowerCase(), pb[pb.length - 1]!.toLowerCase()];
  if (fa === fb) return editDistance(la, lb, 1) <= 1 && la[0] === lb[0] && Math.min(la.length, lb.length) >= 4;
  if (la !== lb || fa[0] !== fb[0]) return false;
  const limit = Math.min(fa.length, fb.length) >= 5 ? 2 : 1;
  return editDistance(fa, fb, limit) <= limit;
}

/** The entities of one document with their mention counts: computed once when the document is analysed. */
export interface DocEntities {
  entities: Entity[];
  counts: Map<string, number>;
  /**
   * Where each entity is first mentioned: start and end offsets, two numbers per entity in the order
   * of `counts` (a typed array: an archive holds one per document).
   */
  first?: Int32Array;
}

/** Whether a longer name holds a shorter one at its start or as its later words ("Northwind Airlines", "China Evergrande Group" for "Evergrande"). */
export function extendsName(longer: string, shorter: string): boolean {
  return longer.length > shorter.length && (longer.startsWith(shorter) || longer.includes(` ${shorter}`));
}

export function docEntities(a: DocumentAnalysis): DocEntities {
  const counts = new Map<string, number>();
  const spans: number[] = [];
  for (const m of a.mentions) {
    if (!m.entity) continue;
    const n = counts.get(m.entity);
    if (n === undefined) spans.push(m.start, m.end);
    counts.set(m.entity, (n ?? 0) + 1);
  }
  return { entities: a.entities, counts, first: Int32Array.from(spans) };
}

/** Merges the documents' entities (no mention is scanned here: each document's counts are kept). */
/**
 * Merges the documents' entities. `companyAliases` maps a company id to another it stands for (a
 * name one article found from context, "Spirit", that other articles use as the short form of a
 * known company, Spirit Airlines): merged when both are in the index.
 */
export function indexEntities(docs: Iterable<[string, DocEntities]>, companyAliases?: ReadonlyMap<string, string>): EntityIndex {
  const perDoc = new Map<string, { entity: Entity; mentions: Map<string, number> }>();
  for (const [doc, { entities: docEnts, counts }] of docs) {
    for (const e of docEnts) {
      let cur = perDoc.get(e.id);
      if (!cur) perDoc.set(e.id, (cur = { entity: { ...e, aliases: [...e.aliases] }, mentions: new Map() }));
      else {
        // Context-found companies keep the fullest name any source gives ("Northwind Airlines").
        if (e.kind !== 'person' && extendsName(e.name, cur.entity.name)) {
          if (!cur.entity.aliases.includes(cur.entity.name)) cur.entity.aliases.push(cur.entity.name);
          cur.entity.name = e.name;
        }
        for (const al of e.aliases) if (!cur.entity.aliases.includes(al) && al !== cur.entity.name) cur.entity.aliases.push(al);
        if (!cur.entity.role && e.role) cur.entity.role = e.role;
      }
      cur.mentions.set(doc, (cur.mentions.get(doc) ?? 0) + (counts.get(e.id) ?? 0));
    }
  }
  // Merge person spellings: cluster by similarity, keep the most mentioned spelling's id.
  const people = [...perDoc.values()].filter((p) => p.entity.kind === 'person');
  const canonical = new Map<string, string>();
  const total = (p: { mentions: Map<string, number> }): number => [...p.mentions.values()].reduce((x, y) => x + y, 0);
  people.sort((a, b) => total(b) - total(a) || a.entity.name.localeCompare(b.entity.name));
  type Head = { entity: Entity; mentions: Map<string, number>; variants: string[]; order: number };
  const heads: Head[] = [];
  // Two spellings of one person share the first name and the surname's initial, or the surname and
  // the first name's initial: heads are filed under both keys, so a name is compared with a handful of
  // heads instead of all of them (thousands of people made this quadratic).
  const buckets = new Map<string, Head[]>();
  const keysOf = (name: string): string[] => {
    const parts = name.toLowerCase().split(' ');
    if (parts.length < 2) return [];
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    return [`f:${first}|${last[0]}`, `l:${last}|${first[0]}`];
  };
  for (const p of people) {
    const keys = keysOf(p.entity.name);
    let head: Head | undefined;
    for (const k of keys) {
      for (const h of buckets.get(k) ?? []) {
        if ((!head || h.order < head.order) && sameP(h.entity.name, p.entity.name)) head = h;
      }
    }
    if (!head) {
      const h: Head = { ...p, variants: [p.entity.name], order: heads.length };
      heads.push(h);
      for (const k of keys) {
        let l = buckets.get(k);
        if (!l) buckets.set(k, (l = []));
        l.push(h);
      }
      canonical.set(p.entity.id, p.entity.id);
      continue;
    }
    canonical.set(p.entity.id, head.entity.id);
    head.variants.push(p.entity.name);
    for (const al of [p.entity.name, ...p.entity.aliases]) if (al !== head.entity.name && !head.entity.aliases.includes(al)) head.entity.aliases.push(al);
    for (const [d, c] of p.mentions) head.mentions.set(d, (head.mentions.get(d) ?? 0) + c);
    if (!head.entity.role && p.entity.role) head.entity.role = p.entity.role;
  }
  const entities = new Map<string, CorpusEntity>();
  for (const [from, to] of companyAliases ?? []) {
    const a = perDoc.get(from);
    const b = perDoc.get(to);
    // Only a name of one word ("Spirit"), not a longer one the id was cut from ("Novo Holdings" is company:novo).
    if (!a || !b || a === b || a.entity.kind !== 'company' || b.entity.kind !== 'company' || a.entity.name.includes(' ')) continue;
    for (const al of [a.entity.name, ...a.entity.aliases]) if (al !== b.entity.name && !b.entity.aliases.includes(al)) b.entity.aliases.push(al);
    for (const [d, c] of a.mentions) b.mentions.set(d, (b.mentions.get(d) ?? 0) + c);
    perDoc.delete(from);
    canonical.set(from, to);
  }
  for (const p of perDoc.values()) {
    if (p.entity.kind === 'person') continue;
    canonical.set(p.entity.id, p.entity.id);
    entities.set(p.entity.id, { id: p.entity.id, kind: p.entity.kind, name: p.entity.name, aliases: p.entity.aliases, variants: [], mentions: p.mentions });
  }
  for (const h of heads) {
    const e: CorpusEntity = { id: h.entity.id, kind: 'person', name: h.entity.name, aliases: h.entity.aliases, variants: h.variants.length > 1 ? h.variants : [], mentions: h.mentions };
    if (h.entity.role) e.role = h.entity.role;
    entities.set(e.id, e);
  }
  return { entities, canonical };
}
