// @vitest-environment jsdom
// The legend: the seed's six districts as toggle buttons; hundreds folded behind their count, built when unfolded.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEGEND_FOLD_AFTER, SeriesLegend } from '../../../src/components/SeriesLegend';

afterEach(cleanup);

const SEED_DISTRICTS = ['杏花岭区', '迎泽区', '小店区', '万柏林区', '晋源区', '尖草坪区'];
const item = (name: string) => ({ key: name, label: name, colour: '#0072b2', hidden: false });
const labels = { toggleLabel: (name: string) => `显示或隐藏${name}`, foldLabel: (count: number) => `图例（${String(count)} 项）` };

describe('SeriesLegend', () => {
  it('shows the seed six as pressed buttons; a press toggles that district', () => {
    const onToggle = vi.fn();
    render(<SeriesLegend items={SEED_DISTRICTS.map(item)} onToggle={onToggle} {...labels} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(SEED_DISTRICTS);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'true')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '小店区' }));
    expect(onToggle).toHaveBeenCalledWith('小店区');
    expect(screen.queryByText(/图例/)).toBeNull();
  });

  it(`folds 300 districts (past ${String(LEGEND_FOLD_AFTER)}) behind their count and builds the buttons when opened`, () => {
    const names = Array.from({ length: 300 }, (_, i) => `区${String(i + 1).padStart(3, '0')}`);
    render(<SeriesLegend items={names.map(item)} onToggle={() => undefined} {...labels} />);
    expect(screen.getByText('图例（300 项）')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    const details = screen.getByText('图例（300 项）').closest('details');
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(screen.getAllByRole('button')).toHaveLength(300);
  });
});
