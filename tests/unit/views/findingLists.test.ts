// The preview's findings as listed: every kind is named, also one none of whose findings is among the first shown.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { translateView } from '../../../src/i18n/viewMessages';
import { findingLists } from '../../../src/views/findingLists';

describe('findingLists', () => {
  it('25 unreadable scores among 75: the note past the first 20 shown is still named, by its first finding', () => {
    // Every third score unreadable (errors, listed first), then the note that the maximum was assumed.
    const rows = Array.from({ length: 75 }, (_, i) => `${String(i + 1)}区,${i % 3 === 0 ? 'n/a' : String(50 + (i % 40))}`).join('\n');
    const { result } = importText(`区,得分\n${rows}\n`);
    const t = (key: Parameters<typeof translateView>[1], params?: Readonly<Record<string, string | number>>) =>
      translateView('zh', key, params);
    const { groups, shown } = findingLists(result.findings, false, t, 'zh');
    expect(shown).toBeLessThan(result.findings.length);
    const unshown = groups.filter((g) => g.items.length === 0);
    expect(unshown.length).toBeGreaterThan(0);
    for (const group of unshown) expect(group.text).toMatch(/条，例如：.+/);
  });
});
