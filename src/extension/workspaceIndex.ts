// Keeps the corpus in step with the workspace: a background scan through vscode.workspace.fs in
// small batches (the host is never blocked for long), a file watcher, and open editors' live text,
// which always wins over what is on disk.
import * as vscode from 'vscode';
import { Corpus } from '../core/corpus';
import { buildLexicon } from '../core/lexicon/lexicon';
import { decodeArticle } from '../shared/decode';
import type { FileFilter } from '../shared/fileFilter';
import { createFileFilter } from '../shared/fileFilter';
import { Analyzer, INLINE_LIMIT, SCAN_WINDOW } from './analyzer';
import type { Settings } from './config';

const BATCH = 8;
/** Files a scan has on their way at once. */

export class WorkspaceIndex implements vscode.Disposable {
  readonly corpus: Corpus;
  private readonly uris = new Map<string, vscode.Uri>();
  private filter: FileFilter;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private scanToken: vscode.CancellationTokenSource | undefined;
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  readonly skipped = new Map<string, string>();
  private ready = false;
  readonly analyzer: Analyzer;
  /** The latest text version asked for per document; answers for older ones are dropped. */
  private readonly wanted = new Map<string, number>();
  private requests = 0;
  /** The request number that last put each document: tells what arrived after a scan listed the files. */
  private readonly lastRequest = new Map<string, number>();

