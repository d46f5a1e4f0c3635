// Where the embedded default inspection comes from, and its text exactly as printed.

import printedTables from './taiyuan-2025-01-tables.txt?raw';

export interface InspectionSource {
  /** Stable id of this inspection in the store and in links. */
  id: string;
  /** What users see as the period; the page does not name the inspection month, so neither do we. */
  periodLabel: { zh: string; en: string };
  /** The publication, in words. */
  publication: { zh: string; en: string };
  /** ISO month of the newspaper issue the tables were printed in. */
  publishedMonth: string;
}

/**
 * The two tables from a Taiyuan newspaper page printed in early January 2025 (its news items are
 * dated 1月7日), copied line for line, tabs and all. The page does not say which month was inspected.
 */
export const embeddedText: string = printedTables;

export const embeddedSource: InspectionSource = {
  id: 'taiyuan-2025-01',
  periodLabel: { zh: '2025年1月初见报', en: 'Published early January 2025' },
  publication: {
    zh: '太原市报纸版面（2025年1月初，同版新闻日期为1月7日）',
    en: 'Taiyuan newspaper page of early January 2025 (news dated 7 January)',
  },
  publishedMonth: '2025-01',
};
