// @vitest-environment jsdom
// The legend: a chip highlights its district (as a resident expects of a tap); showing and hiding is a separate,
// labelled control. Hundreds of districts are folded behind their count and built when unfolded.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEGEND_FOLD_AFTER, SeriesLegend } from '../../../src/components/SeriesLegend';

afterEach(cleanup);

const SEED_DISTRICTS = ['杏花岭区', '迎泽区', '小店区', '万柏林区', '晋源区', '尖草坪区'];
const item = (name: string) => ({ key: name, label: name, colour: '#0072b2', hidden: name === '晋源区' });
const labels = {
  highlightLabel: (name: string) => `突出显示${name}`,
  visibilityLabel: (shown: number, count: number) => `显示哪些（${String(shown)}/${String(count)}）`,
  foldLabel: (count: number) => `图例（${String(count)} 项）`,
};

function props(overrides: Partial<Parameters<typeof SeriesLegend>[0]> = {}) {
  return { items: SEED_DISTRICTS.map(item), onToggle: vi.fn(), onHighlight: vi.fn(), highlighted: undefined, ...labels, ...overrides };
}

describe('SeriesLegend', () => {
  it('a chip highlights its district, pressed while it is the one highlighted; pressed again it lets go', () => {
    const given = props({ highlighted: '迎泽区' });
    render(<SeriesLegend {...given} />);
    const chips = screen.getAllByRole('button');
    expect(chips.map((b) => b.textContent)).toEqual(SEED_DISTRICTS);
    expect(chips.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false', 'false', 'false', 'false']);
    fireEvent.click(screen.getByRole('button', { name: '小店区' }));
    expect(given.onHighlight).toHaveBeenLastCalledWith('小店区');
    fireEvent.click(screen.getByRole('button', { name: '迎泽区' }));
    expect(given.onHighlight).toHaveBeenLastCalledWith(undefined);
    expect(given.onToggle).not.toHaveBeenCalled();
  });

  it('hiding is its own labelled control: a checkbox per district, saying how many are shown', () => {
    const given = props();
    render(<SeriesLegend {...given} />);
    const summary = screen.getByText('显示哪些（5/6）');
    const details = summary.closest('details');
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(6);
    expect(screen.getByRole('checkbox', { name: '晋源区' })).toHaveProperty('checked', false);
    expect(screen.getByRole('checkbox', { name: '小店区' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('checkbox', { name: '小店区' }));
    expect(given.onToggle).toHaveBeenCalledWith('小店区');
    expect(given.onHighlight).not.toHaveBeenCalled();
  });

  it('the city average is a key, not a chip: it cannot be highlighted, only shown or hidden', () => {
    const given = props({
      items: [...SEED_DISTRICTS.map(item), { key: '__city', label: '全市平均', colour: '#444', dashed: true, hidden: false, fixed: true }],
    });
    render(<SeriesLegend {...given} />);
    expect(screen.queryByRole('button', { name: '全市平均' })).toBeNull();
    expect(screen.getByText('全市平均')).toBeTruthy();
    expect(screen.getByText('显示哪些（6/7）')).toBeTruthy();
  });

  it(`folds 300 districts (past ${String(LEGEND_FOLD_AFTER)}) behind their count and builds the chips when opened`, () => {
    const names = Array.from({ length: 300 }, (_, i) => `区${String(i + 1).padStart(3, '0')}`);
    render(<SeriesLegend {...props({ items: names.map((n) => ({ ...item(n), hidden: false })) })} />);
    expect(screen.getByText('图例（300 项）')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    const details = screen.getByText('图例（300 项）').closest('details');
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(screen.getAllByRole('button')).toHaveLength(300);
  });
});
