// Activation: wires the workspace index (core corpus) to each surface. No analysis happens here.
import * as vscode from 'vscode';
import type { Corpus } from '../core/corpus';
import { registerCommands } from './commands';
import { readSettings } from './config';
import { Decorations } from './decorations';
import { Diagnostics } from './diagnostics';
import { HoverProvider } from './hover';
import type { Node } from './trees';
import { EntitiesTree, FactsTree, SourcesTree } from './trees';
import { WorkspaceIndex } from './workspaceIndex';

/** What the extension exports, for its integration tests and other extensions. */
export interface CorroborateApi {
  corpus: Corpus;
  index: WorkspaceIndex;
  /** Resolves when the first scan is done. */
  ready: Promise<void>;
  /** Resolves after pending view refreshes have run. */
  settled(): Promise<void>;
  trees: { entities: EntitiesTree; facts: FactsTree; sources: SourcesTree };
}

export function activate(ctx: vscode.ExtensionContext): CorroborateApi {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('Corroborate');
  let settings = readSettings();
  const report = (warnings: string[]): void => {
    for (const w of warnings) log.appendLine(`[settings] ${w}`);
    if (warnings.length) void vscode.window.showWarningMessage(`Corroborate: ${warnings[0]}${warnings.length > 1 ? ` (+${warnings.length - 1} more in Output › Corroborate)` : ''}`);
  };
  report(settings.warnings);
  const index = new WorkspaceIndex(settings, log);
  const decorations = new Decorations(index, settings);
  const diagnostics = new Diagnostics(index, settings);
  const entities = new EntitiesTree(index);
  const facts = new FactsTree(index);
  const sources = new SourcesTree(index);
  const entitiesView = vscode.window.createTreeView('corroborate.entities', { treeDataProvider: entities, showCollapseAll: true });
  const factsView = vscode.window.createTreeView('corroborate.facts', { treeDataProvider: facts, showCollapseAll: true });
  const sourcesView = vscode.window.createTreeView('corroborate.sources', { treeDataProvider: sources, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem('corroborate.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Corroborate';
  status.command = 'corroborate.openReport';
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];
  ctx.subscriptions.push(log, index, decorations, diagnostics, entitiesView, factsView, sourcesView, status,
    vscode.languages.registerHoverProvider(selector, new HoverProvider(index)));

  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let settledWaiters: Array<() => void> = [];
  const refreshViews = (): void => {
    refreshTimer = undefined;
    const n = index.corpus.size;
    const disc = facts.discrepancies();
    decorations.refreshAll();
    diagnostics.refresh();
    for (const t of [entities, facts, sources]) t.refresh();
    factsView.badge = disc ? { value: disc, tooltip: `${disc} discrepancies between sources` } : undefined;
    status.text = `$(checklist) ${n} sources · ${disc} discrepanc${disc === 1 ? 'y' : 'ies'}`;
    status.tooltip = 'Corroborate: open the cross-source report';
    if (n) status.show();
    else status.hide();
    void vscode.commands.executeCommand('setContext', 'corroborate.documentCount', n);
    void vscode.commands.executeCommand('setContext', 'corroborate.ready', index.isReady);
    const w = settledWaiters;
    settledWaiters = [];
    for (const f of w) f();
  };
  const scheduleRefresh = (): void => {
    if (!refreshTimer) refreshTimer = setTimeout(refreshViews, 60);
  };
  const setArticleContext = (e: vscode.TextEditor | undefined): void => {
    void vscode.commands.executeCommand('setContext', 'corroborate.articleOpen', !!e && index.isArticle(e.document));
  };

  const revealAtCursor = async (): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    const key = editor && index.keyOf(editor.document.uri);
    if (!editor || !key) return false;
    const offset = editor.document.offsetAt(editor.selection.active);
    const fact = index.corpus.factAt(key, offset);
    if (fact) {
      await factsView.reveal({ type: 'fact', fact } as Node, { select: true, focus: false, expand: true });
      return true;
    }
    const m = index.corpus.mentionAt(key, offset, (x) => !!x.entity);
    const entity = m?.entity ? index.corpus.entity(m.entity) : undefined;
    if (entity) {
      await entitiesView.reveal({ type: 'entity', entity } as Node, { select: true, focus: false, expand: true });
      return true;
    }
    return false;
  };

  registerCommands(ctx, {
    index,
    setFilter: (text) => {
      for (const t of [entities, facts, sources]) t.filter = text;
      for (const v of [entitiesView, factsView, sourcesView]) v.description = text ? `filter: ${text}` : undefined;
      void vscode.commands.executeCommand('setContext', 'corroborate.filtered', !!text);
      for (const t of [entities, facts, sources]) t.refresh();
    },
    revealAtCursor,
  });

  let followTimer: ReturnType<typeof setTimeout> | undefined;
  ctx.subscriptions.push(
    index.onDidChange(scheduleRefresh),
    vscode.window.onDidChangeVisibleTextEditors(() => decorations.refreshAll()),
    vscode.window.onDidChangeActiveTextEditor(setArticleContext),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (!settings.followCursor || !index.isArticle(e.textEditor.document)) return;
      if (followTimer) clearTimeout(followTimer);
      followTimer = setTimeout(() => void revealAtCursor().catch(() => undefined), 200);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('corroborate') && !e.affectsConfiguration('files.exclude')) return;
      settings = readSettings();
      report(settings.warnings);
      const rescan = e.affectsConfiguration('corroborate.include') || e.affectsConfiguration('corroborate.exclude') || e.affectsConfiguration('files.exclude') || e.affectsConfiguration('corroborate.maxFileSizeMB');
      index.applySettings(settings);
      decorations.applySettings(settings);
      diagnostics.applySettings(settings);
      if (rescan) void index.scan(false);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      settings = readSettings();
      index.applySettings(settings);
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void index.scan(false)),
  );
  setArticleContext(vscode.window.activeTextEditor);
  void vscode.commands.executeCommand('setContext', 'corroborate.ready', false);

  const ready = index.scan(false).then(
    () => {
      log.appendLine(`[activate] ${index.corpus.size} articles analysed ${Date.now() - started} ms after activation`);
      refreshViews();
    },
    (e) => log.appendLine(`[scan] failed: ${e}`),
  );
  return {
    corpus: index.corpus,
    index,
    ready,
    settled: () => new Promise<void>((r) => {
      settledWaiters.push(r);
      scheduleRefresh();
    }),
    trees: { entities, facts, sources },
  };
}

export function deactivate(): void {
  // Everything is disposed through the extension context.
}
