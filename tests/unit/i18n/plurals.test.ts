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

  it('Chinese keeps its one form', () => {
    expect(translate('zh', 'columnTotal', { count: 1 })).toBe('总分（1项）');
    expect(translateView('zh', 'importErrors', { count: 1 })).toBe('无法导入：共 1 处错误，未添加任何数据。');
  });
});
