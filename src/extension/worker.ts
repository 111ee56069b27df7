// Runs the analysis off the extension host's thread, so that a large article or a large scan never
// blocks the editor. Messages: { id, text, fileName, user } in, { id, analysis } or { id, error } out.
import { parentPort } from 'worker_threads';
import { analyzeDocument } from '../core/analyze';
import type { Lexicon, UserLexicon } from '../core/lexicon/lexicon';
import { buildLexicon } from '../core/lexicon/lexicon';

let lexiconKey = '';
let lexicon: Lexicon | undefined;

parentPort?.on('message', (msg: { id: number; text: string; fileName: string; user: UserLexicon }) => {
  try {
    const key = JSON.stringify(msg.user);
    if (!lexicon || key !== lexiconKey) {
      lexicon = buildLexicon(msg.user);
      lexiconKey = key;
    }
    parentPort!.postMessage({ id: msg.id, analysis: analyzeDocument(msg.text, lexicon, { fileName: msg.fileName }) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: String((e as Error)?.stack ?? e) });
  }
});
