// The preview's findings as listed: every kind is named, also one none of whose findings is among the first shown.
import { describe, expect, it } from 'vitest';
import { importText, previewImport } from '../../../src/data/importText';
import { translateView } from '../../../src/i18n/viewMessages';
import { findingLists } from '../../../src/views/findingLists';
import { gridPlaces } from '../../../src/views/importPreviewItems';

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

describe('findingLists: alike findings', () => {
  const t = (key: Parameters<typeof translateView>[1], params?: Readonly<Record<string, string | number>>) =>
    translateView('zh', key, params);

  it('one note for the maximum assumed in every column, naming the columns it concerns, not the same line twice', () => {
    const { result } = importText('区\t公厕\t铁路沿线\n甲区\t80.5\t70.5\n乙区\t90.5\t60.5\n丙区\t85.5\t61.5\n');
    const notes = findingLists(result.findings, false, t, 'zh').groups.find((g) => g.key === 'max-assumed');
    expect(notes?.count).toBe(2);
    expect(notes?.items.map((i) => i.text)).toEqual(['未注明满分，按 100.0 分计。（公厕、铁路沿线）']);
  });
});

describe('gridPlaces', () => {
  it('says a cell’s place as the grid shows it: its line and the grid’s column with its header, not a count of characters', () => {
    const { result, candidates } = previewImport('区\t公厕\t铁路沿线\n甲区\t80\t7O.5\n乙区\t90\t60\n丙区\t85\t61\n');
    const t = (key: Parameters<typeof translateView>[1], params?: Readonly<Record<string, string | number>>) =>
      translateView('zh', key, params);
    const where = gridPlaces(candidates[0]?.table?.grid, t, 'zh');
    const typo = result.findings.find((f) => f.code === 'not-a-number');
    if (!typo) throw new Error('no finding for 7O.5');
    // The text's 7th character; the grid's third column.
    expect(typo.column).toBe(7);
    expect(where(typo)).toBe('第 2 行第 3 列（铁路沿线）');
    // A finding that names no cell keeps its line.
    expect(where({ severity: typo.severity, code: typo.code, line: typo.line, params: typo.params })).toBe('第 2 行');
  });
});
