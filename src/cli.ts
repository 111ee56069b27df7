// The headless CLI: corroborate analyze <folder-or-files...> [--format json|md|csv] [options]
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from './core/corpus';
import type { UserLexicon } from './core/lexicon/lexicon';
import { buildLexicon } from './core/lexicon/lexicon';
import { toCsv, toJson, toMarkdown } from './core/report';
import { DEFAULT_MAX_BYTES, decodeArticle } from './shared/decode';
import { createFileFilter } from './shared/fileFilter';

const USAGE = `Usage: corroborate analyze <folder-or-files...> [options]

Analyses news articles (.txt, .md) and compares what each source reports.

Options:
  --format json|md|csv   output format (default json)
  --include <glob>       files to read inside folders (repeatable; default **/*.txt and **/*.md)
  --exclude <glob>       files to leave out (repeatable; default **/node_modules/** and dot-folders)
  --max-size <MB>        skip files larger than this (default 5)
  --entities <file>      JSON with custom "companies", "aliases" and "notCompanies"
  --out <file>           write the output to a file instead of standard output
  -h, --help             show this help`;

interface Options {
  format: 'json' | 'md' | 'csv';
  include: string[];
  exclude: string[];
  maxBytes: number;
  entities?: string;
  out?: string;
  inputs: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  const o: Options = { format: 'json', include: [], exclude: [], maxBytes: DEFAULT_MAX_BYTES, inputs: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'md' && f !== 'csv' && f !== 'markdown') throw new UsageError(`--format must be json, md or csv, not "${f}"`);
      o.format = f === 'markdown' ? 'md' : f;
    } else if (a === '--include') o.include.push(value());
    else if (a === '--exclude') o.exclude.push(value());
    else if (a === '--max-size') {
      const mb = Number(value());
      if (!(mb > 0)) throw new UsageError('--max-size must be a positive number of megabytes');
      o.maxBytes = mb * 1024 * 1024;
    } else if (a === '--entities') o.entities = value();
    else if (a === '--out') o.out = value();
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) throw new UsageError('name at least one folder or file');
  return o;
}

interface Input {
  abs: string;
  rel: string;
}

function collect(o: Options, warn: (m: string) => void): Input[] {
  const filter = createFileFilter(o.include.length ? o.include : undefined, o.exclude.length ? o.exclude : undefined);
  for (const w of filter.warnings) warn(w);
  const out: Input[] = [];
  const multiple = o.inputs.length > 1;
  for (const input of o.inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch {
      warn(`${input}: not found`);
      continue;
    }
    if (st.isFile()) {
      out.push({ abs: path.resolve(input), rel: path.basename(input) });
      continue;
    }
    const root = path.resolve(input);
    const prefix = multiple ? `${path.basename(root)}/` : '';
    const walk = (dir: string, rel: string): void => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        warn(`${rel || '.'}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? e})`);
        return;
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const d of entries) {
        const r = rel ? `${rel}/${d.name}` : d.name;
        if (d.isDirectory()) {
          if (filter.mayEnter(r)) walk(path.join(dir, d.name), r);
        } else if (d.isFile() && filter.matches(r)) out.push({ abs: path.join(dir, d.name), rel: prefix + r });
      }
    };
    walk(root, '');
  }
  return out;
}

export function main(argv: string[], stdout: (s: string) => void, stderr: (s: string) => void): number {
  let o: Options | 'help';
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      stderr(`corroborate: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (o === 'help') {
    stdout(`${USAGE}\n`);
    return 0;
  }
  const warn = (m: string): void => stderr(`corroborate: ${m}\n`);
  let user: UserLexicon = {};
  if (o.entities) {
    try {
      const parsed = JSON.parse(fs.readFileSync(o.entities, 'utf8')) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('expected a JSON object');
      user = parsed as UserLexicon;
    } catch (e) {
      warn(`${o.entities}: ignored (${(e as Error).message})`);
    }
  }
  const lexicon = buildLexicon(user);
  for (const w of lexicon.warnings) warn(`${o.entities}: ${w}`);
  // One run, then exit: every analysis stays in memory (the report reads them all).
  const corpus = new Corpus(lexicon, { cachedAnalyses: Infinity, cachedChars: Infinity });
  const skipped: Array<{ path: string; reason: string }> = [];
  for (const f of collect(o, warn)) {
    let bytes: Uint8Array;
    try {
      const st = fs.statSync(f.abs);
      if (st.size > o.maxBytes) {
        skipped.push({ path: f.rel, reason: `too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${(o.maxBytes / 1048576).toFixed(1)} MB)` });
        continue;
      }
      bytes = fs.readFileSync(f.abs);
    } catch (e) {
      skipped.push({ path: f.rel, reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      continue;
    }
    const d = decodeArticle(bytes, o.maxBytes);
    if (!d.ok) {
      skipped.push({ path: f.rel, reason: d.reason });
      continue;
    }
    corpus.update(f.rel, d.text);
  }
  for (const s of skipped) warn(`skipped ${s.path}: ${s.reason}`);
  if (corpus.size === 0) {
    warn('nothing to analyse: no readable .txt or .md article found');
    return 1;
  }
  const output = o.format === 'md' ? toMarkdown(corpus, skipped) : o.format === 'csv' ? toCsv(corpus) : `${JSON.stringify(toJson(corpus, skipped), null, 2)}\n`;
  if (o.out) {
    const tmp = `${o.out}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, output);
    fs.renameSync(tmp, o.out);
  } else stdout(output);
  return 0;
}

if (require.main === module) {
  const code = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
  process.exitCode = code;
}
