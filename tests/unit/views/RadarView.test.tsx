// @vitest-environment jsdom
// The radar says its scale (a centre above 0 is said), and a reading of fewer than three site types, which no radar
// can draw, is shown as a dot plot with its data table instead.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import RadarView from '../../../src/views/RadarView';
import { useDashboard } from '../../../src/store/store';
import { addImport } from '../../../src/store/storedImports';
import { importText } from '../../../src/data/importText';

beforeEach(() => {
  useDashboard.setState({ ...useDashboard.getInitialState(), language: 'zh' }, true);
});
afterEach(cleanup);

describe('RadarView', () => {
  it('says where the seed’s scale starts: 30 at the centre (not 0), 100 on the outer ring', () => {
    render(<RadarView />);
    expect(screen.getByText(/刻度：中心为 30（不从 0 起，以显出各区差距），最外圈为 100。/)).toBeTruthy();
  });

  it('two site types chosen: no radar, a dot plot whose table holds the printed scores', () => {
    useDashboard.setState({ siteTypes: ['公厕', '铁路沿线'] });
    const { container } = render(<RadarView />);
    expect(container.querySelector('.radar-box')).toBeNull();
    expect(screen.getByText(/只有 2 个点位类型/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '以表格显示数据' }));
    const table = screen.getByRole('table');
    const railway = within(table).getByRole('row', { name: /铁路沿线/ });
    // 小店区 80.7 and the city's 56.7 on 铁路沿线, as printed.
    expect(railway.textContent).toContain('80.7');
    expect(railway.textContent).toContain('56.7');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('deductions (fewer is better) are drawn with the fewest furthest out, and the chart says so', async () => {
    const text = '单位\t公厕扣分\t道路扣分\t绿化扣分\n甲街道\t5\t2.5\t1\n乙街道\t1.5\t3\t2.5\n丙街道\t8.4\t1\t4\n';
    await addImport(useDashboard, undefined, text, '2025-02', '', importText(text));
    render(<RadarView />);
    expect(screen.getByText(/刻度：越少越好，越靠外越好：中心为 10，最外圈为 0。/)).toBeTruthy();
  });

  it('a scale of small deductions is said as drawn: 2.5 at the centre, not rounded to 3', async () => {
    const text = '单位\t公厕扣分\t道路扣分\t绿化扣分\n甲街道\t0.5\t1.2\t0.8\n乙街道\t1.5\t0.3\t2.1\n丙街道\t0.9\t1.1\t0.6\n';
    await addImport(useDashboard, undefined, text, '2025-02', '', importText(text));
    render(<RadarView />);
    expect(screen.getByText(/刻度：越少越好，越靠外越好：中心为 2\.5，最外圈为 0。/)).toBeTruthy();
  });
});
