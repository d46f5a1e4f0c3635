// jsdom has no matchMedia, which every browser the app supports has (the app calls it unguarded): a screen that is
// never narrow, for the tests that do not set their own (tests/unit/views/RankingsView.test.tsx does).
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  // Without the deprecated addListener and removeListener, which the app does not call.
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
}
