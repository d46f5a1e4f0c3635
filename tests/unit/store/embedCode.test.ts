// The embed code: an iframe of the app's own address with embed=1 and the view state, and the resizer script.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dashboardUrl, embedCode, embedUrl, HEIGHT_MESSAGE, RESIZER_FILE } from '../../../src/store/embedCode';
import { DEFAULT_VIEW_STATE, parseViewState } from '../../../src/store/viewState';

const APP = 'https://example.org/dashboard/';
const context = { siteTypes: ['公厕', '铁路沿线'], districts: ['杏花岭区', '小店区'], periods: ['taiyuan-2025-01'] };

describe('embedCode', () => {
  it('frames the view with embed=1 and its state (the dot plot over 公厕, in English), then loads the resizer', () => {
    const state = { ...DEFAULT_VIEW_STATE, view: 'bars' as const, siteTypes: ['公厕'], language: 'en' as const };
    const code = embedCode({ appUrl: APP, state, title: 'Compare: Taiyuan sanitary-city inspection', width: 'full', height: 640 });
    const [frame, script] = code.split('\n');
    const src = /src="([^"]+)"/.exec(frame ?? '')?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(src.startsWith(APP)).toBe(true);
    // The state the frame shows is the state it was made from, plus embed.
    expect(parseViewState(new URL(src).search, context)).toEqual({ ...state, embed: true });
    expect(frame).toContain('title="Compare: Taiyuan sanitary-city inspection"');
    expect(frame).toContain('width="100%"');
    expect(frame).toContain('height="640"');
    expect(script).toBe(`<script src="${APP}${RESIZER_FILE}" async></script>`);
  });

  it('escapes the title and the address for an HTML attribute', () => {
    const code = embedCode({ appUrl: APP, state: DEFAULT_VIEW_STATE, title: 'A "quoted" <title> & more', width: 480, height: 500 });
    expect(code).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more"');
    expect(code).toContain('width="480"');
    expect(code).not.toMatch(/src="[^"]*&(?!amp;)[^"]*"/);
  });

  it('the open link is the same state without embed; the embed address is it with embed=1; both name the language', () => {
    // A host page's readers have browsers of their own: the frame and its open link show the language the code was made in.
    const state = { ...DEFAULT_VIEW_STATE, view: 'radar' as const, district: '小店区' };
    const district = encodeURIComponent('小店区');
    expect(dashboardUrl(APP, { ...state, embed: true })).toBe(`${APP}?view=radar&lang=zh&district=${district}`);
    expect(embedUrl(APP, state)).toBe(`${APP}?view=radar&lang=zh&district=${district}&embed=1`);
    expect(embedUrl(APP, { ...state, language: 'en' })).toBe(`${APP}?view=radar&lang=en&district=${district}&embed=1`);
    expect(dashboardUrl(APP, DEFAULT_VIEW_STATE)).toBe(`${APP}?lang=zh`);
  });

  it('the resizer shipped in public/ listens for the message type the app posts', () => {
    const resizer = readFileSync(new URL(`../../../public/${RESIZER_FILE}`, import.meta.url), 'utf8');
    expect(resizer).toContain(`'${HEIGHT_MESSAGE}'`);
  });
});
