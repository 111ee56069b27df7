// Runs the money extractor over the Recognizers-Text English currency specification kept in
// ../shared/conformance (not copied into the project) and prints how many cases it gets fully right.
// A case is fully right when the amounts found equal the expected ones: same span text (case- and
// space-insensitive) and the same number as written.
import * as fs from 'fs';
import * as path from 'path';
import { extractMoney } from '../../src/core/extract/money';
import { normalizeText } from '../../src/core/text/normalize';

interface Expected { Text: string; Resolution: { value: string | null } }
interface Case { Input: string; Results: Expected[] }

function findSpec(): string | undefined {
  const candidates = [process.env.CORROBORATE_CONFORMANCE, path.resolve(__dirname, '../../../../shared/conformance/recognizers-currency/CurrencyModel.json'),
    path.resolve(process.cwd(), '../shared/conformance/recognizers-currency/CurrencyModel.json')];
  return candidates.find((c) => c && fs.existsSync(c));
}

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

export function runConformance(file: string, verbose = false): { cases: number; right: number; tp: number; fp: number; fn: number } {
  const cases = JSON.parse(fs.readFileSync(file, 'utf8')) as Case[];
  let right = 0, tp = 0, fp = 0, fn = 0;
  for (const c of cases) {
    const norm = normalizeText(c.Input);
    const got = extractMoney(norm).map((h) => ({ text: key(c.Input.slice(h.start, h.end)), value: h.amount.written ?? h.amount.value }));
    const want = c.Results.map((r) => ({ text: key(r.Text), value: r.Resolution.value === null ? null : Number(r.Resolution.value) }));
    const same = (a: { text: string; value: number | null }, b: { text: string; value: number | null }): boolean =>
      a.text === b.text && (a.value === b.value || (a.value !== null && b.value !== null && Math.abs(a.value - b.value) < 1e-6 * Math.max(1, Math.abs(b.value))));
    const matched = got.filter((g) => want.some((w) => same(g, w))).length;
    tp += matched; fp += got.length - matched; fn += want.length - want.filter((w) => got.some((g) => same(g, w))).length;
    const ok = matched === got.length && got.length === want.length;
    if (ok) right++;
    else if (verbose) console.log(`MISS ${JSON.stringify(c.Input)}\n   want ${JSON.stringify(want)}\n   got  ${JSON.stringify(got)}`);
  }
  return { cases: cases.length, right, tp, fp, fn };
}

if (require.main === module) {
  const file = findSpec();
  if (!file) {
    console.log('conformance: CurrencyModel.json not found (set CORROBORATE_CONFORMANCE); skipped');
    process.exit(0);
  }
  const r = runConformance(file, process.argv.includes('--verbose'));
  const p = r.tp / (r.tp + r.fp), rec = r.tp / (r.tp + r.fn);
  console.log(`Recognizers-Text currency conformance: ${r.right}/${r.cases} cases fully right; span P ${p.toFixed(3)} R ${rec.toFixed(3)} F1 ${(2 * p * rec / (p + rec)).toFixed(3)} (Recognizers-Text itself: 146/180, F1 0.891)`);
}
