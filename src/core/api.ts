// Entry point of the browser bundle (dist/core.browser.mjs): the core's public surface, built with
// esbuild's browser platform to prove the core needs neither vscode nor Node. Code inside the project
// imports the modules directly, not this file.
export { analyzeDocument } from './analyze';
export { Corpus } from './corpus';
export { buildLexicon } from './lexicon/lexicon';
export { toCsv, toJson, toMarkdown } from './report';
