// Where analyses run: small documents at once on the host (instant feedback while typing), larger
// ones and background scans in a worker thread. Without worker threads (a web host) everything runs
// inline. Answers for a document that changed meanwhile are dropped by the caller's version check.
import * as path from 'path';
import type { Worker as NodeWorker } from 'worker_threads';
import type { UserLexicon } from '../core/lexicon/lexicon';
import type { PackedAnalysis } from '../core/packedAnalysis';
import { unpackAnalysis } from '../core/packedAnalysis';
import type { DocumentAnalysis } from '../core/types';

export const INLINE_LIMIT = 32 * 1024;
/**
 * How many files a background scan keeps on their way at once (read, analysed in the worker or on
 * the host, filed). More only let answers pile up on the host: on 10,000 articles, 32 peaked at
 * 510-584 MB for both threads, 4 to 8 at 450-500 MB.
 */
export const SCAN_WINDOW = 6;
/**
 * A background text the host analyses itself when the worker already owes this many analyses: on
 * two cores the host sat idle for a third of a scan while the worker had a queue. Only short texts
 * (a few milliseconds of the host's time each). On 10,000 articles (alternating runs), 4 with a
 * window of 6 gave 9.1-11.1 s, 2 with a window of 4 10.3-11.9 s, no sharing 10.0-12.4 s: the host,
 * which also files every answer, is then the busier thread and should take less than half.
 */
const SHARE_AFTER = 4;
const SHARE_LIMIT = 16 * 1024;
const YOUNG_MB = 16;

/** Settings values are proxies that cannot cross to a worker: send plain data. */
function plain(user: UserLexicon): UserLexicon {
  return JSON.parse(JSON.stringify(user ?? {})) as UserLexicon;
}

export class Analyzer {
  private worker: NodeWorker | undefined;
  private nextId = 1;
  /** Analyses owed by the worker, with the text each was asked about (its answer comes without its texts). */
  private readonly waiting = new Map<number, { text: string; resolve: (a: DocumentAnalysis) => void; reject: (e: Error) => void }>();
  private failed = false;
  private disposed = false;
  /** Analyses answered by the worker, and background analyses the host took (shareWithHost), for the tests and the log. */
  workerAnalyses = 0;
  hostAnalyses = 0;

  private user: UserLexicon;

  constructor(user: UserLexicon, private readonly log: (line: string) => void) {
    this.user = plain(user);
  }

  setUser(user: UserLexicon): void {
    this.user = plain(user);
    this.worker?.postMessage({ user: this.user });
  }

  /**
   * Runs in the worker when there is one; resolves with the analysis or rejects with the worker's
   * error. `key` names the document and `open` says whether an editor shows it (the worker then keeps
   * its paragraphs for the next version).
   */
  analyze(text: string, fileName: string, key?: string, open = false): Promise<DocumentAnalysis> | undefined {
    const worker = this.ensureWorker();
    if (!worker) return undefined;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { text, resolve, reject });
      worker.postMessage({ id, text, fileName, key, open });
    });
  }

  /** Whether the host should analyse this background text itself (see SHARE_AFTER); counted in `hostAnalyses` when so. */
  shareWithHost(length: number): boolean {
    if (!this.worker || this.waiting.size < SHARE_AFTER || length > SHARE_LIMIT) return false;
    this.hostAnalyses++;
    return true;
  }

  private ensureWorker(): NodeWorker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Worker } = require('worker_threads') as typeof import('worker_threads');
      // A young generation of 16 MB instead of V8's 48: analyses are short-lived garbage, and the
      // worker shares the host's memory.
      const w = new Worker(path.join(__dirname, 'worker.js'), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
      w.unref();
      // The lexicon's user part goes once, and again when it changes (not with every article).
      w.postMessage({ user: this.user });
      w.on('message', (m: { id: number; packed?: PackedAnalysis; error?: string }) => {
        const p = this.waiting.get(m.id);
        if (!p) return;
        this.waiting.delete(m.id);
        if (!m.packed) {
          p.reject(new Error(m.error ?? 'analysis failed'));
          return;
        }
        this.workerAnalyses++;
        try {
          p.resolve(unpackAnalysis(m.packed, p.text));
        } catch (e) {
          p.reject(e as Error);
        }
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0 && !this.disposed) this.fail(new Error(`analysis worker exited with ${code}`));
        this.worker = undefined;
      });
      this.worker = w;
    } catch (e) {
      this.log(`[worker] not available, analysing on the host: ${e}`);
      this.failed = true;
    }
    return this.worker;
  }

  private fail(e: Error): void {
    this.log(`[worker] ${e.message}`);
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
    this.worker = undefined;
  }

  dispose(): void {
    this.disposed = true;
    for (const p of this.waiting.values()) p.reject(new Error('disposed'));
    this.waiting.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
