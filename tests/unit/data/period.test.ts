// One rule for a period everywhere (the import dialog, stored imports, links, published months): YYYY-MM, month 01–12.
import { describe, expect, it } from 'vitest';
import { isPeriod } from '../../../src/data/period';

describe('a period', () => {
  it('is YYYY-MM with a month from 01 to 12', () => {
    expect(['2025-01', '2025-12', '1999-09'].map(isPeriod)).toEqual([true, true, true]);
    // 2025-13 was imported as January 2026 by the dialog, then lost at the next reload.
    expect(['2025-13', '2025-00', '2025-1', '25-01', '2025-01-01', ''].map(isPeriod)).toEqual([false, false, false, false, false, false]);
  });
});
