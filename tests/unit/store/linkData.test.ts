// A month carried in a link: the link names the period and highlight shown and carries an imported month's data;
// the recipient sees it unsaved until saved, under the period asked for (or beside their own month of that id).
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { showLinkData, saveLinkData, shareLink } from '../../../src/store/linkData';
import { loadStored } from '../../../src/store/persistence';
import { selectActive } from '../../../src/store/selectors';
import { createDashboardStore } from '../../../src/store/store';
import { addImport, readStoredImports } from '../../../src/store/storedImports';
import { readFixture } from '../readFixture';
import { MemoryStorage } from './memoryStorage';

const february = readFixture('another-month-2025-02.txt');
const APP = 'https://example.org/dash/';

describe('links', () => {
  it('a link to the embedded month names its period and highlight, and carries no data', async () => {
    const store = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    store.getState().setView('bars');
    store.getState().setHighlight('小店区');
    const link = await shareLink(store.getState(), APP);
    expect(link).toEqual({
      url: `${APP}?period=taiyuan-2025-01&view=bars&hl=${encodeURIComponent('小店区')}`,
      carriesData: false,
      tooLong: false,
    });
  });

  it('an imported month travels in the fragment; opened in a fresh browser it is shown unsaved, then saved', async () => {
    const sender = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    addImport(sender, undefined, february, '2025-02', '二月', importText(february));
    const link = await shareLink(sender.getState(), APP, true);
    expect(link.carriesData).toBe(true);
    expect(link.url).toMatch(/^https:\/\/example\.org\/dash\/\?period=2025-02&embed=1#data=1\.[0-9a-f]{8}\./);

    const storage = new MemoryStorage();
    const recipient = createDashboardStore(storage, ['zh-CN']);
    expect(await showLinkData(recipient, new URL(link.url).hash, '?period=2025-02&embed=1')).toBe('?period=2025-02&embed=1');
    const shown = selectActive(recipient.getState());
    expect(shown?.fromLink).toBe(true);
    expect(shown?.source.periodLabel.zh).toBe('二月');
    expect(shown?.inspection.districts).toEqual(selectActive(sender.getState())?.inspection.districts);
    // Nothing is written until the reader saves it.
    expect(loadStored(storage).inspections).toEqual([]);
    saveLinkData(recipient, storage);
    expect(recipient.getState().linkData).toBeUndefined();
    expect(loadStored(storage).inspections.map((s) => [s.id, s.period, s.label])).toEqual([['2025-02', '2025-02', '二月']]);
    // After a reload it is read back from storage as it was.
    const reloaded = createDashboardStore(storage, ['zh-CN']);
    readStoredImports(reloaded, storage);
    const back = reloaded.getState().inspections.find((i) => i.id === '2025-02');
    expect(back?.fromLink).toBeUndefined();
    expect(back?.inspection.scores).toEqual(shown?.inspection.scores);
  });

  it('a recipient with a month of that id keeps it, and sees the link’s beside it; a damaged fragment is refused', async () => {
    const sender = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    addImport(sender, undefined, february, '2025-02', '', importText(february));
    const { url } = await shareLink(sender.getState(), APP);
    const recipient = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    addImport(recipient, undefined, february, '2025-02', '我的二月', importText(february));
    expect(await showLinkData(recipient, new URL(url).hash, '?period=2025-02')).toBe('?period=2025-02-link');
    expect(recipient.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-02', '2025-02-link']);
    const other = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    expect(await showLinkData(other, `${new URL(url).hash.slice(0, -4)}AAAA`, '?period=2025-02')).toBe('?period=2025-02');
    expect(other.getState().linkData).toEqual({ problem: 'damaged' });
    expect(other.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
  });
});
