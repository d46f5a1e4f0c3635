// A month stays as its reader accepted it: the stored inspection is what every later load shows, a reading of its
// text by today's rules that differs is a finding with both readings one choice away, and a month stored before
// accepted readings existed is read once and kept from then on.
import { describe, expect, it } from 'vitest';
import { acceptedOf, figureChanges, figuresFingerprint } from '../../../src/data/acceptedReading';
import { importText } from '../../../src/data/importText';
import type { Inspection } from '../../../src/data/types';
import { loadStored, saveStored, STORAGE_KEY, type StoredInspection } from '../../../src/store/persistence';
import { selectActive } from '../../../src/store/selectors';
import { createDashboardStore } from '../../../src/store/store';
import * as imports from '../../../src/store/storedImports';
import { addPublished } from '../../../src/store/publishedMonths';
import { indexWith, publishMonth } from '../../../src/data/publish';
import { readFixture } from '../readFixture';
import { MemoryStorage, monthsOf } from './memoryStorage';

const february = readFixture('another-month-2025-02.txt');

function readFebruary(): Inspection {
  const { result } = importText(february);
  if (!result.ok) throw new Error('February does not read');
  return result.inspection;
}

/** What a rule of an older version read: one score of the first district half a point lower. */
function olderReading(stored: StoredInspection): StoredInspection {
  const accepted = acceptedOf(stored.accepted);
  if (!accepted) throw new Error('no accepted reading stored');
  const [first, ...rest] = accepted.inspection.scores;
  if (!first) throw new Error('no score');
  const scores = [{ ...first, value: first.value - 0.5 }, ...rest];
  return { ...stored, accepted: { ...accepted, inspection: { ...accepted.inspection, scores } } };
}

async function reload(storage: MemoryStorage) {
  const store = createDashboardStore(storage, ['zh-CN']);
  await imports.readStoredImports(store, monthsOf(storage));
  return store;
}

describe('the accepted reading', () => {
  it('comes back from storage exactly as it was read, figures, lines and findings', async () => {
    const storage = new MemoryStorage();
    const store = createDashboardStore(storage, ['zh-CN']);
    const read = importText(february);
    await imports.addImport(store, monthsOf(storage), february, '2025-02', '', read);
    const again = selectActive((await reload(storage)).getState());
    if (!read.result.ok) throw new Error('February does not read');
    expect(again?.inspection).toEqual(read.result.inspection);
    expect(again?.findings).toEqual(read.result.findings);
    expect(again?.reread).toBeUndefined();
  });

  it('is what a reload shows when today’s rules read the text otherwise; the difference is a finding, and the reader chooses', async () => {
    const storage = new MemoryStorage();
    const store = createDashboardStore(storage, ['zh-CN']);
    await imports.addImport(store, monthsOf(storage), february, '2025-02', '', importText(february));
    const [stored] = loadStored(storage).inspections;
    if (!stored) throw new Error('nothing stored');
    saveStored(storage, [olderReading(stored)]);
    const today = readFebruary().scores[0];
    if (!today) throw new Error('no score');

    const reloaded = await reload(storage);
    const shown = selectActive(reloaded.getState());
    const score = shown?.inspection.scores.find((s) => s.district === today.district && s.siteType === today.siteType);
    expect(score?.value).toBeCloseTo(today.value - 0.5, 9);
    const finding = shown?.findings.find((f) => f.code === 'reading-changed');
    expect(finding?.severity).toBe('warning');
    expect(finding?.params).toMatchObject({
      count: 1,
      district: today.district,
      siteType: today.siteType,
      before: String(today.value - 0.5),
      after: String(today.value),
    });
    expect(shown?.reread?.now?.inspection.scores[0]?.value).toBe(today.value);

    // Kept: the finding goes, and stays gone after a reload; the accepted figures stay.
    await imports.keepAccepted(reloaded, monthsOf(storage), '2025-02');
    expect(selectActive(reloaded.getState())?.findings.some((f) => f.code === 'reading-changed')).toBe(false);
    const kept = selectActive((await reload(storage)).getState());
    expect(kept?.findings.some((f) => f.code === 'reading-changed')).toBe(false);
    expect(kept?.inspection.scores[0]?.value).toBeCloseTo(today.value - 0.5, 9);

    // Taken: today's reading becomes the accepted one, stored.
    saveStored(storage, [olderReading(stored)]);
    const again = await reload(storage);
    await imports.adoptReread(again, monthsOf(storage), '2025-02');
    expect(selectActive(again.getState())?.inspection.scores[0]?.value).toBe(today.value);
    expect(selectActive((await reload(storage)).getState())?.findings.some((f) => f.code === 'reading-changed')).toBe(false);
  });

  it('a month stored before accepted readings existed is read once by today’s rules and kept so from then on', async () => {
    const storage = new MemoryStorage();
    const item: StoredInspection = { id: '2025-02', period: '2025-02', label: '', text: february, importedAt: '2025-02-11' };
    saveStored(storage, [item]);
    await reload(storage);
    const [stored] = loadStored(storage).inspections;
    expect(acceptedOf(stored?.accepted)?.inspection).toEqual(readFebruary());
  });

  it('a month whose text no longer reads at all still shows its accepted figures, and says so', async () => {
    const storage = new MemoryStorage();
    const store = createDashboardStore(storage, ['zh-CN']);
    await imports.addImport(store, monthsOf(storage), february, '2025-02', '', importText(february));
    const raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { inspections: StoredInspection[] };
    raw.inspections = raw.inspections.map((i) => ({ ...i, text: '本报讯 今天天气晴。' }));
    storage.setItem(STORAGE_KEY, JSON.stringify(raw));
    const shown = selectActive((await reload(storage)).getState());
    expect(shown?.inspection).toEqual(readFebruary());
    expect(shown?.findings.find((f) => f.code === 'reading-unreadable')?.severity).toBe('warning');
  });
});

