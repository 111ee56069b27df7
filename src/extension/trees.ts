// The sidebar: Entities, Facts and Sources, each a thin tree over the corpus (no analysis here).
import * as vscode from 'vscode';
import type { CorpusEntity } from '../core/compare/entities';
import type { Fact } from '../core/compare/facts';
import { VERDICT_WORDS, shorten, someDistinctValues } from '../core/report';
import type { WorkspaceIndex } from './workspaceIndex';

export type Node =
  | { type: 'group'; view: 'entities'; kind: 'company' | 'outlet' | 'person'; label: string }
  | { type: 'entity'; entity: CorpusEntity }
  | { type: 'entity-source'; entity: CorpusEntity; doc: string; count: number }
  | { type: 'mention'; doc: string; start: number; end: number; label: string }
  | { type: 'fact'; fact: Fact }
  | { type: 'report'; fact: Fact; index: number }
  | { type: 'source'; doc: string }
  | { type: 'info'; label: string; tooltip?: string };

const VERDICT_THEME: Record<Fact['verdict'], [string, string | undefined]> = {
  conflict: ['error', 'corroborate.conflictForeground'],
  'qualifier-differs': ['warning', 'corroborate.qualifierForeground'],
  agree: ['pass', 'testing.iconPassed'],
  'single-source': ['circle-outline', undefined],
};

function total(m: Map<string, number>): number {
  let t = 0;
  for (const v of m.values()) t += v;
  return t;
}

abstract class BaseTree implements vscode.TreeDataProvider<Node> {
  protected readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  filter = '';

  constructor(protected readonly index: WorkspaceIndex) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  protected matches(...texts: string[]): boolean {
    if (!this.filter) return true;
    const f = this.filter.toLowerCase();
    return texts.some((t) => t.toLowerCase().includes(f));
  }

  abstract getChildren(node?: Node): Node[];

  getParent(node: Node): Node | undefined {
    if (node.type === 'entity') {
      const label = node.entity.kind === 'company' ? 'Companies' : node.entity.kind === 'outlet' ? 'Outlets' : 'People';
      return { type: 'group', view: 'entities', kind: node.entity.kind, label };
    }
    return undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const corpus = this.index.corpus;
    switch (node.type) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.kind}`;
        item.contextValue = `group.${node.kind}`;
        item.description = String(this.getChildren(node).length);
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${e.id}`;
        const n = total(e.mentions);
        item.description = `${n} mention${n === 1 ? '' : 's'} · ${e.mentions.size}/${corpus.size} sources${e.variants.length > 1 ? ' · spelling varies' : ''}`;
        item.iconPath = new vscode.ThemeIcon(e.kind === 'person' ? 'person' : e.kind === 'outlet' ? 'broadcast' : 'organization');
        item.tooltip = new vscode.MarkdownString(`**${e.name}**${e.role ? ` — ${e.role}` : ''}\n\nForms: ${e.aliases.join(', ') || '—'}${e.variants.length > 1 ? `\n\nSpellings: ${e.variants.join(', ')}` : ''}`);
        item.contextValue = `entity.${e.kind}`;
        return item;
      }
      case 'entity-source': {
        const item = new vscode.TreeItem(node.doc, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.count}`;
        item.iconPath = vscode.ThemeIcon.File;
        item.resourceUri = this.index.uriOf(node.doc);
        item.contextValue = 'entitySource';
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.command = { command: 'corroborate.openMention', title: 'Open', arguments: [node.doc, node.start, node.end] };
        item.contextValue = 'mention';
        item.iconPath = new vscode.ThemeIcon('quote');
        return item;
      }
      case 'fact': {
        const f = node.fact;
        const item = new vscode.TreeItem(f.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `fact:${f.id}`;
        const { values, total } = someDistinctValues(f, 4);
        item.description = `${values.join(' · ')}${total > values.length ? ' …' : ''} (${f.documents.length})`;
        const [icon, color] = VERDICT_THEME[f.verdict];
        item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
        item.tooltip = `${VERDICT_WORDS[f.verdict]}: ${f.label}`;
        item.contextValue = `fact.${f.verdict}`;
        return item;
      }
      case 'report': {
        const r = node.fact.reports[node.index]!;
        const item = new vscode.TreeItem(`${r.doc}: ${r.text}`, vscode.TreeItemCollapsibleState.None);
        item.description = `${r.qualifier === 'none' ? '' : r.qualifier} ${shorten(r.sentence, 80)}`.trim();
        item.tooltip = r.sentence;
        item.command = { command: 'corroborate.openMention', title: 'Open', arguments: [r.doc, r.start, r.end] };
        item.iconPath = new vscode.ThemeIcon('quote');
        item.contextValue = 'report';
        return item;
      }
      case 'source': {
        // From the corpus's summary: a full analysis of every listed source is not kept in memory.
        const sum = corpus.summary(node.doc);
        const item = new vscode.TreeItem(node.doc, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${sum?.entities ?? 0} entities · ${sum?.figures ?? 0} figures · ${sum?.claims ?? 0} claims`;
        item.tooltip = sum?.title;
        item.resourceUri = this.index.uriOf(node.doc);
        item.iconPath = vscode.ThemeIcon.File;
        item.contextValue = 'source';
        return item;
      }
      case 'info': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        if (node.tooltip) item.tooltip = node.tooltip;
        item.iconPath = new vscode.ThemeIcon('info');
        return item;
      }
    }
  }
}

