// @vitest-environment jsdom
// The new-version notice: nothing until a new version waits, then one button in a status region.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { useDashboard } from '../../../src/store/store';

beforeEach(() => {
  useDashboard.setState({ ...useDashboard.getInitialState(), language: 'zh' }, true);
});
afterEach(cleanup);

describe('UpdateBanner', () => {
  it('says 有新版本，点此更新 only once the service worker has a new version waiting', async () => {
    render(<App />);
    expect(screen.queryByRole('button', { name: '有新版本，点此更新' })).toBeNull();
    act(() => {
      useDashboard.getState().setUpdateAvailable(true);
    });
    const button = await screen.findByRole('button', { name: '有新版本，点此更新' });
    expect(button.closest('[role="status"]')).not.toBeNull();
    // The rankings are still there under the notice: nothing switched by itself.
    expect(screen.getByRole('table', { name: /各区得分与排名/ })).toBeTruthy();
  });
});
