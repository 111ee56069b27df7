// Highlights in visible article editors: one decoration type per kind, theme colours from
// contributes.colors, and a wavy underline plus overview-ruler mark for disputed figures.
import * as vscode from 'vscode';
import type { Fact } from '../core/compare/facts';
import type { MentionKind } from '../core/types';
import type { HighlightKind, Settings } from './config';
import type { WorkspaceIndex } from './workspaceIndex';

const KIND_SETTING: Record<MentionKind, HighlightKind> = {
  company: 'companies', outlet: 'outlets', person: 'people', money: 'money', quantity: 'quantities', date: 'dates',
};

function background(id: string): vscode.DecorationRenderOptions {
  return { backgroundColor: new vscode.ThemeColor(`corroborate.${id}Background`), borderRadius: '2px' };
}

export class Decorations implements vscode.Disposable {
  private readonly types: Record<MentionKind, vscode.TextEditorDecorationType> = {
    company: vscode.window.createTextEditorDecorationType(background('company')),
    outlet: vscode.window.createTextEditorDecorationType(background('outlet')),
    person: vscode.window.createTextEditorDecorationType(background('person')),
    money: vscode.window.createTextEditorDecorationType(background('money')),
    quantity: vscode.window.createTextEditorDecorationType(background('quantity')),
    date: vscode.window.createTextEditorDecorationType(background('date')),
  };
  private readonly claim = vscode.window.createTextEditorDecorationType({
    isWholeLine: false,
    borderWidth: '0 0 0 2px',
    borderStyle: 'solid',
    borderColor: new vscode.ThemeColor('corroborate.claimBorder'),
  });
  private readonly conflict = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline wavy var(--vscode-corroborate-conflictForeground)',
    overviewRulerColor: new vscode.ThemeColor('corroborate.conflictForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  private readonly qualifier = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline wavy var(--vscode-corroborate-qualifierForeground)',
    overviewRulerColor: new vscode.ThemeColor('corroborate.qualifierForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });

  constructor(private readonly index: WorkspaceIndex, private settings: Settings) {}

  applySettings(s: Settings): void {
    this.settings = s;
    this.refreshAll();
  }

  refreshAll(): void {
    for (const e of vscode.window.visibleTextEditors) this.refresh(e);
  }

  refresh(editor: vscode.TextEditor): void {
    const all = [...Object.values(this.types), this.claim, this.conflict, this.qualifier];
    const key = this.index.isArticle(editor.document) ? this.index.keyOf(editor.document.uri) : undefined;
    const analysis = key ? this.index.corpus.analysis(key) : undefined;
    // Stale results (the text changed and analysis is pending) are not drawn at wrong places.
    if (!analysis || !this.settings.highlight || analysis.length !== editor.document.getText().length) {
      if (!analysis || !this.settings.highlight) for (const t of all) editor.setDecorations(t, []);
      return;
    }
    const doc = editor.document;
    const ranges: Record<MentionKind, vscode.Range[]> = { company: [], outlet: [], person: [], money: [], quantity: [], date: [] };
    const conflict: vscode.DecorationOptions[] = [];
    const qualifier: vscode.DecorationOptions[] = [];
    const disputed = new Map<number, Fact>();
    for (const f of this.index.corpus.factsFor(key!)) {
      if (f.verdict !== 'conflict' && f.verdict !== 'qualifier-differs') continue;
      for (const r of f.reports) if (r.doc === key) disputed.set(r.start, f);
    }
    for (const m of this.index.corpus.mentionsOf(key!)) {
      const range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
      if (this.settings.kinds[KIND_SETTING[m.kind]]) ranges[m.kind].push(range);
      const f = disputed.get(m.start);
      if (f) (f.verdict === 'conflict' ? conflict : qualifier).push({ range });
    }
    for (const k of Object.keys(ranges) as MentionKind[]) editor.setDecorations(this.types[k], ranges[k]);
    editor.setDecorations(this.conflict, conflict);
    editor.setDecorations(this.qualifier, qualifier);
    editor.setDecorations(this.claim, this.settings.kinds.claims ? analysis.claims.map((c) => new vscode.Range(doc.positionAt(c.start), doc.positionAt(c.end))) : []);
  }

  dispose(): void {
    for (const t of [...Object.values(this.types), this.claim, this.conflict, this.qualifier]) t.dispose();
  }
}
