// A month carried in a link: the link names the period and highlight shown and carries an imported month's data;
// the recipient sees it unsaved until saved, under the period asked for (or beside their own month of that id).
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { compact, encodeFragment } from '../../../src/data/share/fragment';
import type { Inspection } from '../../../src/data/types';
import { showLinkData, saveLinkData, shareLink } from '../../../src/store/linkData';
import { loadStored } from '../../../src/store/persistence';
import { selectActive } from '../../../src/store/selectors';
import { createDashboardStore } from '../../../src/store/store';
import { addImport, readStoredImports } from '../../../src/store/storedImports';
import { readFixture } from '../readFixture';
import { MemoryStorage, monthsOf } from './memoryStorage';

const february = readFixture('another-month-2025-02.txt');
const APP = 'https://example.org/dash/';

describe('links', () => {
  it('a link to the embedded month names its period and highlight, and carries no data', async () => {
    const store = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    store.getState().setView('bars');
    store.getState().setHighlight('小店区');
    const link = await shareLink(store.getState(), APP);
    expect(link).toEqual({
      // The language named although it is the default: a friend whose browser prefers English sees the Chinese sent.
      url: `${APP}?period=taiyuan-2025-01&view=bars&lang=zh&hl=${encodeURIComponent('小店区')}`,
      carriesData: false,
      tooLong: false,
    });
  });

  it('an imported month travels in the fragment; opened in a fresh browser it is shown unsaved, then saved', async () => {
    const sender = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    await addImport(sender, undefined, february, '2025-02', '二月', importText(february));
    const link = await shareLink(sender.getState(), APP, true);
    expect(link.carriesData).toBe(true);
    expect(link.url).toMatch(/^https:\/\/example\.org\/dash\/\?period=2025-02&lang=zh&embed=1#data=1\.[0-9a-f]{8}\./);

    const storage = new MemoryStorage();
    const recipient = createDashboardStore(storage, ['zh-CN']);
    expect(await showLinkData(recipient, new URL(link.url).hash, '?period=2025-02&embed=1')).toBe('?period=2025-02&embed=1');
    const shown = selectActive(recipient.getState());
    expect(shown?.fromLink).toBe(true);
    expect(shown?.source.periodLabel.zh).toBe('二月');
    expect(shown?.inspection.districts).toEqual(selectActive(sender.getState())?.inspection.districts);
    // Nothing is written until the reader saves it.
    expect(loadStored(storage).inspections).toEqual([]);
    await saveLinkData(recipient, monthsOf(storage));
    expect(recipient.getState().linkData).toBeUndefined();
    expect(loadStored(storage).inspections.map((s) => [s.id, s.period, s.label])).toEqual([['2025-02', '2025-02', '二月']]);
    // After a reload it is read back from storage as it was.
    const reloaded = createDashboardStore(storage, ['zh-CN']);
    await readStoredImports(reloaded, monthsOf(storage));
    const back = reloaded.getState().inspections.find((i) => i.id === '2025-02');
    expect(back?.fromLink).toBeUndefined();
    expect(back?.inspection.scores).toEqual(shown?.inspection.scores);
  });

  it('a recipient with a month of that id keeps it, and sees the link’s beside it; a damaged fragment is refused', async () => {
    const sender = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    await addImport(sender, undefined, february, '2025-02', '', importText(february));
    const { url } = await shareLink(sender.getState(), APP);
    const recipient = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    await addImport(recipient, undefined, february, '2025-02', '我的二月', importText(february));
    expect(await showLinkData(recipient, new URL(url).hash, '?period=2025-02')).toBe('?period=2025-02-link');
    expect(recipient.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-02', '2025-02-link']);
    const other = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    expect(await showLinkData(other, `${new URL(url).hash.slice(0, -4)}AAAA`, '?period=2025-02')).toBe('?period=2025-02');
    expect(other.getState().linkData).toEqual({ problem: 'damaged' });
    expect(other.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
  });

  it('a link’s month gets the checks every import gets: the same findings as the seed read from its text', async () => {
    const read = importText(readFixture('taiyuan-news-page-2025-01.txt'));
    if (!read.result.ok) throw new Error('the seed does not read');
    const recipient = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    const fragment = await encodeFragment({ period: '2025-02', label: '', inspection: read.result.inspection });
    await showLinkData(recipient, fragment, '');
    const codes = (findings: readonly { code: string; params: object }[]) => findings.map((f) => `${f.code} ${JSON.stringify(f.params)}`);
    // Findings about the text itself (its lines, a header recovered) have no place in a link; every one about the figures does.
    const aboutFigures = read.result.findings.filter((f) => ['total-rounding', 'tie', 'city-total-is-mean'].includes(f.code));
    expect(aboutFigures.map((f) => f.code)).toEqual(['city-total-is-mean', 'total-rounding', 'total-rounding', 'tie']);
    expect(codes(selectActive(recipient.getState())?.findings ?? [])).toEqual(expect.arrayContaining(codes(aboutFigures)));
  });

  it('a link whose month lacks a score or holds one out of range is refused, saying which: never shown with a 0 in its place', async () => {
    const read = importText(february);
    if (!read.result.ok) throw new Error('February does not read');
    const inspection: Inspection = structuredClone(read.result.inspection);
    const [first, second, ...rest] = inspection.scores;
    if (!first || !second) throw new Error('no scores');
    inspection.scores = [{ ...second, value: second.value + 200 }, ...rest];
    // By hand, as a link made by another tool or edited would carry it: compact() keeps what it is given.
    const value = compact({ period: '2025-02', label: '', inspection });
    const fragment = await encodeFragment({ period: '2025-02', label: '', inspection });
    expect(value[7][0]?.[0]).toBeNull();
    const recipient = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    await showLinkData(recipient, fragment, '');
    const linkData = recipient.getState().linkData;
    expect(linkData && 'problem' in linkData ? linkData.problem : undefined).toBe('invalid');
    const findings = linkData && 'findings' in linkData ? linkData.findings : [];
    expect(findings.map((f) => [f.code, f.params.district, f.params.siteType])).toEqual([
      ['missing-cell', first.district, first.siteType],
      ['score-out-of-range', second.district, second.siteType],
    ]);
    expect(recipient.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
  });
});
