// @vitest-environment jsdom
// A view switch draws the tabs and the view, not the rest of the page again.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { useDashboard } from '../../../src/store/store';

beforeEach(() => {
  useDashboard.setState({ ...useDashboard.getInitialState(), language: 'zh' }, true);
});
afterEach(cleanup);

describe('a view switch', () => {
  it('leaves the header and the site-type filter untouched: no attribute of theirs is written again', async () => {
    const { container } = render(<App />);
    expect(screen.getByRole('table', { name: /各区得分与排名/ })).toBeTruthy();
    const header = container.querySelector('header');
    const filter = container.querySelector('.filter-panel');
    if (!header || !filter) throw new Error('the page has no header or no filter');
    // One checkbox per site type of the seed.
    expect(filter.querySelectorAll('input[type="checkbox"]')).toHaveLength(10);
    const written: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const record of records) written.push(`${(record.target as Element).tagName} ${record.attributeName ?? record.type}`);
    });
    for (const part of [header, filter]) watch.observe(part, { subtree: true, attributes: true, childList: true, characterData: true });
    act(() => {
      useDashboard.getState().setView('notes');
    });
    await screen.findByRole('tab', { name: '数据说明', selected: true });
    act(() => {
      useDashboard.getState().setView('rankings');
    });
    expect(screen.getByRole('tab', { name: '排名', selected: true })).toBeTruthy();
    watch.disconnect();
    expect(written).toEqual([]);
  });
});
