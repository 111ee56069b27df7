import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../src/core/analyze';
import { Corpus } from '../../src/core/corpus';
import { buildLexicon } from '../../src/core/lexicon/lexicon';
import type { UserLexicon } from '../../src/core/lexicon/lexicon';
import type { DocumentAnalysis, Mention, MentionKind } from '../../src/core/types';

export const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const lexicon = buildLexicon();

export function analyze(text: string, user?: UserLexicon): DocumentAnalysis {
  return analyzeDocument(text, user ? buildLexicon(user) : lexicon);
}

export function of(a: DocumentAnalysis, kind: MentionKind): Mention[] {
  return a.mentions.filter((m) => m.kind === kind);
}

export function texts(a: DocumentAnalysis, kind: MentionKind): string[] {
  return of(a, kind).map((m) => m.text);
}

export function fixtureCorpus(folder = 'workspace'): Corpus {
  const c = new Corpus(lexicon);
  const dir = path.join(FIXTURES, folder);
  for (const f of fs.readdirSync(dir).sort()) c.update(f, fs.readFileSync(path.join(dir, f), 'utf8'));
  return c;
}
