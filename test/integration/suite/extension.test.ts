// Runs inside a real VS Code extension host on a copy of test/fixtures/workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../../src/extension/extension';

let api: CorroborateApi;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function folder(): vscode.Uri {
  return vscode.workspace.workspaceFolders![0]!.uri;
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), name));
  return vscode.window.showTextDocument(doc);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

suiteSetup(async function () {
  this.timeout(120000);
  const ext = vscode.extensions.getExtension<CorroborateApi>('corroborate.corroborate');
  assert.ok(ext, 'extension is installed');
  const t0 = Date.now();
  api = await ext.activate();
  const activated = Date.now() - t0;
  await api.ready;
  console.log(`activation ${activated} ms; activation + first scan of ${api.corpus.size} articles ${Date.now() - t0} ms`);
});

suite('Corroborate in VS Code', () => {
  test('scans the workspace articles through vscode.workspace.fs', async () => {
    await until('three articles', () => api.corpus.size === 3);
    assert.deepStrictEqual(api.corpus.paths(), ['analyst-blog.md', 'markets-desk.txt', 'wire-report.txt']);
    // The background scan analyses articles no editor shows in the worker thread, small ones too;
    // the host takes a short one only once the worker has four to do (never here: three articles).
    const { workerAnalyses, hostAnalyses } = api.index.analyzer;
    assert.ok(workerAnalyses >= 2 && workerAnalyses + hostAnalyses >= 3, `the worker analysed ${workerAnalyses} of the scanned articles, the host ${hostAnalyses}`);
  });

  test('hover on a disputed figure compares every source', async () => {
    const editor = await open('markets-desk.txt');
    const offset = editor.document.getText().indexOf('$14.8 billion') + 3;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
    const text = hoverText(hovers);
    assert.match(text, /Meta investment in Scale AI/);
    assert.match(text, /Sources conflict/);
    for (const v of ['$14.8 billion', '$14.3 billion', '$15 billion']) assert.ok(text.includes(v), `${v} in hover:\n${text}`);
    assert.match(text, /command:corroborate\.openMention\?/);
  });

  test('hover on a company shows its sources', async () => {
    const editor = await open('wire-report.txt');
    const offset = editor.document.getText().indexOf('Meta Platforms') + 2;
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset)));
    assert.match(text, /\*\*Meta\*\* — company/);
    assert.match(text, /analyst-blog\.md/);
  });

  test('the Facts tree leads with discrepancies and opens to each report', () => {
    const roots = api.trees.facts.getChildren();
    const first = api.trees.facts.getTreeItem(roots[0]!);
    assert.strictEqual(first.label, 'Meta investment in Scale AI');
    assert.strictEqual(first.contextValue, 'fact.conflict');
    const reports = api.trees.facts.getChildren(roots[0]!).map((n) => api.trees.facts.getTreeItem(n));
    assert.strictEqual(reports.length, 4);
    assert.strictEqual(reports[0]!.command?.command, 'corroborate.openMention');
  });

  test('the Entities tree groups companies, outlets and people with counts', () => {
    const groups = api.trees.entities.getChildren().map((n) => api.trees.entities.getTreeItem(n).label);
    assert.deepStrictEqual(groups, ['Companies', 'Outlets', 'People']);
    const companies = api.trees.entities.getChildren(api.trees.entities.getChildren()[0]!).map((n) => api.trees.entities.getTreeItem(n));
    assert.deepStrictEqual(companies.slice(0, 2).map((i) => i.label), ['Scale AI', 'Meta']);
    assert.match(String(companies[0]!.description), /mentions · 3\/3 sources/);
  });

  test('the Sources tree says what each article leaves out', () => {
    const roots = api.trees.sources.getChildren();
    const rows = (doc: string): string[] => {
      const node = roots.find((n) => n.type === 'source' && n.doc === doc)!;
      return api.trees.sources.getChildren(node).map((n) => String(api.trees.sources.getTreeItem(n).label));
    };
    const blog = rows('analyst-blog.md');
    assert.ok(blog.includes('Leaves out: Lucy Guo'), blog.join(' | '));
    const markets = rows('markets-desk.txt');
    assert.ok(markets.some((l) => l.startsWith('Does not report:') && l.includes('Scale AI revenue (2024)')), markets.join(' | '));
  });

  test('conflicts and qualifier differences appear as diagnostics with related information', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'wire-report.txt');
    const diags = await until('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'Corroborate');
      return d.length >= 2 && d;
    });
    const conflict = diags.find((d) => d.code === 'conflict')!;
    assert.strictEqual(conflict.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(conflict.message, /Meta investment in Scale AI/);
    assert.ok(conflict.relatedInformation!.some((r) => r.location.uri.path.endsWith('markets-desk.txt')));
    assert.ok(diags.some((d) => d.code === 'qualifier-differs'));
  });

  test('Next Discrepancy moves the cursor to the next disputed figure', async () => {
    const editor = await open('analyst-blog.md');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('corroborate.nextDiscrepancy');
    const active = vscode.window.activeTextEditor!;
    assert.ok(active.document.uri.path.endsWith('analyst-blog.md'));
    assert.strictEqual(active.document.getText(active.selection), '$15 billion');
    await vscode.commands.executeCommand('corroborate.nextDiscrepancy');
    assert.strictEqual(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection), '$65 billion');
    await vscode.commands.executeCommand('corroborate.previousDiscrepancy');
    assert.strictEqual(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection), '$15 billion');
  });

  test('edits are re-analysed (debounced) and undo restores the verdict', async () => {
    const editor = await open('markets-desk.txt');
    const text = editor.document.getText();
    const at = text.indexOf('$14.8 billion');
    await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 13)), '$14.3 billion'));
    const fact = () => api.corpus.facts().find((f) => f.label === 'Meta investment in Scale AI');
    await until('qualifier-differs after the edit', () => fact()?.verdict === 'qualifier-differs');
    await vscode.commands.executeCommand('undo');
    await until('conflict after undo', () => fact()?.verdict === 'conflict');
    assert.strictEqual(editor.document.getText(), text);
  });

  test('Export Report writes JSON atomically to the chosen file', async () => {
    const target = vscode.Uri.joinPath(folder(), 'out', 'report.json');
    await vscode.commands.executeCommand('corroborate.exportReport', 'JSON', target);
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.strictEqual(json.version, 1);
    assert.ok(json.facts.some((f: { verdict: string }) => f.verdict === 'conflict'));
    const siblings = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder(), 'out'));
    assert.deepStrictEqual(siblings.map(([n]) => n), ['report.json']);
  });

  test('Mark as Company and Not a Company persist to workspace settings and change the analysis', async () => {
    await vscode.commands.executeCommand('corroborate.markAsCompany', 'Whitfield Media');
    const cfg = () => vscode.workspace.getConfiguration('corroborate');
    assert.deepStrictEqual(cfg().inspect('companies')?.workspaceValue, ['Whitfield Media']);
    await vscode.commands.executeCommand('corroborate.notACompany', 'Nvidia');
    await until('Nvidia excluded', () => !api.corpus.entities().has('company:nvidia'));
    await cfg().update('notCompanies', undefined, vscode.ConfigurationTarget.Workspace);
    await cfg().update('companies', undefined, vscode.ConfigurationTarget.Workspace);
    await until('Nvidia back', () => api.corpus.entities().has('company:nvidia'));
  });

  test('a broken setting falls back to its default and the extension keeps working', async () => {
    const cfg = vscode.workspace.getConfiguration('corroborate');
    await cfg.update('include', 42, vscode.ConfigurationTarget.Workspace);
    await cfg.update('debounceMs', 'soon', vscode.ConfigurationTarget.Workspace);
    await sleep(300);
    await vscode.commands.executeCommand('corroborate.scanWorkspace');
    assert.strictEqual(api.corpus.size, 3);
    await cfg.update('include', undefined, vscode.ConfigurationTarget.Workspace);
    await cfg.update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('files created, changed and deleted on disk are picked up by the watcher', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'late-news.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Scale AI was valued at $31 billion by investors, according to Reuters.\n'));
    await until('new file indexed', () => api.corpus.has('late-news.txt'), 20000);
    await until('valuation now conflicts', () => api.corpus.facts().find((f) => f.label === 'Scale AI valuation')?.verdict === 'conflict', 20000);
    await vscode.workspace.fs.delete(uri);
    await until('file removed', () => !api.corpus.has('late-news.txt'), 20000);
    assert.strictEqual(api.corpus.facts().find((f) => f.label === 'Scale AI valuation')?.verdict, 'agree');
  });

  test('binary, oversized and invalid UTF-8 files are skipped with a reason; the rest still works', async () => {
    const enc = new TextEncoder();
    const files: Array<[string, Uint8Array]> = [
      ['junk.txt', new Uint8Array([0x4d, 0x65, 0x00, 0x01, 0x02, 0x74, 0x61])],
      ['latin1.txt', new Uint8Array([0x4d, 0xe9, 0x74, 0x61, 0x20, 0x24, 0x35])],
      ['huge.txt', enc.encode('Meta paid $1 billion for Scale AI. '.repeat(180000))],
    ];
    for (const [name, bytes] of files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), name), bytes);
    await vscode.commands.executeCommand('corroborate.scanWorkspace');
    assert.match(api.index.skipped.get('junk.txt') ?? '', /binary/);
    assert.match(api.index.skipped.get('latin1.txt') ?? '', /not valid UTF-8/);
    assert.match(api.index.skipped.get('huge.txt') ?? '', /too large/);
    assert.deepStrictEqual(api.corpus.paths(), ['analyst-blog.md', 'markets-desk.txt', 'wire-report.txt']);
    for (const [name] of files) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), name));
    await vscode.commands.executeCommand('corroborate.scanWorkspace');
    assert.strictEqual(api.index.skipped.size, 0);
  });

  test('files deleted or renamed while a scan reads them leave no trace and lose nothing else', async () => {
    const enc = new TextEncoder();
    const dir = vscode.Uri.joinPath(folder(), 'midscan');
    const names = Array.from({ length: 60 }, (_, i) => `note-${i}.txt`);
    for (const [i, name] of names.entries()) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), enc.encode(`Quorvex Robotics raised $${i + 1} million from investors, the company said.\n`));
    }
    await until('notes indexed by the watcher', () => api.corpus.paths().filter((p) => p.startsWith('midscan/')).length === 60, 30000);
    // Start a full scan and, while it reads, delete a third of the notes and rename another third.
    const scan = vscode.commands.executeCommand('corroborate.scanWorkspace');
    await Promise.all(names.slice(0, 20).map((n) => vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, n))));
    await Promise.all(names.slice(20, 40).map((n) => vscode.workspace.fs.rename(vscode.Uri.joinPath(dir, n), vscode.Uri.joinPath(dir, `moved-${n}`))));
    await scan;
    const inMidscan = (): string[] => api.corpus.paths().filter((p) => p.startsWith('midscan/')).sort();
    const expected = [...names.slice(20, 40).map((n) => `midscan/moved-${n}`), ...names.slice(40).map((n) => `midscan/${n}`)].sort();
    await until('deleted and renamed notes settled', () => JSON.stringify(inMidscan()) === JSON.stringify(expected), 30000).catch((e: Error) => {
      const got = inMidscan();
      throw new Error(`${e.message}: extra ${JSON.stringify(got.filter((p) => !expected.includes(p)))}, missing ${JSON.stringify(expected.filter((p) => !got.includes(p)))}`);
    });
    assert.deepStrictEqual([...api.index.skipped.keys()].filter((k) => k.startsWith('midscan/')), [], 'no stale "unreadable" entries');
    // The original articles are intact and still compared.
    assert.deepStrictEqual(api.corpus.paths().filter((p) => !p.startsWith('midscan/')), ['analyst-blog.md', 'markets-desk.txt', 'wire-report.txt']);
    assert.ok(api.corpus.facts().some((f) => f.verdict === 'conflict' && f.documents.length === 3));
    await vscode.workspace.fs.delete(dir, { recursive: true });
    await until('notes removed', () => inMidscan().length === 0, 20000);
  });

  test('a large article is analysed in the worker thread, off the extension host', async () => {
    const base = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), 'wire-report.txt')));
    let big = '';
    for (let i = 0; big.length < 400 * 1024; i++) big += `${base.replace(/\$14\.3 billion/g, `$${i + 1}.5 million`)}\n`;
    const uri = vscode.Uri.joinPath(folder(), 'archive', 'big-wire.txt');
    const before = api.index.analyzer.workerAnalyses;
    // Event-loop lag on the host while the worker analyses (reported, not asserted).
    let lag = 0;
    let last = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      lag = Math.max(lag, now - last - 10);
      last = now;
    }, 10);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(big));
    await until('big article analysed', () => (api.corpus.analysis('archive/big-wire.txt')?.mentions.length ?? 0) > 1000, 30000);
    clearInterval(timer);
    console.log(`400 KB article analysed in the worker; host event-loop lag at most ${lag} ms meanwhile`);
    assert.ok(api.index.analyzer.workerAnalyses > before, 'the worker answered');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'archive'), { recursive: true });
    await until('big article removed', () => !api.corpus.has('archive/big-wire.txt'), 20000);
  });

  test('Compare Fact at Cursor lists every report and opens the chosen one', async () => {
    const editor = await open('markets-desk.txt');
    const at = editor.document.getText().indexOf('$14.8 billion') + 2;
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at));
    const done = vscode.commands.executeCommand('corroborate.compareFactAtCursor');
    await sleep(800);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    // The first report (sources in order) is the analyst blog's "$15 billion".
    const active = await until('the chosen source', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.endsWith('analyst-blog.md') && e;
    });
    assert.strictEqual(active.document.getText(active.selection), '$15 billion');
  });

  test('Add Alias maps a new name to a company and persists it', async () => {
    await vscode.commands.executeCommand('corroborate.addAlias', 'Zuck Co', 'Meta');
    const cfg = vscode.workspace.getConfiguration('corroborate');
    assert.deepStrictEqual(cfg.inspect('aliases')?.workspaceValue, { 'Zuck Co': 'Meta' });
    await until('the alias is known', () => api.corpus.lexicon.phrases.get('zuck')?.some((p) => p.entry.id === 'company:meta'));
    await cfg.update('aliases', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('Toggle Highlights flips the setting', async () => {
    const before = vscode.workspace.getConfiguration('corroborate').get<boolean>('highlight.enabled');
    await vscode.commands.executeCommand('corroborate.toggleHighlights');
    assert.strictEqual(vscode.workspace.getConfiguration('corroborate').get<boolean>('highlight.enabled'), !before);
    await vscode.commands.executeCommand('corroborate.toggleHighlights');
    assert.strictEqual(vscode.workspace.getConfiguration('corroborate').get<boolean>('highlight.enabled'), before);
  });

  test('Open Cross-Source Report shows the Markdown report', async () => {
    await vscode.commands.executeCommand('corroborate.openReport');
    const doc = await until('report document', () => vscode.workspace.textDocuments.find((d) => d.languageId === 'markdown' && d.getText().startsWith('# Cross-source report')));
    assert.match(doc.getText(), /## Discrepancies/);
  });
});
