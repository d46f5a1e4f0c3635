// @vitest-environment jsdom
// A table's body of many rows: past 100, only a screenful is drawn, in a bounded box that stays a table, and the table
// says how many rows it has; a card layout chosen while it was short is dropped.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScrollTable } from '../../../src/components/ScrollTable';

afterEach(cleanup);

const names = (count: number) => Array.from({ length: count }, (_, i) => `区${String(i + 1).padStart(3, '0')}`);

function Table({ districts }: { districts: readonly string[] }) {
  return (
    <ScrollTable
      caption="铁路沿线（满分 100）"
      columns={['排名', '区', '得分']}
      longBody={{
        count: districts.length,
        rowHeight: 33,
        footRows: 1,
        renderRow: (index) => (
          <tr key={districts[index]} aria-rowindex={districts.length > 100 ? index + 2 : undefined}>
            <td>{index + 1}</td>
            <th scope="row">{districts[index]}</th>
            <td>80.7</td>
          </tr>
        ),
      }}
    >
      <tfoot>
        <tr>
          <td />
          <th scope="row">全市平均</th>
          <td>56.7</td>
        </tr>
      </tfoot>
    </ScrollTable>
  );
}

describe('ScrollTable longBody', () => {
  it('draws the seed-sized six rows in full, labelled for the card layout', () => {
    const { container } = render(<Table districts={names(6)} />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(6);
    expect(container.querySelector('table')?.getAttribute('aria-rowcount')).toBeNull();
    expect(container.querySelector('.table-scroll')?.classList.contains('virtual')).toBe(false);
    expect(container.querySelector('tbody td:last-child')?.getAttribute('data-label')).toBe('得分');
  });

  it('for 300 rows: a bounded table of 302 rows by count, at most 100 drawn, and a card layout chosen before is dropped', () => {
    const { container, rerender } = render(<Table districts={names(6)} />);
    const region = container.querySelector<HTMLElement>('.table-scroll');
    if (!region) throw new Error('no region');
    region.dataset.layout = 'cards';
    rerender(<Table districts={names(300)} />);
    expect(region.classList.contains('virtual')).toBe(true);
    expect(region.dataset.layout).toBeUndefined();
    expect(container.querySelector('table')?.getAttribute('aria-rowcount')).toBe('302');
    const drawn = container.querySelectorAll('tbody tr').length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThanOrEqual(100);
  });

  it('for 300 rows: no cell is labelled for the card layout, which a bounded table never takes', () => {
    // The labels were written after every draw of the table, and on the rows the virtualizer had drawn since on the
    // next: with the what-if ranges, hundreds of writes as each batch arrived, outside the cells that change.
    const { container } = render(<Table districts={names(300)} />);
    expect(container.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('td[data-label]')).toHaveLength(0);
  });
});
