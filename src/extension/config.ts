// Settings, read defensively: a wrong type or an invalid glob becomes the default plus a message,
// never an exception.
import * as vscode from 'vscode';
import type { UserLexicon } from '../core/lexicon/lexicon';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../shared/fileFilter';

export type HighlightKind = 'companies' | 'outlets' | 'people' | 'money' | 'quantities' | 'dates' | 'claims';
export const HIGHLIGHT_KINDS: HighlightKind[] = ['companies', 'outlets', 'people', 'money', 'quantities', 'dates', 'claims'];

export interface Settings {
  include: string[];
  exclude: string[];
  filesExclude: string[];
  highlight: boolean;
  kinds: Record<HighlightKind, boolean>;
  severity: 'off' | 'error' | 'warning' | 'information' | 'hint';
  debounceMs: number;
  maxBytes: number;
  followCursor: boolean;
  user: UserLexicon;
  warnings: string[];
}

function get<T>(cfg: vscode.WorkspaceConfiguration, key: string, fallback: T, valid: (v: unknown) => boolean, warnings: string[]): T {
  const v = cfg.get<unknown>(key);
  if (v === undefined) return fallback;
  if (!valid(v)) {
    warnings.push(`corroborate.${key} has an invalid value (${JSON.stringify(v)}); using ${JSON.stringify(fallback)}.`);
    return fallback;
  }
  return v as T;
}

const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function readSettings(): Settings {
  const warnings: string[] = [];
  const cfg = vscode.workspace.getConfiguration('corroborate');
  const kinds = {} as Record<HighlightKind, boolean>;
  for (const k of HIGHLIGHT_KINDS) kinds[k] = get(cfg, `highlight.${k}`, k !== 'dates', (v) => typeof v === 'boolean', warnings);
  const filesExcludeCfg = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
  const filesExclude = Object.entries(filesExcludeCfg).filter(([, on]) => on === true).map(([glob]) => glob);
  const trusted = vscode.workspace.isTrusted;
  const user: UserLexicon = trusted
    ? {
        companies: get(cfg, 'companies', [], Array.isArray, warnings),
        aliases: get(cfg, 'aliases', {}, (v) => typeof v === 'object' && v !== null && !Array.isArray(v), warnings),
        notCompanies: get(cfg, 'notCompanies', [], isStringArray, warnings),
      }
    : {};
  const severity = get(cfg, 'diagnostics.severity', 'warning' as Settings['severity'], (v) => typeof v === 'string' && ['off', 'error', 'warning', 'information', 'hint'].includes(v), warnings);
  return {
    include: get(cfg, 'include', DEFAULT_INCLUDE, isStringArray, warnings),
    exclude: get(cfg, 'exclude', DEFAULT_EXCLUDE, isStringArray, warnings),
    filesExclude,
    highlight: get(cfg, 'highlight.enabled', true, (v) => typeof v === 'boolean', warnings),
    kinds,
    severity,
    debounceMs: get(cfg, 'debounceMs', 250, (v) => typeof v === 'number' && v >= 0 && v <= 5000, warnings),
    maxBytes: get(cfg, 'maxFileSizeMB', 5, (v) => typeof v === 'number' && v > 0 && v <= 200, warnings) * 1024 * 1024,
    followCursor: get(cfg, 'followCursor', false, (v) => typeof v === 'boolean', warnings),
    user,
    warnings,
  };
}
