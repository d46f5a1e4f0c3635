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

/** The findings by kind, each listed once under its kind's severity and count (the first ones, or all when asked). */
export function findingLists(findings: readonly Finding[], showAll: boolean, t: ViewTranslate, language: Language) {
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
    items: group.shown.map((finding, i) => ({
      key: `${group.code}-${i}`,
      severity: finding.severity,
      severityLabel: t(SEVERITY_KEYS[finding.severity]),
      location: describeLocation(finding, language),
      text: describeFinding(finding, language),
    })),
  }));
  return { groups, shown: groups.reduce((sum, group) => sum + group.items.length, 0) };
}
