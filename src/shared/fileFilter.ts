// Which files are articles: the include and exclude globs (minimatch), matched against paths relative
// to the folder with / separators. Invalid globs are reported and skipped, never thrown.
import { Minimatch } from 'minimatch';

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.*/**'];

export interface FileFilter {
  matches(relativePath: string): boolean;
  /** Could a file below this folder match? Lets walkers skip excluded folders. */
  mayEnter(relativeFolder: string): boolean;
  warnings: string[];
}

function compile(patterns: unknown, label: string, warnings: string[]): Minimatch[] {
  if (!Array.isArray(patterns)) {
    if (patterns !== undefined) warnings.push(`${label} should be a list of glob patterns; using the default.`);
    return [];
  }
  const out: Minimatch[] = [];
  for (const p of patterns) {
    if (typeof p !== 'string' || !p.trim()) {
      warnings.push(`${label}: ignored ${JSON.stringify(p)} (not a glob pattern).`);
      continue;
    }
    try {
      const mm = new Minimatch(p.trim(), { dot: true, nocase: false, windowsPathsNoEscape: true });
      if (mm.makeRe() === false) throw new Error('invalid');
      out.push(mm);
    } catch {
      warnings.push(`${label}: ignored invalid glob ${JSON.stringify(p)}.`);
    }
  }
  return out;
}

export function createFileFilter(include: unknown = DEFAULT_INCLUDE, exclude: unknown = DEFAULT_EXCLUDE, extraExclude: string[] = []): FileFilter {
  const warnings: string[] = [];
  let inc = compile(include, 'include', warnings);
  if (inc.length === 0) inc = compile(DEFAULT_INCLUDE, 'include', warnings);
  if (exclude !== undefined && !Array.isArray(exclude)) warnings.push('exclude should be a list of glob patterns; using the default.');
  const exc = [...compile(Array.isArray(exclude) ? exclude : DEFAULT_EXCLUDE, 'exclude', warnings), ...compile(extraExclude, 'files.exclude', warnings)];
  const excluded = (p: string): boolean => exc.some((m) => m.match(p));
  return {
    warnings,
    matches(rel: string): boolean {
      const p = rel.replace(/\\/g, '/').replace(/^\.\//, '');
      return inc.some((m) => m.match(p)) && !excluded(p);
    },
    mayEnter(folder: string): boolean {
      const p = folder.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');
      return !excluded(p) && !excluded(`${p}/`) && !excluded(`${p}/x`);
    },
  };
}
