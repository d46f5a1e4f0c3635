// The link fragment that carries an inspection: every field survives the round trip; a damaged fragment, one of an
// unknown version, one past the size limit and a deflate bomb are refused; the seed month and a 74-street month
// fit in the lengths a link can carry.
import { describe, expect, it } from 'vitest';
import { crc32, decodeFragment, encodeFragment, FRAGMENT_LIMIT } from '../../../src/data/share/fragment';
import { parsePrintedTables } from '../../../src/data/layouts/printedTables';
import type { Inspection } from '../../../src/data/types';
import { readFixture } from '../readFixture';
import { SEED_CITY_TOTAL, SEED_DISTRICTS_BY_TOTAL, SEED_PUBLISHED_TOTALS } from '../seedFigures';

function seed(): Inspection {
  const result = parsePrintedTables(readFixture('taiyuan-news-page-2025-01.txt'));
  if (!result.ok) throw new Error('seed');
  return result.inspection;
}

/** The inspection without the lines and columns of its text, which a link does not carry. */
function withoutPlaces(inspection: Inspection) {
  const strip = (items: readonly object[] | undefined) =>
    items?.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'line' && key !== 'column')));
  return {
    ...inspection,
    siteTypes: strip(inspection.siteTypes),
    // Scores are looked up by district and site type: their order in the list is no part of the reading.
    scores: strip(inspection.scores)?.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    publishedTotals: strip(inspection.publishedTotals),
    publishedRanks: strip(inspection.publishedRanks),
    cityAverages: strip(inspection.cityAverages),
    sourceRanges: [],
  };
}

const seventyFourStreets = (): Inspection => {
  const first = '东西南北中新老金银长安和平幸福光明';
  const second = '关门湖山桥城路园';
  const districts = Array.from(
    { length: 74 },
    (_, i) => `${first[i % first.length] ?? ''}${second[Math.floor(i / first.length)] ?? ''}街道`,
  );
  const siteTypes = ['市容秩序', '环境卫生', '园林绿化', '市政设施', '违法建设'].map((name) => ({ name, maxScore: 100, line: 0 }));
  return {
    title: '各街道城市管理考核得分',
    districts,
    siteTypes,
    scores: districts.flatMap((district, d) =>
      siteTypes.map((s, k) => ({
        district,
        siteType: s.name,
        value: Math.round((99 - d * 0.37 - k * 1.3) * 100) / 100,
        line: 0,
        column: 0,
      })),
    ),
    publishedTotals: [],
    totalMaxScore: 500,
    sourceRanges: [],
    entityKind: '街道',
  };
};

