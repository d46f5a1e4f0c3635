// The reader's choice of a grid's header (src/data/reading/headerRow.ts): a row below it, or none. Invented figures.
import { describe, expect, it } from 'vitest';
import { headedCandidate, previewImport, readCandidate } from '../../../src/data/importText';
import { NO_HEADER } from '../../../src/data/reading/headerRow';
import { readingOf } from '../../../src/data/reading/importReading';

function chosen(text: string) {
  const preview = previewImport(text);
  const candidate = preview.candidates.find((c) => c.id === preview.chosen);
  if (!candidate?.table) throw new Error('no table read');
  return candidate;
}

describe('the header a reader chooses', () => {
  it('the second row chosen as the header: the first row is not read, and the ranking is of the rest', () => {
    const candidate = chosen('区域\t市容\t环卫\n东区\t90\t85\n西区\t88\t80\n南区\t70\t95\n北区\t60\t65');
    const read = readCandidate(candidate, { candidate: candidate.id, headerRow: 1 });
    // 东区's line is the header now: its cells name the columns, and 东区 is no longer ranked.
    expect(headedCandidate(candidate, 1).table?.grid.header.map((cell) => cell.text)).toEqual(['东区', '90', '85']);
    expect(read.ok && read.inspection.districts).toEqual(['西区', '南区', '北区']);
  });

  it('no header: the line read as the header is a record of its own', () => {
    const candidate = chosen('区域\t市容\t环卫\n东区\t90\t85\n西区\t88\t80');
    const headed = headedCandidate(candidate, NO_HEADER);
    expect(headed.table?.grid.header.map((cell) => cell.text)).toEqual(['', '', '']);
    expect(headed.table?.grid.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['区域', '市容', '环卫'],
      ['东区', '90', '85'],
      ['西区', '88', '80'],
    ]);
  });

  it('is stored with the reading, and a malformed one refuses the whole reading', () => {
    expect(readingOf({ candidate: 'table:1', headerRow: 2 })).toEqual({ candidate: 'table:1', headerRow: 2 });
    expect(readingOf({ candidate: 'table:1', headerRow: -1 })).toEqual({ candidate: 'table:1', headerRow: -1 });
    expect(readingOf({ candidate: 'table:1', headerRow: 1.5 })).toBeNull();
    expect(readingOf({ candidate: 'table:1', headerRow: -2 })).toBeNull();
  });
});
