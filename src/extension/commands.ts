// Command handlers: each adapts a core result to an editor action. Settings that the team shares
// (custom companies, aliases, exclusions) are written to the workspace settings.
import * as vscode from 'vscode';
import type { Fact } from '../core/compare/facts';
import { formatValue, toCsv, toJson, toMarkdown } from '../core/report';
import type { Node } from './trees';
import type { WorkspaceIndex } from './workspaceIndex';

export interface CommandHost {
  index: WorkspaceIndex;
  setFilter(text: string): void;
  revealAtCursor(): Promise<boolean>;
}

const REPORT_SCHEME = 'corroborate-report';

export async function openMention(index: WorkspaceIndex, doc: string, start: number, end: number): Promise<vscode.TextEditor | undefined> {
  const uri = index.uriOf(doc);
  if (!uri) {
    void vscode.window.showWarningMessage(`Corroborate: ${doc} is no longer in the workspace.`);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

async function pickReport(index: WorkspaceIndex, fact: Fact): Promise<void> {
  const items = fact.reports.map((r) => ({
    label: `${r.doc}: ${r.qualifier === 'none' ? '' : `${r.qualifier} `}${r.text}`,
    description: formatValue(r.value, r.unit, r.high),
    detail: r.sentence.replace(/\s+/g, ' '),
    report: r,
  }));
  const pick = await vscode.window.showQuickPick(items, { title: `${fact.label}: ${fact.verdict}`, matchOnDetail: true, placeHolder: 'Open a source at this figure' });
  if (pick) await openMention(index, pick.report.doc, pick.report.start, pick.report.end);
}

function discrepancyStops(index: WorkspaceIndex): Array<{ doc: string; start: number; end: number }> {
  const stops: Array<{ doc: string; start: number; end: number }> = [];
  for (const f of index.corpus.facts()) {
    if (f.verdict !== 'conflict' && f.verdict !== 'qualifier-differs') continue;
    for (const r of f.reports) stops.push({ doc: r.doc, start: r.start, end: r.end });
  }
  const order = index.corpus.paths();
  stops.sort((a, b) => order.indexOf(a.doc) - order.indexOf(b.doc) || a.start - b.start);
  return stops;
}

async function gotoDiscrepancy(index: WorkspaceIndex, direction: 1 | -1): Promise<void> {
  const stops = discrepancyStops(index);
  if (!stops.length) {
    void vscode.window.showInformationMessage('Corroborate: no discrepancies between sources.');
    return;
  }
  const editor = vscode.window.activeTextEditor;
  const order = index.corpus.paths();
  const here = editor ? index.keyOf(editor.document.uri) : undefined;
  // From the start of the selection: a selected figure is "here", so Next and Previous both move off it.
  const offset = editor ? editor.document.offsetAt(editor.selection.start) : -1;
  const pos = here ? order.indexOf(here) : -1;
  const cmp = (s: { doc: string; start: number }): number => order.indexOf(s.doc) - pos || s.start - offset;
  const target = direction === 1 ? stops.find((s) => cmp(s) > 0) ?? stops[0]! : [...stops].reverse().find((s) => cmp(s) < 0) ?? stops[stops.length - 1]!;
  await openMention(index, target.doc, target.start, target.end);
}

async function updateList(key: 'companies' | 'notCompanies', value: unknown): Promise<void> {
  const cfg = vscode.workspace.getConfiguration('corroborate');
  const cur = cfg.inspect<unknown[]>(key)?.workspaceValue;
  const list = Array.isArray(cur) ? [...cur] : [];
  if (list.some((x) => JSON.stringify(x) === JSON.stringify(value))) return;
  list.push(value);
  await cfg.update(key, list, vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
}

function phraseAtCursor(index: WorkspaceIndex): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  if (!editor.selection.isEmpty) return editor.document.getText(editor.selection).trim();
  const key = index.keyOf(editor.document.uri);
  const m = key ? index.corpus.mentionAt(key, editor.document.offsetAt(editor.selection.active), (x) => !!x.entity) : undefined;
  return m?.text;
}

export function registerCommands(ctx: vscode.ExtensionContext, host: CommandHost): void {
  const { index } = host;
  const reg = (id: string, fn: (...args: never[]) => unknown): void => {
    ctx.subscriptions.push(vscode.commands.registerCommand(id, fn as (...args: unknown[]) => unknown));
  };
  reg('corroborate.scanWorkspace', async () => {
    const n = await index.scan(true);
    const disc = index.corpus.facts().filter((f) => f.verdict === 'conflict' || f.verdict === 'qualifier-differs').length;
    void vscode.window.showInformationMessage(`Corroborate: ${index.corpus.size} of ${n} articles analysed, ${disc} discrepancies.${index.skipped.size ? ` ${index.skipped.size} skipped (see Output › Corroborate).` : ''}`);
  });
  reg('corroborate.openMention', (doc: string, start: number, end: number) => openMention(index, doc, start, end));
  reg('corroborate.compareFact', (node?: Node | string) => {
    const fact = typeof node === 'string' ? index.corpus.facts().find((f) => f.id === node) : node?.type === 'fact' ? node.fact : undefined;
    return fact ? pickReport(index, fact) : undefined;
  });
  reg('corroborate.compareFactAtCursor', async () => {
    const editor = vscode.window.activeTextEditor;
    const key = editor && index.keyOf(editor.document.uri);
    if (!editor || !key) return;
    index.flush(editor.document);
    const fact = index.corpus.factAt(key, editor.document.offsetAt(editor.selection.active));
    if (!fact) {
      void vscode.window.showInformationMessage('Corroborate: put the cursor on a money amount or figure to compare it across sources.');
      return;
    }
    await pickReport(index, fact);
  });
  reg('corroborate.nextDiscrepancy', () => gotoDiscrepancy(index, 1));
  reg('corroborate.previousDiscrepancy', () => gotoDiscrepancy(index, -1));
  // The report is a read-only virtual document: closing it never asks to save.
  const reportUri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: '/Cross-source report.md' });
  const reportChanged = new vscode.EventEmitter<vscode.Uri>();
  ctx.subscriptions.push(reportChanged, vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, {
    onDidChange: reportChanged.event,
    provideTextDocumentContent: () => toMarkdown(index.corpus, [...index.skipped].map(([path, reason]) => ({ path, reason }))),
  }));
  reg('corroborate.openReport', async () => {
    reportChanged.fire(reportUri);
    const doc = await vscode.workspace.openTextDocument(reportUri);
    await vscode.window.showTextDocument(doc, { preview: true });
    await vscode.commands.executeCommand('markdown.showPreview', doc.uri).then(undefined, () => undefined);
  });
  reg('corroborate.exportReport', async (format?: string, target?: vscode.Uri) => {
    const choice = format ?? (await vscode.window.showQuickPick(['Markdown', 'JSON', 'CSV'], { title: 'Export cross-source report as' }));
    if (!choice) return;
    const ext = /json/i.test(choice) ? 'json' : /csv/i.test(choice) ? 'csv' : 'md';
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, `corroborate-report.${ext}`) : undefined, filters: { [choice]: [ext] } }));
    if (!uri) return;
    const skipped = [...index.skipped].map(([path, reason]) => ({ path, reason }));
    const content = ext === 'json' ? `${JSON.stringify(toJson(index.corpus, skipped), null, 2)}\n` : ext === 'csv' ? toCsv(index.corpus) : toMarkdown(index.corpus, skipped);
    // Write beside the target, then rename over it: a failed write never leaves half a file.
    const tmp = uri.with({ path: `${uri.path}.tmp-${Date.now()}` });
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(content));
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
    void vscode.window.showInformationMessage(`Corroborate: report saved to ${vscode.workspace.asRelativePath(uri)}.`);
  });
  reg('corroborate.markAsCompany', async (name?: string) => {
    const phrase = name ?? phraseAtCursor(index);
    if (!phrase || phrase.length > 80 || /\n/.test(phrase)) {
      void vscode.window.showWarningMessage('Corroborate: select a company name (one line, at most 80 characters) first.');
      return;
    }
    await updateList('companies', phrase);
    void vscode.window.showInformationMessage(`Corroborate: "${phrase}" is now a company in this workspace.`);
  });
  reg('corroborate.notACompany', async (arg?: Node | string) => {
    const phrase = typeof arg === 'string' ? arg : arg?.type === 'entity' ? arg.entity.name : phraseAtCursor(index);
    if (!phrase) {
      void vscode.window.showWarningMessage('Corroborate: put the cursor on a highlighted name or select a phrase first.');
      return;
    }
    await updateList('notCompanies', phrase);
    void vscode.window.showInformationMessage(`Corroborate: "${phrase}" will no longer be treated as a company.`);
  });
  reg('corroborate.addAlias', async (aliasArg?: string, companyArg?: string) => {
    const alias = aliasArg ?? (await vscode.window.showInputBox({ title: 'Add alias', prompt: 'Another name for a company', value: phraseAtCursor(index) ?? '' }))?.trim();
    if (!alias) return;
    const companies = [...index.corpus.entities().values()].filter((e) => e.kind === 'company').map((e) => e.name).sort();
    const company = companyArg ?? (await vscode.window.showQuickPick([...companies, '$(add) Another company...'], { title: `"${alias}" is another name for` }));
    if (!company) return;
    const target = company.startsWith('$(add)') ? (await vscode.window.showInputBox({ prompt: 'Company name' }))?.trim() : company;
    if (!target) return;
    const cfg = vscode.workspace.getConfiguration('corroborate');
    const cur = cfg.inspect<Record<string, string>>('aliases')?.workspaceValue;
    const next = { ...(cur && typeof cur === 'object' && !Array.isArray(cur) ? cur : {}), [alias]: target };
    await cfg.update('aliases', next, vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
    void vscode.window.showInformationMessage(`Corroborate: "${alias}" now means ${target}.`);
  });
  reg('corroborate.toggleHighlights', async () => {
    const cfg = vscode.workspace.getConfiguration('corroborate');
    await cfg.update('highlight.enabled', !cfg.get<boolean>('highlight.enabled', true), vscode.ConfigurationTarget.Global);
  });
  reg('corroborate.filter', async (text?: string) => {
    const value = text ?? (await vscode.window.showInputBox({ title: 'Filter Corroborate views', prompt: 'Show entities, facts and sources containing this text' }));
    if (value !== undefined) host.setFilter(value.trim());
  });
  reg('corroborate.clearFilter', () => host.setFilter(''));
  reg('corroborate.revealInSidebar', async () => {
    if (!(await host.revealAtCursor())) void vscode.window.showInformationMessage('Corroborate: nothing under the cursor to show in the sidebar.');
  });
}
