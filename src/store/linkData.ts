// A month carried in a link: the link a reader copies or embeds names the period and highlight it shows and, for
// a period that exists only in this browser, carries the inspection itself in its fragment (src/data/share/fragment.ts);
// a reader who opens such a link sees it at once, unsaved, until they choose to keep it. Loaded only for these.

import { compact, decodeFragment, encodeFragment, FRAGMENT_LIMIT } from '../data/share/fragment';
import { formatPeriod } from '../i18n/months';
import { linkedInspection, type SavedLinkReading } from './linkedInspection';
import { isPeriod } from '../data/period';
import { checkFigures } from '../data/checks/figures';
import { selectActive, selectViewState } from './selectors';
import type { MonthsStorage } from './monthsStorage';
import type { DashboardState } from './store';
import { addStored, type ImportsStore } from './storedImports';
import { serializeViewState } from './viewState';

/**
 * Shows the month a link carries (its fragment), under the period the link asks for, unsaved; a fragment that
 * cannot be read is refused with its reason, and the page shows what it has. Returns the link's query with the
 * period it is shown under (another id when the reader has a month of the one asked for).
 */
export async function showLinkData(store: ImportsStore, fragment: string, search: string): Promise<string> {
  const query = new URLSearchParams(search);
  const askedPeriod = query.get('period') ?? undefined;
  const decoded = await decodeFragment(fragment);
  if (!decoded.ok) {
    store.setState({ linkData: { problem: decoded.problem } });
    return search;
  }
  // Figures a reader of a text could never import (a score missing or out of range) are refused, saying which.
  const errors = checkFigures(decoded.reading.inspection);
  if (errors.length > 0) {
    store.setState({ linkData: { problem: 'invalid', findings: errors } });
    return search;
  }
  const state = store.getState();
  const taken = new Set(state.inspections.map((i) => i.id));
  let id = askedPeriod ?? decoded.reading.period;
  // The reader's own month of that id stays theirs: the link's is shown beside it.
  for (let n = 2; taken.has(id); n++) id = `${askedPeriod ?? decoded.reading.period}-link${n > 2 ? `-${String(n)}` : ''}`;
  const entry = linkedInspection(id, compact(decoded.reading), true);
  if (!entry) return search;
  store.setState({ inspections: [...state.inspections, entry], activeId: id, linkData: { id } });
  query.set('period', id);
  return `?${query.toString()}`;
}

/** Keeps the link's month in this browser's storage (as its reading: there is no text), under a free id. */
export async function saveLinkData(store: ImportsStore, months: MonthsStorage | undefined): Promise<void> {
  const state = store.getState();
  const linkData = state.linkData;
  const shown = linkData && 'id' in linkData ? state.inspections.find((i) => i.id === linkData.id) : undefined;
  if (!shown) return;
  const label = shown.source.periodLabel.zh === formatPeriod(shown.period, 'zh') ? '' : shown.source.periodLabel.zh;
  const reading: SavedLinkReading = { link: compact({ period: shown.period, label, inspection: shown.inspection }) };
  // The unsaved entry leaves once the saved one is written (under the same id when it is free in storage): until
  // then the page still says it is unsaved.
  await addStored(
    store,
    months,
    { period: isPeriod(shown.period) ? shown.period : '1970-01', label, text: '', reading, id: shown.id },
    (record) => linkedInspection(record.id, reading.link, false),
    shown.id,
  );
  store.setState({ linkData: undefined });
}

export interface ShareLink {
  url: string;
  /** The link carries the month's data in its fragment. */
  carriesData: boolean;
  /** The month exists only in this browser and is too large for a link: the link names it, the reader won't have it. */
  tooLong: boolean;
}

/**
 * The link to what the reader sees: the view state with the period shown named (and the highlight), and, for a
 * period that exists only in this browser (imported, or from a link), the month itself in the fragment.
 */
export async function shareLink(state: DashboardState, appUrl: string, embed = false): Promise<ShareLink> {
  const active = selectActive(state);
  const url = `${appUrl}${serializeViewState({ ...selectViewState(state), period: active?.id, embed }, undefined, true)}`;
  if (!active || active.embedded || active.published) return { url, carriesData: false, tooLong: false };
  const fragment = await encodeFragment({
    period: active.period,
    label: active.source.periodLabel.zh === formatPeriod(active.period, 'zh') ? '' : active.source.periodLabel.zh,
    inspection: active.inspection,
  });
  if (fragment.length > FRAGMENT_LIMIT) return { url, carriesData: false, tooLong: true };
  return { url: `${url}${fragment}`, carriesData: true, tooLong: false };
}
