// A parser finding in plain words, in the reader's language, with names and numbers localised.

import type { Finding, FindingParam } from '../data/types';
import { formatList, formatScore } from './format';
import { findingTemplate } from './findingMessages';
import { interpolate } from './messages';
import { translateView } from './viewMessages';
import { displayName, type Language } from './names';

const NAME_KEYS = new Set(['district', 'previousDistrict', 'siteType']);
const COUNT_KEYS = new Set([
  'rank',
  'printedRank',
  'computedRank',
  'column',
  'rows',
  'decimals',
  'otherLine',
  'count',
  'mismatches',
  'rankedLine',
  'line',
  'index',
  'columns',
  'districts',
]);

function formatParam(key: string, value: FindingParam, language: Language): string {
  if (Array.isArray(value))
    return formatList(
      value.map((v: string) => displayName(v, language)),
      language,
    );
  if (typeof value === 'number') {
    if (COUNT_KEYS.has(key)) return String(value);
    // As many decimals as the value carries (658.57, a source's 96.76, 82.246), at least one, at most four:
    // a finding must not round the figure it is about. (i18n reads only types from src/data, so no import.)
    const text = String(value);
    const dot = text.indexOf('.');
    const digits = dot < 0 || text.includes('e') ? 1 : Math.max(1, Math.min(4, text.length - dot - 1));
    return formatScore(value, language, digits);
  }
  if (typeof value === 'string' && NAME_KEYS.has(key)) return displayName(value, language);
  return String(value);
}

export function describeFinding(finding: Finding, language: Language): string {
  // A missing cell that names no district reads better without a placeholder.
  const params: Record<string, string> = { district: '' };
  for (const [key, value] of Object.entries(finding.params)) params[key] = formatParam(key, value, language);
  return interpolate(findingTemplate(language, finding.code), params, language);
}

export function describeLocation(finding: Finding, language: Language): string {
  return finding.column === undefined
    ? translateView(language, 'atLine', { line: finding.line })
    : translateView(language, 'atLineColumn', { line: finding.line, column: finding.column });
}
