// @vitest-environment jsdom
// The rankings screen renders again for what its table does not show (the phone's list, the list/table switch):
// the table's cells are then not drawn again. Right after hydration on a wide screen, the screen's width comes in
// one synchronous render, and drawing every cell again in it was a long task of the load (issue 25).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDashboard } from '../../../src/store/store';
import { RankingsView } from '../../../src/views/RankingsView';
import { NARROW_SCREEN_QUERY } from '../../../src/views/useNarrowScreen';

// Every header and cell the table draws goes through flexRender: a count of its calls is a count of cells drawn.
const drawn = vi.hoisted(() => ({ cells: 0 }));
vi.mock('@tanstack/react-table', async (importOriginal) => {
  const real = await importOriginal<typeof import('@tanstack/react-table')>();
  return {
    ...real,
    flexRender: (...args: Parameters<typeof real.flexRender>) => {
      drawn.cells++;
      return real.flexRender(...args);
    },
  };
});

/** A screen whose width can be changed: matchMedia for the narrow-screen query, with its change listeners. */
function screenWidth(narrow: boolean) {
  const listeners = new Set<() => void>();
  let matches = narrow;
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === NARROW_SCREEN_QUERY && matches;
    },
    media: query,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }));
  return (next: boolean) => {
    matches = next;
    for (const listener of listeners) listener();
  };
}

beforeEach(() => {
  useDashboard.setState({ ...useDashboard.getInitialState(), language: 'zh' }, true);
  drawn.cells = 0;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the rankings screen draws its table once for the same rankings', () => {
  it('a change of width that brings the phone list and takes it away again draws no cell again', () => {
    const setNarrow = screenWidth(false);
    render(<RankingsView />);
    expect(screen.getAllByRole('row', { name: /杏花岭区/ }).length).toBeGreaterThan(0);
    const once = drawn.cells;
    // The seed's table: six districts and the city row, each with its cells (and the headers): far more than none.
    expect(once).toBeGreaterThan(6 * 10);
    act(() => {
      setNarrow(true);
    });
    expect(document.querySelector('.ranked-view')).not.toBeNull();
    act(() => {
      setNarrow(false);
    });
    expect(drawn.cells).toBe(once);
  });

  it('the switch between the list and the full table draws no cell again', () => {
    screenWidth(true);
    render(<RankingsView />);
    const once = drawn.cells;
    fireEvent.click(screen.getByRole('button', { name: '查看完整表格' }));
    expect(screen.getByRole('button', { name: '返回排名列表' })).not.toBeNull();
    expect(drawn.cells).toBe(once);
  });

  it('a new sort draws the table again, in the new order', () => {
    screenWidth(false);
    render(<RankingsView />);
    const once = drawn.cells;
    act(() => {
      useDashboard.getState().setSort({ column: 'type:铁路沿线', desc: true });
    });
    expect(drawn.cells).toBeGreaterThan(once);
    // 小店区 has the highest 铁路沿线 score (80.7): first under the header row.
    expect(screen.getAllByRole('row')[1]?.textContent).toContain('小店区');
  });
});
