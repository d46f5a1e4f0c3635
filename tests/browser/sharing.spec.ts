// Sharing what a reader sees: two tabs of one browser sharing the imports kept in it; links that carry their
// period, highlight and data; published months.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Imports the February fixture under another period, through the dialog. */
async function importAs(page: Page, period: string): Promise<void> {
  await page.getByRole('button', { name: '导入数据' }).click();
  const dialog = page.getByRole('dialog', { name: '导入一期数据' });
  await dialog.getByLabel('选择文件').setInputFiles(fixture('another-month-2025-02.txt'));
  await expect(dialog.getByLabel('粘贴文本')).not.toHaveValue('');
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await dialog.getByLabel('期次（年月）').fill(period);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(dialog).toBeHidden();
}

const periods = (page: Page) => page.getByLabel('期次').locator('option');

test('two tabs importing 2025-03 and 2025-04 both keep theirs; a delete in one is not undone by the other; undo is a stack', async ({
  page,
  context,
}) => {
  await page.goto('./');
  const other = await context.newPage();
  await other.goto('./');
  await importAs(page, '2025-03');
  await importAs(other, '2025-04');
  // Each tab lists both (the first by the storage event), and so does a new tab.
  await expect(periods(page)).toHaveText(['2025年1月初见报', '2025年3月', '2025年4月']);
  await expect(periods(other)).toHaveText(['2025年1月初见报', '2025年3月', '2025年4月']);
  const third = await context.newPage();
  await third.goto('./');
  await expect(periods(third)).toHaveText(['2025年1月初见报', '2025年3月', '2025年4月']);
  await third.close();

  // Deleted in the first tab: gone from the second, and the second's next import does not bring it back.
  await page.getByRole('button', { name: '导入数据' }).click();
  await page.getByRole('button', { name: '删除 2025年3月' }).click();
  await page.getByRole('button', { name: '取消', exact: true }).click();
  await expect(periods(other)).toHaveText(['2025年1月初见报', '2025年4月']);
  await importAs(other, '2025-05');
  await page.reload();
  await expect(periods(page)).toHaveText(['2025年1月初见报', '2025年4月', '2025年5月']);

  // Two deletes, undone in the reverse order.
  await page.getByRole('button', { name: '导入数据' }).click();
  await page.getByRole('button', { name: '删除 2025年4月' }).click();
  await page.getByRole('button', { name: '删除 2025年5月' }).click();
  await page.getByRole('button', { name: '取消', exact: true }).click();
  await expect(periods(page)).toHaveText(['2025年1月初见报']);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(periods(page)).toHaveText(['2025年1月初见报', '2025年5月']);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(periods(page)).toHaveText(['2025年1月初见报', '2025年4月', '2025年5月']);
  await expect(periods(other)).toHaveText(['2025年1月初见报', '2025年4月', '2025年5月']);
});