describe('a damaged accepted reading', () => {
  it('is never replaced in silence: today’s reading is shown with a warning, and what was stored stays', async () => {
    const storage = new MemoryStorage();
    const store = createDashboardStore(storage, ['zh-CN']);
    await imports.addImport(store, monthsOf(storage), february, '2025-02', '', importText(february));
    const raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { inspections: { accepted: { inspection: { scores: unknown } } }[] };
    for (const item of raw.inspections) item.accepted.inspection.scores = 'damaged';
    storage.setItem(STORAGE_KEY, JSON.stringify(raw));
    const shown = selectActive((await reload(storage)).getState());
    expect(shown?.inspection).toEqual(readFebruary());
    expect(shown?.findings.find((f) => f.code === 'reading-damaged')?.severity).toBe('warning');
    expect(storage.getItem(STORAGE_KEY)).toContain('"scores":"damaged"');
  });
});

describe('a published month', () => {
  function site(month: unknown) {
    const index = indexWith(undefined, { id: '2025-02', period: '2025-02', file: '2025-02.json' });
    return { index, load: (file: string) => (file === '2025-02.json' ? Promise.resolve(month) : Promise.reject(new Error('404'))) };
  }

  it('shows the reading it was published with; a rule that reads its text otherwise is a finding in its notes', async () => {
    const published = publishMonth(february, { period: '2025-02' });
    if (!published.ok) throw new Error('February does not publish');
    const month = structuredClone(published.month);
    const first = month.inspection.publishedTotals[0];
    if (!first) throw new Error('no total');
    first.value -= 1;
    const store = createDashboardStore(undefined, ['zh-CN']);
    const { index, load } = site(month);
    await addPublished(store, index, load);
    const shown = store.getState().inspections.find((i) => i.id === '2025-02');
    expect(shown?.inspection.publishedTotals[0]?.value).toBe(first.value);
    expect(shown?.findings.find((f) => f.code === 'reading-changed')?.params).toMatchObject({
      kind: 'total',
      district: first.district,
      before: String(first.value),
      after: String(first.value + 1),
    });
    // No choice offered to a reader of the site: the month is the site's, republished by its editor.
    expect(shown?.reread).toBeUndefined();
  });

  it('a month file that cannot be fetched or read is named for the screen, not dropped in silence', async () => {
    const store = createDashboardStore(undefined, ['zh-CN']);
    const { index } = site(undefined);
    await addPublished(store, index, () => Promise.reject(new Error('404')));
    expect(store.getState().publishedUnreadable).toEqual(['2025-02']);
    await addPublished(store, index, () => Promise.resolve({ schema: 'taiyuan-sanitation-month', version: 1 }));
    expect(store.getState().publishedUnreadable).toEqual(['2025-02']);
    expect(store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
  });
});

describe('acceptedOf and figureChanges', () => {
  it('a stored reading damaged anywhere is refused whole, never half read', () => {
    const read = importText(february);
    if (!read.result.ok) throw new Error('February does not read');
    const good = JSON.parse(
      JSON.stringify({ inspection: read.result.inspection, findings: read.result.findings, format: read.format }),
    ) as {
      inspection: { scores: { value: unknown }[] };
    };
    expect(acceptedOf(good)?.inspection).toEqual(read.result.inspection);
    const damaged = structuredClone(good);
    if (damaged.inspection.scores[3]) damaged.inspection.scores[3].value = '88.5';
    expect(acceptedOf(damaged)).toBeNull();
    expect(acceptedOf({ ...good, format: 'pdf' })).toBeNull();
    // Well formed, but no reader of a text accepts it: a score past its maximum, or one missing.
    const outOfRange = structuredClone(good);
    if (outOfRange.inspection.scores[3]) outOfRange.inspection.scores[3].value = 188.5;
    expect(acceptedOf(outOfRange)).toBeNull();
    expect(acceptedOf({ ...good, inspection: { ...good.inspection, scores: good.inspection.scores.slice(1) } })).toBeNull();
    expect(acceptedOf({ ...good, findings: [{ severity: 'loud', code: 'tie', line: 1, params: {} }] })).toBeNull();
  });

  it('names each figure that differs, appears or is gone, and the entities when their names or order change', () => {
    const a = readFebruary();
    expect(figureChanges(a, a)).toEqual([]);
    const [first, second] = a.districts;
    if (!first || !second) throw new Error('two districts');
    const b: Inspection = { ...a, districts: [second, first, ...a.districts.slice(2)], publishedTotals: a.publishedTotals.slice(1) };
    const changes = figureChanges(a, b);
    expect(changes[0]).toMatchObject({ kind: 'entities' });
    const gone = a.publishedTotals[0];
    expect(changes).toContainEqual({ kind: 'total', district: gone?.district, before: String(gone?.value) });
    expect(figuresFingerprint(a)).not.toBe(figuresFingerprint(b));
    expect(figuresFingerprint(a)).toBe(figuresFingerprint(readFebruary()));
  });
});

describe('a month published before findings were kept', () => {
  it('shows its file’s figures with today’s findings of the same figures', async () => {
    const published = publishMonth(readFixture('taiyuan-news-page-2025-01.txt'), { period: '2025-01', id: 'older' });
    if (!published.ok) throw new Error('the seed does not publish');
    const older: Partial<typeof published.month> = { ...published.month };
    delete older.findings;
    delete older.format;
    const store = createDashboardStore(undefined, ['zh-CN']);
    const index = indexWith(undefined, { id: 'older', period: '2025-01', file: 'older.json' });
    await addPublished(store, index, () => Promise.resolve(older));
    const shown = store.getState().inspections.find((i) => i.id === 'older');
    expect(shown?.findings.map((f) => f.code)).toEqual(published.findings.map((f) => f.code));
    expect(shown?.findings.some((f) => f.code === 'total-rounding')).toBe(true);
  });
});
