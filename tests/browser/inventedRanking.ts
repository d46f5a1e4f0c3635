// The check every file reader's Chromium test makes: the invented 8 × 6 ranking (tests/support/rankingWorkbook.ts)
// previewed with every name in order and every score.
import type { Locator } from '@playwright/test';
import { CATEGORIES, scoreAt, STREETS } from '../support/rankingWorkbook';
import { expect, previewTable } from './fixtures';

/** Previews what the dialog holds and checks every name, in order, and every score. */
export async function expectEveryNameAndScore(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  const rows = await previewTable(dialog);
  expect(rows.map((r) => r[0])).toEqual(STREETS);
  for (const [s, street] of STREETS.entries())
    expect(rows.find((r) => r[0] === street)?.slice(3)).toEqual(CATEGORIES.map((_, c) => scoreAt(s, c).toFixed(2)));
}
