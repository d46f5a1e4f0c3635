// @vitest-environment jsdom
// Code loaded on demand: fetched once however often it is asked for, a failure said by the error boundary and
// fetched again by its retry (React.lazy keeps a failure, so its retry never succeeded), and drawn in the render
// after it arrives, with no Suspense hold-back.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/components/ErrorBoundary';
import { moduleLoader, useLoadedModule, type ModuleLoader } from '../../../src/components/moduleLoader';

afterEach(cleanup);

/** A module fetch the test settles by hand. */
function deferredFetch() {
  const calls: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const fetchModule = vi.fn(
    () =>
      new Promise<string>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { calls, fetchModule };
}

function Shows({ loader }: { loader: ModuleLoader<string> | undefined }) {
  const value = useLoadedModule(loader);
  return <p>{value ?? '正在加载……'}</p>;
}

describe('moduleLoader', () => {
  it('fetches once for every ask, and keeps what arrived', async () => {
    const { calls, fetchModule } = deferredFetch();
    const loader = moduleLoader(fetchModule);
    expect(loader.current()).toBeUndefined();
    const first = loader.load();
    const second = loader.load();
    calls[0]?.resolve('小店区');
    expect(await first).toBe('小店区');
    expect(await second).toBe('小店区');
    expect(await loader.load()).toBe('小店区');
    expect(loader.current()).toBe('小店区');
    expect(fetchModule).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed fetch, so that the next ask fetches again', async () => {
    const { calls, fetchModule } = deferredFetch();
    const loader = moduleLoader(fetchModule);
    const failed = loader.load();
    calls[0]?.reject(new Error('offline'));
    await expect(failed).rejects.toThrow('offline');
    const again = loader.load();
    expect(fetchModule).toHaveBeenCalledTimes(2);
    calls[1]?.resolve('迎泽区');
    expect(await again).toBe('迎泽区');
  });
});

describe('useLoadedModule', () => {
  it('shows the loading note, then what arrived; nothing is fetched without a loader', async () => {
    const { calls, fetchModule } = deferredFetch();
    const loader = moduleLoader(fetchModule);
    const { rerender } = render(<Shows loader={undefined} />);
    expect(screen.getByText('正在加载……')).toBeTruthy();
    expect(fetchModule).not.toHaveBeenCalled();
    rerender(<Shows loader={loader} />);
    expect(fetchModule).toHaveBeenCalledTimes(1);
    calls[0]?.resolve('杏花岭区');
    expect(await screen.findByText('杏花岭区')).toBeTruthy();
  });

  it('a failed fetch is said by the error boundary; its retry fetches again and shows the module', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { calls, fetchModule } = deferredFetch();
    const loader = moduleLoader(fetchModule);
    render(
      <ErrorBoundary resetKey="bars" title="此视图出错" retryLabel="重试">
        <Shows loader={loader} />
      </ErrorBoundary>,
    );
    calls[0]?.reject(new Error('chunk missing'));
    expect((await screen.findByRole('alert')).textContent).toContain('chunk missing');
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(fetchModule).toHaveBeenCalledTimes(2);
    calls[1]?.resolve('万柏林区');
    expect(await screen.findByText('万柏林区')).toBeTruthy();
    warn.mockRestore();
    error.mockRestore();
  });
});
