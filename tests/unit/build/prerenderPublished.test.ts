// The build's first screen with published months: the prerender reads public/data/ as the browser does, renders the
// latest period, and names it on the page (boot.tsx hydrates only that period's screen).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedText } from '../../../src/data/embedded/source';
import { indexWith, publishMonth } from '../../../src/data/publish';
import { readFixture } from '../readFixture';

const start = process.cwd();

describe('the prerendered first screen with published months', () => {
  beforeAll(() => {
    const site = mkdtempSync(join(tmpdir(), 'site-'));
    const data = join(site, 'public/data');
    mkdirSync(data, { recursive: true });
    let index;
    for (const [text, period, id] of [
      [embeddedText, '2025-01', 'taiyuan-2025-01'],
      [readFixture('another-month-2025-02.txt'), '2025-02', '2025-02'],
    ] as const) {
      const published = publishMonth(text, { period, id });
      if (!published.ok) throw new Error(period);
      writeFileSync(join(data, `${id}.json`), JSON.stringify(published.month));
      index = indexWith(index, { id, period, file: `${id}.json` });
    }
    writeFileSync(join(data, 'index.json'), JSON.stringify(index));
    process.chdir(site);
  });
  afterAll(() => {
    process.chdir(start);
  });

  it('renders the latest published period, February, and names it', async () => {
    const { renderFirstScreen, prerenderedPeriod } = await import('../../../src/prerender');
    const html = await renderFirstScreen();
    expect(prerenderedPeriod()).toBe('2025-02');
    // February's order: 迎泽区 first, 万柏林区 last (the seed's January has 杏花岭区 first).
    const order = [...html.matchAll(/<th scope="row"[^>]*>(?:<[^>]+>)*([^<]+)/g)].map((m) => m[1]);
    expect(order.slice(0, 6)).toEqual(['迎泽区', '小店区', '杏花岭区', '晋源区', '尖草坪区', '万柏林区']);
  });

  it('is Chinese whatever the builder runs on: Node 21 and later have a navigator in English', async () => {
    expect(typeof navigator === 'undefined' || navigator.language.startsWith('en')).toBe(true);
    const { renderFirstScreen } = await import('../../../src/prerender');
    const html = await renderFirstScreen();
    expect(html).toContain('<h2 id="summary-heading">摘要</h2>');
    expect(html).not.toContain('Summary');
  });

  it("renders the same screen in English for an English reader: February's order, English names and headings", async () => {
    const { renderFirstScreen } = await import('../../../src/prerender');
    const html = await renderFirstScreen('en');
    const order = [...html.matchAll(/<th scope="row"[^>]*>(?:<[^>]+>)*([^<]+)/g)].map((m) => m[1]);
    expect(order.slice(0, 6)).toEqual(['Yingze', 'Xiaodian', 'Xinghualing', 'Jinyuan', 'Jiancaoping', 'Wanbailin']);
    expect(html).toContain('<h1>Taiyuan sanitary-city inspection scores</h1>');
    expect(html).not.toContain('摘要');
    // And Chinese again after it: the language is the render's, not left over from the one before.
    expect(await renderFirstScreen()).toContain('<h2 id="summary-heading">摘要</h2>');
  });
});