describe('the link fragment', () => {
  it('round-trips every field of the seed: names, maxima, scores, printed totals, city figures, title, period, label', async () => {
    const inspection = seed();
    const fragment = await encodeFragment({ period: '2025-01', label: '一月', inspection });
    const decoded = await decodeFragment(fragment);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.reading.period).toBe('2025-01');
    expect(decoded.reading.label).toBe('一月');
    expect(withoutPlaces(decoded.reading.inspection)).toEqual(withoutPlaces(inspection));
    expect(decoded.reading.inspection.districts).toEqual(SEED_DISTRICTS_BY_TOTAL);
    expect(decoded.reading.inspection.publishedTotals.map((t) => t.value)).toEqual(SEED_PUBLISHED_TOTALS);
    expect(decoded.reading.inspection.publishedCityTotal).toBe(SEED_CITY_TOTAL);
  });

  it('round-trips weights, printed ranks and the kind of entity', async () => {
    const inspection: Inspection = {
      ...seventyFourStreets(),
      siteTypes: [
        { name: '甲', maxScore: 60, line: 0, weight: 0.6 },
        { name: '乙', maxScore: 40, line: 0, weight: 0.4 },
      ],
      districts: ['东街道', '西街道'],
      scores: [
        { district: '东街道', siteType: '甲', value: 55.5, line: 0, column: 0 },
        { district: '西街道', siteType: '乙', value: -1.25, line: 0, column: 0 },
      ],
      publishedTotals: [{ district: '西街道', value: 80, line: 0, column: 0 }],
      publishedRanks: [
        { district: '东街道', value: 1, line: 0, column: 0 },
        { district: '西街道', value: 2, line: 0, column: 0 },
      ],
      totalMaxScore: 100,
    };
    const decoded = await decodeFragment(await encodeFragment({ period: '2025-06', label: '', inspection }));
    expect(decoded.ok && withoutPlaces(decoded.reading.inspection)).toEqual(withoutPlaces(inspection));
  });

  it('carries the printed decimals (an integer table stays integers for the friend too), with and without fewer is better', async () => {
    const integers: Inspection = { ...seed(), decimals: 0 };
    const decoded = await decodeFragment(await encodeFragment({ period: '2025-06', label: '', inspection: integers }));
    expect(decoded.ok && decoded.reading.inspection.decimals).toBe(0);
    const deductions: Inspection = { ...seed(), decimals: 2, fewerIsBetter: true };
    const both = await decodeFragment(await encodeFragment({ period: '2025-06', label: '', inspection: deductions }));
    expect(both.ok && [both.reading.inspection.decimals, both.reading.inspection.fewerIsBetter]).toEqual([2, true]);
    // A link made before the decimals were carried still opens, its decimals told from its values.
    const before: Inspection = seed();
    delete before.decimals;
    const old = await decodeFragment(await encodeFragment({ period: '2025-06', label: '', inspection: before }));
    expect(old.ok && old.reading.inspection.decimals).toBeUndefined();
  });

  it('fits the seed month in a link under 2,000 characters and a 74-street month under 8,000', async () => {
    const base = 'https://example.org/dashboard/?period=2025-01&view=bars&hl=%E5%B0%8F%E5%BA%97%E5%8C%BA';
    const seedLink = base + (await encodeFragment({ period: '2025-01', label: '', inspection: seed() }));
    expect(seedLink.length).toBeLessThan(2000);
    const streets = base + (await encodeFragment({ period: '2025-01', label: '', inspection: seventyFourStreets() }));
    expect(streets.length).toBeLessThan(8000);
  });

  it('refuses a damaged fragment, whatever is damaged', async () => {
    const fragment = await encodeFragment({ period: '2025-01', label: '', inspection: seed() });
    const [head, checksum, payload = ''] = fragment.split('.');
    const flipped = payload.slice(0, 40) + (payload[40] === 'A' ? 'B' : 'A') + payload.slice(41);
    for (const damaged of [
      `${head}.${checksum}.${flipped}`,
      `${head}.${checksum}.${payload.slice(0, -10)}`,
      `${head}.00000000.${payload}`,
      `${head}.${checksum}.${payload}!`,
      `${head}.${checksum}`,
      '#data=',
      '#other=1.2.3',
    ])
      expect(await decodeFragment(damaged)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses an unknown version and a fragment over the limit, and stops unpacking a deflate bomb', async () => {
    const fragment = await encodeFragment({ period: '2025-01', label: '', inspection: seed() });
    expect(await decodeFragment(fragment.replace('#data=1.', '#data=2.'))).toEqual({ ok: false, problem: 'version' });
    expect(await decodeFragment(`#data=1.00000000.${'A'.repeat(FRAGMENT_LIMIT)}`)).toEqual({ ok: false, problem: 'too-long' });
    // 20 MB of one character deflate to a few kilobytes: unpacking stops at the JSON limit.
    const bomb = new Uint8Array(20_000_000).fill(32);
    const stream = new Blob([bomb]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const packed = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    for (const byte of packed) binary += String.fromCharCode(byte);
    const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(payload.length).toBeLessThan(FRAGMENT_LIMIT);
    expect(await decodeFragment(`#data=1.${crc32(bomb).toString(16)}.${payload}`)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses a well-formed fragment whose reading is not one: duplicate names, a score row of the wrong length', async () => {
    const encode = async (value: unknown) => {
      const json = new TextEncoder().encode(JSON.stringify(value));
      const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const packed = new Uint8Array(await new Response(stream).arrayBuffer());
      let binary = '';
      for (const byte of packed) binary += String.fromCharCode(byte);
      return `#data=1.${crc32(json).toString(16).padStart(8, '0')}.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    };
    const good = [1, '2025-01', '', '', '', ['甲区', '乙区'], [['公厕', 100, null]], [[90], [80]], [null, null], [null, null], 100, null];
    expect((await decodeFragment(await encode(good))).ok).toBe(true);
    expect(await decodeFragment(await encode(Object.fromEntries(good.entries())))).toEqual({ ok: false, problem: 'damaged' });
    const twice = [...good];
    twice[5] = ['甲区', '甲区'];
    expect(await decodeFragment(await encode(twice))).toEqual({ ok: false, problem: 'damaged' });
    const short = [...good];
    short[7] = [[90], []];
    expect(await decodeFragment(await encode(short))).toEqual({ ok: false, problem: 'damaged' });
    const proto = [...good];
    proto[5] = ['__proto__', 'constructor'];
    expect((await decodeFragment(await encode(proto))).ok).toBe(true);
  });
});
