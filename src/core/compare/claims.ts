// Claims across sources: for a claim, the sentences in other documents that state the same thing
// (a shared fact that agrees, or a close paraphrase about the same entities) and those that contradict it.
import type { Claim } from '../types';
import type { Fact } from './facts';
import { relate } from './verdict';

export interface ClaimRef {
  doc: string;
  index: number;
  claim: Claim;
}

export interface ClaimLinks {
  confirmedBy: Array<ClaimRef & { how: 'same figure' | 'paraphrase' | 'qualifier differs' }>;
  contradictedBy: Array<ClaimRef & { fact: string }>;
}

const STOP = new Set('the a an of to in into on for and or but is are was were be been has have had that this with by as at its it from which who will would could may might than more also said says about after over up out their his her they he she not'.split(' '));

const wordCache = new WeakMap<Claim, Set<string>>();

/** Content words of a claim, computed once per claim. */
function claimWords(c: Claim): Set<string> {
  let w = wordCache.get(c);
  if (!w) wordCache.set(c, (w = contentWords(c.text)));
  return w;
}

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().replace(/['\u2019]s\b/g, '').split(/[^\p{L}\p{N}$.]+/u)) {
    const t = w.replace(/\.$/, '');
    if (t.length > 2 && !STOP.has(t)) out.add(t);
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
}

/** The report of a fact inside a claim, if the claim gives that fact. */
export type ReportIn = (fact: Fact, ref: ClaimRef) => Fact['reports'][number] | undefined;

/**
 * Links one claim to the claims of other documents. `factsOf` gives the facts of a claim's figures;
 * `reportIn` finds a fact's report inside a claim.
 */
export function linkClaim(
  target: ClaimRef,
  others: Iterable<ClaimRef>,
  factsOf: (ref: ClaimRef) => Fact[],
  canonical: (id: string) => string,
  reportIn: ReportIn,
): ClaimLinks {
  const links: ClaimLinks = { confirmedBy: [], contradictedBy: [] };
  const words = claimWords(target.claim);
  const entities = new Set(target.claim.entities.map(canonical));
  const targetFacts = new Map(factsOf(target).map((f) => [f.id, f]));
  for (const o of others) {
    if (o.doc === target.doc) continue;
    if (!o.claim.entities.some((e) => entities.has(canonical(e)))) continue;
    const shared = targetFacts.size ? factsOf(o).find((f) => targetFacts.has(f.id)) : undefined;
    if (shared) {
      const a = reportIn(shared, target);
      const b = reportIn(shared, o);
      const rel = a && b ? relate(a, b) : 'same';
      if (rel === 'different') links.contradictedBy.push({ ...o, fact: shared.label });
      else links.confirmedBy.push({ ...o, how: rel === 'qualifier' || rel === 'compatible' ? 'qualifier differs' : 'same figure' });
    } else if (jaccard(words, claimWords(o.claim)) >= 0.3) {
      links.confirmedBy.push({ ...o, how: 'paraphrase' });
    }
  }
  return links;
}