  constructor(private settings: Settings, private readonly log: vscode.OutputChannel) {
    const lex = buildLexicon(settings.user);
    for (const w of lex.warnings) log.appendLine(`[settings] ${w}`);
    this.corpus = new Corpus(lex);
    this.analyzer = new Analyzer(settings.user, (l) => log.appendLine(l));
    this.filter = this.makeFilter();
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => this.onDisk(u)),
      watcher.onDidChange((u) => this.onDisk(u)),
      watcher.onDidDelete((u) => this.onDelete(u)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => this.onEdit(d, 0)),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const f of e.files) {
          this.onDelete(f.oldUri);
          void this.onDisk(f.newUri);
        }
      }),
      this.emitter,
    );
  }

  get isReady(): boolean {
    return this.ready;
  }

  private makeFilter(): FileFilter {
    const f = createFileFilter(this.settings.include, this.settings.exclude, this.settings.filesExclude);
    for (const w of f.warnings) this.log.appendLine(`[settings] ${w}`);
    return f;
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.filter = this.makeFilter();
    const lex = buildLexicon(settings.user);
    for (const w of lex.warnings) this.log.appendLine(`[settings] ${w}`);
    this.analyzer.setUser(settings.user);
    this.corpus.setLexicon(lex, false);
    void this.reanalyzeAll();
  }

  /** Every document again with the new lexicon, in batches that let the host breathe. */
  private async reanalyzeAll(): Promise<void> {
    const paths = this.corpus.paths();
    for (let i = 0; i < paths.length; i += BATCH) {
      await Promise.all(paths.slice(i, i + BATCH).map((p) => {
        const text = this.corpus.text(p);
        return text === undefined ? undefined : this.put(p, text);
      }));
      this.emitter.fire();
      await new Promise((r) => setTimeout(r, 0));
    }
  }

  /**
   * Analyses a document's text into the corpus: an open editor's small text at once (instant
   * feedback while typing), everything else (large texts, the background scan, files changed on
   * disk) in the worker, so the host stays responsive and files while the worker analyses (the
   * host takes a short background text when the worker has a queue). Resolves
   * when the corpus has the result (or a newer request superseded it).
   */
  private async put(key: string, text: string): Promise<void> {
    const ticket = ++this.requests;
    this.wanted.set(key, ticket);
    this.lastRequest.set(key, ticket);
    const open = this.isOpenKey(key);
    // A background text goes to the worker, unless the worker already has a queue and the text is
    // short: then the host, idle otherwise, takes it.
    const inline = open ? text.length <= INLINE_LIMIT : this.analyzer.shareWithHost(text.length);
    const pending = inline ? undefined : this.analyzer.analyze(text, key.split('/').pop() ?? key, key, open);
    // An open article keeps its full analysis cached (decorations and hovers ask for it next).
    if (!pending) {
      this.corpus.update(key, text, open);
      return;
    }
    try {
      const analysis = await pending;
      if (this.wanted.get(key) === ticket) this.corpus.setAnalysis(key, text, analysis, this.isOpenKey(key));
    } catch (e) {
      this.log.appendLine(`[analysis] ${key}: ${(e as Error).message}; analysing on the host`);
      if (this.wanted.get(key) === ticket) this.corpus.update(key, text, this.isOpenKey(key));
    }
  }

  /** Workspace-relative key with / separators; the folder name leads in multi-root workspaces. */
  keyOf(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return uri.scheme === 'untitled' ? undefined : uri.path.split('/').pop();
    const rel = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    return (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${folder.name}/${rel}` : rel;
  }

  uriOf(key: string): vscode.Uri | undefined {
    return this.uris.get(key);
  }

  isArticle(doc: vscode.TextDocument | vscode.Uri): boolean {
    const uri = doc instanceof vscode.Uri ? doc : doc.uri;
    if (uri.scheme === 'output' || uri.scheme === 'git' || uri.scheme === 'vscode-userdata') return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const rel = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    return this.filter.matches(rel);
  }

  /** Scans the whole workspace; a new scan cancels a running one. */
  async scan(showProgress = true): Promise<number> {
    this.scanToken?.cancel();
    const cts = (this.scanToken = new vscode.CancellationTokenSource());
    const run = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<number> => {
      const startedAt = this.requests;
      const found = await vscode.workspace.findFiles('**/*.{txt,md,TXT,MD,markdown}', undefined, 100000, cts.token);
      const files = found.filter((u) => this.isArticle(u));
      const seen = new Set<string>();
      let done = 0;
      // Up to SCAN_WINDOW files on their way at once (read, analysed in the worker, filed): the host reads
      // and files while the worker analyses, and never waits for a whole batch.
      const inFlight = new Set<Promise<void>>();
      let reported = 0;
      const finished = (): void => {
        done++;
        if (done - reported < BATCH && done < files.length) return;
        progress?.report({ message: `${done} of ${files.length} articles`, increment: ((done - reported) / files.length) * 100 });
        reported = done;
      };
      for (let i = 0; i < files.length; i++) {
        if (cts.token.isCancellationRequested || token?.isCancellationRequested) break;
        const u = files[i]!;
        const key = this.keyOf(u);
        if (!key) {
          finished();
          continue;
        }
        seen.add(key);
        const p: Promise<void> = this.load(u, key).finally(() => {
          inFlight.delete(p);
          finished();
        });
        inFlight.add(p);
        if (inFlight.size >= SCAN_WINDOW) await Promise.race(inFlight);
        if (i % BATCH === BATCH - 1) await new Promise((r) => setTimeout(r, 0)); // let the host breathe
      }
      await Promise.all(inFlight);
      if (!cts.token.isCancellationRequested && !token?.isCancellationRequested) {
        // Files the scan did not find are gone, unless they arrived after its listing (created or
        // renamed while it ran: the watcher brought them in).
        for (const key of this.corpus.paths()) {
          if (!seen.has(key) && !this.isOpenKey(key) && (this.lastRequest.get(key) ?? 0) <= startedAt) {
            this.wanted.delete(key);
            this.lastRequest.delete(key);
            this.corpus.remove(key);
          }
        }
        for (const key of [...this.skipped.keys()]) if (!seen.has(key)) this.skipped.delete(key);
      }
      for (const d of vscode.workspace.textDocuments) if (this.isArticle(d)) this.onEdit(d, 0);
      this.ready = true;
      this.emitter.fire();
      return files.length;
    };
    if (!showProgress) return run();
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Corroborate: scanning articles', cancellable: true }, (p, t) => run(p, t));
  }

  private isOpenKey(key: string): boolean {
    return vscode.workspace.textDocuments.some((d) => this.keyOf(d.uri) === key && this.isArticle(d));
  }

  /** Loads the articles of a folder just created that the index does not have yet. */
  private async onNewFolder(uri: vscode.Uri): Promise<void> {
    try {
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
      // A moment for the files being written with it to land.
      await new Promise((r) => setTimeout(r, 300));
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.{txt,md,TXT,MD,markdown}'), undefined, 10000);
      let loaded = 0;
      for (const f of found) {
        const key = this.isArticle(f) ? this.keyOf(f) : undefined;
        if (!key || this.corpus.has(key) || this.isOpenKey(key)) continue;
        await this.load(f, key);
        loaded++;
      }
      if (loaded) this.emitter.fire();
    } catch {
      // Gone again, or not readable: the watcher reports what happens next.
    }
  }

  private async load(uri: vscode.Uri, key: string): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      this.uris.set(key, uri);
      await this.put(key, open.getText());
      return;
    }
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.settings.maxBytes) {
        this.skip(key, `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${(this.settings.maxBytes / 1048576).toFixed(1)} MB)`);
        return;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      const d = decodeArticle(bytes, this.settings.maxBytes);
      if (!d.ok) {
        this.skip(key, d.reason);
        return;
      }
      this.skipped.delete(key);
      this.uris.set(key, uri);
      await this.put(key, d.text);
    } catch (e) {
      const gone = (e as { code?: string }).code === 'FileNotFound' || /ENOENT|FileNotFound|not found/i.test(String((e as Error).message ?? e));
      if (gone) {
        // Deleted or renamed while the scan was on its way to it: nothing to report, nothing kept.
        this.wanted.delete(key);
        this.lastRequest.delete(key);
        this.skipped.delete(key);
        this.uris.delete(key);
        this.corpus.remove(key);
        this.log.appendLine(`[scan] ${key} was removed before it could be read`);
        return;
      }
      // Unreadable (permissions, a device error): say so and carry on.
      this.skip(key, `unreadable (${(e as Error).message ?? e})`);
    }
  }

  private skip(key: string, reason: string): void {
    this.wanted.delete(key);
    this.lastRequest.delete(key);
    if (this.skipped.get(key) !== reason) this.log.appendLine(`[scan] skipped ${key}: ${reason}`);
    this.skipped.set(key, reason);
    this.corpus.remove(key);
  }

  private async onDisk(uri: vscode.Uri): Promise<void> {
    if (!this.isArticle(uri)) {
      // A new folder: files written into it right away can reach disk before the watcher covers it.
      if (!/\.[^/]*$/.test(uri.path)) await this.onNewFolder(uri);
      return;
    }
    const key = this.keyOf(uri);
    if (!key || this.isOpenKey(key)) return;
    await this.load(uri, key);
    this.emitter.fire();
  }

  private onDelete(uri: vscode.Uri): void {
    const key = this.keyOf(uri);
    if (!key) return;
    // A deleted folder removes everything below it.
    let changed = false;
    for (const k of [...this.skipped.keys()]) if (k === key || k.startsWith(`${key}/`)) changed = this.skipped.delete(k) || changed;
    for (const k of this.corpus.paths()) {
      if (k === key || k.startsWith(`${key}/`)) {
        this.wanted.delete(k);
        this.lastRequest.delete(k);
        changed = this.corpus.remove(k) || changed;
        this.uris.delete(k);
      }
    }
    if (changed) this.emitter.fire();
  }

  /** Open documents are analysed from their live text, debounced while typing. */
  onEdit(doc: vscode.TextDocument, delay = this.settings.debounceMs): void {
    if (!this.isArticle(doc)) return;
    const key = this.keyOf(doc.uri);
    if (!key) return;
    const prev = this.pending.get(key);
    if (prev) clearTimeout(prev);
    const run = (): void => {
      this.pending.delete(key);
      if (doc.isClosed) return;
      const text = doc.getText();
      if (text.length > this.settings.maxBytes) {
        this.skip(key, 'too large to analyse while open');
        this.emitter.fire();
        return;
      }
      this.uris.set(key, doc.uri);
      this.skipped.delete(key);
      void this.put(key, text).then(() => this.emitter.fire());
    };
    if (delay <= 0) run();
    else this.pending.set(key, setTimeout(run, delay));
  }

  /** Analyses an open document now if an edit is still pending (hover and commands want fresh data). */
  flush(doc: vscode.TextDocument): void {
    const key = this.keyOf(doc.uri);
    if (key && this.pending.has(key)) this.onEdit(doc, 0);
  }

  dispose(): void {
    this.analyzer.dispose();
    this.scanToken?.cancel();
    for (const t of this.pending.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