export class EntitiesTree extends BaseTree {
  getChildren(node?: Node): Node[] {
    const corpus = this.index.corpus;
    if (!node) {
      return ([['company', 'Companies'], ['outlet', 'Outlets'], ['person', 'People']] as const)
        .map(([kind, label]) => ({ type: 'group' as const, view: 'entities' as const, kind, label }))
        .filter((g) => this.getChildren(g).length > 0);
    }
    if (node.type === 'group') {
      return [...corpus.entities().values()]
        .filter((e) => e.kind === node.kind && this.matches(e.name, ...e.aliases))
        .sort((a, b) => total(b.mentions) - total(a.mentions) || a.name.localeCompare(b.name))
        .map((entity) => ({ type: 'entity', entity }));
    }
    if (node.type === 'entity') {
      return [...node.entity.mentions.entries()].sort((a, b) => b[1] - a[1]).map(([doc, count]) => ({ type: 'entity-source', entity: node.entity, doc, count }));
    }
    if (node.type === 'entity-source') {
      const text = corpus.text(node.doc) ?? '';
      return corpus.mentionsOf(node.doc)
        .filter((m) => m.entity && corpus.canonical(m.entity) === node.entity.id)
        .map((m) => ({ type: 'mention', doc: node.doc, start: m.start, end: m.end, label: snippet(text, m.start, m.end) }));
    }
    return [];
  }
}

export class FactsTree extends BaseTree {
  getChildren(node?: Node): Node[] {
    if (!node) {
      return this.index.corpus.facts()
        .filter((f) => !this.filter || this.matches(f.label, ...f.reports.map((r) => r.text))) // no copy of every report unless filtering
        .map((fact) => ({ type: 'fact', fact }));
    }
    if (node.type === 'fact') return node.fact.reports.map((_, index) => ({ type: 'report', fact: node.fact, index }));
    return [];
  }

  discrepancies(): number {
    return this.index.corpus.facts().filter((f) => f.verdict === 'conflict' || f.verdict === 'qualifier-differs').length;
  }
}

export class SourcesTree extends BaseTree {
  getChildren(node?: Node): Node[] {
    const corpus = this.index.corpus;
    if (!node) {
      const docs: Node[] = corpus.paths().filter((p) => this.matches(p, corpus.title(p) ?? '')).map((doc) => ({ type: 'source', doc }));
      const skipped: Node[] = [...this.index.skipped.entries()].map(([doc, reason]) => ({ type: 'info', label: `Skipped ${doc}`, tooltip: reason }));
      return [...docs, ...skipped];
    }
    if (node.type === 'source') {
      const out: Node[] = [];
      const leaves = [...corpus.entities().values()]
        .filter((e) => e.kind !== 'outlet' && e.mentions.size >= Math.max(2, Math.ceil(corpus.size / 2)) && !e.mentions.has(node.doc))
        .map((e) => e.name);
      out.push({ type: 'info', label: leaves.length ? `Leaves out: ${leaves.join(', ')}` : 'Names everyone most sources name' });
      const missing = corpus.facts().filter((f) => f.documents.length >= 2 && !f.documents.includes(node.doc)).map((f) => f.label);
      if (missing.length) out.push({ type: 'info', label: `Does not report: ${missing.slice(0, 5).join('; ')}`, tooltip: missing.join('\n') });
      for (const fact of corpus.factsFor(node.doc)) out.push({ type: 'fact', fact });
      return out;
    }
    if (node.type === 'fact') return node.fact.reports.map((_, index) => ({ type: 'report', fact: node.fact, index }));
    return [];
  }
}

function snippet(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
