// A month as each language writes it. Apart from format.ts, whose figures the first screen draws: only the views and
// readers that load later name months, so this stays out of the first screen's code.

import { localeOf } from './format';
import type { Language } from './names';

/** A YYYY-MM period as the reader's language writes a month: 2025年2月, February 2025. */
export function formatPeriod(period: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(localeOf(language), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}
