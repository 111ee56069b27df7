// Packages the production bundle as a VSIX with @vscode/vsce and prints its size and contents.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const pkg = require('../package.json');
const out = path.join(__dirname, '..', `${pkg.name}-${pkg.version}.vsix`);
const vsce = require.resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out], { stdio: ['ignore', 'inherit', 'inherit'], cwd: path.join(__dirname, '..') });
const size = fs.statSync(out).size;
console.log(`VSIX: ${path.relative(process.cwd(), out)} (${(size / 1024).toFixed(1)} KB)`);
console.log(`Install it with: code --install-extension ${path.basename(out)}`);
