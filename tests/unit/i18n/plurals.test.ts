// English plurals by Intl.PluralRules ("1 type", "10 types"); Chinese has none to choose.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeFinding } from '../../../src/i18n/describeFinding';
import { loadLanguage, translate } from '../../../src/i18n/messages';
import { translateView } from '../../../src/i18n/viewMessages';

beforeAll(async () => {
  await loadLanguage('en');
});

describe('plurals', () => {
  it('one site type is a type, ten are types; one error is an error', () => {
    expect(translate('en', 'columnTotal', { count: 1 })).toBe('Total (1 type)');
    expect(translate('en', 'columnTotal', { count: 10 })).toBe('Total (10 types)');
    expect(translate('en', 'scopeSome', { count: 1, names: 'Public toilets' })).toBe('1 selected site type: Public toilets');
    expect(translateView('en', 'importErrors', { count: 1 })).toBe('Cannot import: 1 error; nothing was added.');
    expect(translateView('en', 'importErrors', { count: 74 })).toBe('Cannot import: 74 errors; nothing was added.');
    expect(describeFinding({ severity: 'warning', code: 'extra-table', line: 1, params: { count: 1 } }, 'en')).toBe(
      '1 more table of the same kind was not read.',
    );
  });

  it('a finding writes ranks as ranks (第 2 名, not 第 2.0 名) and keeps the decimals of its figures (82.246)', () => {
    expect(
      describeFinding(
        { severity: 'warning', code: 'rank-mismatch', line: 1, params: { district: '甲区', printedRank: 2, computedRank: 1 } },
        'zh',
      ),
    ).toBe('甲区公布的名次为第 2 名，按得分应为第 1 名。');
    expect(
      describeFinding(
        { severity: 'info', code: 'total-rounding', line: 1, params: { district: '甲区', printed: 82.25, computed: 82.246 } },
        'en',
      ),
    ).toContain('published total 82.25, sum of the site-type scores 82.246');
  });

  it('counts, columns and lines in the new findings are whole numbers: 第 3 列, 10 行, 第 4 行', () => {
    expect(
      describeFinding(
        { severity: 'warning', code: 'column-role-question', line: 1, params: { column: 3, header: '得分', count: 6 } },
        'zh',
      ),
    ).toBe('第 3 列“得分”是 1 到 6 的整数：按名次读取，不计为得分。如确为得分，请在预览中更改。');
    expect(describeFinding({ severity: 'info', code: 'rows-rebuilt', line: 1, params: { rows: 10, columns: 7 } }, 'en')).toContain(
      '10 rows of 7 columns',
    );
    expect(describeFinding({ severity: 'info', code: 'cells-split-by-decimals', line: 1, params: { decimals: 2 } }, 'en')).toContain(
      'shows 2 decimals',
    );
    expect(
      describeFinding(
        {
          severity: 'warning',
          code: 'candidates-disagree',
          line: 1,
          params: { district: '东区', siteType: '城管工作', value: 94.35, other: 94, otherLine: 4 },
        },
        'zh',
      ),
    ).toBe('同一页的两张表不一致：东区城管工作在此为 94.35，在第 4 行的表中为 94.0。');
  });

  it('Chinese keeps its one form', () => {
    expect(translate('zh', 'columnTotal', { count: 1 })).toBe('总分（1项）');
    expect(translateView('zh', 'importErrors', { count: 1 })).toBe('无法导入：共 1 处错误，未添加任何数据。');
  });
});
