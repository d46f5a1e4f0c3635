// The first-paint guess (prerenderedLanguage, run before the app loads) against the app's own answer once its
// state is read (showsPrerenderedScreen and its language): it must never name a screen the app will not show.
import { describe, expect, it } from 'vitest';
import { prerenderedLanguage, showsPrerenderedScreen } from '../../../src/store/firstScreen';
import { saveStored, STORAGE_KEY, type StoredInspection } from '../../../src/store/persistence';
import { PREFERENCES_KEY } from '../../../src/store/preferences';
import { selectViewContext } from '../../../src/store/selectors';
import { createDashboardStore } from '../../../src/store/store';
import { readStoredImports } from '../../../src/store/storedImports';
import { DEFAULT_VIEW_STATE, parseViewState } from '../../../src/store/viewState';
import { readFixture } from '../readFixture';
import { MemoryStorage, monthsOf } from './memoryStorage';

const keys = { inspections: STORAGE_KEY, preferences: PREFERENCES_KEY };
const february = readFixture('another-month-2025-02.txt');
/** What the app itself writes for these imports. */
function written(inspections: StoredInspection[]): string {
  const storage = new MemoryStorage();
  saveStored(storage, inspections);
  return storage.getItem(STORAGE_KEY) ?? '';
}
const storedFebruary = written([{ id: '2025-02', period: '2025-02', label: '', text: february, importedAt: '2025-02-11T00:00:00Z' }]);

interface Case {
  name: string;
  search: string;
  items: Record<string, string>;
  languages: string[];
  /** What both must say: the prerendered screen in this language is the one shown (null: none is). */
  shown: 'zh' | 'en' | null;
}

const cases: Case[] = [
  { name: 'the default: no link, nothing stored, a Chinese browser', search: '', items: {}, languages: ['zh-CN'], shown: 'zh' },
  { name: 'a browser asking for another language before Chinese', search: '', items: {}, languages: ['fr-FR', 'zh-TW', 'en'], shown: 'zh' },
  { name: 'no language at all', search: '', items: {}, languages: [], shown: 'zh' },
  { name: 'an English browser', search: '', items: {}, languages: ['en-GB', 'zh-CN'], shown: 'en' },
  { name: 'a link to another view', search: '?view=bars', items: {}, languages: ['zh-CN'], shown: null },
  {
    name: 'a link sorting the table',
    search: '?sort=type%3A%E9%93%81%E8%B7%AF%E6%B2%BF%E7%BA%BF&order=desc',
    items: {},
    languages: ['zh-CN'],
    shown: null,
  },
  { name: 'a link in English', search: '?lang=en', items: {}, languages: ['zh-CN'], shown: 'en' },
  { name: 'a link in Chinese in an English browser', search: '?lang=zh', items: {}, languages: ['en-US'], shown: 'zh' },
  { name: 'a link in a language the app does not have', search: '?lang=fr', items: {}, languages: ['en-GB'], shown: 'en' },
  { name: 'a link in English to another view', search: '?lang=en&view=bars', items: {}, languages: ['en-GB'], shown: null },
  { name: 'an imported month stored', search: '', items: { [STORAGE_KEY]: storedFebruary }, languages: ['zh-CN'], shown: null },
  {
    name: 'every import deleted',
    search: '',
    items: { [STORAGE_KEY]: written([]) },
    languages: ['zh-CN'],
    shown: 'zh',
  },
  { name: 'unreadable storage', search: '', items: { [STORAGE_KEY]: '{not json' }, languages: ['zh-CN'], shown: null },
  {
    name: 'English remembered',
    search: '',
    items: { [PREFERENCES_KEY]: '{"language":"en","theme":"auto"}' },
    languages: ['zh-CN'],
    shown: 'en',
  },
  {
    name: 'English remembered, a link in Chinese',
    search: '?lang=zh',
    items: { [PREFERENCES_KEY]: '{"language":"en","theme":"auto"}' },
    languages: ['en-GB'],
    shown: 'zh',
  },
  {
    name: 'Chinese remembered in an English browser',
    search: '',
    items: { [PREFERENCES_KEY]: '{"language":"zh","theme":"auto"}' },
    languages: ['en-US'],
    shown: 'zh',
  },
  { name: 'a dark theme remembered', search: '', items: { [PREFERENCES_KEY]: '{"theme":"dark"}' }, languages: ['zh-CN'], shown: null },
];

describe('the first screen', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.shown === null ? 'rendered anew, hidden first' : `the ${c.shown} screen hydrated`}`, async () => {
      const storage = new MemoryStorage();
      for (const [key, value] of Object.entries(c.items)) storage.setItem(key, value);
      const guess = prerenderedLanguage(c.search, (key) => storage.getItem(key), c.languages, keys);
      const store = createDashboardStore(storage, c.languages);
      // As boot.tsx starts the app: stored imports read, then the link applied over the language already chosen.
      await readStoredImports(store, monthsOf(storage));
      const fallback = { ...DEFAULT_VIEW_STATE, language: store.getState().language };
      store.getState().applyViewState(parseViewState(c.search, selectViewContext(store.getState()), fallback));
      expect(showsPrerenderedScreen(store.getState())).toBe(c.shown !== null);
      if (c.shown !== null) expect(store.getState().language).toBe(c.shown);
      expect(guess).toBe(c.shown);
    });
  }

  it('errs towards stale: a link with only unknown parameters is guessed stale, though the app shows the default', () => {
    const storage = new MemoryStorage();
    expect(prerenderedLanguage('?utm_source=paper', (key) => storage.getItem(key), ['zh-CN'], keys)).toBeNull();
    const store = createDashboardStore(storage, ['zh-CN']);
    store.getState().applyViewState(parseViewState('?utm_source=paper', selectViewContext(store.getState())));
    expect(showsPrerenderedScreen(store.getState())).toBe(true);
  });
});
