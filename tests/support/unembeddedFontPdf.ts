// A PDF written by hand whose Chinese font is not embedded (STSong-Light, one of the Adobe CJK fonts a reader is
// expected to have, with the predefined CMap UniGB-UCS2-H): a PDF reader gets no text from it without the CJK
// character maps. Many government PDFs are made so. It holds the invented 8 × 6 ranking of rankingWorkbook.ts.
import { CATEGORIES, scoreAt, STREETS } from './rankingWorkbook';

/** A string in the font's encoding (UCS-2, big-endian) as a PDF hex string. */
const ucs2 = (text: string) => `<${Array.from(text, (ch) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('')}>`;

export function unembeddedFontPdf(): Buffer {
  const cells: { x: number; y: number; text: string }[] = [{ x: 60, y: 780, text: '各街道城市管理考核得分' }];
  const header = ['街道', ...CATEGORIES];
  header.forEach((text, c) => cells.push({ x: 60 + c * 75, y: 750, text }));
  STREETS.forEach((street, s) => {
    const y = 730 - s * 20;
    cells.push({ x: 60, y, text: street });
    CATEGORIES.forEach((_, c) => cells.push({ x: 60 + (c + 1) * 75, y, text: scoreAt(s, c).toFixed(2) }));
  });
  const content = cells.map((cell) => `BT /F1 11 Tf ${String(cell.x)} ${String(cell.y)} Td ${ucs2(cell.text)} Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${String(Buffer.byteLength(content, 'latin1'))} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${String(i + 1)} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
