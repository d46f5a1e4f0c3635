// Months the site publishes (public/data/, src/data/publish.ts), added to those loaded: each shown as it was read
// when published (its file's inspection and findings), its text read again by today's rules only as a check (a
// difference is a finding in its notes: the site's editor republishes it with `npm run data:add --replace`).
// Under its own id, so that a link naming it works for every reader of the site. The browser fetches the files;
// the build's prerender reads them from disk. Loaded only when the index lists a month the app does not embed.

import { acceptedFrom, acceptedOf, shownReading } from '../data/acceptedReading';
import { importText } from '../data/importText';
import { indexEntries, monthOf, type PublishedMonth } from '../data/publish';
import { formatPeriod } from '../i18n/months';
import type { LoadedInspection } from './importsSlice';
import type { ImportsStore } from './storedImports';

/** The month a published file shows, or undefined when neither its accepted reading nor its text reads. */
function loadedOf(month: PublishedMonth): LoadedInspection | undefined {
  const now = acceptedFrom(importText(month.text, month.reading));
  // A file published before findings were kept: today's findings stand in for them (a difference is said anyway).
  const findings = month.findings ?? now?.findings ?? [];
  const accepted = acceptedOf({ inspection: month.inspection, findings, format: month.format ?? now?.format ?? 'table' });
  const shown = shownReading(accepted, now);
  if (!shown) return undefined;
  const name = (language: 'zh' | 'en') => (month.label[language] !== '' ? month.label[language] : formatPeriod(month.period, language));
  return {
    id: month.id,
    period: month.period,
    source: {
      id: month.id,
      periodLabel: { zh: name('zh'), en: name('en') },
      publication: month.publication,
      publishedMonth: month.period,
    },
    embedded: false,
    published: true,
    format: shown.shown.format,
    text: month.text,
    inspection: shown.shown.inspection,
    findings: shown.findings,
  };
}

/**
 * Reads the index's months not loaded yet, each file got with `load` (fetched from the app's data/ folder; the
 * prerender reads the files); a file that cannot be fetched, is not a month, or does not read is named in
 * `publishedUnreadable`, for the screen to say.
 */
export async function addPublished(
  store: ImportsStore,
  index: unknown,
  load: (file: string) => Promise<unknown> = (file) => fetch(`data/${file}`).then((response) => response.json()),
): Promise<void> {
  const known = new Set(store.getState().inspections.map((i) => i.id));
  const entries = indexEntries(index).filter((entry) => !known.has(entry.id));
  const months = await Promise.all(entries.map((entry) => load(entry.file).then(monthOf, () => undefined)));
  const added: LoadedInspection[] = [];
  const unreadable: string[] = [];
  entries.forEach((entry, i) => {
    const month = months[i];
    const loaded = month && !known.has(month.id) ? loadedOf(month) : undefined;
    if (loaded) {
      known.add(loaded.id);
      added.push(loaded);
    } else if (!month || !known.has(month.id)) unreadable.push(entry.id);
  });
  const state = store.getState();
  if (added.length > 0 || unreadable.length > 0)
    store.setState({
      inspections: [...state.inspections, ...added],
      publishedUnreadable: [...new Set([...state.publishedUnreadable, ...unreadable])],
    });
}
