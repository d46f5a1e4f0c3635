// @vitest-environment jsdom
// A long source: its first lines and every line a finding points at, with the rest one button away.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCE_LINES_FIRST, SourceLines } from '../../../src/components/SourceLines';
import { parseInspection } from '../../../src/data/parseInspection';
import { sourceExcerpt } from '../../../src/model/sourceExcerpt';
import { embeddedText } from '../../../src/data/embedded/source';

afterEach(cleanup);

const labels = {
  caption: '原文表格',
  lineHeader: '行',
  textHeader: '内容',
  partLabel: ({ shown, first, count }: { shown: number; first: number; count: number }) => `${shown}/${first}/${count}`,
  showAllLabel: (count: number) => `显示全部 ${count} 行`,
};

const rowNumbers = () => screen.getAllByRole('rowheader').map((cell) => Number(cell.textContent));

describe('SourceLines', () => {
  it('shows every line of the seed (no button): its tables are short', () => {
    const parsed = parseInspection(embeddedText);
    if (!parsed.ok) throw new Error('seed must parse');
    const lines = sourceExcerpt(embeddedText, parsed.inspection, parsed.findings);
    render(<SourceLines {...labels} lines={lines} />);
    expect(rowNumbers()).toEqual(lines.map((l) => l.number));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('of 3,001 lines shows the first 200 and the two marked far after them; the button shows all 3,001', () => {
    const lines = Array.from({ length: 3001 }, (_, i) => ({
      number: i + 1,
      text: `区${String(i).padStart(3, '0')},点位类型1,80.5,100`,
      marked: i + 1 === 2302 || i + 1 === 3001,
    }));
    render(<SourceLines {...labels} lines={lines} />);
    const shown = rowNumbers();
    expect(shown).toHaveLength(SOURCE_LINES_FIRST + 2);
    expect(shown.slice(0, 3)).toEqual([1, 2, 3]);
    expect(shown.slice(-3)).toEqual([200, 2302, 3001]);
    expect(screen.getByText(`${SOURCE_LINES_FIRST + 2}/${SOURCE_LINES_FIRST}/3001`, { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '显示全部 3001 行' }));
    expect(rowNumbers()).toHaveLength(3001);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
