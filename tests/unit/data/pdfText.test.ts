// PDF text items (as pdf.js gives them: a string, its left edge, baseline, width and height) read into tables:
// items on one baseline make a line, wide gaps make cells, lines of cells make a table under its title line.
import { describe, expect, it } from 'vitest';
import { normalisePdfText, pdfPagesToTables, type PdfTextItem } from '../../../src/data/sources/pdfText';

/** A line of cells at the given left edges, 10 units high, each item 4 units wide per character. */
function line(y: number, cells: [number, string][]): PdfTextItem[] {
  return cells.map(([x, text]) => ({ text, x, y, width: text.length * 4, height: 10 }));
}

describe('pdfPagesToTables', () => {
  it('reads lines by baseline and cells by gaps, under the title line above them', () => {
    const page = [
      ...line(800, [[40, '关于考核结果的通报']]),
      ...line(780, [[40, '各街道考核得分']]),
      ...line(760, [
        [40, '街道'],
        [140, '城管'],
        [200, '环卫'],
      ]),
      // A name printed in two runs of glyphs stays one cell; a baseline off by a point is the same line.
      { text: '东关', x: 40, y: 740, width: 20, height: 10 },
      { text: '街道', x: 60, y: 740.5, width: 20, height: 10 },
      ...line(740, [
        [140, '96.76'],
        [200, '82.24'],
      ]),
      ...line(720, [
        [40, '西关街道'],
        [140, '94.20'],
        [200, '90.10'],
      ]),
      ...line(700, [[40, '特此通报。']]),
    ];
    expect(pdfPagesToTables([page])).toEqual([
      {
        title: '各街道考核得分',
        rows: [
          ['街道', '城管', '环卫'],
          ['东关街道', '96.76', '82.24'],
          ['西关街道', '94.20', '90.10'],
        ],
      },
    ]);
  });

  it('reads every page, and a page with no rows of cells gives no table', () => {
    const table = [
      ...line(760, [
        [40, '区'],
        [140, '得分'],
      ]),
      ...line(740, [
        [40, '甲区'],
        [140, '90'],
      ]),
      ...line(720, [
        [40, '乙区'],
        [140, '85'],
      ]),
    ];
    expect(pdfPagesToTables([line(800, [[40, '正文一段']]), table]).map((t) => t.rows.length)).toEqual([3]);
  });

  it('reads a table beside an article column without the article: lines that do not align with its rows stay out', () => {
    const prose = '各街道要高度重视考核中发现的问题，立行立改，举一反三，建立长效机制。';
    const article = (y: number) => ({ text: prose.slice(0, 25), x: 40, y, width: 220, height: 10 });
    const page = [
      // The article column runs down the left, on its own baselines and on the table's.
      article(800),
      article(786),
      ...line(772, [[300, '各街道考核得分']]),
      article(772),
      ...line(752, [
        [300, '街道'],
        [380, '城管'],
        [440, '环卫'],
      ]),
      article(758),
      article(744),
      ...line(732, [
        [300, '东关街道'],
        [380, '96.76'],
        [440, '82.24'],
      ]),
      article(730),
      ...line(712, [
        [300, '西关街道'],
        [380, '94.20'],
        [440, '90.10'],
      ]),
      article(716),
      article(702),
      ...line(692, [
        [300, '南关街道'],
        [380, '91.00'],
        [440, '88.50'],
      ]),
      article(688),
    ];
    expect(pdfPagesToTables([page])).toEqual([
      {
        title: '各街道考核得分',
        rows: [
          ['街道', '城管', '环卫'],
          ['东关街道', '96.76', '82.24'],
          ['西关街道', '94.20', '90.10'],
          ['南关街道', '91.00', '88.50'],
        ],
      },
    ]);
  });

  it('keeps a table under full-width prose whole: prose over the whole width is no column beside it', () => {
    const prose = {
      text: '各街道要高度重视考核中发现的问题，立行立改，举一反三，建立长效机制，确保问题整改到位。',
      x: 40,
      y: 800,
      width: 500,
      height: 10,
    };
    const page = [
      prose,
      ...line(760, [
        [40, '街道'],
        [140, '城管'],
      ]),
      ...line(740, [
        [40, '东关街道'],
        [140, '96.76'],
      ]),
      ...line(720, [
        [40, '西关街道'],
        [140, '94.20'],
      ]),
    ];
    expect(pdfPagesToTables([page]).map((t) => t.rows)).toEqual([
      [
        ['街道', '城管'],
        ['东关街道', '96.76'],
        ['西关街道', '94.20'],
      ],
    ]);
  });

  it('reads the look-alike radicals some PDF fonts produce as the characters they stand for', () => {
    expect(normalisePdfText('⼩店区')).toBe('小店区');
    expect(normalisePdfText('⺠⻝')).toBe('民食');
    // Chromium's PDF of 西关街道 gives ⻄ (U+2EC4).
    expect(normalisePdfText('⻄关街道')).toBe('西关街道');
  });
});
