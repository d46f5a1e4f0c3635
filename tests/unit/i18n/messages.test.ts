// Languages: every message set complete in zh and en (first screen, later views, findings), Chinese strings in Chinese.
import { describe, expect, it } from 'vitest';
import { loadLanguage, messageKeys, translate, type MessageKey } from '../../../src/i18n/messages';
import { translateView, viewMessageKeys, type ViewMessageKey } from '../../../src/i18n/viewMessages';
import { findingKeys, findingTemplate } from '../../../src/i18n/findingMessages';
import type { FindingCode } from '../../../src/data/types';
import { browserLanguage } from '../../../src/store/preferences';

describe('languages', () => {
  it('Chinese and English have exactly the same message keys, later views and findings included', async () => {
    // English loads on demand: before, it has no strings of its own (the app never shows it unloaded).
    expect(messageKeys('en')).toEqual([]);
    await loadLanguage('en');
    expect(messageKeys('en')).toEqual(messageKeys('zh'));
    expect(viewMessageKeys('en')).toEqual(viewMessageKeys('zh'));
    expect(messageKeys('zh').length + viewMessageKeys('zh').length).toBeGreaterThan(150);
    // No key is in both sets: a view's string never shadows a first-screen one.
    expect(viewMessageKeys('zh').filter((key) => messageKeys('zh').includes(key))).toEqual([]);
    expect(findingKeys('en')).toEqual(findingKeys('zh'));
    expect(findingKeys('zh').length).toBeGreaterThanOrEqual(30);
  });

  it('what typing cannot check: every Chinese string is Chinese, and each key names the same placeholders in both languages', async () => {
    await loadLanguage('en');
    const placeholders = (template: string) => [...template.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();
    // Strings the same in every language: a format name, a language's own name, ranges and marks.
    const neutral = new Set(['CSV/TSV', 'English', '中文', '{best}–{worst}', '{kind}', '{from}–{to}%']);
    const sets: [string, string[], (language: 'zh' | 'en', key: string) => string][] = [
      ['first screen', messageKeys('zh'), (language, key) => translate(language, key as MessageKey)],
      ['later views', viewMessageKeys('zh'), (language, key) => translateView(language, key as ViewMessageKey)],
      ['findings', findingKeys('zh'), (language, key) => findingTemplate(language, key as FindingCode)],
    ];
    const notChinese: string[] = [];
    const mismatched: string[] = [];
    for (const [name, keys, template] of sets) {
      for (const key of keys) {
        const zh = template('zh', key);
        const en = template('en', key);
        // Chinese characters or Chinese (full-width) punctuation: a template of placeholders alone is written in one of them.
        if (!neutral.has(zh) && !/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(zh.replace(/\{[^}]*\}/g, '')))
          notChinese.push(`${name}.${key}: ${zh}`);
        if (placeholders(zh).join() !== placeholders(en).join())
          mismatched.push(`${name}.${key}: ${placeholders(zh).join()} / ${placeholders(en).join()}`);
      }
    }
    expect(notChinese).toEqual([]);
    expect(mismatched).toEqual([]);
  });

  it('the language follows the browser: Chinese by default, English when English comes first', () => {
    expect(browserLanguage([])).toBe('zh');
    expect(browserLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(browserLanguage(['zh-TW', 'en'])).toBe('zh');
    expect(browserLanguage(['fr-FR'])).toBe('zh');
  });
});
