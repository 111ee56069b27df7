import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';
import { FIXTURES } from './helpers';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('cli', () => {
  it('prints the fixed JSON shape for a folder', () => {
    const r = run(['analyze', path.join(FIXTURES, 'workspace'), '--format', 'json']);
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.strictEqual(j.version, 1);
    assert.deepStrictEqual(j.documents.map((d: { path: string }) => d.path), ['analyst-blog.md', 'markets-desk.txt', 'wire-report.txt']);
    assert.strictEqual(j.documents[0].title, 'Why Meta paid up for Scale AI');
    const meta = j.entities.find((e: { id: string }) => e.id === 'company:meta');
    assert.strictEqual(meta.kind, 'company');
    assert.ok(meta.aliases.includes('META'));
    const m = j.mentions.find((x: { text: string }) => x.text === '$14.8 billion');
    assert.deepStrictEqual(m.amount, { value: 14.8e9, currency: 'USD', qualifier: 'none', vague: false });
    const text = fs.readFileSync(path.join(FIXTURES, 'workspace', m.doc), 'utf8');
    assert.strictEqual(text.slice(m.start, m.end), '$14.8 billion');
    const fact = j.facts.find((f: { label: string }) => f.label === 'Meta investment in Scale AI');
    assert.strictEqual(fact.verdict, 'conflict');
    assert.strictEqual(fact.subject, 'company:meta');
    assert.ok(fact.reports.every((rep: { sentence: string; text: string }) => rep.sentence.includes(rep.text)));
    assert.ok(j.claims.some((c: { attribution?: string; hedged: boolean }) => c.attribution === 'Reuters'));
  });

  it('leads the Markdown report with discrepancies', () => {
    const r = run(['analyze', path.join(FIXTURES, 'workspace'), '--format', 'md']);
    assert.strictEqual(r.code, 0);
    const d = r.out.indexOf('## Discrepancies');
    const a = r.out.indexOf('## Agreements');
    const s = r.out.indexOf('## Single-source figures');
    assert.ok(d > 0 && d < a && a < s, 'sections in order');
    assert.ok(r.out.includes('Alexander Wang'));
  });

  it('skips bad files with a message and analyses the rest', () => {
    const r = run(['analyze', path.join(FIXTURES, 'bad')]);
    assert.strictEqual(r.code, 0);
    assert.match(r.err, /skipped binary\.txt: binary/);
    assert.match(r.err, /skipped empty\.txt: empty/);
    assert.match(r.err, /skipped latin1-invalid\.txt: not valid UTF-8/);
    assert.deepStrictEqual(JSON.parse(r.out).documents.map((d: { path: string }) => d.path), ['good.txt']);
  });

  it('skips oversized files and fails only when nothing could be analysed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cli-'));
    fs.writeFileSync(path.join(dir, 'big.txt'), 'Meta paid $1 billion. '.repeat(60000));
    const r = run(['analyze', dir, '--max-size', '1']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /skipped big\.txt: too large/);
    assert.match(r.err, /nothing to analyse/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('follows include and exclude globs and skips dot-folders and node_modules', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cli-'));
    for (const p of ['a.txt', 'sub/b.md', 'sub/c.log', '.hidden/d.txt', 'node_modules/e.txt', 'drafts/f.txt']) {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), 'Meta invested $1 billion in Scale AI.');
    }
    const r = run(['analyze', dir, '--exclude', 'drafts/**', '--exclude', '**/node_modules/**', '--exclude', '**/.*/**']);
    assert.deepStrictEqual(JSON.parse(r.out).documents.map((d: { path: string }) => d.path), ['a.txt', 'sub/b.md']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports a malformed entities file and an empty folder clearly', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cli-'));
    fs.writeFileSync(path.join(dir, 'entities.json'), '{ "companies": [ "Quorvex", ');
    const broken = run(['analyze', path.join(FIXTURES, 'workspace'), '--entities', path.join(dir, 'entities.json')]);
    assert.strictEqual(broken.code, 0);
    assert.match(broken.err, /entities\.json: ignored \(.*JSON/);
    assert.strictEqual(JSON.parse(broken.out).documents.length, 3);
    fs.writeFileSync(path.join(dir, 'entities.json'), JSON.stringify({ companies: [42, { name: 'Quorvex' }], aliases: ['wrong'] }));
    const odd = run(['analyze', path.join(FIXTURES, 'workspace'), '--entities', path.join(dir, 'entities.json')]);
    assert.match(odd.err, /Ignored a custom company without a name: 42/);
    assert.match(odd.err, /"aliases" should be an object/);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-empty-'));
    const none = run(['analyze', empty]);
    assert.strictEqual(none.code, 1);
    assert.match(none.err, /nothing to analyse/);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('explains wrong usage', () => {
    const r = run(['analyze', '--format', 'xml', 'x']);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /--format must be json, md or csv/);
  });

  it('writes CSV with one row per report', () => {
    const r = run(['analyze', path.join(FIXTURES, 'workspace'), '--format', 'csv']);
    const lines = r.out.trim().split('\r\n');
    assert.strictEqual(lines[0], 'fact_id,label,verdict,measure,subject,unit,period,doc,start,end,text,value,qualifier,sentence');
    assert.ok(lines.some((l) => l.includes('"Meta investment in Scale AI"') || l.includes(',Meta investment in Scale AI,')));
  });
});
