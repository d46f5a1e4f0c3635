// An invented ranking as a workbook, for the spreadsheet tests in Node and in Chromium: eight streets, six
// categories out of 100, a merged title row, figures displayed with two decimals.
import { utils, type WorkBook } from '@e965/xlsx';

/** Invented figures: eight streets, six categories out of 100. */
export const STREETS = ['东关街道', '西关街道', '南关街道', '北关街道', '城东街道', '城西街道', '城南街道', '城北街道'];
export const CATEGORIES = ['市容', '环卫', '公厕', '市场', '小区', '背街'];
export const scoreAt = (street: number, category: number) => Math.round((95 - street * 2.35 - category * 1.17) * 100) / 100;

export function rankingWorkbook(): WorkBook {
  const rows: (string | number)[][] = [['各街道城市管理考核得分'], ['街道', ...CATEGORIES]];
  STREETS.forEach((street, s) => rows.push([street, ...CATEGORIES.map((_, c) => scoreAt(s, c))]));
  const sheet = utils.aoa_to_sheet(rows);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: CATEGORIES.length } }];
  // Two decimals as displayed, whatever the stored value (90 shows as 90.00).
  for (let r = 2; r < rows.length; r++)
    for (let c = 1; c <= CATEGORIES.length; c++) {
      const cell = sheet[utils.encode_cell({ r, c })] as { z?: string } | undefined;
      if (cell) cell.z = '0.00';
    }
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, '考核得分');
  return book;
}

const cellXml = (text: string, extra = '') =>
  `<w:tc><w:tcPr>${extra}</w:tcPr><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;

/**
 * The same ranking as a Word document's table (word/document.xml only, zipped): a title paragraph, a header whose
 * first cell spans two rows (vMerge) over a group spanning the six categories (gridSpan), and the rows.
 */
export function rankingDocumentXml(): string {
  const header1 = cellXml('街道', '<w:vMerge w:val="restart"/>') + cellXml('得分', `<w:gridSpan w:val="${String(CATEGORIES.length)}"/>`);
  const header2 = cellXml('', '<w:vMerge/>') + CATEGORIES.map((c) => cellXml(c)).join('');
  const rows = STREETS.map(
    (street, s) => `<w:tr>${cellXml(street)}${CATEGORIES.map((_, c) => cellXml(scoreAt(s, c).toFixed(2))).join('')}</w:tr>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    '<w:p><w:r><w:t>关于通报各街道城市管理考核得分的通知</w:t></w:r></w:p><w:p><w:r><w:t>各街道城市管理考核得分</w:t></w:r></w:p>' +
    `<w:tbl><w:tblPr/><w:tr>${header1}</w:tr><w:tr>${header2}</w:tr>${rows.join('')}</w:tbl>` +
    '<w:p><w:r><w:t>特此通报。</w:t></w:r></w:p></w:body></w:document>'
  );
}

/** A cell printed otherwise than its figure (a misprint, as `83,26` for 83.26). */
export interface Misprint {
  street: number;
  category: number;
  text: string;
}

function rankingTableHtml(border: boolean, misprint?: Misprint): string {
  const head = `<tr><th>街道</th>${CATEGORIES.map((c) => `<th>${c}</th>`).join('')}</tr>`;
  const printed = (s: number, c: number) => (misprint?.street === s && misprint.category === c ? misprint.text : scoreAt(s, c).toFixed(2));
  const body = STREETS.map((street, s) => `<tr><td>${street}</td>${CATEGORIES.map((_, c) => `<td>${printed(s, c)}</td>`).join('')}</tr>`);
  return `<table ${border ? 'border="1" ' : ''}style="border-collapse: collapse" cellpadding="6">${head}${body.join('')}</table>`;
}

/** The same ranking as an HTML page (a notice, the table, a closing line), for Chromium to print to PDF. */
export function rankingPageHtml(): string {
  return (
    '<html><body style="font: 14px sans-serif">' +
    '<p>关于通报各街道城市管理考核得分的通知</p><h3>各街道城市管理考核得分</h3>' +
    rankingTableHtml(false) +
    '<p>特此通报。</p></body></html>'
  );
}

/** The same ranking printed beside a column of an article, as a newspaper page sets it. */
export function rankingBesideArticleHtml(): string {
  const paragraph =
    '<p>本月，市城管委组织对各街道城市管理工作进行了考核，重点检查了市容环境、环卫保洁、公厕管理、农贸市场周边秩序、老旧小区和背街小巷的整治情况。各街道要对照考核中发现的问题，立行立改，举一反三，建立长效机制。</p>';
  return (
    '<html><body style="font: 14px sans-serif; display: flex; gap: 28px; margin: 24px">' +
    `<div style="width: 220px; line-height: 1.6">${paragraph.repeat(4)}</div>` +
    `<div><h3>各街道城市管理考核得分</h3>${rankingTableHtml(false)}</div>` +
    '</body></html>'
  );
}

/** Any rows of text as a bordered table beside an article column (a two-column newspaper page), for Chromium to print. */
export function tableBesideArticleHtml(title: string, rows: readonly (readonly string[])[]): string {
  const paragraph =
    '<p>本月，市创卫办组织对城六区进行了暗访督查，重点检查了农贸市场、餐饮小店、公厕、背街小巷和城中村的环境卫生。各区要对照问题清单，立行立改，建立长效机制。</p>';
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return (
    '<html><body style="font: 14px sans-serif; display: flex; gap: 28px; margin: 24px">' +
    `<div style="width: 220px; line-height: 1.6">${paragraph.repeat(4)}</div>` +
    `<div><h3>${title}</h3><table border="1" style="border-collapse: collapse" cellpadding="6">${body}</table></div>` +
    '</body></html>'
  );
}

/** The same ranking as a bordered table on a white page, for Chromium to take a screenshot of. */
export function rankingImageHtml(misprint?: Misprint): string {
  return `<html><body style="font: 14px sans-serif; margin: 16px; background: #fff"><h3>各街道城市管理考核得分</h3>${rankingTableHtml(true, misprint)}</body></html>`;
}

/** Any rows of text as a Word document's table under a title paragraph (word/document.xml only). */
export function tableDocumentXml(title: string, rows: readonly (readonly string[])[]): string {
  const body = rows.map((row) => `<w:tr>${row.map((cell) => cellXml(cell)).join('')}</w:tr>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    `<w:p><w:r><w:t>${title}</w:t></w:r></w:p><w:tbl><w:tblPr/>${body}</w:tbl></w:body></w:document>`
  );
}

/** Any rows of text as a bordered table on a page under a heading, for Chromium to print or photograph. */
export function tablePageHtml(title: string, rows: readonly (readonly string[])[]): string {
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return `<html><body style="font: 14px sans-serif; margin: 16px; background: #fff"><h3>${title}</h3><table border="1" style="border-collapse: collapse" cellpadding="6">${body}</table></body></html>`;
}
