// Bundles the extension and the headless CLI.
//   node esbuild.js               development build (sourcemaps)
//   node esbuild.js --production  minified, no sourcemaps (what `npm run package` ships)
//   node esbuild.js --watch       rebuild on change
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Reports build results the way the problem matcher of `esbuild` watch tasks expects. */
const reporter = {
  name: 'reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * The data files (src/core/data/*.json) stay readable JSON in the source; the bundles get the same
 * values built from packed strings (lists of names joined by a control character, the comments for
 * readers left out): about a fifth of the bundle was quotes and commas between lexicon names.
 */
const packedData = {
  name: 'packed-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => {
      const data = JSON.parse(await fs.promises.readFile(args.path, 'utf8'));
      return { contents: `module.exports = ${packValue(data)};`, loader: 'js' };
    });
  },
};

/**
 * The Node bundles (extension, worker, CLI) share one copy of the packed data instead of each
 * carrying its own: an import of src/core/data/X.json becomes require("./data/X.js"), and
 * dist/data/X.js is written once (writeSharedData). The browser bundle keeps the data inside.
 */
const sharedData = {
  name: 'shared-data',
  setup(build) {
    build.onResolve({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      if (path.dirname(file) !== DATA_DIR) return undefined;
      return { path: `./data/${path.basename(file, '.json')}.js`, external: true };
    });
  },
};

const DATA_DIR = path.resolve(__dirname, 'src', 'core', 'data');

/** Writes dist/data/X.js for each src/core/data/X.json: the same values the bundles would hold. */
function writeSharedData() {
  fs.mkdirSync('dist/data', { recursive: true });
  for (const f of fs.readdirSync(DATA_DIR).filter((x) => x.endsWith('.json'))) {
    const data = JSON.parse(fs.readFileSync(path.join(DATA_DIR, f), 'utf8'));
    // The separators stay raw characters (legal in a string literal): escaped, each took six.
    const source = packValue(data).replaceAll('\\u0001', FIELD).replaceAll('\\u0002', ROW);
    fs.writeFileSync(path.join('dist', 'data', f.replace(/\.json$/, '.js')), `'use strict';module.exports=${source};\n`);
  }
}

const FIELD = '\u0001';
const ROW = '\u0002';
const isStrings = (a) => Array.isArray(a) && a.every((x) => typeof x === 'string' && !x.includes(FIELD) && !x.includes(ROW));

/** JavaScript source for a JSON value: string lists split from one string, rows of strings from one string. */
function packValue(v) {
  if (isStrings(v) && v.length > 3) return `${JSON.stringify(v.join(FIELD))}.split(${JSON.stringify(FIELD)})`;
  if (Array.isArray(v) && v.length > 3 && v.every((r) => isStrings(r) && r.length > 0)) {
    return `${JSON.stringify(v.map((r) => r.join(FIELD)).join(ROW))}.split(${JSON.stringify(ROW)}).map((r) => r.split(${JSON.stringify(FIELD)}))`;
  }
  if (Array.isArray(v)) return `[${v.map(packValue).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.entries(v).filter(([k]) => k !== '$comment').map(([k, x]) => `${JSON.stringify(k)}:${packValue(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: watch ? [reporter, packedData] : [packedData],
};

const nodeCommon = { ...common, plugins: [sharedData, ...common.plugins] };
const targets = [
  { ...nodeCommon, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...nodeCommon, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...nodeCommon, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' },
  // The core alone, as a browser-ready ES module: proves it needs neither vscode nor Node.
  { ...common, entryPoints: ['src/core/api.ts'], outfile: 'dist/core.browser.mjs', platform: 'browser', format: 'esm', target: 'es2022' },
];

async function main() {
  if (watch) {
    const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const started = Date.now();
  writeSharedData();
  await Promise.all(targets.map((t) => esbuild.build(t)));
  fs.chmodSync('dist/cli.js', 0o755);
  const dataBytes = fs.readdirSync('dist/data').reduce((n, f) => n + fs.statSync(path.join('dist', 'data', f)).size, 0);
  const sizes = [...targets.map((t) => `${t.outfile} ${(fs.statSync(t.outfile).size / 1024).toFixed(1)} KB`), `dist/data (shared by the first three) ${(dataBytes / 1024).toFixed(1)} KB`].join(', ');
  console.log(`esbuild: ${production ? 'production' : 'development'} build in ${Date.now() - started} ms: ${sizes}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
