// Runs the analysis off the extension host's thread, so that a large article or a large scan never
// blocks the editor. Messages in: { user } (the user's part of the lexicon, sent first and whenever
// it changes) and { id, text, fileName, key?, open? }; out: { id, packed } (the analysis packed, see
// core/packedAnalysis) or { id, error }. An open document (key given, open set) keeps its paragraphs
// here between versions, so that typing in a long article re-reads one paragraph of it.
import { parentPort } from 'worker_threads';
import { analyzeDocument } from '../core/analyze';
import { LocalPartsCache } from '../core/localParts';
import { packAnalysis } from '../core/packedAnalysis';
import type { Lexicon, UserLexicon } from '../core/lexicon/lexicon';
import { buildLexicon } from '../core/lexicon/lexicon';

let lexicon: Lexicon | undefined;
/** Paragraph caches of the open documents, most recently used last; a few are kept. */
const paragraphs = new Map<string, LocalPartsCache>();
const PARAGRAPH_CACHES = 8;

function paragraphCache(key: string | undefined, open: boolean | undefined): LocalPartsCache | undefined {
  if (key === undefined) return undefined;
  let cache = paragraphs.get(key);
  paragraphs.delete(key);
  if (!open) return undefined;
  cache ??= new LocalPartsCache();
  paragraphs.set(key, cache);
  for (const k of paragraphs.keys()) {
    if (paragraphs.size <= PARAGRAPH_CACHES) break;
    paragraphs.delete(k);
  }
  return cache;
}

parentPort?.on('message', (msg: { user: UserLexicon } | { id: number; text: string; fileName: string; key?: string; open?: boolean }) => {
  if ('user' in msg) {
    lexicon = buildLexicon(msg.user);
    return;
  }
  try {
    const cache = paragraphCache(msg.key, msg.open);
    lexicon ??= buildLexicon({});
    const packed = packAnalysis(analyzeDocument(msg.text, lexicon, { fileName: msg.fileName, cache }));
    parentPort!.postMessage({ id: msg.id, packed }, [packed.ints.buffer as ArrayBuffer, packed.numbers.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: String((e as Error)?.stack ?? e) });
  }
});
