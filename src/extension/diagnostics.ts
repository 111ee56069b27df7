// Conflicts and qualifier differences in the Problems panel, with the other sources' sentences as
// related information.
import * as vscode from 'vscode';
import type { Settings } from './config';
import type { WorkspaceIndex } from './workspaceIndex';
import { VERDICT_WORDS, formatValue, shorten } from '../core/report';

const SEVERITY: Record<Exclude<Settings['severity'], 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class Diagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corroborate');

  constructor(private readonly index: WorkspaceIndex, private settings: Settings) {}

  applySettings(s: Settings): void {
    this.settings = s;
    this.refresh();
  }

  refresh(): void {
    this.collection.clear();
    if (this.settings.severity === 'off') return;
    const severity = SEVERITY[this.settings.severity];
    const corpus = this.index.corpus;
    const byDoc = new Map<string, vscode.Diagnostic[]>();
    for (const f of corpus.facts()) {
      if (f.verdict !== 'conflict' && f.verdict !== 'qualifier-differs') continue;
      for (const r of f.reports) {
        const text = corpus.text(r.doc);
        if (text === undefined) continue;
        const range = rangeIn(text, r.start, r.end);
        const others = f.reports.filter((o) => o.doc !== r.doc);
        const values = [...new Set(others.slice(0, 20).map((o) => `${o.qualifier === 'none' ? '' : `${o.qualifier} `}${formatValue(o.value, o.unit, o.high)} (${o.doc})`))];
        const d = new vscode.Diagnostic(range, `${VERDICT_WORDS[f.verdict]}: ${f.label}. Elsewhere: ${values.join(', ')}`, severity);
        d.source = 'Corroborate';
        d.code = f.verdict;
        d.relatedInformation = others.filter((o, i) => others.findIndex((x) => x.doc === o.doc) === i).slice(0, 6).flatMap((o) => {
          const uri = this.index.uriOf(o.doc);
          const t = corpus.text(o.doc);
          return uri && t !== undefined ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, rangeIn(t, o.start, o.end)), shorten(o.sentence, 120))] : [];
        });
        let list = byDoc.get(r.doc);
        if (!list) byDoc.set(r.doc, (list = []));
        list.push(d);
      }
    }
    for (const [doc, list] of byDoc) {
      const uri = this.index.uriOf(doc);
      if (uri) this.collection.set(uri, list);
    }
  }

  dispose(): void {
    this.collection.dispose();
  }
}

/** Offsets to a range without a TextDocument (files not open). */
export function rangeIn(text: string, start: number, end: number): vscode.Range {
  const pos = (offset: number): vscode.Position => {
    let line = 0;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return new vscode.Position(line, offset - lineStart);
  };
  return new vscode.Range(pos(start), pos(end));
}
