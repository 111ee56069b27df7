// The hover provider: a thin adapter from the core's Markdown hover cards to vscode.Hover. Links in
// the card run only this extension's own commands.
import * as vscode from 'vscode';
import { hoverAt } from '../core/hoverCard';
import type { WorkspaceIndex } from './workspaceIndex';

export const HOVER_COMMANDS = ['corroborate.openMention', 'corroborate.compareFact'];

export function openMentionLink(doc: string, start: number, end: number): string {
  return `command:corroborate.openMention?${encodeURIComponent(JSON.stringify([doc, start, end]))}`;
}

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested || !this.index.isArticle(document)) return undefined;
    this.index.flush(document);
    const key = this.index.keyOf(document.uri);
    if (!key) return undefined;
    const found = hoverAt(this.index.corpus, key, document.offsetAt(position), openMentionLink);
    if (!found || token.isCancellationRequested) return undefined;
    const md = new vscode.MarkdownString(found.markdown, true);
    md.isTrusted = { enabledCommands: HOVER_COMMANDS };
    md.supportHtml = false;
    return new vscode.Hover(md, new vscode.Range(document.positionAt(found.start), document.positionAt(found.end)));
  }
}
