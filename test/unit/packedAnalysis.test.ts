// The analysis as it crosses from the worker thread: packed, copied as the thread would copy it,
// unpacked with the document's text, it is the analysis made on the spot.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { deserialize, serialize } from 'v8';
import { analyzeDocument } from '../../src/core/analyze';
import { buildLexicon } from '../../src/core/lexicon/lexicon';
import { packAnalysis, unpackAnalysis } from '../../src/core/packedAnalysis';
import { FIXTURES } from './helpers';

const lexicon = buildLexicon();

function articles(dir: string): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isDirectory()) out.push(...articles(p));
    else if (/\.(txt|md)$/.test(f)) out.push(fs.readFileSync(p, 'utf8'));
  }
  return out;
}

describe('packed analysis', () => {
  it('unpacks to the same analysis for every fixture and held-out article', () => {
    const texts = [...articles(FIXTURES), ...articles(path.resolve(FIXTURES, '../eval'))];
    assert.ok(texts.length > 200, `${texts.length} articles`);
    let figures = 0;
    for (const text of texts) {
      const a = analyzeDocument(text, lexicon);
      figures += a.mentions.filter((m) => m.amount || m.quantity || m.date).length;
      const crossed = deserialize(serialize(packAnalysis(a))) as ReturnType<typeof packAnalysis>;
      assert.deepStrictEqual(unpackAnalysis(crossed, text), a);
    }
    assert.ok(figures > 1000, `${figures} figures`);
  });

  it('keeps nulls, ranges, conversions and vague amounts apart from absent fields', () => {
    const text = 'It paid $60 billion to $65 billion ($1.2 trillion yen), a multibillion-dollar sum, in May 2024, for 350,000 Nvidia H100 chips.';
    const a = analyzeDocument(text, lexicon);
    assert.ok(a.mentions.some((m) => m.amount?.vague && m.amount.value === null), 'a vague amount');
    assert.ok(a.mentions.some((m) => m.amount?.high !== undefined), 'a range');
    assert.deepStrictEqual(unpackAnalysis(packAnalysis(a), text), a);
  });

  it('sends no text of the document and under half the bytes', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'workspace', 'wire-report.txt'), 'utf8');
    const a = analyzeDocument(text, lexicon);
    const packed = packAnalysis(a);
    for (const c of a.claims) assert.ok(!packed.strings.includes(c.text), c.text);
    for (const m of a.mentions) if (m.kind === 'money') assert.ok(!packed.strings.includes(m.text), m.text);
    const size = serialize(packed).length;
    assert.ok(size * 2 < serialize(a).length, `${size} bytes packed, ${serialize(a).length} not`);
  });
});
