// The clipboard-HTML reader with no DOM: cells with their spans, entities, titles, and a budget on expanded
// cells, so that a page of huge spans is refused by table instead of exhausting memory.
import { describe, expect, it } from 'vitest';
import { HTML_CELL_BUDGET, htmlTablesToText, readHtmlTables } from '../../../src/data/sources/htmlTables';
import { readFixture } from '../readFixture';

describe('readHtmlTables', () => {
  it('repeats rowspan and colspan cells into every position they cover', () => {
    const html =
      '<p>各街道考核得分</p><table><tr><th rowspan="2">街道</th><th colspan="2">得分</th></tr><tr><th>城管</th><th>环卫</th></tr>' +
      '<tr><td>东关街道</td><td>96.76</td><td>82.24</td></tr></table>';
    expect(htmlTablesToText(html)).toBe('## 各街道考核得分\n\n街道\t得分\t得分\n街道\t城管\t环卫\n东关街道\t96.76\t82.24');
  });

  it('decodes entities, drops scripts and styles, and never reads a script as a cell', () => {
    const html =
      '<table><caption>表&nbsp;1</caption><tr><td>甲&amp;乙区<script>alert(1)</script></td><td>&#56;0.5</td><style>td{}</style></tr></table>';
    const read = readHtmlTables(html);
    expect(read).toEqual({ ok: true, tables: [{ title: '表 1', rows: [['甲&乙区', '80.5']] }] });
  });

  it('reads the seed as the clipboard gives it: both tables with their headings', () => {
    const read = readHtmlTables(readFixture('real/seed-v9-clipboard-html.txt'));
    if (!read.ok) throw new Error('not read');
    expect(read.tables.map((t) => t.title)).toEqual([
      '城六区创卫月督查创卫评估暗访点位类型得分排名',
      '城六区创卫月督查创卫评估暗访各区总分排名',
    ]);
    expect(read.tables[0]?.rows[2]?.slice(0, 2)).toEqual(['农贸市场、便民市场(100)', '杏花岭区 80.2']);
  });

  it('refuses spans past the cell budget, naming the table, without expanding them', () => {
    const cell = '<td rowspan="500" colspan="50">x</td>';
    const html = `<table><tr><td>a</td></tr></table><table>${`<tr>${cell.repeat(50)}</tr>`.repeat(2)}</table>`;
    const read = readHtmlTables(html);
    expect(read).toMatchObject({ ok: false, reason: 'cell-budget', table: 2 });
    expect(!read.ok && read.cells).toBeGreaterThan(HTML_CELL_BUDGET);
  });

  it('never throws on broken markup: unclosed tags, stray ends, lone surrogates in entities', () => {
    for (const html of ['<table><tr><td>甲区<td>80', '</td></tr></table>', '<table><tr><td>&#xD800;</td></tr>', '<table', '<<<>>>']) {
      expect(() => readHtmlTables(html)).not.toThrow();
    }
    expect(htmlTablesToText('<table><tr><td>甲区<td>80')).toBe('甲区\t80');
  });
});
