// The URL's view state: a pure parse/serialize pair that drops defaults and ignores invalid values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  parseViewState,
  serializeViewState,
  toggleInSelection,
  VIEWS,
  type ViewState,
} from '../../../src/store/viewState';
import { SEED_DISTRICTS_BY_TOTAL, SEED_SITE_TYPES } from '../seedFigures';

const context = { siteTypes: SEED_SITE_TYPES, districts: SEED_DISTRICTS_BY_TOTAL, periods: ['taiyuan-2025-01', '2025-02'] };

describe('view state in the URL', () => {
  it('embed=1 (and only 1) asks for the embedded view, and comes last in a link', () => {
    expect(parseViewState('?view=bars&embed=1', context)).toEqual({ ...DEFAULT_VIEW_STATE, view: 'bars', embed: true });
    for (const value of ['0', 'true', '', 'yes']) expect(parseViewState(`?embed=${value}`, context).embed).toBe(false);
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'radar', language: 'en', embed: true })).toBe('?view=radar&lang=en&embed=1');
  });

  it('the default state serializes to an empty query', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('', context)).toEqual(DEFAULT_VIEW_STATE);
  });

  it('a link with view, site types, districts, sort and language round-trips', () => {
    const state: ViewState = {
      view: 'radar',
      siteTypes: ['公厕', '铁路沿线'],
      districts: ['小店区'],
      sort: { column: 'type:铁路沿线', desc: true },
      language: 'en',
      district: '迎泽区',
      siteType: '公厕',
      weights: { 铁路沿线: 3, 公厕: 0.5 },
      highlight: '小店区',
      period: '2025-02',
      embed: false,
    };
    const query = serializeViewState(state);
    const e = encodeURIComponent;
    expect(query).toBe(
      `?period=2025-02&view=radar&t=${e('公厕')}&t=${e('铁路沿线')}&d=${e('小店区')}&sort=${e('type:铁路沿线')}&order=desc&lang=en` +
        `&district=${e('迎泽区')}&st=${e('公厕')}&hl=${e('小店区')}&w=${e('铁路沿线:3')}&w=${e('公厕:0.5')}`,
    );
    expect(parseViewState(query, context)).toEqual(state);
  });

  it('an empty site-type selection survives the round trip (it is not the default)', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, siteTypes: [] };
    expect(parseViewState(serializeViewState(state), context).siteTypes).toEqual([]);
  });

  it('invalid values are ignored: unknown view, language, sort column and names fall back to defaults', () => {
    const parsed = parseViewState(
      '?view=pie&lang=fr&sort=type:游泳池&order=up&t=游泳池&d=海淀区&district=海淀区&st=游泳池&hl=海淀区&period=1999-01',
      context,
    );
    // A period this browser does not have is kept (the page says so); a malformed one is not.
    expect(parsed).toEqual({ ...DEFAULT_VIEW_STATE, period: '1999-01' });
    expect(parseViewState('?period=%3Cscript%3E', context).period).toBeUndefined();
  });

  it('a link from before the published-total column was renamed (sort=printed) still sorts by it', () => {
    expect(parseViewState('?sort=printed&order=asc', context).sort).toEqual({ column: 'published', desc: false });
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, sort: { column: 'published', desc: true } })).toBe('?sort=published&order=desc');
  });

  it('weights outside 0–3, of unknown site types or unreadable are ignored; weight 1 is the default', () => {
    const e = encodeURIComponent;
    const parsed = parseViewState(
      `?w=${e('铁路沿线:3')}&w=${e('公厕:4')}&w=${e('公厕:-1')}&w=${e('游泳池:2')}&w=${e('城中村:abc')}&w=${e('老旧小区:1')}`,
      context,
    );
    expect(parsed.weights).toEqual({ 铁路沿线: 3 });
  });

  it('unknown names mixed with known ones keep only the known ones, in printed order', () => {
    const parsed = parseViewState(`?t=${encodeURIComponent('铁路沿线')}&t=foo&t=${encodeURIComponent('公厕')}`, context);
    expect(parsed.siteTypes).toEqual(['公厕', '铁路沿线']);
  });

  it('every valid state round-trips (property)', () => {
    const selection = (names: readonly string[]) =>
      fc.oneof(
        fc.constant('all' as const),
        fc.subarray([...names]).filter((s) => s.length < names.length),
      );
    const sortColumn = fc.constantFrom('rank', 'district', 'total', 'published', ...SEED_SITE_TYPES.map((s) => `type:${s}` as const));
    const state = fc.record({
      view: fc.constantFrom(...VIEWS),
      siteTypes: selection(SEED_SITE_TYPES),
      districts: selection(SEED_DISTRICTS_BY_TOTAL),
      sort: fc.option(fc.record({ column: sortColumn, desc: fc.boolean() }), { nil: null }),
      language: fc.constantFrom('zh' as const, 'en' as const),
      district: fc.option(fc.constantFrom(...SEED_DISTRICTS_BY_TOTAL), { nil: undefined }),
      siteType: fc.option(fc.constantFrom(...SEED_SITE_TYPES), { nil: undefined }),
      weights: fc.dictionary(
        fc.constantFrom(...SEED_SITE_TYPES),
        fc
          .integer({ min: 0, max: 30 })
          .filter((w) => w !== 10)
          .map((w) => w / 10),
      ),
      highlight: fc.option(fc.constantFrom(...SEED_DISTRICTS_BY_TOTAL), { nil: undefined }),
      period: fc.option(fc.constantFrom('taiyuan-2025-01', '2025-02', '2031-07'), { nil: undefined }),
      embed: fc.boolean(),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseViewState(serializeViewState(s), context)).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('store transitions', () => {
  it('unticking one site type of all leaves the other nine; ticking it back restores "all"', () => {
    const nine = toggleInSelection('all', '公厕', SEED_SITE_TYPES);
    expect(nine).toEqual(SEED_SITE_TYPES.filter((s) => s !== '公厕'));
    expect(toggleInSelection(nine, '公厕', SEED_SITE_TYPES)).toBe('all');
  });
});

describe('history entries', () => {
  it('a change of view, district or period is a new entry (Back returns to it); sorting, filters and weights replace the current one', async () => {
    const { historyAction, DEFAULT_VIEW_STATE } = await import('../../../src/store/viewState');
    const base = { ...DEFAULT_VIEW_STATE, language: 'zh' as const };
    expect(historyAction(base, { ...base, view: 'bars' })).toBe('push');
    expect(historyAction(base, { ...base, district: '迎泽区' })).toBe('push');
    expect(historyAction(base, { ...base, period: '2025-02' })).toBe('push');
    expect(historyAction(base, { ...base, sort: { column: 'total', desc: true } })).toBe('replace');
    expect(historyAction(base, { ...base, weights: { 公厕: 2 } })).toBe('replace');
    expect(historyAction(base, { ...base, siteTypes: ['公厕'] })).toBe('replace');
  });
});
