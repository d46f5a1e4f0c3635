// Months the site publishes (public/data/, src/data/publish.ts), added to those loaded: each read again from its
// text by the import pipeline, under its own id, so that a link naming it works for every reader of the site. The
// browser fetches the files; the build's prerender reads them from disk. Loaded only when the index lists a month
// the app does not embed.

import { importText } from '../data/importText';
import { indexEntries, monthOf } from '../data/publish';
import { formatPeriod } from '../i18n/months';
import type { LoadedInspection } from './importsSlice';
import type { ImportsStore } from './storedImports';

/**
 * Reads the index's months not loaded yet, each file got with `load` (fetched from the app's data/ folder; the
 * prerender reads the files); a file that is not a month, or whose text no longer reads, is left out.
 */
export async function addPublished(
  store: ImportsStore,
  index: unknown,
  load: (file: string) => Promise<unknown> = (file) => fetch(`data/${file}`).then((response) => response.json()),
): Promise<void> {
  const known = new Set(store.getState().inspections.map((i) => i.id));
  const entries = indexEntries(index).filter((entry) => !known.has(entry.id));
  const months = await Promise.all(entries.map((entry) => load(entry.file).then(monthOf, () => undefined)));
  const added = months.flatMap((month): LoadedInspection[] => {
    if (!month || known.has(month.id)) return [];
    const { format, result } = importText(month.text, month.reading);
    if (!result.ok) return [];
    const name = (language: 'zh' | 'en') => (month.label[language] !== '' ? month.label[language] : formatPeriod(month.period, language));
    return [
      {
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
        format,
        text: month.text,
        inspection: result.inspection,
        findings: result.findings,
      },
    ];
  });
  if (added.length > 0) store.setState({ inspections: [...store.getState().inspections, ...added] });
}
