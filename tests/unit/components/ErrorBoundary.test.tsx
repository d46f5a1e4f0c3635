// @vitest-environment jsdom
// A view that throws shows a message and a retry button instead of taking the page down.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/components/ErrorBoundary';

afterEach(cleanup);

let broken = true;
function Flaky() {
  if (broken) throw new Error('figures missing');
  return <p>上榜</p>;
}

describe('error boundary', () => {
  it('shows what failed, and the retry renders the view again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <ErrorBoundary resetKey="rankings" title="此视图出错" retryLabel="重试">
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('此视图出错 (figures missing)');
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(screen.getByText('上榜')).toBeTruthy();
  });
});
