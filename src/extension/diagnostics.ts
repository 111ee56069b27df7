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
    // A large archive gets entries for its open articles only; a folder of a few hundred, for all.
    const open = corpus.size > ALL_DOCS_LIMIT ? new Set(vscode.workspace.textDocuments.map((d) => this.index.keyOf(d.uri))) : undefined;
    const lines = new Map<string, number[]>();
    const rangeOf = (doc: string, text: string, start: number, end: number): vscode.Range => {
      let starts = lines.get(doc);
      if (!starts) lines.set(doc, (starts = lineStarts(text)));
      return new vscode.Range(positionIn(starts, start), positionIn(starts, end));
    };
    for (const f of corpus.facts()) {
      if (f.verdict !== 'conflict' && f.verdict !== 'qualifier-differs') continue;
      for (const r of f.reports) {
        if (open && !open.has(r.doc)) continue;
        const text = corpus.text(r.doc);
        if (text === undefined) continue;
        const range = rangeOf(r.doc, text, r.start, r.end);
        const others = f.reports.filter((o) => o.doc !== r.doc);
        const values = [...new Set(others.slice(0, 20).map((o) => `${o.qualifier === 'none' ? '' : `${o.qualifier} `}${formatValue(o.value, o.unit, o.high)} (${o.doc})`))];
        const d = new vscode.Diagnostic(range, `${VERDICT_WORDS[f.verdict]}: ${f.label}. Elsewhere: ${values.join(', ')}`, severity);
        d.source = 'Corroborate';
        d.code = f.verdict;
        d.relatedInformation = others.filter((o, i) => others.findIndex((x) => x.doc === o.doc) === i).slice(0, 6).flatMap((o) => {
          const uri = this.index.uriOf(o.doc);
          const t = corpus.text(o.doc);
          return uri && t !== undefined ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, rangeOf(o.doc, t, o.start, o.end)), shorten(o.sentence, 120))] : [];
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

const ALL_DOCS_LIMIT = 500;

/** Offsets of line starts, for positions in files that are not open. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function positionIn(starts: number[], offset: number): vscode.Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return new vscode.Position(lo, offset - starts[lo]!);
}
