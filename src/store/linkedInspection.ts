// A month that came in a link, as a loaded inspection: shown unsaved, or kept in this browser's storage as its
// reading (there is no text to read again). Shared by the link's module (linkData.ts) and the stored imports.

import { expand, type Compact } from '../data/share/fragment';
import { formatPeriod } from '../i18n/months';
import type { LoadedInspection } from './importsSlice';
import { isPeriod } from '../data/period';
import { checkArrived } from '../data/checks/figures';

/** How a saved link's reading is kept in a stored item's `reading` (there is no text to read again). */
export interface SavedLinkReading {
  link: Compact;
}

export function isSavedLinkReading(reading: unknown): reading is SavedLinkReading {
  return typeof reading === 'object' && reading !== null && Array.isArray((reading as { link?: unknown }).link);
}

/** A loaded inspection for a reading that came in a link (saved or not), with the findings every reading gets. */
export function linkedInspection(id: string, value: unknown, fromLink: boolean): LoadedInspection | undefined {
  const reading = expand(value);
  if (!reading) return undefined;
  const month = isPeriod(reading.period) ? reading.period : '';
  const name = (language: 'zh' | 'en') => (reading.label !== '' ? reading.label : month !== '' ? formatPeriod(month, language) : id);
  return {
    id,
    period: month,
    source: {
      id,
      periodLabel: { zh: name('zh'), en: name('en') },
      publication: fromLink
        ? { zh: '来自链接（未保存）', en: 'From a link (not saved)' }
        : { zh: '来自链接，已保存到本机', en: 'From a link, saved in this browser' },
      publishedMonth: month,
    },
    embedded: false,
    format: 'table',
    text: '',
    inspection: reading.inspection,
    findings: checkArrived(reading.inspection),
    ...(fromLink ? { fromLink } : {}),
  };
}
