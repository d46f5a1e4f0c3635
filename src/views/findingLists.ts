// The parser's findings as they are listed, worded: by kind, each kind once under its severity and count, the first
// ones in full and the rest behind "show all" (the import preview and the notes view: a source of thousands of
// findings must not build thousands of items to open).

import type { Finding } from '../data/types';
import { describeFinding, describeLocation } from '../i18n/describeFinding';
import type { Language } from '../i18n/names';
import { groupFindings } from '../model/findingGroups';
import type { ViewTranslate } from './useViewTranslate';

/** Findings listed before "show all". */
export const FIRST_FINDINGS = 20;
const SEVERITY_KEYS = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

/**
 * The findings by kind, each listed once under its kind's severity and count (the first ones, or all when asked).
 * `where` says where a finding points (the preview says it as its grid shows it).
 */
export function findingLists(
  findings: readonly Finding[],
  showAll: boolean,
  t: ViewTranslate,
  language: Language,
  where: (finding: Finding) => string = (finding) => describeLocation(finding, language),
) {
  const groups = groupFindings(findings, showAll ? Infinity : FIRST_FINDINGS).map((group) => ({
    key: group.code,
    // A kind none of whose findings is shown (past the first ones) is named by its first finding.
    text:
      group.shown.length === 0 && group.first
        ? t('findingsGroupExample', {
            severity: t(SEVERITY_KEYS[group.severity]),
            count: group.count,
            example: describeFinding(group.first, language),
          })
        : t('findingsGroup', { severity: t(SEVERITY_KEYS[group.severity]), count: group.count }),
    count: group.count,
    items: mergeAlike(group.shown, language, where).map((item, i) => ({
      key: `${group.code}-${i}`,
      severity: item.finding.severity,
      severityLabel: t(SEVERITY_KEYS[item.finding.severity]),
      location: item.location,
      text: item.text,
    })),
  }));
  return { groups, shown: groups.reduce((sum, group) => sum + group.items.length, 0) };
}

/**
 * Findings worded alike about one line listed once, naming the site types they concern (未注明满分 for every column
 * of a header was the same note again and again, none of them saying which column it was about). Alike findings on
 * different lines stay apart: each is a place to look at.
 */
function mergeAlike(findings: readonly Finding[], language: Language, where: (finding: Finding) => string) {
  const merged = new Map<string, { finding: Finding; text: string; places: Set<string>; names: Set<string> }>();
  for (const finding of findings) {
    const text = describeFinding(finding, language);
    const key = `${String(finding.line)}\u0000${text}`;
    const entry = merged.get(key) ?? { finding, text, places: new Set<string>(), names: new Set<string>() };
    entry.places.add(where(finding));
    const name = finding.params.siteType;
    if (typeof name === 'string' && name !== '' && !text.includes(name)) entry.names.add(name);
    merged.set(key, entry);
  }
  const separator = language === 'zh' ? '、' : ', ';
  return [...merged.values()].map(({ finding, text, places, names }) => ({
    finding,
    location: [...places].join(separator),
    text:
      names.size === 0 ? text : language === 'zh' ? `${text}（${[...names].join(separator)}）` : `${text} (${[...names].join(separator)})`,
  }));
}
