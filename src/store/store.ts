// The one zustand store, combining its two slices (importsSlice.ts, uiSlice.ts). Figures are never stored.
// A move that touches both slices is a named action here, so that each slice writes only its own state.

import { create } from 'zustand';
import { createImportsSlice, type ImportsActions, type ImportsState } from './importsSlice';
import type { StorageLike } from './slice';
import { createUiSlice, uiStateOfView, type UiActions, type UiState } from './uiSlice';
import type { ViewState } from './viewState';

export type { AddResult, LoadedInspection } from './importsSlice';
export { NEWER_STORAGE, UNREACHABLE_STORAGE } from './importsSlice';
export type { StorageLike } from './slice';

export interface CrossSliceActions {
  /** Applies a link's view state: its period (imports slice) and everything else (UI slice), in one update. */
  applyViewState: (state: ViewState) => void;
}

export type DashboardState = ImportsState & ImportsActions & UiState & UiActions & CrossSliceActions;

/** This browser's localStorage, or undefined where it cannot be used (private modes that throw on access). */
export function browserStorage(): StorageLike | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** The browser's languages; none outside a browser (Node 21 and later have a `navigator` of their own, in English). */
function browserLanguages(): readonly string[] {
  return typeof window === 'undefined' ? [] : navigator.languages;
}

export function createDashboardStore(
  storage: StorageLike | undefined = browserStorage(),
  languages: readonly string[] = browserLanguages(),
) {
  const importsSlice = createImportsSlice();
  const uiSlice = createUiSlice(storage, languages);
  return create<DashboardState>()((set, get) => ({
    ...importsSlice(set, get),
    ...uiSlice(set, get),
    applyViewState: (state) => set({ activeId: state.period, ...uiStateOfView(state) }),
  }));
}

export const useDashboard = createDashboardStore();
